package org.cbcm.web.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.shared.DeclaredEndpoints;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.TextInput;
import org.cbcm.web.QueryParameters;
import org.jspecify.annotations.Nullable;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * What every request is checked for before anything reads it: a body larger than its
 * endpoint takes ({@link Endpoint#maxBody()}, refused before a byte of it is read), a
 * query the server cannot decode (a broken percent-encoding such as {@code ?q=%zz}), a
 * parameter holding a character cbcm does not take ({@link TextInput}). Each is a bad
 * request, not a failure: the filter hands on the request without what is refused, and
 * the interceptor then answers 400 through the usual error page or problem, which can
 * render because nothing refused is read again. Whatever runs in between (signing in, the
 * CSRF check) sees nothing refused either.
 */
final class RequestCheck {

	static final String UNDECODABLE = RequestCheck.class.getName() + ".undecodable";

	/**
	 * Set, to the parameter's name, when a parameter holds a character cbcm does not take
	 * (NUL, another control character, half a surrogate pair).
	 */
	static final String REFUSED_TEXT = RequestCheck.class.getName() + ".refused-text";

	/** Set, to the limit in bytes, when a form's body is larger than the server reads. */
	static final String TOO_LARGE = RequestCheck.class.getName() + ".too-large";

	/**
	 * Set, to the limit in bytes, when a body is larger than its endpoint takes.
	 */
	static final String BODY_TOO_LARGE = RequestCheck.class.getName() + ".body-too-large";

	private RequestCheck() {
	}

	/**
	 * The parameters of the request's address only ({@link QueryParameters}): what a link
	 * back to the same page may carry. None when the query cannot be decoded.
	 */
	static Map<String, String[]> queryParameters(HttpServletRequest request) {
		if (request.getAttribute(UNDECODABLE) != null) {
			return Map.of();
		}
		return QueryParameters.of(request);
	}

	/** Whether the check found something wrong with the request, which is refused. */
	static boolean refused(HttpServletRequest request) {
		return request.getAttribute(UNDECODABLE) != null || request.getAttribute(REFUSED_TEXT) != null
				|| request.getAttribute(TOO_LARGE) != null || request.getAttribute(BODY_TOO_LARGE) != null;
	}

	static final class Filter extends OncePerRequestFilter {

		private final long formLimit;

		private final DeclaredEndpoints endpoints;

		Filter(long formLimit, DeclaredEndpoints endpoints) {
			this.formLimit = formLimit;
			this.endpoints = endpoints;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Endpoint endpoint = endpoints.match(request).endpoint();
			long limit = (endpoint != null) ? endpoint.maxBody() : Endpoint.DEFAULT_MAX_BODY;
			if (request.getContentLengthLong() > limit) {
				request.setAttribute(BODY_TOO_LARGE, limit);
				chain.doFilter(new WithoutParameters(request, null), response);
				return;
			}
			HttpServletRequest limited = (request.getContentLengthLong() < 0) ? new LimitedBody(request, limit)
					: request;
			Map<String, String[]> parameters;
			try {
				parameters = limited.getParameterMap();
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
				chain.doFilter(new WithoutParameters(limited, refused), response);
				return;
			}
			chain.doFilter(limited, response);
		}

	}

	/** The parameters whose name or some value holds a character cbcm does not take. */
	private static Set<String> refused(Map<String, String[]> parameters) {
		Set<String> refused = new LinkedHashSet<>();
		parameters.forEach((name, values) -> {
			boolean bad = TextInput.refused(name);
			for (int index = 0; !bad && index < values.length; index++) {
				// A parameter named without a value ("?error") has a null value in a
				// wrapped or mock request, an empty one in Tomcat's.
				bad = values[index] != null && TextInput.refused(values[index]);
			}
			if (bad) {
				refused.add(name);
			}
		});
		return refused;
	}

	private static boolean form(HttpServletRequest request) {
		return String.valueOf(request.getContentType()).startsWith("application/x-www-form-urlencoded");
	}

	static final class Rejection implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (request.getAttribute(BODY_TOO_LARGE) instanceof Long limit && !form(request)) {
				throw new InvalidRequestException("body", "error.body.too-large", request.getContentLengthLong(),
						limit);
			}
			if (request.getAttribute(BODY_TOO_LARGE) instanceof Long limit) {
				throw new InvalidRequestException("form", "error.form.too-large", Math.max(1, limit / (1024 * 1024)));
			}
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

		@Override
		public ServletInputStream getInputStream() throws IOException {
			return (hidden == null) ? new Limited(InputStream.nullInputStream(), 0) : super.getInputStream();
		}

		@Override
		public BufferedReader getReader() throws IOException {
			return (hidden == null) ? new BufferedReader(Reader.nullReader()) : super.getReader();
		}

	}

	/**
	 * A request whose body has no announced length (chunked), read up to its endpoint's
	 * limit: the byte beyond it fails the read, and so the request.
	 */
	private static final class LimitedBody extends HttpServletRequestWrapper {

		private final long limit;

		private @Nullable ServletInputStream body;

		LimitedBody(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (body == null) {
				body = new Limited(super.getInputStream(), limit);
			}
			return body;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new java.io.InputStreamReader(getInputStream(),
					(encoding != null) ? java.nio.charset.Charset.forName(encoding) : StandardCharsets.UTF_8));
		}

	}

	/** A body read up to a limit; reading beyond it fails with {@link BodyTooLarge}. */
	private static final class Limited extends ServletInputStream {

		private final InputStream in;

		private final long limit;

		private long read;

		Limited(InputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLarge {
			read += n;
			if (read > limit) {
				throw new BodyTooLarge(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return (in instanceof ServletInputStream servlet) ? servlet.isFinished() : false;
		}

		@Override
		public boolean isReady() {
			return !(in instanceof ServletInputStream servlet) || servlet.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			if (in instanceof ServletInputStream servlet) {
				servlet.setReadListener(listener);
			}
		}

	}

	/**
	 * A body without an announced length that turned out larger than its endpoint takes.
	 */
	static final class BodyTooLarge extends IOException {

		private final long limit;

		BodyTooLarge(long limit) {
			super("The body is larger than the " + limit + " bytes this endpoint takes");
			this.limit = limit;
		}

		long limit() {
			return limit;
		}

	}

}
