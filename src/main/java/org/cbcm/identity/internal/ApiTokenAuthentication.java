package org.cbcm.identity.internal;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request signed in by a personal API token, as its owner with the owner's roles. Told
 * apart from a password sign-in because a token may not create further tokens.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final AccountPrincipal owner;

	ApiTokenAuthentication(AccountPrincipal owner) {
		super(owner.getAuthorities());
		this.owner = owner;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return owner;
	}

}
