package org.cbcm.web.internal;

import java.util.List;

import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;

import org.springframework.stereotype.Component;

/** The pages of the API's problem types ({@link ProblemPages}), open to anyone. */
@Component
class ProblemEndpoints implements EndpointDeclarations {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(Endpoint.get(ProblemTypes.PATH, Access.anyone()),
				Endpoint.get(ProblemTypes.PATH + "/{name}", Access.anyone()));
	}

}
