package org.cbcm.needs.web;

import java.util.ArrayList;
import java.util.List;

import org.cbcm.needs.internal.StrategyRecord;
import org.cbcm.records.RecordTransitions;
import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;
import org.cbcm.shared.Role;

import org.springframework.stereotype.Component;

/**
 * The pages and API of national strategies: everybody reads the published strategy, the
 * country's people write it, its focal point publishes it.
 */
@Component
class StrategyEndpoints implements EndpointDeclarations {

	private static final Role[] WRITERS = { Role.NATIONAL_FOCAL_POINT, Role.NATIONAL_USER };

	@Override
	public List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>(steps("/countries/{code}/strategy/{transition}"));
		endpoints.addAll(steps("/api/v1/countries/{code}/strategy/{transition}"));
		Access writers = Access.country("code", WRITERS);
		endpoints.addAll(List.of(Endpoint.get("/countries/{code}/strategy", Access.anyone()),
				Endpoint.get("/countries/{code}/strategy/edit", writers),
				Endpoint.post("/countries/{code}/strategy", writers),
				Endpoint.get("/countries/{code}/strategy/history", writers),
				Endpoint.get("/api/v1/countries/{code}/strategy", Access.anyone()),
				Endpoint.get("/api/v1/countries/{code}/strategy/draft", writers),
				Endpoint.put("/api/v1/countries/{code}/strategy", writers),
				Endpoint.get("/api/v1/countries/{code}/strategy/revisions", writers),
				Endpoint.get("/api/v1/countries/{code}/strategy/revisions/compare", writers),
				Endpoint.get("/api/v1/countries/{code}/strategy/revisions/{n}", writers)));
		return endpoints;
	}

	/** The strategy's workflow steps, open to the roles it allows within the country. */
	private static List<Endpoint> steps(String pattern) {
		return RecordTransitions.endpoints(pattern, roles -> Access.country("code", roles), StrategyRecord.KIND);
	}

}
