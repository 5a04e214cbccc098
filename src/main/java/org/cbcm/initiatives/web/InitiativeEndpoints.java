package org.cbcm.initiatives.web;

import java.util.List;

import org.cbcm.initiatives.internal.Initiative;
import org.cbcm.records.RecordTransitions;
import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;
import org.cbcm.shared.Role;

import org.springframework.stereotype.Component;

/**
 * The initiatives' pages and API. Writing is open to the roles that own initiatives
 * (reporters for their organisation, national people for their country); which record
 * they may write is checked again on the record, whose owner the path does not name.
 */
@Component
class InitiativeEndpoints implements EndpointDeclarations {

	/** Those who write initiatives: reporters and national people. */
	private static final Role[] WRITERS = { Role.ORGANISATION_REPORTER, Role.NATIONAL_FOCAL_POINT, Role.NATIONAL_USER };

	@Override
	public List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new java.util.ArrayList<>(steps("/initiatives/{id}/{transition}"));
		endpoints.addAll(steps("/api/v1/initiatives/{id}/{transition}"));
		endpoints.addAll(List.of(Endpoint.get("/initiatives", Access.anyone()),
				Endpoint.get("/initiatives/map", Access.anyone()),
				Endpoint.get("/initiatives/mine", Access.roles(WRITERS)),
				Endpoint.get("/initiatives/exchange-rates", Access.anyone()),
				Endpoint.post("/initiatives/exchange-rates", Access.secretariat()),
				Endpoint.post("/initiatives/exchange-rates/remove", Access.secretariat()),
				Endpoint.get("/initiatives/{id}", Access.anyone()),
				Endpoint.get("/initiatives/{id}/history", Access.anyone()),
				Endpoint.post("/initiatives/{id}/endorsement/{country}",
						Access.country("country", Role.NATIONAL_FOCAL_POINT)),
				Endpoint.get("/api/v1/initiatives/{id}/endorsements", Access.anyone()),
				Endpoint.put("/api/v1/initiatives/{id}/endorsements/{iso3}",
						Access.country("iso3", Role.NATIONAL_FOCAL_POINT)),
				Endpoint.get("/initiatives/new", Access.roles(WRITERS)),
				Endpoint.post("/initiatives", Access.roles(WRITERS)),
				Endpoint.post("/initiatives/similar", Access.roles(WRITERS)),
				Endpoint.get("/initiatives/{id}/edit", Access.roles(WRITERS)),
				Endpoint.post("/initiatives/{id}", Access.roles(WRITERS)),
				// Its offline form: filled for those who may edit it (checked on the
				// record), blank for anyone.
				Endpoint.get("/initiatives/{id}/offline.{format}", Access.roles(WRITERS)),
				Endpoint.get("/initiatives/{id}/offline-blank.{format}", Access.anyone()),
				Endpoint.post("/initiatives/{id}/offline", Access.roles(WRITERS)),
				Endpoint.post("/initiatives/{id}/offline/apply", Access.roles(WRITERS)),
				Endpoint.get("/api/v1/initiatives", Access.anyone()),
				Endpoint.get("/api/v1/initiatives/facets", Access.anyone()),
				Endpoint.get("/api/v1/initiatives/all", Access.anyone()),
				Endpoint.post("/api/v1/initiatives", Access.roles(WRITERS)),
				Endpoint.post("/api/v1/initiatives/similar", Access.roles(WRITERS)),
				Endpoint.get("/api/v1/initiatives/{id}", Access.anyone()),
				Endpoint.put("/api/v1/initiatives/{id}", Access.roles(WRITERS)),
				Endpoint.get("/api/v1/initiatives/{id}/revisions", Access.anyone()),
				Endpoint.get("/api/v1/initiatives/{id}/revisions/compare", Access.anyone()),
				Endpoint.get("/api/v1/initiatives/{id}/revisions/{n}", Access.anyone()),
				Endpoint.get("/api/v1/exchange-rates", Access.anyone()),
				Endpoint.put("/api/v1/exchange-rates/{currency}/{year}", Access.secretariat()),
				Endpoint.delete("/api/v1/exchange-rates/{currency}/{year}", Access.secretariat())));
		return endpoints;
	}

	/**
	 * The workflow's steps, open to the roles either kind of initiative allows; which
	 * record they may move is checked on the record.
	 */
	private static List<Endpoint> steps(String pattern) {
		return RecordTransitions.endpoints(pattern, Access::roles, Initiative.ORGANISATIONAL, Initiative.NATIONAL);
	}

}
