package org.cbcm.web.internal;

import java.util.Locale;

import org.cbcm.shared.ConflictException;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.PreconditionException;
import org.cbcm.shared.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.DatabindException;

/**
 * Answers every failure of the REST API with an RFC 9457 problem
 * ({@code application/problem+json}) whose title and detail come from the message
 * bundles, and which names the parameter at fault. Never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	private final MessageSource messages;

	ApiErrors(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return problem(Problems.notFound(messages, ex, locale()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> forbidden(ForbiddenException ex) {
		return problem(Problems.forbidden(messages, ex, locale()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
		return problem(Problems.conflict(messages, ex, locale()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> stale(StaleVersionException ex) {
		return problem(Problems.stale(messages, ex, locale()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> precondition(PreconditionException ex) {
		return problem(Problems.precondition(messages, ex, locale()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(InvalidRequestException ex) {
		return problem(Problems.invalid(messages, ex, locale()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex, jakarta.servlet.http.HttpServletResponse response)
			throws Exception {
		if (response.isCommitted()) {
			// Part of the answer has gone out (a download): nothing can be added that
			// says it failed; the server breaks the connection off instead.
			throw ex;
		}
		log.error("Unexpected failure of an API request", ex);
		return problem(Problems.unexpected(messages, locale()));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch && Problems.inPath(mismatch)) {
			// A path variable that is no identifier names nothing.
			String path = (request instanceof ServletWebRequest servlet) ? servlet.getRequest().getRequestURI() : "";
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.notFound(messages, Problems.unknown(mismatch, path), locale()));
		}
		String parameter = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: String.valueOf(ex.getPropertyName());
		ProblemDetail problem = Problems.invalid(messages, Problems.typeMismatch(parameter, ex), locale());
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * A body that is not JSON, or whose field has the wrong type or value: the problem
	 * names the field.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		InvalidRequestException invalid = Problems.unreadable(ex.getMostSpecificCause());
		ProblemDetail problem = Problems.invalid(messages, invalid, locale());
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.invalid(messages, Problems.missing(ex.getParameterName()), locale());
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
