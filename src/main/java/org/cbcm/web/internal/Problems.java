package org.cbcm.web.internal;

import java.util.Locale;

import org.cbcm.shared.ConflictException;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.IfMatch;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.PreconditionException;
import org.cbcm.shared.StaleVersionException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Builds the problems (RFC 9457) and page messages for cbcm's failures from the message
 * bundles.
 */
final class Problems {

	private Problems() {
	}

	static ProblemDetail notFound(MessageSource messages, NotFoundException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		problem.setTitle(messages.getMessage("error.404.title", null, locale));
		return problem;
	}

	static ProblemDetail notFound(MessageSource messages, String path, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage("error.404.path", new Object[] { path }, locale));
		problem.setTitle(messages.getMessage("error.404.title", null, locale));
		return problem;
	}

	static ProblemDetail forbidden(MessageSource messages, ForbiddenException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		problem.setTitle(messages.getMessage("error.403.title", null, locale));
		return problem;
	}

	static ProblemDetail conflict(MessageSource messages, ConflictException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		problem.setTitle(messages.getMessage("error.409.title", null, locale));
		return problem;
	}

	static ProblemDetail stale(MessageSource messages, StaleVersionException ex, Locale locale) {
		HttpStatus status = IfMatch.staleStatus();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage("record.stale",
				new Object[] { ex.expectedVersion(), ex.currentVersion() }, locale));
		problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, locale));
		problem.setProperty("expectedVersion", ex.expectedVersion());
		problem.setProperty("currentVersion", ex.currentVersion());
		return problem;
	}

	/** 428 when a change names no version, 412 when If-Match names none of a record. */
	static ProblemDetail precondition(MessageSource messages, PreconditionException ex, Locale locale) {
		HttpStatus status = ex.isMissing() ? HttpStatus.PRECONDITION_REQUIRED : HttpStatus.PRECONDITION_FAILED;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, locale));
		problem.setProperty("parameter", IfMatch.HEADER);
		return problem;
	}

	static ProblemDetail invalid(MessageSource messages, InvalidRequestException ex, Locale locale) {
		String detail = messages.getMessage(ex.messageKey(), ex.arguments(), locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("error.parameter", new Object[] { ex.parameter(), detail }, locale));
		problem.setTitle(messages.getMessage("error.400.title", null, locale));
		problem.setProperty("parameter", ex.parameter());
		if (ex.problems().size() > 1) {
			problem.setProperty("errors",
					ex.problems()
						.stream()
						.map(each -> java.util.Map.of("parameter", each.parameter(), "detail",
								messages.getMessage(each.messageKey(), each.arguments(), locale)))
						.toList());
		}
		return problem;
	}

	static ProblemDetail unexpected(MessageSource messages, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				messages.getMessage("error.500.detail", null, locale));
		problem.setTitle(messages.getMessage("error.500.title", null, locale));
		return problem;
	}

	/** A JSON path as a field name: {@code roles[0].role}. */
	static String path(java.util.List<tools.jackson.core.JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (tools.jackson.core.JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	/**
	 * Why a request body could not be read, naming the field where the reader can tell: a
	 * value refused by {@link JsonInput}, a value of the wrong kind, a property given
	 * twice; else the body as a whole.
	 */
	static InvalidRequestException unreadable(Throwable cause) {
		if (cause instanceof RequestCheck.BodyTooLarge large) {
			return new InvalidRequestException("body", "error.body.too-large.chunked", large.limit());
		}
		if (cause instanceof JsonInput.RefusedValue refused) {
			return new InvalidRequestException(path(refused.getPath()), refused.messageKey(), refused.arguments());
		}
		if (cause instanceof tools.jackson.databind.DatabindException mismatch && !mismatch.getPath().isEmpty()) {
			return new InvalidRequestException(path(mismatch.getPath()), "error.body.field");
		}
		if (cause instanceof tools.jackson.core.exc.StreamReadException read && read.processor() != null
				&& String.valueOf(read.getOriginalMessage()).startsWith("Duplicate")) {
			return new InvalidRequestException(duplicated(read.processor()), "error.body.duplicate");
		}
		return new InvalidRequestException("body", "error.body.unreadable");
	}

	/** The property a parser found twice, with the path to the object holding it. */
	private static String duplicated(tools.jackson.core.JsonParser parser) {
		java.util.Deque<String> names = new java.util.ArrayDeque<>();
		for (tools.jackson.core.TokenStreamContext context = parser.streamReadContext(); context != null
				&& !context.inRoot(); context = context.getParent()) {
			if (context.inObject() && context.currentName() != null) {
				names.addFirst("." + context.currentName());
			}
			else if (context.inArray()) {
				names.addFirst("[" + Math.max(0, context.getCurrentIndex()) + "]");
			}
		}
		String path = String.join("", names);
		return path.startsWith(".") ? path.substring(1) : (path.isEmpty() ? "body" : path);
	}

	/** A parameter the request must carry and does not. */
	static InvalidRequestException missing(String parameter) {
		return new InvalidRequestException(parameter, "error.parameter.missing");
	}

	/** Whether the value that did not convert is a path variable. */
	static boolean inPath(MethodArgumentTypeMismatchException ex) {
		return ex.getParameter().hasParameterAnnotation(PathVariable.class);
	}

	/**
	 * Why a path variable that did not convert names nothing: as its identifier says
	 * ({@link org.cbcm.web.PathIdentifier}), else that nothing is at the path.
	 */
	static NotFoundException unknown(MethodArgumentTypeMismatchException ex, String path) {
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause instanceof NotFoundException notFound) {
				return notFound;
			}
		}
		return new NotFoundException("error.404.path", path);
	}

	/**
	 * A parameter whose text does not convert to the type it needs, such as
	 * {@code ldc=maybe}.
	 */
	static InvalidRequestException typeMismatch(String parameter, TypeMismatchException ex) {
		Class<?> required = ex.getRequiredType();
		String value = String.valueOf(ex.getValue());
		if (required == Boolean.class || required == boolean.class) {
			return new InvalidRequestException(parameter, "error.type.boolean", value);
		}
		if (required == Integer.class || required == int.class || required == Long.class || required == long.class) {
			return new InvalidRequestException(parameter, "error.type.number", value);
		}
		if (required != null && required.isEnum()) {
			return new InvalidRequestException(parameter, "error.type.choice", value, String.join(", ",
					java.util.Arrays.stream(required.getEnumConstants()).map(String::valueOf).toList()));
		}
		return new InvalidRequestException(parameter, "error.type.other", value);
	}

}
