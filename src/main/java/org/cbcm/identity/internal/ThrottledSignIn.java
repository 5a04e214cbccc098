package org.cbcm.identity.internal;

import java.time.Clock;
import java.time.Instant;

import org.cbcm.identity.internal.AuditLog.Party;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in (the form and HTTP Basic) with
 * {@code accountLocksAfterRepeatedFailures}: each attempt on an account is counted before
 * its password is checked, in one statement, so that attempts sent in parallel cannot
 * pass the limit; the attempt beyond the limit locks the account for the lock duration,
 * and a locked account refuses even the right password until then.
 */
class ThrottledSignIn extends DaoAuthenticationProvider {

	private final Accounts accounts;

	private final AuditLog audit;

	private final IdentitySettings settings;

	private final Clock clock;

	ThrottledSignIn(UserDetailsService details, PasswordEncoder passwords, Accounts accounts, AuditLog audit,
			IdentitySettings settings, Clock clock) {
		super(details);
		setPasswordEncoder(passwords);
		this.accounts = accounts;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails details, UsernamePasswordAuthenticationToken attempt) {
		if (details instanceof AccountPrincipal principal && principal.viewer().user() != null) {
			Instant now = clock.instant();
			Instant until = now.plus(settings.lockDuration());
			if (!accounts.reserveAttempt(principal.viewer().user(), settings.maxFailedSignIns(), now, until)) {
				audit.record(AuditEventType.ACCOUNT_LOCKED, Party.NOBODY,
						new Party(principal.viewer().user(), principal.viewer().email()), "until " + until);
				throw new LockedException("Too many failed sign-ins");
			}
		}
		super.additionalAuthenticationChecks(details, attempt);
	}

}
