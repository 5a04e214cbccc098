package org.cbcm.coordination.api;

import java.util.List;

import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;

import org.springframework.stereotype.Component;

/** The coordination API: public reads, the rebuild for the Secretariat. */
@Component
class CoordinationApiEndpoints implements EndpointDeclarations {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(Endpoint.get("/api/v1/coordination/coverage", Access.anyone()),
				Endpoint.get("/api/v1/coordination/gaps", Access.anyone()),
				Endpoint.get("/api/v1/coordination/duplications", Access.anyone()),
				Endpoint.get("/api/v1/coordination/funding", Access.anyone()),
				Endpoint.get("/api/v1/coordination/partnerships", Access.anyone()),
				Endpoint.post("/api/v1/coordination/rebuild", Access.secretariat()));
	}

}
