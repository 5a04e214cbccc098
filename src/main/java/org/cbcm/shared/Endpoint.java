package org.cbcm.shared;

import java.util.Set;

/**
 * One declared endpoint (a page, an API operation, or static resources) with who may call
 * it and how large a body it takes. Every request is checked against these declarations;
 * a request no declaration matches is refused.
 *
 * @param methods the HTTP methods, such as GET
 * @param pattern the path pattern, such as {@code /api/v1/countries/{code}/profile}
 * @param access who may call it
 * @param maxBody the largest request body it takes, in bytes; a larger one is refused
 * before it is read
 */
public record Endpoint(Set<String> methods, String pattern, Access access, long maxBody) {

	/**
	 * The largest body a request may send where its endpoint does not say otherwise: 2
	 * MB, what a form holds.
	 */
	public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;

	/**
	 * The one API path that also takes a password (HTTP Basic), so that a script can get
	 * its first token; the rest of the API takes bearer tokens only.
	 */
	public static final String FIRST_TOKEN = "/api/v1/me/tokens";

	public Endpoint {
		methods = Set.copyOf(methods);
		if (maxBody < 0) {
			throw new IllegalArgumentException("A body limit is 0 bytes or more, not " + maxBody);
		}
	}

	/** An endpoint taking bodies up to {@link #DEFAULT_MAX_BODY}. */
	public Endpoint(Set<String> methods, String pattern, Access access) {
		this(methods, pattern, access, DEFAULT_MAX_BODY);
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

	/** The same endpoint taking bodies up to the given size. */
	public Endpoint withMaxBody(long bytes) {
		return new Endpoint(methods, pattern, access, bytes);
	}

}
