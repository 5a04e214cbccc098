package org.cbcm.identity.internal;

/** How a person is told of the workflow steps of records they must act on or know of. */
public enum Notices {

	/** One mail per step, as it happens. */
	EACH,

	/** One mail a day, listing the day's steps. */
	DAILY

}
