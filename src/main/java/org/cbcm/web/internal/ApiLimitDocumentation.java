package org.cbcm.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * The REST API's rate limits in the OpenAPI description ({@link ApiLimits}): the header
 * fields {@code RateLimit-Policy}, {@code RateLimit} and {@code Retry-After} as
 * components, named on every operation's successful answers, and the 429 answer every
 * operation may give, with the policies as configured.
 */
@Component
class ApiLimitDocumentation implements OpenApiCustomizer {

	static final String POLICY = "RateLimit-Policy";

	static final String LIMIT = "RateLimit";

	static final String RETRY_AFTER = "Retry-After";

	/**
	 * The problem of a 429: cbcm's problem, with the policies whose allowance is used up.
	 */
	static final String PROBLEM = "TooManyRequestsProblem";

	private final ApiLimits limits;

	ApiLimitDocumentation(ApiLimits limits) {
		this.limits = limits;
	}

	@Override
	public void customise(OpenAPI api) {
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		String policies = limits.policyField();
		api.getComponents()
			.addHeaders(POLICY, new Header()
				.description("The client's quota policies (draft-ietf-httpapi-ratelimit-headers): requests that "
						+ "only read (GET, HEAD, OPTIONS) count against \"reads\", the others against \"writes\"; "
						+ "q requests per w seconds, refilling evenly, per account (token or session) or, "
						+ "without one, per client address. Every answer that reaches an operation carries it, "
						+ "errors such as 400, 404 or 409 included; 401 and 403 answered at sign-in do not.")
				.schema(new StringSchema())
				.example(policies))
			.addHeaders(LIMIT,
					new Header()
						.description("What is left of the policy this request counted against: r requests, and t "
								+ "seconds until the whole allowance is back (when r is 0, until the next request is "
								+ "let through).")
						.schema(new StringSchema())
						.example(new ApiLimits.Decision(ApiLimits.Policy.READS, true,
								limits.quota(ApiLimits.Policy.READS) - 2, 1)
							.field()))
			.addHeaders(RETRY_AFTER,
					new Header().description("Seconds to wait before the next request is let through.")
						.schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE))
						.example(6));
		api.getComponents()
			.addSchemas(PROBLEM,
					new ComposedSchema().addAllOfItem(new Schema<>().$ref("#/components/schemas/Problem"))
						.addAllOfItem(new ObjectSchema().addProperty("violated-policies",
								new ArraySchema().items(new StringSchema())
									.description("the policies whose allowance is used up: reads, or writes"))));
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
			operation.getResponses().forEach((status, response) -> {
				if (status.startsWith("2") || status.startsWith("3")) {
					headers(response, POLICY, LIMIT);
				}
			});
			operation.getResponses().addApiResponse("429", tooManyRequests());
		}));
	}

	private ApiResponse tooManyRequests() {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("title", "Too many requests");
		example.put("status", 429);
		example.put("detail",
				"Too many requests that change data from this client: cbcm takes "
						+ limits.quota(ApiLimits.Policy.WRITES) + " every " + limits.windowSeconds()
						+ " seconds, and changed nothing. Try again in 6 seconds.");
		example.put("instance", "/api/v1/initiatives");
		example.put("violated-policies", List.of(ApiLimits.Policy.WRITES.id()));
		ApiResponse response = new ApiResponse()
			.description("Too many requests from this client: nothing was done; wait as Retry-After says")
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)).example(example)));
		return headers(response, RETRY_AFTER, POLICY, LIMIT);
	}

	private static ApiResponse headers(ApiResponse response, String... names) {
		for (String name : names) {
			response.addHeaderObject(name, new Header().$ref("#/components/headers/" + name));
		}
		return response;
	}

}
