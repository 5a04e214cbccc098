package org.cbcm.directory;

/** Whether a country has a national biosafety framework in place (Action Plan 14(e)). */
public enum FrameworkStatus {

	/** Adopted and in force. */
	IN_PLACE,

	/** Being developed or adopted. */
	IN_DEVELOPMENT,

	/** Neither. */
	NOT_IN_PLACE

}
