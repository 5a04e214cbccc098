package org.cbcm.directory;

/**
 * Whether a country has a national mechanism to coordinate biosafety capacity-building
 * (Action Plan 14(k)).
 */
public enum MechanismStatus {

	/** It exists and works. */
	EXISTS,

	/** It is being established. */
	BEING_ESTABLISHED,

	/** There is none. */
	NONE

}
