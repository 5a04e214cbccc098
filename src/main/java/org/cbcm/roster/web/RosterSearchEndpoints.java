package org.cbcm.roster.web;

import java.util.List;

import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;

import org.springframework.stereotype.Component;

/** Finding an expert: the roster's search page and API, for everybody. */
@Component
class RosterSearchEndpoints implements EndpointDeclarations {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(Endpoint.get("/roster", Access.anyone()),
				Endpoint.get("/api/v1/roster/experts", Access.anyone()));
	}

}
