package org.cbcm.web.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.shared.ViewerSource;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Counts every REST API request against its client's allowance ({@link ApiLimits}) and
 * says where the client stands in the header fields of the IETF draft
 * (draft-ietf-httpapi-ratelimit-headers): {@code RateLimit-Policy} lists the policies,
 * {@code RateLimit} what is left of the one the request counted against. A request beyond
 * the allowance is answered 429 with {@code Retry-After} and a problem, before any
 * handler runs, so that it changes nothing.
 *
 * <p>
 * It runs after the security filters, which tell who the client is: a signed-in account
 * (by API token, or a session) is one client wherever it calls from; an anonymous caller
 * is its address, as Tomcat reads it (the proxy's, unless
 * {@code server.forward-headers-strategy} lets Tomcat take the client's from
 * {@code X-Forwarded-For}), an IPv6 address by its /64 network, which one host usually
 * holds whole. Requests that security answers itself (401, 403) are neither counted nor
 * told the allowance, so that failures do not tell one client about another's traffic.
 * Cheap by design: no database, one bucket looked up in memory.
 */
final class ApiLimitFilter extends OncePerRequestFilter {

	private final ApiLimits limits;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ApiLimitFilter(ApiLimits limits, MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.limits = limits;
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ApiLimits.Decision decision = limits.take(client(request), ApiLimits.Policy.of(request.getMethod()));
		response.setHeader("RateLimit-Policy", limits.policyField());
		response.setHeader("RateLimit", decision.field());
		if (decision.allowed()) {
			chain.doFilter(request, response);
			return;
		}
		refuse(request, response, decision);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, ApiLimits.Decision decision)
			throws IOException {
		Locale locale = locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				messages.getMessage(decision.policy().messageKey(),
						new Object[] { limits.quota(decision.policy()), limits.windowSeconds(), decision.seconds() },
						locale));
		problem.setTitle(messages.getMessage("api-limits.title", null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		// The extension member the draft defines for its quota-exceeded problem.
		problem.setProperty("violated-policies", List.of(decision.policy().id()));
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.seconds()));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(json.writeValueAsBytes(problem));
	}

	/** Who sends the request: the account signed in, else the address. */
	static String client(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			if (authentication.getPrincipal() instanceof ViewerSource source && source.viewer().userId().isPresent()) {
				return "account:" + source.viewer().userId().get().value();
			}
			return "account:" + authentication.getName();
		}
		return "address:" + network(request.getRemoteAddr());
	}

	/**
	 * An IPv4 address as it is; an IPv6 address as its /64 network, the block one
	 * subscriber is usually given whole.
	 */
	static String network(@Nullable String address) {
		if (address == null || address.isBlank()) {
			return "unknown";
		}
		if (address.indexOf(':') < 0) {
			return address;
		}
		try {
			// A literal: nothing is looked up.
			byte[] bytes = InetAddress.getByName(address).getAddress();
			if (bytes.length == 16) {
				return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
			}
			return InetAddress.getByAddress(bytes).getHostAddress();
		}
		catch (UnknownHostException | IllegalArgumentException ex) {
			return address;
		}
	}

}
