package org.cbcm.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a person for sign-in by email. An account without a password (invited, not yet
 * accepted) or disabled by the Secretariat cannot sign in.
 */
@Component
class AccountDetails implements UserDetailsService {

	private final Accounts accounts;

	AccountDetails(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return accounts.findByEmail(email)
			.map(AccountPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

}
