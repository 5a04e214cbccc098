package org.cbcm.roster.web;

import java.util.List;

import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;

import org.springframework.stereotype.Component;

/**
 * The review of the roster's operation and use: a public page, its downloads and its API,
 * as the roster's figures are public (counts only, no person).
 */
@Component
class RosterStatisticsEndpoints implements EndpointDeclarations {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(Endpoint.get("/roster/statistics", Access.anyone()),
				Endpoint.get("/roster/statistics.csv", Access.anyone()),
				Endpoint.get("/roster/statistics.xlsx", Access.anyone()),
				Endpoint.get("/api/v1/roster/statistics", Access.anyone()));
	}

}
