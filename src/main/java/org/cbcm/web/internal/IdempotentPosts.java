package org.cbcm.web.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.DeclaredEndpoints;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A script that sends a POST to the API again after a timeout does not create twice: a
 * POST under {@code /api/} with an {@value #HEADER} header, sent by a signed-in caller (a
 * token), runs once per key and account ({@link IdempotencyKeys}). A repeat with the same
 * key, address and body gets the first answer again (its status, {@code Content-Type},
 * {@code Location}, {@code ETag} and body), marked {@value #REPLAYED}, without running
 * again; the same key with another address or body is refused with 422, and a repeat
 * while the first is still being answered with 409 and {@code Retry-After}. Only
 * successes (2xx) are remembered: a request that failed can be sent again with its key.
 *
 * <p>
 * The header is ignored where it cannot help or must not: on anonymous requests, outside
 * the API, and on the token endpoint ({@link Endpoint#FIRST_TOKEN}), whose answer holds a
 * secret that is never stored. Requests without the header cost nothing here: no body is
 * read twice, nothing is looked up. Runs after the security filters (which tell who
 * calls) and after {@link RequestCheck} (which limits the body that is read here).
 */
final class IdempotentPosts extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED = "Idempotent-Replayed";

	/** The longest key taken, in characters. */
	static final int LONGEST = 255;

	private static final Logger log = LoggerFactory.getLogger(IdempotentPosts.class);

	private final IdempotencyKeys keys;

	private final CurrentViewer viewers;

	private final DeclaredEndpoints endpoints;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	IdempotentPosts(IdempotencyKeys keys, CurrentViewer viewers, DeclaredEndpoints endpoints, MessageSource messages,
			LocaleResolver locales, JsonMapper json) {
		this.keys = keys;
		this.viewers = viewers;
		this.endpoints = endpoints;
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Viewer viewer = viewers.get();
		Endpoint endpoint = endpoints.match(request).endpoint();
		if (!viewer.signedIn() || endpoint == null || !endpoint.pattern().startsWith("/api/")
				|| Endpoint.FIRST_TOKEN.equals(endpoint.pattern()) || RequestCheck.refused(request)) {
			// Anonymous, no API, the token's secret, or refused already: as without a
			// key.
			chain.doFilter(request, response);
			return;
		}
		List<String> sent = Collections.list(request.getHeaders(HEADER));
		if (sent.size() != 1 || !wellFormed(sent.get(0))) {
			malformed(request, response, (sent.size() != 1) ? "idempotency.key.twice" : "idempotency.key.malformed");
			return;
		}
		byte[] body;
		try {
			body = request.getInputStream().readAllBytes();
		}
		catch (RequestCheck.BodyTooLarge ex) {
			// Refused as without a key, when the handler reads it.
			chain.doFilter(new UnreadBody(request, ex), response);
			return;
		}
		IdempotencyKeys.Request asked = new IdempotencyKeys.Request(viewer.userId().orElseThrow(), sent.get(0),
				request.getMethod(), target(request), sha256(request, body));
		IdempotencyKeys.Claim claim = keys.claim(asked);
		if (claim instanceof IdempotencyKeys.Replay replay) {
			replay(replay.answer(), response);
		}
		else if (claim instanceof IdempotencyKeys.Reused) {
			problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency.reused");
		}
		else if (claim instanceof IdempotencyKeys.Running) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			problem(request, response, HttpStatus.CONFLICT, "idempotency.running");
		}
		else {
			run(asked, new ReadBody(request, body), response, chain);
		}
	}

	/**
	 * Runs the claimed request, keeping its answer when it succeeded and releasing the
	 * key when it did not.
	 */
	private void run(IdempotencyKeys.Request asked, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, answer);
		}
		catch (ServletException | IOException | RuntimeException | Error ex) {
			release(asked);
			throw ex;
		}
		int status = answer.getStatus();
		if (status >= 200 && status < 300) {
			try {
				keys.answered(asked,
						new IdempotencyKeys.Answer(status, answer.getContentType(),
								answer.getHeader(HttpHeaders.LOCATION), answer.getHeader(HttpHeaders.ETAG),
								answer.getContentAsByteArray()));
			}
			catch (DataAccessException ex) {
				log.warn("The answer to a request with an {} could not be kept; a repeat will run again", HEADER, ex);
				release(asked);
			}
		}
		else {
			release(asked);
		}
		answer.copyBodyToResponse();
	}

	private void release(IdempotencyKeys.Request asked) {
		try {
			keys.release(asked);
		}
		catch (DataAccessException ex) {
			log.warn("The claim of an {} could not be released; it lapses after {}", HEADER, IdempotencyKeys.ABANDONED,
					ex);
		}
	}

	/** 1 to {@value #LONGEST} printable ASCII characters, spaces included. */
	static boolean wellFormed(String key) {
		return !key.isEmpty() && key.length() <= LONGEST && key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
	}

	/** The path and query as sent, with the method apart. */
	private static String target(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI() + ((query != null) ? "?" + query : "");
	}

	/**
	 * The SHA-256 of the body; of a form's fields when the body was a form that has been
	 * read as such already.
	 */
	private static String sha256(HttpServletRequest request, byte[] body) {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
		digest.update(body);
		if (body.length == 0
				&& String.valueOf(request.getContentType()).startsWith("application/x-www-form-urlencoded")) {
			Map<String, String[]> fields = new TreeMap<>(request.getParameterMap());
			fields.forEach((name, values) -> {
				digest.update(name.getBytes(StandardCharsets.UTF_8));
				for (String value : values) {
					digest.update((byte) 0);
					digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
				}
				digest.update((byte) 1);
			});
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void replay(IdempotencyKeys.Answer answer, HttpServletResponse response) throws IOException {
		response.setStatus(answer.status());
		if (answer.contentType() != null) {
			response.setContentType(answer.contentType());
		}
		if (answer.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, answer.location());
		}
		if (answer.etag() != null) {
			response.setHeader(HttpHeaders.ETAG, answer.etag());
		}
		response.setHeader(REPLAYED, "true");
		response.setContentLength(answer.body().length);
		response.getOutputStream().write(answer.body());
	}

	private void malformed(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
		Locale locale = locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages
			.getMessage("error.parameter", new Object[] { HEADER, messages.getMessage(key, null, locale) }, locale));
		problem.setTitle(messages.getMessage("error.400.title", null, locale));
		problem.setProperty("parameter", HEADER);
		write(request, response, problem);
	}

	private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		Locale locale = locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
		problem.setTitle(messages.getMessage(key + ".title", null, locale));
		problem.setProperty("parameter", HEADER);
		write(request, response, problem);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(json.writeValueAsBytes(problem));
	}

	/** The request with its body read already, to be read again. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			return new Bytes(body);
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					(encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8));
		}

	}

	/** A body that could not be read whole: reading it fails as it did here. */
	private static final class UnreadBody extends HttpServletRequestWrapper {

		private final IOException failure;

		UnreadBody(HttpServletRequest request, IOException failure) {
			super(request);
			this.failure = failure;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			throw failure;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			throw failure;
		}

	}

	private static final class Bytes extends ServletInputStream {

		private final ByteArrayInputStream in;

		Bytes(byte[] body) {
			this.in = new ByteArrayInputStream(body);
		}

		@Override
		public int read() {
			return in.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			return in.read(buffer, offset, length);
		}

		@Override
		public boolean isFinished() {
			return in.available() == 0;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(@Nullable ReadListener listener) {
			throw new IllegalStateException("The body has been read already; it is read synchronously");
		}

	}

}
