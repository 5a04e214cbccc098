package org.cbcm.identity.internal;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.cbcm.shared.DeclaredEndpoints;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.Viewer;
import org.cbcm.shared.ViewerSource;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Decides every request by the modules' endpoint declarations: the first declaration
 * whose path and method match says who may call it. A request no declaration matches
 * passes on, so that the application answers it as it answers any address it does not
 * know: 404, or 405 for a known path asked with another method. Should it reach a handler
 * after all, the web frame refuses it (403) and logs it: deny by default. The
 * authorization matrix test fails on a handler no declaration names, so that none ships
 * unreachable.
 */
@Component
class DeclaredAccess implements AuthorizationManager<RequestAuthorizationContext> {

	private final DeclaredEndpoints endpoints;

	DeclaredAccess(DeclaredEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	List<Endpoint> endpoints() {
		return endpoints.all();
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
			RequestAuthorizationContext context) {
		DeclaredEndpoints.Match match = match(context.getRequest());
		if (match.endpoint() == null) {
			return new AuthorizationDecision(true);
		}
		return new AuthorizationDecision(
				match.endpoint().access().allows(viewer(authentication.get()), match.variables()));
	}

	DeclaredEndpoints.Match match(HttpServletRequest request) {
		return endpoints.match(request);
	}

	static Viewer viewer(@Nullable Authentication authentication) {
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof ViewerSource source) {
			return source.viewer();
		}
		return Viewer.ANONYMOUS;
	}

}
