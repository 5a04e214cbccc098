package org.cbcm.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;
import org.cbcm.shared.Viewer;
import org.cbcm.shared.ViewerSource;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Decides every request by the modules' endpoint declarations: the first declaration
 * whose path and method match says who may call it. A request no declaration matches
 * passes on, so that the application answers it as it answers any address it does not
 * know: 404, or 405 for a known path asked with another method. That is safe because
 * every handler the application has is declared: the authorization matrix test fails on
 * one that is not.
 */
@Component
class DeclaredAccess implements AuthorizationManager<RequestAuthorizationContext> {

	private final List<Compiled> endpoints;

	/** A declaration with its pattern parsed once. */
	record Compiled(Endpoint endpoint, PathPattern pattern) {
	}

	/** The outcome of matching a request against the declarations. */
	record Match(@Nullable Endpoint endpoint, Map<String, String> variables, boolean pathKnown) {
	}

	DeclaredAccess(List<EndpointDeclarations> declarations) {
		PathPatternParser parser = new PathPatternParser();
		this.endpoints = declarations.stream()
			.flatMap(declaration -> declaration.endpoints().stream())
			.map(endpoint -> new Compiled(endpoint, parser.parse(endpoint.pattern())))
			// The most specific pattern first: /initiatives/mine before
			// /initiatives/{id},
			// as the handlers are chosen.
			.sorted(java.util.Comparator.comparing(Compiled::pattern, PathPattern.SPECIFICITY_COMPARATOR))
			.toList();
	}

	List<Endpoint> endpoints() {
		return endpoints.stream().map(Compiled::endpoint).toList();
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
			RequestAuthorizationContext context) {
		Match match = match(context.getRequest());
		if (match.endpoint() == null) {
			return new AuthorizationDecision(true);
		}
		return new AuthorizationDecision(
				match.endpoint().access().allows(viewer(authentication.get()), match.variables()));
	}

	Match match(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		PathContainer container = PathContainer.parsePath(path.isEmpty() ? "/" : path);
		boolean pathKnown = false;
		for (Compiled compiled : endpoints) {
			PathPattern.PathMatchInfo info = compiled.pattern().matchAndExtract(container);
			if (info == null) {
				continue;
			}
			pathKnown = true;
			if (compiled.endpoint().methods().contains(request.getMethod())) {
				return new Match(compiled.endpoint(), info.getUriVariables(), true);
			}
		}
		return new Match(null, Map.of(), pathKnown);
	}

	static Viewer viewer(@Nullable Authentication authentication) {
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof ViewerSource source) {
			return source.viewer();
		}
		return Viewer.ANONYMOUS;
	}

}
