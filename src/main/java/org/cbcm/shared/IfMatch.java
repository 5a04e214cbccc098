package org.cbcm.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Optimistic locking as HTTP has it, beside the {@code version} field of the API's
 * bodies: a record's resource carries its version as the strong ETag {@code "3"}
 * ({@link Versioned}); a change names the version it is based on by {@code If-Match: "3"}
 * or by {@code "version": 3} in its body, and is refused with 428 when it does neither.
 * When somebody changed the record meanwhile the answer is 412 if the client used
 * {@code If-Match}, 409 if it used the body (as before ETags).
 */
public final class IfMatch {

	public static final String HEADER = "If-Match";

	/** A record's ETag: its version in quotes. */
	private static final Pattern VERSION = Pattern.compile("\"(\\d{1,9})\"");

	/** Any one entity tag (RFC 9110, 8.8.3), strong or weak. */
	private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"");

	private static final int LONGEST = 200;

	private IfMatch() {
	}

	/**
	 * The version a change through the API is based on: the one {@code If-Match} names,
	 * else the body's {@code version}.
	 * @param bodyVersion the body's version, if any
	 * @throws PreconditionException 428 when neither is given; 412 when {@code If-Match}
	 * holds an ETag that is no version of a record
	 * @throws InvalidRequestException when {@code If-Match} is no entity tag, is
	 * {@code *}, or names another version than the body
	 */
	public static int basedOn(@Nullable Integer bodyVersion) {
		String header = header();
		if (header == null) {
			if (bodyVersion == null) {
				throw PreconditionException.missing();
			}
			if (bodyVersion < 0) {
				throw new InvalidRequestException("version", "record.version.missing");
			}
			return bodyVersion;
		}
		int version = version(header);
		if (bodyVersion != null && bodyVersion != version) {
			throw new InvalidRequestException("version", "record.precondition.disagree", bodyVersion, header.strip());
		}
		return version;
	}

	/**
	 * How a change based on a stale version is answered: 412 (Precondition Failed) when
	 * the client named the version by {@code If-Match}, 409 when it gave it in the body.
	 */
	public static HttpStatus staleStatus() {
		return (header() != null) ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
	}

	/** The ETag of a record at a version: {@code "3"}. */
	public static String etag(int version) {
		return "\"" + version + "\"";
	}

	private static int version(String header) {
		String value = header.strip();
		if (value.length() > LONGEST) {
			throw new InvalidRequestException(HEADER, "record.precondition.form", TextInput.shown(value));
		}
		if (value.equals("*")) {
			throw new InvalidRequestException(HEADER, "record.precondition.any");
		}
		Matcher matcher = VERSION.matcher(value);
		if (matcher.matches()) {
			return Integer.parseInt(matcher.group(1));
		}
		if (ENTITY_TAG.matcher(value).matches()) {
			throw PreconditionException.noVersion(value);
		}
		throw new InvalidRequestException(HEADER, "record.precondition.form", TextInput.shown(value));
	}

	private static @Nullable String header() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getHeader(HEADER);
		}
		return null;
	}

}
