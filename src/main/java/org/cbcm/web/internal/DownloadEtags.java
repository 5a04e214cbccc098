package org.cbcm.web.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Conditional GET on the downloads (the registry's and the analysis' CSV, workbooks, JSON
 * and IATI files), which are streamed rather than held whole to be hashed as pages are:
 * their ETag stands for the state of the database, the address with its query, the
 * reader's language and who reads. A script that sends it back as {@code If-None-Match}
 * gets a 304 without the download being made again while the database has not changed.
 * <p>
 * The database's state is, on PostgreSQL, the position of its write-ahead log, which
 * every commit moves on whichever node made it; on the embedded H2 database (one node
 * only) it is {@link DataWrites}' generation on this run of cbcm. So an ETag may go stale
 * without need (any write moves it on), never fresh when it is not.
 */
class DownloadEtags extends OncePerRequestFilter {

	/** The downloads' addresses. */
	static final Pattern DOWNLOAD = Pattern
		.compile("/(initiatives|coordination)/.*\\.(csv|xlsx|json|xml)|/api/v1/initiatives(/[^/]+)?\\.iati\\.xml");

	/** This run of cbcm, for the generations of the embedded database. */
	private final String run = UUID.randomUUID().toString();

	private final DataWrites writes;

	private final DataSource dataSource;

	private final CurrentViewer viewers;

	private final LocaleResolver locales;

	private volatile @Nullable Boolean postgres;

	DownloadEtags(DataWrites writes, DataSource dataSource, CurrentViewer viewers, LocaleResolver locales) {
		this.writes = writes;
		this.dataSource = dataSource;
		this.viewers = viewers;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method))
				|| !DOWNLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String etag = etag(request);
		if (etag == null) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.ETAG, etag);
		if (new ServletWebRequest(request, response).checkNotModified(etag)) {
			return;
		}
		chain.doFilter(request, response);
	}

	private @Nullable String etag(HttpServletRequest request) {
		String state;
		try {
			state = state();
		}
		catch (SQLException ex) {
			// Without the database's state no ETag can be trusted; the download goes on.
			return null;
		}
		Viewer viewer = viewers.get();
		Locale locale = locales.resolveLocale(request);
		String key = String.join("\n", state, request.getRequestURI(), String.valueOf(request.getQueryString()),
				locale.toLanguageTag(), String.valueOf(viewer.user()), String.valueOf(viewer.grants()));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return "W/\"d" + HexFormat.of().formatHex(digest, 0, 16) + '"';
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The database's state, as it stands now. */
	private String state() throws SQLException {
		if (Boolean.FALSE.equals(this.postgres)) {
			return run + ":" + writes.generation();
		}
		try (Connection connection = dataSource.getConnection()) {
			if (this.postgres == null) {
				this.postgres = connection.getMetaData()
					.getDatabaseProductName()
					.toLowerCase(Locale.ROOT)
					.contains("postgres");
				if (!this.postgres) {
					return run + ":" + writes.generation();
				}
			}
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT pg_current_wal_lsn()::text")) {
				rs.next();
				return "wal:" + rs.getString(1);
			}
		}
	}

}
