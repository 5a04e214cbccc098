package org.cbcm.directory.web;

import java.util.List;

import org.cbcm.directory.internal.CountryProfile;
import org.cbcm.directory.internal.OrganisationRecord;
import org.cbcm.records.RecordTransitions;
import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;
import org.cbcm.shared.Role;

import org.springframework.stereotype.Component;

/** The directory's pages and API. */
@Component
class DirectoryEndpoints implements EndpointDeclarations {

	private static final Role[] WRITERS = { Role.NATIONAL_FOCAL_POINT, Role.NATIONAL_USER };

	@Override
	public List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new java.util.ArrayList<>(steps("/countries/{code}/profile/{transition}"));
		endpoints.addAll(steps("/api/v1/countries/{code}/profile/{transition}"));
		// Organisations, the Secretariat's records: its steps are the Secretariat's.
		endpoints.addAll(RecordTransitions.endpoints("/organisations/{id}/{transition}", Access::roles,
				OrganisationRecord.KIND));
		endpoints.addAll(RecordTransitions.endpoints("/api/v1/organisations/{id}/{transition}", Access::roles,
				OrganisationRecord.KIND));
		// Any reporter proposes an organisation; the Secretariat reviews, edits and
		// publishes it.
		Access proposers = Access.roles(OrganisationRecord.PROPOSERS.toArray(Role[]::new));
		endpoints.addAll(List.of(Endpoint.get("/organisations/propose", proposers),
				Endpoint.post("/organisations", proposers), Endpoint.post("/api/v1/organisations", proposers),
				Endpoint.get("/organisations/proposals", Access.secretariat()),
				Endpoint.get("/organisations/{id}/edit", Access.secretariat()),
				Endpoint.post("/organisations/{id}", Access.secretariat()),
				Endpoint.get("/organisations/{id}/history", Access.secretariat()),
				Endpoint.get("/api/v1/organisations/{id}/record", Access.secretariat()),
				Endpoint.put("/api/v1/organisations/{id}", Access.secretariat())));
		endpoints.addAll(List.of(Endpoint.get("/countries", Access.anyone()),
				Endpoint.get("/countries/map", Access.anyone()), Endpoint.get("/countries/{code}", Access.anyone()),
				Endpoint.get("/organisations", Access.anyone()), Endpoint.get("/organisations/{id}", Access.anyone()),
				Endpoint.get("/api/v1/countries", Access.anyone()),
				Endpoint.get("/api/v1/countries/{code}", Access.anyone()),
				// A change of status under the Protocol: the Secretariat records it, all
				// read it.
				Endpoint.get("/countries/{code}/party-status", Access.secretariat()),
				Endpoint.post("/countries/{code}/party-status", Access.secretariat()),
				Endpoint.get("/api/v1/countries/{code}/party-status", Access.anyone()),
				Endpoint.post("/api/v1/countries/{code}/party-status", Access.secretariat()),
				Endpoint.get("/api/v1/organisations", Access.anyone()),
				Endpoint.get("/api/v1/organisations/{id}", Access.anyone()),
				// A country's profile: its people write it, its focal point authorises
				// it.
				Endpoint.get("/countries/{code}/profile/edit", Access.country("code", WRITERS)),
				Endpoint.post("/countries/{code}/profile", Access.country("code", WRITERS)),
				Endpoint.get("/countries/{code}/profile/history", Access.country("code", WRITERS)),
				// Its offline form: filled for its writers (a draft is not public), blank
				// for anyone; uploaded and applied by its writers.
				Endpoint.get("/countries/{code}/profile/offline.{format}", Access.country("code", WRITERS)),
				Endpoint.get("/countries/{code}/profile/offline-blank.{format}", Access.anyone()),
				Endpoint.post("/countries/{code}/profile/offline", Access.country("code", WRITERS)),
				Endpoint.post("/countries/{code}/profile/offline/apply", Access.country("code", WRITERS)),
				Endpoint.get("/api/v1/countries/{code}/profile", Access.anyone()),
				Endpoint.get("/api/v1/countries/{code}/profile/draft", Access.country("code", WRITERS)),
				Endpoint.put("/api/v1/countries/{code}/profile", Access.country("code", WRITERS)),
				Endpoint.get("/api/v1/countries/{code}/profile/revisions", Access.country("code", WRITERS)),
				Endpoint.get("/api/v1/countries/{code}/profile/revisions/compare", Access.country("code", WRITERS)),
				Endpoint.get("/api/v1/countries/{code}/profile/revisions/{n}", Access.country("code", WRITERS))));
		return endpoints;
	}

	/** The profile's workflow steps, open to the roles it allows within the country. */
	private static List<Endpoint> steps(String pattern) {
		return RecordTransitions.endpoints(pattern, roles -> Access.country("code", roles), CountryProfile.KIND);
	}

}
