package org.cbcm.web.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.shared.ConflictException;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers failures of pages with an error page in the layout that says what went wrong in
 * the reader's language. It also answers the failures that happen before any handler is
 * found (a path nothing answers, a method or format no handler takes); under
 * {@code /api/} those get a problem like every other API failure.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	Object notFound(NotFoundException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, messages.getMessage(ex.messageKey(), ex.arguments(), locale()));
	}

	@ExceptionHandler
	Object forbidden(ForbiddenException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.FORBIDDEN, messages.getMessage(ex.messageKey(), ex.arguments(), locale()));
	}

	@ExceptionHandler
	Object conflict(ConflictException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.CONFLICT, messages.getMessage(ex.messageKey(), ex.arguments(), locale()));
	}

	@ExceptionHandler
	Object stale(StaleVersionException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.CONFLICT, messages.getMessage("record.stale",
				new Object[] { ex.expectedVersion(), ex.currentVersion() }, locale()));
	}

	@ExceptionHandler
	Object noSuchPath(NoResourceFoundException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND,
				messages.getMessage("error.404.path", new Object[] { request.getRequestURI() }, locale()));
	}

	@ExceptionHandler
	Object invalid(InvalidRequestException ex, HttpServletRequest request) {
		if (isApi(request)) {
			return problem(Problems.invalid(messages, ex, locale()));
		}
		String detail = messages.getMessage(ex.messageKey(), ex.arguments(), locale());
		return page(HttpStatus.BAD_REQUEST,
				messages.getMessage("error.parameter", new Object[] { ex.parameter(), detail }, locale()));
	}

	/**
	 * A parameter that does not convert to its type is a bad request; a path variable
	 * that does not names nothing, and is answered as an identifier that names nothing.
	 */
	@ExceptionHandler
	Object typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		if (Problems.inPath(ex)) {
			return notFound(Problems.unknown(ex, request.getRequestURI()), request);
		}
		return invalid(Problems.typeMismatch(ex.getName(), ex), request);
	}

	/**
	 * A form field whose name the form object cannot hold (an index past what a list
	 * takes, a key where there is none): refused as a bad request, never a failure.
	 */
	@ExceptionHandler
	Object unbindable(org.springframework.beans.InvalidPropertyException ex, HttpServletRequest request) {
		return invalid(new InvalidRequestException(ex.getPropertyName(), "error.type.other", ex.getPropertyName()),
				request);
	}

	@ExceptionHandler
	Object missing(MissingServletRequestParameterException ex, HttpServletRequest request) {
		return invalid(Problems.missing(ex.getParameterName()), request);
	}

	@ExceptionHandler
	Object failed(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (response.isCommitted()) {
			// Part of the answer has gone out (a download): nothing can be added to it
			// that says it failed, so the failure goes on to the server, which breaks
			// the connection off.
			log.error("Failure of {} after its answer had started", request.getRequestURI(), ex);
			throw ex;
		}
		if (ex instanceof ErrorResponse known) {
			return answer(request, known.getStatusCode(), null);
		}
		log.error("Unexpected failure of {}", request.getRequestURI(), ex);
		return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, null);
	}

	private Object answer(HttpServletRequest request, HttpStatusCode status, @Nullable String message) {
		if (!isApi(request)) {
			return page(status, message);
		}
		String title = messages.getMessage("error." + status.value() + ".title", null,
				messages.getMessage("error.other.title", null, locale()), locale());
		String detail = (message != null) ? message : messages.getMessage("error." + status.value() + ".detail", null,
				messages.getMessage("error.other.detail", null, locale()), locale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem(problem);
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ModelAndView page(HttpStatusCode status, @Nullable String message) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		if (message != null) {
			page.addObject("message", message);
		}
		return page;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
