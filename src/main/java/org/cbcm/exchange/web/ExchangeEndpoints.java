package org.cbcm.exchange.web;

import java.util.List;

import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;

import org.springframework.stereotype.Component;

/**
 * The IATI exports and cbcm's codelists. Only published initiatives go out, and they are
 * public, so anyone may take them; the codelists are public reference.
 */
@Component
class ExchangeEndpoints implements EndpointDeclarations {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(Endpoint.get("/initiatives/download.iati.xml", Access.anyone()),
				Endpoint.get("/initiatives/{id}.iati.xml", Access.anyone()),
				Endpoint.get("/api/v1/initiatives.iati.xml", Access.anyone()),
				Endpoint.get("/api/v1/initiatives/{id}.iati.xml", Access.anyone()),
				Endpoint.get(Codelists.KEY_ELEMENTS, Access.anyone()));
	}

}
