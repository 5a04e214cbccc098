package org.cbcm.identity.internal;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.web.QueryParameters;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Takes a form's CSRF token from the form's body or the {@code X-CSRF-TOKEN} header only,
 * never from the address: a token in a URL ends up in logs, histories and Referer
 * headers, where anyone who reads them could forge the person's forms. Forms carry it as
 * a hidden field (htmx posts send it with the form), scripts in the header. The token is
 * masked afresh on every page as Spring Security does by default (BREACH).
 */
final class FormCsrfTokens implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
		masked.handle(request, response, token);
	}

	@Override
	public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
		return masked.resolveCsrfTokenValue(new BodyOnly(request, token.getParameterName()), token);
	}

	/**
	 * The request with the token's parameter as the body gives it. The servlet container
	 * lists a parameter's values from the query first, then those of the body, so the
	 * body's first value comes after as many as the query has.
	 */
	private static final class BodyOnly extends HttpServletRequestWrapper {

		private final String name;

		BodyOnly(HttpServletRequest request, String name) {
			super(request);
			this.name = name;
		}

		@Override
		public @Nullable String getParameter(String parameter) {
			if (!name.equals(parameter)) {
				return super.getParameter(parameter);
			}
			String[] values = super.getParameterValues(parameter);
			if (values == null) {
				return null;
			}
			String[] inQuery = QueryParameters.of((HttpServletRequest) getRequest()).get(parameter);
			int skipped = (inQuery != null) ? inQuery.length : 0;
			return (values.length > skipped) ? values[skipped] : null;
		}

	}

}
