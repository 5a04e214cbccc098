package org.cbcm.initiatives.web;

import java.util.List;

import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;

import org.springframework.stereotype.Component;

/**
 * The downloads of the list's selection. Only published initiatives are in the selection,
 * and they are public, so anyone may take them away.
 */
@Component
class InitiativeDownloadEndpoints implements EndpointDeclarations {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(Endpoint.get("/initiatives/download.csv", Access.anyone()),
				Endpoint.get("/initiatives/download.xlsx", Access.anyone()),
				Endpoint.get("/initiatives/download.json", Access.anyone()));
	}

}
