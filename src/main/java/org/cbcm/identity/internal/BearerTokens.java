package org.cbcm.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>} as the
 * token's owner, with the owner's roles. A token that is unknown, expired or revoked, or
 * whose owner may no longer sign in, is refused with a 401 problem, whatever the
 * endpoint.
 */
class BearerTokens extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final ProblemResponses problems;

	private final Clock clock;

	BearerTokens(ApiTokens tokens, Accounts accounts, ProblemResponses problems, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.problems = problems;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AccountPrincipal> principal = tokens.authenticate(header.substring(7).strip(), clock.instant())
			.flatMap(accounts::find)
			.map(AccountPrincipal::new)
			.filter(AccountPrincipal::isEnabled);
		if (principal.isEmpty()) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "security.token.invalid");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ApiTokenAuthentication(principal.get()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
