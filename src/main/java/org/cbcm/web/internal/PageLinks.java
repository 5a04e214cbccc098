package org.cbcm.web.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to another page of the current list, keeping every other parameter of the request
 * (its filters and sort), for the paging fragment: {@code ${pageLinks.to(2)}}.
 */
public final class PageLinks {

	private final String path;

	private final String query;

	PageLinks(HttpServletRequest request) {
		this.path = request.getRequestURI();
		this.query = request.getQueryString();
	}

	/** The address of the same list at another page, path and query only. */
	public String to(int page) {
		UriComponents uri = UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam("page", page)
			.build(true);
		String pageQuery = uri.getQuery();
		return uri.getPath() + ((pageQuery != null) ? "?" + pageQuery : "");
	}

}
