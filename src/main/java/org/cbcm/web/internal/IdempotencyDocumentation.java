package org.cbcm.web.internal;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.cbcm.shared.Access;
import org.cbcm.shared.DeclaredEndpoints;
import org.cbcm.shared.Endpoint;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * The {@code Idempotency-Key} header in the OpenAPI description
 * ({@link IdempotentPosts}): an optional parameter of every POST under {@code /api/v1}
 * that needs a signed-in caller (by the endpoint declarations, as
 * {@link ApiSecurityDocumentation} says who may call), with the 422 of a key used for
 * another request, the 409 of a repeat still being answered, and the mark on a replayed
 * answer. Not on the token endpoint, where the key is ignored.
 */
@Component
class IdempotencyDocumentation implements OpenApiCustomizer {

	/** The parameter's name among the description's components. */
	static final String PARAMETER = "IdempotencyKey";

	private static final String PROBLEM = "#/components/schemas/Problem";

	private final DeclaredEndpoints endpoints;

	IdempotencyDocumentation(DeclaredEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	@Override
	public void customise(OpenAPI api) {
		if (api.getPaths() == null) {
			return;
		}
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		api.getComponents().addParameters(PARAMETER, parameter());
		api.getPaths().forEach((path, item) -> {
			Operation post = item.getPost();
			if (post != null && path.startsWith("/api/v1/") && !Endpoint.FIRST_TOKEN.equals(path)
					&& signedIn(path, item, post)) {
				document(post);
			}
		});
	}

	/** Whether some request the operation stands for needs a signed-in caller. */
	private boolean signedIn(String path, PathItem item, Operation operation) {
		List<Parameter> parameters = new ArrayList<>();
		if (item.getParameters() != null) {
			parameters.addAll(item.getParameters());
		}
		if (operation.getParameters() != null) {
			parameters.addAll(operation.getParameters());
		}
		return ApiSecurityDocumentation.instances(path, parameters).stream().anyMatch(instance -> {
			Endpoint endpoint = endpoints.match("POST", instance).endpoint();
			return endpoint != null && endpoint.access().kind() != Access.Kind.ANYONE;
		});
	}

	private static void document(Operation operation) {
		String reference = "#/components/parameters/" + PARAMETER;
		if (operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch(parameter -> reference.equals(parameter.get$ref()))) {
			// Documented already: the description is built once, but customised twice
			// would say everything twice.
			return;
		}
		operation.addParametersItem(new Parameter().$ref(reference));
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		ApiResponses responses = operation.getResponses();
		responses.forEach((status, response) -> {
			if (status.startsWith("2")) {
				response.addHeaderObject(IdempotentPosts.REPLAYED,
						new Header()
							.description("true when this is the stored answer to an earlier request with "
									+ "the same Idempotency-Key, address and body, which did not run again")
							.schema(new StringSchema()._enum(List.of("true"))));
			}
		});
		responses.addApiResponse("422",
				problem("The Idempotency-Key was used within the last 24 hours for another request "
						+ "(another address or body); nothing was done"));
		String running = "A request with the same Idempotency-Key is still being answered; "
				+ "nothing more was done: ask again after Retry-After seconds";
		ApiResponse conflict = responses.get("409");
		if (conflict == null) {
			conflict = problem(running);
			responses.addApiResponse("409", conflict);
		}
		else {
			conflict.setDescription(
					(conflict.getDescription() == null) ? running : conflict.getDescription() + "; or: " + running);
		}
		conflict.addHeaderObject("Retry-After",
				new Header().description(
						"With a repeat still being answered: the seconds to wait before asking again for its answer")
					.schema(new IntegerSchema()));
	}

	private static Parameter parameter() {
		return new HeaderParameter().name(IdempotentPosts.HEADER)
			.required(false)
			.description("Makes a retry safe: a key of your choice (a UUID will do), the same on every retry of "
					+ "one request. A repeat with the same key, address and body within 24 hours gets the first "
					+ "successful answer again (marked Idempotent-Replayed: true) and creates nothing; the same key "
					+ "with another request is refused with 422. Failures are not kept, so a failed request can be "
					+ "sent again with its key. Each account has its own keys; the key is ignored on anonymous "
					+ "requests.")
			.schema(new StringSchema().minLength(1).maxLength(IdempotentPosts.LONGEST).pattern("^[ -~]+$"))
			.example("3f0c2a1e-7b4d-4c8e-9a51-2d6f0e4b8c17");
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref(PROBLEM))));
	}

}
