package org.cbcm.roster.web;

import java.util.List;

import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;
import org.cbcm.shared.Role;

import org.springframework.stereotype.Component;

/**
 * The nomination pages: a country's focal point (or the Secretariat) nominates experts
 * and follows its nominations; the Secretariat reviews the queue of all countries'; an
 * expert finds their own record.
 */
@Component
class NominationEndpoints implements EndpointDeclarations {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(Endpoint.get("/countries/{code}/experts", Access.country("code", Role.NATIONAL_FOCAL_POINT)),
				Endpoint.get("/countries/{code}/experts/nominate", Access.country("code", Role.NATIONAL_FOCAL_POINT)),
				Endpoint.post("/countries/{code}/experts/nominate", Access.country("code", Role.NATIONAL_FOCAL_POINT)),
				Endpoint.get("/roster/nominations", Access.secretariat()),
				Endpoint.get("/roster/me", Access.roles(Role.EXPERT)));
	}

}
