package org.cbcm.coordination.web;

import java.util.ArrayList;
import java.util.List;

import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;

import org.springframework.stereotype.Component;

/**
 * The coordination analysis's pages and downloads: public reads, as the registry and the
 * published needs they rest on are public.
 */
@Component
class CoordinationPageEndpoints implements EndpointDeclarations {

	/** The views that have a page and a download each. */
	static final List<String> VIEWS = List.of("coverage", "gaps", "duplications", "funding", "partnerships");

	/** The views as a path variable's pattern names them. */
	static final String VIEW_NAMES = "coverage|gaps|duplications|funding|partnerships";

	@Override
	public List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		endpoints.add(Endpoint.get("/coordination", Access.anyone()));
		for (String view : VIEWS) {
			endpoints.add(Endpoint.get("/coordination/" + view, Access.anyone()));
			endpoints.add(Endpoint.get("/coordination/" + view + ".csv", Access.anyone()));
			endpoints.add(Endpoint.get("/coordination/" + view + ".xlsx", Access.anyone()));
		}
		endpoints.add(Endpoint.get("/coordination/coverage/{country}/{element}", Access.anyone()));
		return endpoints;
	}

}
