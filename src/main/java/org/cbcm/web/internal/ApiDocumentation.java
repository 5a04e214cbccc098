package org.cbcm.web.internal;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import org.cbcm.web.PathIdentifier;
import org.cbcm.web.PublicAddress;
import org.springdoc.core.utils.SpringDocUtils;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the REST API: what cbcm is, and the problem (RFC 9457) every
 * operation answers with when a parameter is wrong (400), nothing is there (404), or cbcm
 * fails (500).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	private static final String PROBLEM = "Problem";

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

	@Bean
	OpenApiCustomizer problemDocumentation() {
		return api -> {
			if (api.getComponents() == null) {
				api.setComponents(new Components());
			}
			Schema<?> problem = new ObjectSchema().description("An RFC 9457 problem")
				.addProperty("type", new StringSchema())
				.addProperty("title", new StringSchema().description("what kind of problem"))
				.addProperty("status", new IntegerSchema())
				.addProperty("detail", new StringSchema().description("what went wrong, naming the value at fault"))
				.addProperty("instance", new StringSchema())
				.addProperty("parameter", new StringSchema().description("for a 400, the request parameter at fault"));
			api.getComponents().addSchemas(PROBLEM, problem);
			if (api.getPaths() == null) {
				return;
			}
			api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
				operation.getResponses()
					.addApiResponse("400",
							response("A parameter has a value cbcm cannot accept; the problem names it"));
				operation.getResponses().addApiResponse("404", response("There is nothing at this address"));
				operation.getResponses()
					.addApiResponse("500", response("cbcm failed to answer; the failure is logged"));
			}));
		};
	}

	private static ApiResponse response(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

}
