package org.cbcm.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address of cbcm as people reach it ({@code cbcm.web.base-url}), such as
 * {@code https://cbcm.example.org}: every absolute link cbcm writes (in a mail, a
 * download, the API description) starts with it. It is configured, never taken from a
 * request, whose Host header the caller chooses: a reset link or a download link built
 * from it would lead wherever the caller wants. Whether it is {@code https} also decides
 * whether cookies are sent only over TLS and browsers are told to keep to it (HSTS).
 */
public final class PublicAddress {

	private final String base;

	private final boolean secure;

	/**
	 * @param baseUrl an absolute {@code http} or {@code https} address with a host, and
	 * with neither query nor fragment
	 * @throws IllegalArgumentException when it is not one, so that a wrong setting stops
	 * the start rather than the links
	 */
	public PublicAddress(String baseUrl) {
		URI uri;
		try {
			uri = new URI(baseUrl.strip());
		}
		catch (URISyntaxException ex) {
			throw invalid(baseUrl);
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null
				|| uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
			throw invalid(baseUrl);
		}
		this.base = uri.toString().replaceAll("/+$", "");
		this.secure = scheme.equals("https");
	}

	/** The address without a trailing slash: {@code https://cbcm.example.org}. */
	public String base() {
		return base;
	}

	/**
	 * The absolute address of a page of cbcm.
	 * @param path the page's path, starting with a slash: {@code /login}
	 */
	public String link(String path) {
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("A path of cbcm starts with '/', not '%s'".formatted(path));
		}
		return base + path;
	}

	/** Whether people reach cbcm over TLS ({@code https}). */
	public boolean secure() {
		return secure;
	}

	@Override
	public String toString() {
		return base;
	}

	private static IllegalArgumentException invalid(String baseUrl) {
		return new IllegalArgumentException(("cbcm.web.base-url must be the absolute http or https address people "
				+ "reach cbcm at, such as https://cbcm.example.org, not '%s'")
			.formatted(baseUrl));
	}

}
