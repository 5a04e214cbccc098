package org.cbcm.web.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.shared.DeclaredEndpoints;
import org.cbcm.shared.ForbiddenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Deny by default: a request that reaches a handler no endpoint declaration names is
 * refused (403) and logged, instead of passing on. Security lets a request no declaration
 * matches pass, so that an address nothing answers is a 404 and a known path asked with
 * another method a 405; one that does reach a handler — a page, an API operation, the API
 * description, an actuator endpoint — must have been declared with who may call it. Files
 * (static resources, web jars) are served by location and pass on: where there is no
 * file, the answer is a 404. So do the dispatches that follow a request already let
 * through (an error page, an asynchronous download). It runs on every handler mapping,
 * before any other interceptor.
 */
final class UndeclaredHandlers implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(UndeclaredHandlers.class);

	/** The most of a path the log repeats. */
	private static final int LOGGED_PATH = 200;

	private final DeclaredEndpoints endpoints;

	UndeclaredHandlers(DeclaredEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getDispatcherType() != DispatcherType.REQUEST || handler instanceof ResourceHttpRequestHandler
				|| endpoints.match(request).endpoint() != null) {
			return true;
		}
		log.warn("Refused {} {}: no endpoint declaration names its handler {}", printable(request.getMethod(), 20),
				printable(request.getRequestURI(), LOGGED_PATH), describe(handler));
		throw new ForbiddenException("error.403.undeclared");
	}

	private static String describe(Object handler) {
		return (handler instanceof HandlerMethod method) ? method.getShortLogMessage() : handler.getClass().getName();
	}

	/**
	 * The text as the log may repeat it: printable ASCII only (anything else, such as a
	 * line break that would forge a log line, as {@code ?}), at most so long.
	 */
	static String printable(String text, int limit) {
		StringBuilder printable = new StringBuilder(Math.min(text.length(), limit + 1));
		for (int index = 0; index < text.length() && index < limit; index++) {
			char c = text.charAt(index);
			printable.append((c >= 0x20 && c < 0x7f) ? c : '?');
		}
		if (text.length() > limit) {
			printable.append("...");
		}
		return printable.toString();
	}

}
