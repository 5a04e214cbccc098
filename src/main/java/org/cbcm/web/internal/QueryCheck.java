package org.cbcm.web.internal;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.TextInput;
import org.jspecify.annotations.Nullable;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A query the server cannot decode (a broken percent-encoding such as {@code ?q=%zz}) is
 * a bad request, not a failure: the filter hands on the request without its parameters,
 * and the interceptor then answers 400 through the usual error page or problem, which can
 * render because no parameter is read again.
 */
final class QueryCheck {

	static final String UNDECODABLE = QueryCheck.class.getName() + ".undecodable";

	/**
	 * Set, to the parameter's name, when a parameter holds a character cbcm does not take
	 * (NUL, another control character, half a surrogate pair).
	 */
	static final String REFUSED_TEXT = QueryCheck.class.getName() + ".refused-text";

	/** Set, to the limit in bytes, when a form's body is larger than the server reads. */
	static final String TOO_LARGE = QueryCheck.class.getName() + ".too-large";

	private QueryCheck() {
	}

	/**
	 * The parameters of the request's address only, never of its body: what a link back
	 * to the same page may carry. A form's fields (a CSRF token, a new password) stay out
	 * of links and of the language switcher. None when the query cannot be decoded.
	 */
	static Map<String, String[]> queryParameters(HttpServletRequest request) {
		String query = request.getQueryString();
		if (request.getAttribute(UNDECODABLE) != null || query == null || query.isEmpty()) {
			return Map.of();
		}
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
			if (name != null && value != null && !name.isEmpty()) {
				parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
			}
		}
		Map<String, String[]> result = new LinkedHashMap<>();
		parameters.forEach((name, values) -> result.put(name, values.toArray(new String[0])));
		return result;
	}

	private static @Nullable String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static final class Filter extends OncePerRequestFilter {

		private final long formLimit;

		Filter(long formLimit) {
			this.formLimit = formLimit;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Map<String, String[]> parameters;
			try {
				parameters = request.getParameterMap();
			}
			catch (IllegalArgumentException | IllegalStateException ex) {
				request.setAttribute(UNDECODABLE, Boolean.TRUE);
				if (formLimit >= 0 && request.getContentLengthLong() > formLimit) {
					request.setAttribute(TOO_LARGE, formLimit);
				}
				chain.doFilter(new WithoutParameters(request, null), response);
				return;
			}
			Set<String> refused = refused(parameters);
			if (!refused.isEmpty()) {
				request.setAttribute(REFUSED_TEXT, refused.iterator().next());
				chain.doFilter(new WithoutParameters(request, refused), response);
				return;
			}
			chain.doFilter(request, response);
		}

	}

	/** The parameters whose name or some value holds a character cbcm does not take. */
	private static Set<String> refused(Map<String, String[]> parameters) {
		Set<String> refused = new LinkedHashSet<>();
		parameters.forEach((name, values) -> {
			boolean bad = TextInput.refused(name);
			for (int index = 0; !bad && index < values.length; index++) {
				bad = TextInput.refused(values[index]);
			}
			if (bad) {
				refused.add(name);
			}
		});
		return refused;
	}

	static final class Rejection implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (request.getAttribute(TOO_LARGE) instanceof Long limit) {
				throw new InvalidRequestException("form", "error.form.too-large", Math.max(1, limit / (1024 * 1024)));
			}
			if (request.getAttribute(UNDECODABLE) != null) {
				throw new InvalidRequestException("query", "error.query.undecodable");
			}
			if (request.getAttribute(REFUSED_TEXT) instanceof String name) {
				throw new InvalidRequestException(name, "error.text.control");
			}
			return true;
		}

	}

	/**
	 * The request without some of its parameters (those named), or without any (none
	 * named): what nobody may read. Whatever runs before the interceptor refuses the
	 * request (signing in, the CSRF check) sees the rest, or nothing, never the refused
	 * values.
	 */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		private final @Nullable Set<String> hidden;

		WithoutParameters(HttpServletRequest request, @Nullable Set<String> hidden) {
			super(request);
			this.hidden = hidden;
		}

		private boolean shown(String name) {
			return hidden != null && !hidden.contains(name);
		}

		@Override
		public @Nullable String getParameter(String name) {
			return shown(name) ? super.getParameter(name) : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (hidden == null) {
				return Map.of();
			}
			Map<String, String[]> shown = new LinkedHashMap<>(super.getParameterMap());
			shown.keySet().removeAll(hidden);
			return Collections.unmodifiableMap(shown);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return shown(name) ? super.getParameterValues(name) : null;
		}

		@Override
		public @Nullable String getQueryString() {
			return null;
		}

	}

}
