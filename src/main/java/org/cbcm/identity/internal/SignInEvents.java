package org.cbcm.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.cbcm.identity.internal.AuditLog.Party;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every sign-in, failure and refusal of a locked account to the audit log, and
 * starts the count of failed attempts afresh after a sign-in ({@link ThrottledSignIn}
 * counts them).
 */
@Component
class SignInEvents {

	private final Accounts accounts;

	private final AuditLog audit;

	private final IdentitySettings settings;

	private final Clock clock;

	SignInEvents(Accounts accounts, AuditLog audit, IdentitySettings settings, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal
				&& principal.viewer().user() != null) {
			accounts.recordSuccess(principal.viewer().user());
			audit.record(AuditEventType.SIGN_IN, new Party(principal.viewer().user(), principal.viewer().email()),
					Party.NOBODY, null);
		}
	}

	@EventListener
	@Transactional
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String email = name(event);
		Optional<Account> account = accounts.findByEmail(email);
		audit.record(AuditEventType.SIGN_IN_FAILED, new Party(null, email), account.map(Party::of).orElse(Party.NOBODY),
				null);
	}

	@EventListener
	void refusedWhileLocked(AuthenticationFailureLockedEvent event) {
		String email = name(event);
		audit.record(AuditEventType.SIGN_IN_FAILED, new Party(null, email), new Party(null, email), "locked");
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			audit.record(AuditEventType.SIGN_OUT, new Party(principal.viewer().user(), principal.viewer().email()),
					Party.NOBODY, null);
		}
	}

	private static String name(AbstractAuthenticationFailureEvent event) {
		String name = event.getAuthentication().getName();
		return (name.length() > 254) ? name.substring(0, 254) : name;
	}

}
