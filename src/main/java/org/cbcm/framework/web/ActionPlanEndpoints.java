package org.cbcm.framework.web;

import java.util.List;

import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;

import org.springframework.stereotype.Component;

/** The Action Plan's pages and API: public reference data, read by anyone. */
@Component
class ActionPlanEndpoints implements EndpointDeclarations {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(Endpoint.get("/action-plan", Access.anyone()),
				Endpoint.get("/action-plan/items/{code}", Access.anyone()),
				Endpoint.get("/action-plan/versions", Access.anyone()),
				Endpoint.get("/action-plan/mappings", Access.anyone()),
				Endpoint.get("/api/v1/action-plan", Access.anyone()),
				Endpoint.get("/api/v1/action-plan/versions", Access.anyone()),
				Endpoint.get("/api/v1/action-plan/items", Access.anyone()),
				Endpoint.get("/api/v1/action-plan/items/{code}", Access.anyone()),
				Endpoint.get("/api/v1/action-plan/mappings", Access.anyone()));
	}

}
