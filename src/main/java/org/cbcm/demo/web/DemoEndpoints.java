package org.cbcm.demo.web;

import java.util.List;

import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;

import org.springframework.stereotype.Component;

/** The Secretariat's page for demo initiatives: see, generate, remove. */
@Component
class DemoEndpoints implements EndpointDeclarations {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(Endpoint.get("/initiatives/demo", Access.secretariat()),
				Endpoint.post("/initiatives/demo", Access.secretariat()),
				Endpoint.post("/initiatives/demo/remove", Access.secretariat()));
	}

}
