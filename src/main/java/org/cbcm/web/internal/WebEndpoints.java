package org.cbcm.web.internal;

import java.util.List;
import java.util.Set;

import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;

import org.springframework.stereotype.Component;

/**
 * The frame's endpoints: the home page, the map's outlines and image, errors, assets, API
 * description, health.
 */
@Component
class WebEndpoints implements EndpointDeclarations {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(Endpoint.get("/", Access.anyone()), Endpoint.get("/maps/world.svg", Access.anyone()),
				Endpoint.get("/maps/world.{version}.svg", Access.anyone()),
				// Errors are shown for requests of any method.
				new Endpoint(Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"), "/error", Access.anyone()),
				Endpoint.get("/webjars/**", Access.anyone()), Endpoint.get("/css/**", Access.anyone()),
				Endpoint.get("/js/**", Access.anyone()), Endpoint.get("/favicon.ico", Access.anyone()),
				Endpoint.get("/v3/api-docs", Access.anyone()), Endpoint.get("/v3/api-docs.yaml", Access.anyone()),
				Endpoint.get("/v3/api-docs/**", Access.anyone()), Endpoint.get("/swagger-ui.html", Access.anyone()),
				Endpoint.get("/swagger-ui/**", Access.anyone()), Endpoint.get("/docs/api.md", Access.anyone()),
				Endpoint.get("/docs/api/**", Access.anyone()), Endpoint.get("/actuator/health", Access.anyone()),
				Endpoint.get("/actuator/health/**", Access.anyone()), Endpoint.get("/actuator/info", Access.anyone()));
	}

}
