package org.cbcm.web.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ProblemDetail;

/**
 * The kinds of failure the API answers with, one per problem type (RFC 9457): each has
 * its name, the last segment of its type URI ({@code /problems/version-conflict}), and
 * the status it comes with. Which one a problem is follows from its status, and for a 409
 * from what it carries: the version that is current for a change based on a stale version
 * (a version conflict), the Idempotency-Key as its parameter for a repeat while the first
 * request is still answered; any other 409 (a step the record's status does not allow) is
 * a conflict. So every problem gets its type in one place ({@link ProblemTypes}), whoever
 * wrote it: the API's handlers, Spring's own answers, the security filters.
 */
enum ProblemType {

	/** A parameter, header or body cbcm does not take; the problem names it. */
	INVALID_REQUEST("invalid-request", 400),

	/** No credentials, or ones that are wrong, expired or revoked. */
	AUTHENTICATION_REQUIRED("authentication-required", 401),

	/** The caller is known but may not do this. */
	FORBIDDEN("forbidden", 403),

	/** Nothing is at the address, or nothing the caller may see. */
	NOT_FOUND("not-found", 404),

	/** The address does not answer that method. */
	METHOD_NOT_ALLOWED("method-not-allowed", 405),

	/** The address cannot answer in the format the Accept header asks for. */
	NOT_ACCEPTABLE("not-acceptable", 406),

	/** A change based on a version of the record that is no longer current. */
	VERSION_CONFLICT("version-conflict", 409),

	/** A change the record's present state does not allow. */
	CONFLICT("conflict", 409),

	/**
	 * A repeat of a request, under the same Idempotency-Key, while the first is still
	 * being answered.
	 */
	REQUEST_IN_PROGRESS("request-in-progress", 409),

	/** The If-Match header names a version that is no longer current. */
	PRECONDITION_FAILED("precondition-failed", 412),

	/** A body in a format the operation does not take. */
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),

	/** An Idempotency-Key sent again with another request. */
	IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422),

	/**
	 * A change that says neither by If-Match nor in its body which version it is based
	 * on.
	 */
	PRECONDITION_REQUIRED("precondition-required", 428),

	/** Too many requests, or failed sign-ins, in too short a time. */
	TOO_MANY_REQUESTS("too-many-requests", 429),

	/** cbcm failed to answer. */
	SERVER_ERROR("server-error", 500);

	/** The property of a 409 that makes it a version conflict. */
	static final String CURRENT_VERSION = "currentVersion";

	private final String slug;

	private final int status;

	ProblemType(String slug, int status) {
		this.slug = slug;
		this.status = status;
	}

	/** The last segment of the type's URI: {@code version-conflict}. */
	String slug() {
		return slug;
	}

	int status() {
		return status;
	}

	static Optional<ProblemType> named(String slug) {
		return Arrays.stream(values()).filter(type -> type.slug.equals(slug)).findFirst();
	}

	/**
	 * The type of a problem with this status, and these properties: none for a status
	 * without a type of its own (a 4xx cbcm does not answer with), which stays
	 * {@code about:blank}, meaning no more than its status; every 5xx is a server error.
	 */
	static @Nullable ProblemType of(int status, boolean currentVersion) {
		return of(status, currentVersion, false);
	}

	/**
	 * @param currentVersion whether the problem says which version is current: a 409 is
	 * then a version conflict
	 * @param idempotencyKey whether it names the Idempotency-Key as its parameter: a 409
	 * is then a repeat of a request still being answered
	 */
	static @Nullable ProblemType of(int status, boolean currentVersion, boolean idempotencyKey) {
		if (status == 409) {
			return currentVersion ? VERSION_CONFLICT : idempotencyKey ? REQUEST_IN_PROGRESS : CONFLICT;
		}
		if (status >= 500 && status < 600) {
			return SERVER_ERROR;
		}
		return Arrays.stream(values()).filter(type -> type.status == status).findFirst().orElse(null);
	}

	static @Nullable ProblemType of(ProblemDetail problem) {
		Map<String, Object> properties = (problem.getProperties() != null) ? problem.getProperties() : Map.of();
		return of(problem.getStatus(), properties.containsKey(CURRENT_VERSION),
				IdempotentPosts.HEADER.equals(properties.get("parameter")));
	}

}
