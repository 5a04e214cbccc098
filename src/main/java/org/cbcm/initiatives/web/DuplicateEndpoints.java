package org.cbcm.initiatives.web;

import java.util.List;

import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;

import org.springframework.stereotype.Component;

/**
 * The Secretariat's queue of initiatives registered twice, its scan and its decisions:
 * the Secretariat's alone, pages and API.
 */
@Component
class DuplicateEndpoints implements EndpointDeclarations {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(Endpoint.get("/initiatives/duplicates", Access.secretariat()),
				Endpoint.post("/initiatives/duplicates/scan", Access.secretariat()),
				Endpoint.post("/initiatives/duplicates/{pair}/merge", Access.secretariat()),
				Endpoint.post("/initiatives/duplicates/{pair}/distinct", Access.secretariat()),
				Endpoint.post("/initiatives/merges/{merge}/undo", Access.secretariat()),
				Endpoint.get("/api/v1/initiatives/duplicates", Access.secretariat()),
				Endpoint.post("/api/v1/initiatives/duplicates/{pair}/merge", Access.secretariat()),
				Endpoint.post("/api/v1/initiatives/duplicates/{pair}/distinct", Access.secretariat()),
				Endpoint.post("/api/v1/initiative-merges/{merge}/undo", Access.secretariat()));
	}

}
