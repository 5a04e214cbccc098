package org.cbcm.identity.internal;

import java.util.Optional;

import org.cbcm.identity.internal.AuditLog.Party;

import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (the form and HTTP Basic), each attempt let through by the
 * {@link SignInThrottle} before its password is looked at. A refused attempt answers the
 * same whether the account exists or not, and is written to the audit log.
 */
class ThrottledSignIn extends DaoAuthenticationProvider {

	private final SignInThrottle throttle;

	private final AuditLog audit;

	ThrottledSignIn(UserDetailsService details, PasswordEncoder passwords, SignInThrottle throttle, AuditLog audit) {
		super(details);
		setPasswordEncoder(passwords);
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String name = attempt.getName();
		String address = (attempt.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
		Optional<SignInThrottle.Refusal> refusal = throttle.reserve(name, address);
		if (refusal.isPresent()) {
			audit.record(AuditEventType.SIGN_IN_THROTTLED, new Party(null, SignInEvents.shortened(name)), Party.NOBODY,
					refusal.get().reason().name().toLowerCase(java.util.Locale.ROOT) + ", wait "
							+ refusal.get().seconds() + " s");
			throw new SignInThrottled(refusal.get());
		}
		Authentication signedIn = super.authenticate(attempt);
		throttle.succeeded(name, address);
		return signedIn;
	}

}
