package org.cbcm.needs;

/** A country's current capacity in a key element, as its needs assessment rates it. */
public enum Capacity {

	NONE, BASIC, MODERATE, ADEQUATE

}
