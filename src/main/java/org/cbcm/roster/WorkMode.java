package org.cbcm.roster;

/** How a request's work is done: remotely, on site, or either way. */
public enum WorkMode {

	REMOTE, ON_SITE, EITHER

}
