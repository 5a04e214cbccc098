package org.cbcm.identity.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a person for sign-in by email. An account without a password (invited, not yet
 * accepted) or disabled by the Secretariat cannot sign in; a locked one cannot until its
 * lock expires.
 */
@Component
class AccountDetails implements UserDetailsService {

	private final Accounts accounts;

	private final Clock clock;

	AccountDetails(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return accounts.findByEmail(email)
			.map(account -> new AccountPrincipal(account, clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

}
