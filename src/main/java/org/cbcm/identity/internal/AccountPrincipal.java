package org.cbcm.identity.internal;

import java.util.Collection;
import java.util.List;

import org.cbcm.shared.Viewer;
import org.cbcm.shared.ViewerSource;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in person as the security framework holds them, for a session or an API token.
 * Holds the viewer the modules read; the roles are also authorities
 * ({@code ROLE_SECRETARIAT}).
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer, ViewerSource {

	private final Viewer viewer;

	private @Nullable String passwordHash;

	private final boolean enabled;

	private final int securityStamp;

	private final java.util.Locale language;

	AccountPrincipal(Account account) {
		this.language = account.language();
		this.viewer = account.viewer();
		this.passwordHash = account.passwordHash();
		this.enabled = account.enabled() && account.active();
		this.securityStamp = account.securityStamp();
	}

	int securityStamp() {
		return securityStamp;
	}

	@Override
	public Viewer viewer() {
		return viewer;
	}

	@Override
	public java.util.Optional<java.util.Locale> language() {
		return java.util.Optional.of(language);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = viewer.grants()
			.stream()
			.map(grant -> "ROLE_" + grant.role().name())
			.distinct()
			.map(SimpleGrantedAuthority::new)
			.toList();
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return viewer.email();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal principal && principal.viewer.user() != null
				&& principal.viewer.user().equals(viewer.user());
	}

	@Override
	public int hashCode() {
		return (viewer.user() != null) ? viewer.user().hashCode() : 0;
	}

	@Override
	public String toString() {
		return viewer.email();
	}

}
