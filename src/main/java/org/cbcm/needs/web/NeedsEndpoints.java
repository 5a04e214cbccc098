package org.cbcm.needs.web;

import java.util.ArrayList;
import java.util.List;

import org.cbcm.needs.internal.NeedsAssessment;
import org.cbcm.records.RecordTransitions;
import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;
import org.cbcm.shared.Role;

import org.springframework.stereotype.Component;

/**
 * The needs assessments' pages and API. A country's national users and focal point draft
 * its assessments (checked on the path's country when it names one, on the record
 * otherwise); only its focal point publishes; everybody reads the published ones.
 */
@Component
class NeedsEndpoints implements EndpointDeclarations {

	private static final Role[] WRITERS = { Role.NATIONAL_FOCAL_POINT, Role.NATIONAL_USER };

	@Override
	public List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>(
				RecordTransitions.endpoints("/needs/{id}/{transition}", Access::roles, NeedsAssessment.KIND));
		endpoints.addAll(
				RecordTransitions.endpoints("/api/v1/needs/{id}/{transition}", Access::roles, NeedsAssessment.KIND));
		endpoints.addAll(List.of(Endpoint.get("/countries/{code}/needs", Access.anyone()),
				Endpoint.get("/countries/{code}/needs/compare", Access.anyone()),
				Endpoint.get("/countries/{code}/needs/new", Access.country("code", WRITERS)),
				Endpoint.post("/countries/{code}/needs", Access.country("code", WRITERS)),
				Endpoint.get("/needs/{id}", Access.anyone()), Endpoint.get("/needs/{id}/history", Access.anyone()),
				Endpoint.get("/needs/{id}/edit", Access.roles(WRITERS)),
				Endpoint.post("/needs/{id}", Access.roles(WRITERS)),
				Endpoint.get("/api/v1/countries/{code}/needs", Access.anyone()),
				Endpoint.post("/api/v1/countries/{code}/needs", Access.country("code", WRITERS)),
				Endpoint.get("/api/v1/needs/{id}", Access.anyone()),
				Endpoint.put("/api/v1/needs/{id}", Access.roles(WRITERS))));
		return endpoints;
	}

}
