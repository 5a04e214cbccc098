package org.cbcm.identity.internal;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was looked at, as too many failed lately from its
 * client address or on its account name ({@link SignInThrottle}); says how long to wait.
 */
class SignInThrottled extends AuthenticationException {

	private final long seconds;

	SignInThrottled(SignInThrottle.Refusal refusal) {
		super("Too many failed sign-ins (" + refusal.reason() + "); wait " + refusal.seconds() + " s");
		this.seconds = refusal.seconds();
	}

	/** How long to wait, in whole seconds. */
	long seconds() {
		return seconds;
	}

}
