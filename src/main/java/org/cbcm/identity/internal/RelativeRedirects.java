package org.cbcm.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.RedirectStrategy;

/**
 * The security framework's redirects within cbcm, by path only ({@code Location:
 * /account}): the address of a page saved before sign-in is built from the request, Host
 * header included, which the caller chooses, so only its path and query are kept. Tomcat
 * keeps a relative location as it is ({@code server.tomcat.use-relative-redirects}).
 */
final class RelativeRedirects implements RedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		response.sendRedirect(response.encodeRedirectURL(target(request, url)));
	}

	static String target(HttpServletRequest request, String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return request.getContextPath() + "/";
		}
		if (uri.getScheme() == null && uri.getRawAuthority() == null) {
			return url.startsWith("/") ? request.getContextPath() + url : url;
		}
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		return path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

}
