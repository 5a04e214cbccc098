package org.cbcm.web.internal;

import java.util.List;

import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import org.cbcm.web.PathIdentifier;
import org.cbcm.web.PublicAddress;
import org.springdoc.core.utils.SpringDocUtils;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the REST API: what cbcm is. The problems (RFC 9457) each
 * operation answers with are described by {@link ProblemDocumentation}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	/**
	 * The API's server is cbcm's configured address; springdoc would otherwise write the
	 * one the request's Host header names.
	 */
	@Bean
	OpenAPI cbcmApi(PublicAddress address) {
		return new OpenAPI()
			.servers(List
				.of(new Server().url(address.base()).description("cbcm at its configured address (CBCM_WEB_BASE_URL)")))
			.info(new Info().title("cbcm API")
				.version("v1")
				.description("The Capacity-Building Coordination Mechanism for the Cartagena Protocol on Biosafety: "
						+ "the Action Plan, countries and Parties, organisations. Errors are RFC 9457 problems "
						+ "(application/problem+json).")
				.license(new License().name("Data: see the sources named in the footer of every page")
					.url(address.base() + "/#data-sources")))
			.externalDocs(new ExternalDocumentation()
				.description("A short guide for scripts: tokens, paging and cursors, conflicts and ETags, "
						+ "retries, errors, with curl and Python examples")
				.url(address.base() + "/docs/api.md"));
	}

	/**
	 * The identifiers addresses name ({@link PathIdentifier}) are texts in the
	 * description, as in the addresses.
	 */
	@Bean
	OpenApiCustomizer identifierDocumentation(List<PathIdentifier<?>> identifiers) {
		identifiers.forEach(identifier -> SpringDocUtils.getConfig().replaceWithClass(identifier.type(), String.class));
		return api -> {
		};
	}

	/**
	 * Codes (countries, Action Plan items, regions) are texts in the API
	 * ({@link ValueRecords}).
	 */
	@Bean
	io.swagger.v3.core.converter.ModelConverter codeSchemas() {
		return ValueRecords.schemas();
	}

}
