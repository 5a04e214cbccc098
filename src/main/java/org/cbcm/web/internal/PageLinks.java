package org.cbcm.web.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to another page of the current list, keeping every other parameter of the request
 * (its filters and sort), for the paging fragment: {@code ${pageLinks.to(2)}}.
 */
public final class PageLinks {

	private final String path;

	private final Map<String, List<String>> parameters = new LinkedHashMap<>();

	PageLinks(HttpServletRequest request, Map<String, String[]> parameters) {
		this.path = request.getRequestURI();
		parameters.forEach((name, values) -> this.parameters.put(name, Arrays.asList(values)));
	}

	/** The address of the same list at another page, path and query only, encoded. */
	public String to(long page) {
		return at("page", page);
	}

	/**
	 * The address of the same page with a second list on it (named by its own page
	 * parameter, such as {@code apartPage}) at another page, the rest kept.
	 */
	public String at(String pageParameter, long page) {
		return with(pageParameter, page);
	}

	/** The address of the same list with one parameter set to another value. */
	String with(String parameter, Object value) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		parameters.forEach((name, values) -> {
			if (!parameter.equals(name)) {
				link.queryParam(name, values.toArray());
			}
		});
		return link.queryParam(parameter, value).encode().build().toUriString();
	}

}
