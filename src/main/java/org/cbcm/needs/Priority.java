package org.cbcm.needs;

/**
 * How urgently a country needs capacity in a key element. Every element of an assessment
 * has one; only a few may be {@link #HIGH}.
 */
public enum Priority {

	HIGH, MEDIUM, LOW, NONE;

	/** Whether a missing initiative on it is a gap (a high or medium need). */
	public boolean stated() {
		return this == HIGH || this == MEDIUM;
	}

}
