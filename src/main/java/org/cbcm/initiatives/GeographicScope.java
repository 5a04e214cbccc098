package org.cbcm.initiatives;

/** Where an initiative works, broadly (BCH geographic scope). */
public enum GeographicScope {

	GLOBAL, REGIONAL, SUB_REGIONAL, NATIONAL, SUB_NATIONAL

}
