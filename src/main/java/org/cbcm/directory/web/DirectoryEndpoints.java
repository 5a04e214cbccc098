package org.cbcm.directory.web;

import java.util.List;

import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;

import org.springframework.stereotype.Component;

/** The directory's pages and API. */
@Component
class DirectoryEndpoints implements EndpointDeclarations {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(Endpoint.get("/countries", Access.anyone()), Endpoint.get("/countries/map", Access.anyone()),
				Endpoint.get("/countries/{code}", Access.anyone()), Endpoint.get("/organisations", Access.anyone()),
				Endpoint.get("/organisations/{id}", Access.anyone()),
				Endpoint.get("/api/v1/countries", Access.anyone()),
				Endpoint.get("/api/v1/countries/{code}", Access.anyone()),
				Endpoint.get("/api/v1/organisations", Access.anyone()),
				Endpoint.get("/api/v1/organisations/{id}", Access.anyone()));
	}

}
