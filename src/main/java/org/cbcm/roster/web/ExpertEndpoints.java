package org.cbcm.roster.web;

import java.util.ArrayList;
import java.util.List;

import org.cbcm.records.RecordTransitions;
import org.cbcm.roster.internal.ExpertRecord;
import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;
import org.cbcm.shared.Role;

import org.springframework.stereotype.Component;

/**
 * An expert record's own pages and API. The expert and the nominating Party's focal point
 * write it (which record is theirs the record itself says); the focal point submits it;
 * the Secretariat lists or returns it. Everybody reads a listed expert's public view; the
 * history is its owners'.
 */
@Component
class ExpertEndpoints implements EndpointDeclarations {

	private static final Role[] OWNERS = { Role.EXPERT, Role.NATIONAL_FOCAL_POINT };

	@Override
	public List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>(
				RecordTransitions.endpoints("/roster/experts/{id}/{transition}", Access::roles, ExpertRecord.KIND));
		endpoints.addAll(RecordTransitions.endpoints("/api/v1/roster/experts/{id}/{transition}", Access::roles,
				ExpertRecord.KIND));
		endpoints.addAll(List.of(Endpoint.get("/roster/experts/{id}", Access.anyone()),
				Endpoint.get("/roster/experts/{id}/edit", Access.roles(OWNERS)),
				Endpoint.post("/roster/experts/{id}/edit", Access.roles(OWNERS)),
				Endpoint.get("/roster/experts/{id}/history", Access.roles(OWNERS)),
				Endpoint.get("/api/v1/roster/experts/{id}", Access.anyone()),
				Endpoint.put("/api/v1/roster/experts/{id}", Access.roles(OWNERS)),
				Endpoint.get("/api/v1/roster/experts/{id}/history", Access.roles(OWNERS))));
		return endpoints;
	}

}
