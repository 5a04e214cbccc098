package org.cbcm.roster.web;

import java.util.ArrayList;
import java.util.List;

import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;
import org.cbcm.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Requests for experts and their assignments, in the pages and the API. A country's focal
 * points and national users read its requests; its focal point files them, selects
 * experts and manages the assignments; the expert offered an assignment answers it and
 * reports. The services check again whose request or assignment it is.
 */
@Component
class RequestEndpoints implements EndpointDeclarations {

	private static final Role NFP = Role.NATIONAL_FOCAL_POINT;

	private static final Role[] READERS = { Role.NATIONAL_FOCAL_POINT, Role.NATIONAL_USER };

	private static final Role[] ASSIGNMENT_READERS = { Role.NATIONAL_FOCAL_POINT, Role.NATIONAL_USER, Role.EXPERT };

	/** The steps of an assignment the requesting focal point takes. */
	static final List<String> PARTY_STEPS = List.of("terms", "release", "complete", "report");

	/** The steps of an assignment the expert takes. */
	static final List<String> EXPERT_STEPS = List.of("accept", "decline", "expert-report");

	@Override
	public List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>(
				List.of(Endpoint.get("/countries/{code}/expert-requests", Access.country("code", READERS)),
						Endpoint.post("/countries/{code}/expert-requests", Access.country("code", NFP)),
						Endpoint.get("/roster/requests/{id}", Access.roles(READERS)),
						Endpoint.post("/roster/requests/{id}/select", Access.roles(NFP)),
						Endpoint.post("/roster/requests/{id}/cancel", Access.roles(NFP)),
						Endpoint.get("/roster/assignments/{id}", Access.roles(ASSIGNMENT_READERS)),
						Endpoint.get("/api/v1/roster/requests", Access.roles(READERS)),
						Endpoint.post("/api/v1/roster/requests", Access.roles(NFP)),
						Endpoint.get("/api/v1/roster/requests/{id}", Access.roles(READERS)),
						Endpoint.post("/api/v1/roster/requests/{id}/select", Access.roles(NFP)),
						Endpoint.post("/api/v1/roster/requests/{id}/cancel", Access.roles(NFP)),
						Endpoint.get("/api/v1/roster/assignments/{id}", Access.roles(ASSIGNMENT_READERS))));
		for (String step : PARTY_STEPS) {
			endpoints.add(Endpoint.post("/roster/assignments/{id}/" + step, Access.roles(NFP)));
			endpoints.add(Endpoint.post("/api/v1/roster/assignments/{id}/" + step, Access.roles(NFP)));
		}
		for (String step : EXPERT_STEPS) {
			endpoints.add(Endpoint.post("/roster/assignments/{id}/" + step, Access.roles(Role.EXPERT)));
			endpoints.add(Endpoint.post("/api/v1/roster/assignments/{id}/" + step, Access.roles(Role.EXPERT)));
		}
		return endpoints;
	}

}
