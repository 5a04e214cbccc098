package org.cbcm.identity.internal;

/** What a single-use link is for. */
public enum LinkPurpose {

	/** Sets the first password of an account the Secretariat or a focal point created. */
	INVITATION,

	/** Sets a new password for a person who forgot theirs. */
	PASSWORD_RESET

}
