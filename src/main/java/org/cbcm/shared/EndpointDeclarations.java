package org.cbcm.shared;

import java.util.List;

/**
 * Implemented by every module that answers requests: the module's endpoints, each with
 * who may call it. Together they are the one declaration the security configuration
 * enforces and the authorization matrix test walks.
 */
public interface EndpointDeclarations {

	List<Endpoint> endpoints();

}
