package org.cbcm.web.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cbcm.web.PublicAddress;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The type URIs of cbcm's problems and what each looks like. A type is an absolute
 * address under cbcm's configured public address
 * ({@code https://cbcm.example.org/problems/not-found}), as RFC 9457 recommends: a
 * problem read out of its context (a log, a forwarded message) still names a page that
 * says what it means and what to do, in the reader's language. A script tells the types
 * apart by their last segment, which is the same on every installation of cbcm.
 */
@Component
class ProblemTypes {

	/** Where the pages of the problem types are. */
	static final String PATH = "/problems";

	private static final URI BLANK = URI.create("about:blank");

	private final PublicAddress address;

	private final MessageSource messages;

	ProblemTypes(PublicAddress address, MessageSource messages) {
		this.address = address;
		this.messages = messages;
	}

	/** The type's URI: {@code https://cbcm.example.org/problems/version-conflict}. */
	URI uri(ProblemType type) {
		return URI.create(address.link(PATH + "/" + type.slug()));
	}

	/** The address of the page listing every type. */
	URI index() {
		return URI.create(address.link(PATH));
	}

	/**
	 * The type a problem is written with: the one it was given, or, when it was given
	 * none (or {@code about:blank}), the one its status and properties make it
	 * ({@link ProblemType#of(ProblemDetail)}); none for a status without a type of its
	 * own, which RFC 9457 reads as {@code about:blank}.
	 */
	@Nullable URI typeOf(ProblemDetail problem) {
		if (problem.getType() != null && !BLANK.equals(problem.getType())) {
			return problem.getType();
		}
		ProblemType type = ProblemType.of(problem);
		return (type != null) ? uri(type) : problem.getType();
	}

	/**
	 * A problem of this type as cbcm writes it, in the language given: what its page and
	 * the API description show.
	 */
	Map<String, Object> example(ProblemType type, Locale locale) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", uri(type).toString());
		problem.put("title", title(type.status(), locale));
		problem.put("status", type.status());
		switch (type) {
			case INVALID_REQUEST -> {
				problem.put("detail",
						message("error.parameter", locale, "size", message("error.page.size", locale, 0, 500)));
				problem.put("parameter", "size");
			}
			case AUTHENTICATION_REQUIRED -> {
				problem.put("detail", message("security.unauthorized", locale));
				problem.put("instance", "/api/v1/me");
			}
			case FORBIDDEN -> {
				problem.put("detail", message("security.forbidden", locale));
				problem.put("instance", "/api/v1/countries/UGA/profile");
			}
			case NOT_FOUND -> problem.put("detail",
					message("error.404.path", locale, "/api/v1/initiatives/0b6f2c1e-5d1a-4c57-9a0e-2f6b8c0d1e23"));
			case METHOD_NOT_ALLOWED -> problem.put("detail", message("error.405.detail", locale));
			case NOT_ACCEPTABLE -> problem.put("detail", message("error.406.detail", locale));
			case VERSION_CONFLICT -> {
				problem.put("detail", message("record.stale", locale, 3, 4));
				problem.put("expectedVersion", 3);
				problem.put(ProblemType.CURRENT_VERSION, 4);
				problem.put("current", Map.of("version", 4, "status", "DRAFT"));
			}
			case PRECONDITION_FAILED -> {
				problem.put("detail", message("record.stale", locale, 3, 4));
				problem.put("expectedVersion", 3);
				problem.put(ProblemType.CURRENT_VERSION, 4);
				problem.put("current", Map.of("version", 4, "status", "DRAFT"));
			}
			case PRECONDITION_REQUIRED -> {
				problem.put("detail", message("record.precondition.required", locale));
				problem.put("parameter", "If-Match");
			}
			case IDEMPOTENCY_KEY_REUSED, REQUEST_IN_PROGRESS -> {
				String key = (type == ProblemType.IDEMPOTENCY_KEY_REUSED) ? "idempotency.reused"
						: "idempotency.running";
				problem.put("title", message(key + ".title", locale));
				problem.put("detail", message(key, locale));
				problem.put("instance", "/api/v1/initiatives");
				problem.put("parameter", IdempotentPosts.HEADER);
			}
			case TOO_MANY_REQUESTS -> {
				problem.put("title", message("api-limits.title", locale));
				problem.put("detail", message("api-limits.writes", locale, 120, 60, 6));
				problem.put("instance", "/api/v1/initiatives");
			}
			case SERVER_ERROR -> problem.put("detail", message("error.500.detail", locale));
			default -> problem.put("detail", message("problems." + type.slug() + ".example", locale));
		}
		return problem;
	}

	/** The type's name, in the language given: Version conflict. */
	String name(ProblemType type, Locale locale) {
		return messages.getMessage("problems." + type.slug() + ".title", null, locale);
	}

	/** The types in the order their pages and the description list them. */
	List<ProblemType> all() {
		return List.of(ProblemType.values());
	}

	/**
	 * The title cbcm writes for a status: its own where there is one, else the one for
	 * any failure, as the API's error handling does.
	 */
	private String title(int status, Locale locale) {
		return messages.getMessage("error." + status + ".title", null,
				messages.getMessage("error.other.title", null, locale), locale);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
