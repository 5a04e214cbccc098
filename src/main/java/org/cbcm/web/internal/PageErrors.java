package org.cbcm.web.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers failures of pages with an error page in the layout that says what went wrong in
 * the reader's language. A path nothing answers is a 404 page, or a 404 problem under
 * {@code /api/}.
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
	ModelAndView notFound(NotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, messages.getMessage(ex.messageKey(), ex.arguments(), locale()));
	}

	@ExceptionHandler
	Object noSuchPath(NoResourceFoundException ex, HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.notFound(messages, request.getRequestURI(), locale()));
		}
		return page(HttpStatus.NOT_FOUND,
				messages.getMessage("error.404.path", new Object[] { request.getRequestURI() }, locale()));
	}

	@ExceptionHandler
	ModelAndView invalid(InvalidRequestException ex) {
		String detail = messages.getMessage(ex.messageKey(), ex.arguments(), locale());
		return page(HttpStatus.BAD_REQUEST,
				messages.getMessage("error.parameter", new Object[] { ex.parameter(), detail }, locale()));
	}

	@ExceptionHandler
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex) {
		return invalid(Problems.typeMismatch(ex.getName(), ex));
	}

	@ExceptionHandler
	ModelAndView failed(Exception ex, HttpServletResponse response) {
		if (ex instanceof ErrorResponse known) {
			return page(known.getStatusCode(), null);
		}
		log.error("Unexpected failure of a page", ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, null);
	}

	private static ModelAndView page(HttpStatusCode status, String message) {
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
