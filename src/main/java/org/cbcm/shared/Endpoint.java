package org.cbcm.shared;

import java.util.Set;

/**
 * One declared endpoint (a page, an API operation, or static resources) with who may call
 * it. Every request is checked against these declarations; a request no declaration
 * matches is refused.
 *
 * @param methods the HTTP methods, such as GET
 * @param pattern the path pattern, such as {@code /api/v1/countries/{code}/profile}
 * @param access who may call it
 */
public record Endpoint(Set<String> methods, String pattern, Access access) {

	public Endpoint {
		methods = Set.copyOf(methods);
	}

	public static Endpoint get(String pattern, Access access) {
		return new Endpoint(Set.of("GET", "HEAD"), pattern, access);
	}

	public static Endpoint post(String pattern, Access access) {
		return new Endpoint(Set.of("POST"), pattern, access);
	}

	public static Endpoint put(String pattern, Access access) {
		return new Endpoint(Set.of("PUT"), pattern, access);
	}

	public static Endpoint delete(String pattern, Access access) {
		return new Endpoint(Set.of("DELETE"), pattern, access);
	}

}
