package org.cbcm.identity.internal;

import java.util.Optional;

import org.cbcm.identity.internal.AuditLog.Party;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every sign-in, failed sign-in and sign-out to the audit log
 * ({@link ThrottledSignIn} writes the attempts it refuses).
 */
@Component
class SignInEvents {

	private final Accounts accounts;

	private final AuditLog audit;

	SignInEvents(Accounts accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal
				&& principal.viewer().user() != null) {
			audit.record(AuditEventType.SIGN_IN, new Party(principal.viewer().user(), principal.viewer().email()),
					Party.NOBODY, null);
		}
	}

	@EventListener
	@Transactional(readOnly = true)
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String email = shortened(event.getAuthentication().getName());
		Optional<Account> account = accounts.findByEmail(email);
		audit.record(AuditEventType.SIGN_IN_FAILED, new Party(null, email), account.map(Party::of).orElse(Party.NOBODY),
				null);
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			audit.record(AuditEventType.SIGN_OUT, new Party(principal.viewer().user(), principal.viewer().email()),
					Party.NOBODY, null);
		}
	}

	/** A name as typed, cut to what the audit log keeps. */
	static String shortened(String name) {
		return (name.length() > 254) ? name.substring(0, 254) : name;
	}

}
