package org.cbcm.web.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.shared.InvalidRequestException;
import org.cbcm.web.QueryParameters;
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

	/** Set, to the limit in bytes, when a form's body is larger than the server reads. */
	static final String TOO_LARGE = QueryCheck.class.getName() + ".too-large";

	private QueryCheck() {
	}

	/**
	 * The parameters of the request's address only ({@link QueryParameters}); none when
	 * the query cannot be decoded.
	 */
	static Map<String, String[]> queryParameters(HttpServletRequest request) {
		if (request.getAttribute(UNDECODABLE) != null) {
			return Map.of();
		}
		return QueryParameters.of(request);
	}

	static final class Filter extends OncePerRequestFilter {

		private final long formLimit;

		Filter(long formLimit) {
			this.formLimit = formLimit;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				request.getParameterMap();
			}
			catch (IllegalArgumentException | IllegalStateException ex) {
				request.setAttribute(UNDECODABLE, Boolean.TRUE);
				if (formLimit >= 0 && request.getContentLengthLong() > formLimit) {
					request.setAttribute(TOO_LARGE, formLimit);
				}
				chain.doFilter(new WithoutParameters(request), response);
				return;
			}
			chain.doFilter(request, response);
		}

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
			return true;
		}

	}

	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return null;
		}

		@Override
		public @Nullable String getQueryString() {
			return null;
		}

	}

}
