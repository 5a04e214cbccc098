package org.cbcm.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.cbcm.shared.CurrentViewer;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Keeps the public pages as they were last written for anonymous readers, so that a
 * meeting of focal points opening the same page at once, or a link shared on a slow
 * network, costs one rendering rather than one each.
 *
 * <p>
 * A page is kept when an anonymous reader without a session asked for it with a plain
 * {@code GET} (no language switch, no htmx fragment) and it came back whole: 200, HTML,
 * public by its {@code Cache-Control} ({@link CachePolicy}), no cookie set, no session
 * begun, at most {@value #LARGEST} bytes. It is kept under its path, query, language and
 * {@code Accept} header, and served again only while the database has not changed since
 * it was rendered ({@link DataWrites}) and for {@link #FRESH} at most, by the
 * application's clock (so that a page that depends on the date follows it). Readers who
 * ask for a page while it is being rendered for another wait for that rendering (up to
 * {@link #WAIT}) rather than render it again. The pages kept weigh {@value #CAPACITY}
 * bytes at most; the least used go first. A kept page answers {@code If-None-Match} with
 * 304.
 *
 * <p>
 * The response is written to the client as it is rendered, whatever its kind: a download
 * streams through, and only a page small enough to keep is copied on its way.
 */
class PageCache extends OncePerRequestFilter {

	/** How long a page is served again at most, changed database or not. */
	static final Duration FRESH = Duration.ofSeconds(60);

	/** How long a reader waits for the same page rendered for another at most. */
	static final Duration WAIT = Duration.ofSeconds(10);

	/** The largest page kept, in bytes. */
	static final int LARGEST = 2 * 1024 * 1024;

	/** The most all kept pages weigh, in bytes. */
	static final long CAPACITY = 64L * 1024 * 1024;

	/** The longest {@code Accept} header that a kept page is looked up by. */
	private static final int LONGEST_ACCEPT = 256;

	private static final List<String> NOT_PAGES = List.of("/api/", "/actuator/", "/v3/", "/swagger-ui", "/webjars/",
			"/css/", "/js/", "/maps/");

	private final Cache<String, Page> pages = Caffeine.newBuilder()
		.maximumWeight(CAPACITY)
		.weigher((String key, Page page) -> key.length() * 2 + page.body().length)
		.build();

	/** The pages being rendered now, which other readers of the same page wait for. */
	private final ConcurrentHashMap<String, CompletableFuture<@Nullable Page>> rendering = new ConcurrentHashMap<>();

	private final DataWrites writes;

	private final CurrentViewer viewers;

	private final LocaleResolver locales;

	private final Clock clock;

	PageCache(DataWrites writes, CurrentViewer viewers, LocaleResolver locales, Clock clock) {
		this.writes = writes;
		this.viewers = viewers;
		this.locales = locales;
		this.clock = clock;
	}

	/** A page as it was written, with the headers it is served again with. */
	record Page(long generation, Instant rendered, String contentType, @Nullable String contentLanguage,
			String cacheControl, String etag, byte[] body) {

		boolean fresh(long current, Instant now) {
			return this.generation == current && !now.isBefore(this.rendered)
					&& now.isBefore(this.rendered.plus(FRESH));
		}

	}

	/** Not the API, the actuator or static files: only pages are kept. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String prefix : NOT_PAGES) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		long generation = this.writes.generation();
		Instant now = this.clock.instant();
		Page kept = this.pages.getIfPresent(key);
		if (kept != null && kept.fresh(generation, now)) {
			serve(kept, request, response);
			return;
		}
		CompletableFuture<@Nullable Page> mine = new CompletableFuture<>();
		CompletableFuture<@Nullable Page> other = this.rendering.putIfAbsent(key, mine);
		if (other != null) {
			// The same page is being rendered for another reader: wait for it rather
			// than render it once more.
			Page theirs = awaited(other);
			if (theirs != null && theirs.fresh(this.writes.generation(), this.clock.instant())) {
				serve(theirs, request, response);
			}
			else {
				chain.doFilter(request, response);
			}
			return;
		}
		Page page = null;
		try {
			Copy copy = new Copy(response);
			chain.doFilter(request, copy);
			copy.flushWriter();
			page = page(request, copy, generation, now);
			if (page != null) {
				this.pages.put(key, page);
			}
			else if (kept != null) {
				this.pages.invalidate(key);
			}
		}
		finally {
			this.rendering.remove(key, mine);
			mine.complete(page);
		}
	}

	private static @Nullable Page awaited(CompletableFuture<@Nullable Page> rendering) throws IOException {
		try {
			return rendering.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while the page was rendered for another reader");
		}
		catch (ExecutionException | TimeoutException notThere) {
			return null;
		}
	}

	/**
	 * Under what a page is kept, or null when this request's answer is not for keeping.
	 */
	private @Nullable String key(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || RequestCheck.refused(request)
				|| request.getRequestedSessionId() != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getHeader("HX-Request") != null || request.getParameter("lang") != null
				|| this.viewers.get().signedIn()) {
			return null;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && accept.length() > LONGEST_ACCEPT) {
			return null;
		}
		Locale locale = this.locales.resolveLocale(request);
		String query = request.getQueryString();
		return locale.toLanguageTag() + ' ' + ((accept != null) ? accept : "") + ' ' + request.getRequestURI()
				+ ((query != null) ? "?" + query : "");
	}

	private @Nullable Page page(HttpServletRequest request, Copy copy, long generation, Instant rendered) {
		byte[] body = copy.body();
		String contentType = copy.getContentType();
		String cacheControl = copy.getHeader(HttpHeaders.CACHE_CONTROL);
		if (body == null || copy.getStatus() != HttpServletResponse.SC_OK || contentType == null
				|| !contentType.startsWith("text/html") || !"no-cache".equals(cacheControl)
				|| copy.containsHeader(HttpHeaders.SET_COOKIE) || request.getSession(false) != null) {
			return null;
		}
		String etag = copy.getHeader(HttpHeaders.ETAG);
		if (etag == null) {
			etag = "W/\"0" + DigestUtils.md5DigestAsHex(body) + '"';
		}
		return new Page(generation, rendered, contentType, copy.getHeader(HttpHeaders.CONTENT_LANGUAGE), cacheControl,
				etag, body);
	}

	private static void serve(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
		if (new ServletWebRequest(request, response).checkNotModified(page.etag())) {
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	/**
	 * The response, written through to the client as usual, with a copy of its body kept
	 * on the way while it may still be kept: HTML, at most {@link #LARGEST} bytes.
	 */
	private static final class Copy extends HttpServletResponseWrapper {

		private @Nullable ByteArrayOutputStream copy = new ByteArrayOutputStream(16 * 1024);

		private @Nullable ServletOutputStream stream;

		private @Nullable PrintWriter writer;

		Copy(HttpServletResponse response) {
			super(response);
		}

		@Nullable byte[] body() {
			return (this.copy != null) ? this.copy.toByteArray() : null;
		}

		void flushWriter() {
			if (this.writer != null) {
				this.writer.flush();
			}
		}

		private void copied(byte[] bytes, int offset, int length) {
			ByteArrayOutputStream kept = this.copy;
			if (kept == null) {
				return;
			}
			String type = getContentType();
			if (kept.size() + length > LARGEST || type == null || !type.startsWith("text/html")) {
				this.copy = null;
				return;
			}
			kept.write(bytes, offset, length);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.writer != null) {
				throw new IllegalStateException("getWriter() has been called on this response");
			}
			if (this.stream == null) {
				ServletOutputStream out = super.getOutputStream();
				this.stream = new ServletOutputStream() {

					private final byte[] one = new byte[1];

					@Override
					public void write(int b) throws IOException {
						out.write(b);
						this.one[0] = (byte) b;
						copied(this.one, 0, 1);
					}

					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						out.write(bytes, offset, length);
						copied(bytes, offset, length);
					}

					@Override
					public void flush() throws IOException {
						out.flush();
					}

					@Override
					public void close() throws IOException {
						out.close();
					}

					@Override
					public boolean isReady() {
						return out.isReady();
					}

					@Override
					public void setWriteListener(WriteListener listener) {
						out.setWriteListener(listener);
					}

				};
			}
			return this.stream;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				if (this.stream != null) {
					throw new IllegalStateException("getOutputStream() has been called on this response");
				}
				String encoding = getCharacterEncoding();
				Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
				ServletOutputStream out = getOutputStream();
				this.stream = out;
				this.writer = new PrintWriter(new OutputStreamWriter(out, charset));
			}
			return this.writer;
		}

		@Override
		public void flushBuffer() throws IOException {
			flushWriter();
			super.flushBuffer();
		}

		@Override
		public void reset() {
			super.reset();
			this.copy = new ByteArrayOutputStream(16 * 1024);
		}

		@Override
		public void resetBuffer() {
			super.resetBuffer();
			this.copy = new ByteArrayOutputStream(16 * 1024);
		}

	}

}
