package org.cbcm.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every module's endpoint declarations together, and which one a request is for: the most
 * specific pattern that matches its path and method, as the handlers are chosen
 * ({@code /initiatives/mine} before {@code /initiatives/{id}}). Security decides by it
 * who may call; the web frame, how large a body the request may send.
 */
@Component
public class DeclaredEndpoints {

	/** A declaration with its pattern parsed once. */
	private record Compiled(Endpoint endpoint, PathPattern pattern) {
	}

	/**
	 * The outcome of matching a request.
	 *
	 * @param endpoint the endpoint declared for it, if any
	 * @param variables the values of the pattern's variables
	 * @param pathKnown whether some endpoint has the path, if with another method
	 */
	public record Match(@Nullable Endpoint endpoint, Map<String, String> variables, boolean pathKnown) {
	}

	private final List<Compiled> endpoints;

	DeclaredEndpoints(List<EndpointDeclarations> declarations) {
		PathPatternParser parser = new PathPatternParser();
		this.endpoints = declarations.stream()
			.flatMap(declaration -> declaration.endpoints().stream())
			.map(endpoint -> new Compiled(endpoint, parser.parse(endpoint.pattern())))
			.sorted(Comparator.comparing(Compiled::pattern, PathPattern.SPECIFICITY_COMPARATOR))
			.toList();
	}

	/** Every declared endpoint, the most specific first. */
	public List<Endpoint> all() {
		return endpoints.stream().map(Compiled::endpoint).toList();
	}

	public Match match(HttpServletRequest request) {
		return match(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()));
	}

	/**
	 * The endpoint a request with this method and path is for, as
	 * {@link #match(HttpServletRequest)} finds it; the API description names each
	 * operation's rule by it.
	 * @param method the HTTP method, such as GET
	 * @param path the path without the context path
	 */
	public Match match(String method, String path) {
		PathContainer container = PathContainer.parsePath(path.isEmpty() ? "/" : path);
		boolean pathKnown = false;
		for (Compiled compiled : endpoints) {
			PathPattern.PathMatchInfo info = compiled.pattern().matchAndExtract(container);
			if (info == null) {
				continue;
			}
			pathKnown = true;
			if (compiled.endpoint().methods().contains(method)) {
				return new Match(compiled.endpoint(), info.getUriVariables(), true);
			}
		}
		return new Match(null, Map.of(), pathKnown);
	}

}
