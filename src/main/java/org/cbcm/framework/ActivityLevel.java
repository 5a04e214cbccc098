package org.cbcm.framework;

/** The level at which an implementation activity of the Action Plan is undertaken. */
public enum ActivityLevel {

	/** By a country, for itself (14(a)-(k) in the 2006 draft). */
	NATIONAL,

	/** By countries of a sub-region or region together (14(l)-(q)). */
	REGIONAL,

	/** By international bodies, donors and the COP-MOP (14(r)-(x)). */
	INTERNATIONAL

}
