package org.cbcm.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session true to the account on every request: roles granted or
 * revoked since sign-in apply at once, and a session ends when its account is disabled or
 * gets a new password (the account's security stamp changed), so that a person whose
 * access was taken away cannot go on with an open session. A language chosen in another
 * session applies at once too.
 */
class SessionAccounts extends OncePerRequestFilter {

	private final Accounts accounts;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	SessionAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal signedIn
				&& signedIn.viewer().user() != null) {
			Optional<Account> account = accounts.find(signedIn.viewer().user());
			if (account.isEmpty() || !account.get().enabled()
					|| account.get().securityStamp() != signedIn.securityStamp()) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (!account.get().viewer().equals(signedIn.viewer())
					|| !signedIn.language().orElseThrow().equals(account.get().language())) {
				AccountPrincipal fresh = new AccountPrincipal(account.get());
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
				SecurityContextHolder.setContext(context);
				if (request.getSession(false) != null) {
					sessions.saveContext(context, request, response);
				}
			}
		}
		chain.doFilter(request, response);
	}

}
