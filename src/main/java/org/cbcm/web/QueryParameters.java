package org.cbcm.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of a request's address only, never of its body, which the servlet API
 * mixes together: what a link back to the same page may carry, and what a form field such
 * as the CSRF token must not come from.
 */
public final class QueryParameters {

	private QueryParameters() {
	}

	/**
	 * The query's parameters by name, each with its values in order; a pair that cannot
	 * be decoded is left out.
	 */
	public static Map<String, String[]> of(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null || query.isEmpty()) {
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

}
