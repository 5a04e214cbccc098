package org.cbcm.identity.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers when a request is not signed in (401), is not allowed (403) or comes
 * after too many failed sign-ins (429): RFC 9457 problems, as every other API failure.
 */
@Component
class ProblemResponses {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	/**
	 * 401, with the scheme a client should use; or 429, saying how long to wait, when the
	 * password was not even looked at as too many failed lately.
	 */
	AuthenticationEntryPoint unauthorized(String challenge) {
		return (request, response, exception) -> {
			if (exception instanceof SignInThrottled throttled) {
				response.setHeader("Retry-After", Long.toString(throttled.seconds()));
				write(request, response, HttpStatus.TOO_MANY_REQUESTS, "security.throttled", throttled.seconds());
				return;
			}
			response.setHeader("WWW-Authenticate", challenge);
			write(request, response, HttpStatus.UNAUTHORIZED, "security.unauthorized");
		};
	}

	AccessDeniedHandler forbidden() {
		return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception) -> write(
				request, response, HttpStatus.FORBIDDEN, "security.forbidden");
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			Object... arguments) throws IOException {
		Locale locale = locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, arguments, locale));
		problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, locale));
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		// JSON is UTF-8 by definition, so the type carries no charset, as the
		// application's other problems.
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(json.writeValueAsBytes(problem));
	}

}
