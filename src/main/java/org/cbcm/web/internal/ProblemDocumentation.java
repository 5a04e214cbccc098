package org.cbcm.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The problems (RFC 9457) in the OpenAPI description: the {@value #SCHEMA} schema, and on
 * every operation the problems it can answer with, each as
 * {@code application/problem+json} with an example whose {@code type} is the address of
 * the type's page ({@link ProblemTypes}). Which apply follows from the operation:
 * <ul>
 * <li>400 where it takes parameters or a body;</li>
 * <li>401 and 403 where it needs a token, as the endpoint declarations say
 * ({@link ApiSecurityDocumentation#closed});</li>
 * <li>404 where its path has variables;</li>
 * <li>409, 412 and 428 where it changes a record its address names, based on the version
 * it read (If-Match, or the version in its body): the version conflict, and for a step
 * the conflict with the record's state;</li>
 * <li>409 and 422 where it takes an Idempotency-Key ({@link IdempotencyDocumentation}): a
 * repeat still being answered, a key used for another request;</li>
 * <li>429 and 500 on every operation.</li>
 * </ul>
 * What other customisers describe (the rate limits' 429, for one) is kept and completed:
 * every problem they describe gets an example with its type. So this one runs last.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@Component
class ProblemDocumentation implements OpenApiCustomizer {

	static final String SCHEMA = "Problem";

	/** Where the examples of the problem types are, by their names. */
	static final String EXAMPLES = "#/components/examples/";

	/** Where the problem answers shared by many operations are, by their types' names. */
	static final String RESPONSES = "#/components/responses/";

	static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	/** What each problem means on an operation, in the description's words. */
	private static final Map<ProblemType, String> MEANINGS = meanings();

	private final ProblemTypes types;

	private final ApiSecurityDocumentation security;

	ProblemDocumentation(ProblemTypes types, ApiSecurityDocumentation security) {
		this.types = types;
		this.security = security;
	}

	@Override
	public void customise(OpenAPI api) {
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		api.getComponents().addSchemas(SCHEMA, schema());
		if (api.getInfo() != null) {
			String description = (api.getInfo().getDescription() != null) ? api.getInfo().getDescription() + " " : "";
			api.getInfo()
				.setDescription(description + "The type of every problem is the address of a page that says what it "
						+ "means and what a client should do; they are listed at " + types.index() + ".");
		}
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> document(api, method.name(), path, item, operation)));
	}

	private void document(OpenAPI api, String method, String path, PathItem item, Operation operation) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		boolean body = operation.getRequestBody() != null;
		// A change to a record that exists (its address names it), based on the version
		// read: in If-Match, or in the body.
		boolean changesRecord = path.contains("{")
				&& (takesIfMatch(item, operation) || (body && takesVersion(api, operation)));
		boolean idempotent = takesIdempotencyKey(operation);
		if (body || !parameters(item, operation).isEmpty()) {
			add(api, operation, 400, List.of(ProblemType.INVALID_REQUEST));
		}
		if (security.closed(method, path, item, operation)) {
			add(api, operation, 401, List.of(ProblemType.AUTHENTICATION_REQUIRED));
			add(api, operation, 403, List.of(ProblemType.FORBIDDEN));
		}
		if (path.contains("{")) {
			add(api, operation, 404, List.of(ProblemType.NOT_FOUND));
		}
		List<ProblemType> conflicts = new ArrayList<>();
		if (changesRecord) {
			conflicts.add(ProblemType.VERSION_CONFLICT);
			if ("POST".equals(method)) {
				conflicts.add(ProblemType.CONFLICT);
			}
		}
		if (idempotent) {
			conflicts.add(ProblemType.REQUEST_IN_PROGRESS);
			add(api, operation, 422, List.of(ProblemType.IDEMPOTENCY_KEY_REUSED));
		}
		if (!conflicts.isEmpty()) {
			add(api, operation, 409, conflicts);
		}
		if (changesRecord) {
			add(api, operation, 412, List.of(ProblemType.PRECONDITION_FAILED));
			add(api, operation, 428, List.of(ProblemType.PRECONDITION_REQUIRED));
		}
		add(api, operation, 429, List.of(ProblemType.TOO_MANY_REQUESTS));
		add(api, operation, 500, List.of(ProblemType.SERVER_ERROR));
		// Whatever else describes a failure gets the type its status makes it.
		operation.getResponses().forEach((code, response) -> {
			ProblemType kind = code.matches("[45]\\d\\d") ? ProblemType.of(Integer.parseInt(code), false) : null;
			if (kind != null && response.get$ref() == null && !exemplified(response)) {
				complete(api, response, Integer.parseInt(code), List.of(kind));
			}
		});
	}

	/**
	 * The problem response for the status, with an example of each type: added, or
	 * completed where the operation describes it already.
	 */
	private void add(OpenAPI api, Operation operation, int status, List<ProblemType> kinds) {
		String code = Integer.toString(status);
		ApiResponse response = operation.getResponses().get(code);
		if (response != null) {
			if (response.get$ref() == null) {
				complete(api, response, status, kinds);
			}
			return;
		}
		// The same answer on many operations: once among the components.
		String name = String.join("-or-", kinds.stream().map(ProblemType::slug).toList());
		if (api.getComponents().getResponses() == null || !api.getComponents().getResponses().containsKey(name)) {
			ApiResponse shared = new ApiResponse().description(
					String.join(" ", kinds.stream().map(MEANINGS::get).toList()) + " See " + types.index() + ".");
			complete(api, shared, status, kinds);
			api.getComponents().addResponses(name, shared);
		}
		operation.getResponses().addApiResponse(code, new ApiResponse().$ref(RESPONSES + name));
	}

	/**
	 * Makes the response a problem with examples of these types: its own schema (a
	 * {@value #SCHEMA} or one built on it) and example are kept, the example given the
	 * type it lacks.
	 */
	@SuppressWarnings("unchecked")
	private void complete(OpenAPI api, ApiResponse response, int status, List<ProblemType> kinds) {
		if (response.getContent() == null) {
			response.setContent(new Content());
		}
		MediaType media = response.getContent().get(PROBLEM_JSON);
		if (media == null) {
			media = new MediaType();
			response.getContent().addMediaType(PROBLEM_JSON, media);
		}
		if (media.getSchema() == null) {
			media.setSchema(new Schema<>().$ref("#/components/schemas/" + SCHEMA));
		}
		if (media.getExample() instanceof Map<?, ?> example) {
			if (!example.containsKey("type")) {
				Map<String, Object> typed = new LinkedHashMap<>();
				typed.put("type", types.uri(kinds.get(0)).toString());
				typed.putAll((Map<String, Object>) example);
				media.setExample(typed);
			}
		}
		else {
			for (ProblemType kind : kinds) {
				if (media.getExamples() == null || !media.getExamples().containsKey(kind.slug())) {
					media.addExamples(kind.slug(), example(api, kind));
				}
			}
		}
		if (status == 401
				&& (response.getHeaders() == null || !response.getHeaders().containsKey("WWW-Authenticate"))) {
			response.addHeaderObject("WWW-Authenticate",
					new Header().description("The scheme to authenticate with: Bearer (or Basic for the first token)")
						.schema(new StringSchema()));
		}
		if (status == 429 && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
			response.addHeaderObject("Retry-After",
					new Header().description("After how many seconds to try again").schema(new IntegerSchema()));
		}
	}

	private static List<Parameter> parameters(PathItem item, Operation operation) {
		List<Parameter> parameters = new ArrayList<>();
		if (item.getParameters() != null) {
			parameters.addAll(item.getParameters());
		}
		if (operation.getParameters() != null) {
			parameters.addAll(operation.getParameters());
		}
		return parameters;
	}

	private static boolean takesIfMatch(PathItem item, Operation operation) {
		return parameters(item, operation).stream()
			.anyMatch(parameter -> "header".equals(parameter.getIn())
					&& "If-Match".equalsIgnoreCase(parameter.getName()));
	}

	/**
	 * A reference to the type's example, which the components hold once for every
	 * operation that answers with it.
	 */
	private Example example(OpenAPI api, ProblemType kind) {
		if (api.getComponents().getExamples() == null || !api.getComponents().getExamples().containsKey(kind.slug())) {
			api.getComponents()
				.addExamples(kind.slug(),
						new Example().summary(types.name(kind, Locale.ENGLISH))
							.description(MEANINGS.get(kind))
							.value(types.example(kind, Locale.ENGLISH)));
		}
		return new Example().$ref(EXAMPLES + kind.slug());
	}

	/** Whether the response shows a problem by an example already. */
	private static boolean exemplified(ApiResponse response) {
		MediaType media = (response.getContent() != null) ? response.getContent().get(PROBLEM_JSON) : null;
		return media != null
				&& (media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty()));
	}

	/**
	 * Whether the operation takes an Idempotency-Key ({@link IdempotencyDocumentation}).
	 */
	private static boolean takesIdempotencyKey(Operation operation) {
		return operation.getParameters() != null && operation.getParameters()
			.stream()
			.anyMatch(parameter -> ("#/components/parameters/" + IdempotencyDocumentation.PARAMETER)
				.equals(parameter.get$ref()) || IdempotentPosts.HEADER.equalsIgnoreCase(parameter.getName()));
	}

	/** Whether the operation's JSON body has a {@code version} property. */
	private static boolean takesVersion(OpenAPI api, Operation operation) {
		if (operation.getRequestBody().getContent() == null) {
			return false;
		}
		MediaType json = operation.getRequestBody().getContent().get("application/json");
		Schema<?> schema = (json != null) ? resolved(api, json.getSchema()) : null;
		return schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version");
	}

	private static Schema<?> resolved(OpenAPI api, Schema<?> schema) {
		if (schema == null || schema.get$ref() == null || api.getComponents().getSchemas() == null) {
			return schema;
		}
		return api.getComponents().getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
	}

	private Schema<?> schema() {
		Schema<?> error = new ObjectSchema().addProperty("parameter", new StringSchema())
			.addProperty("detail", new StringSchema());
		return new ObjectSchema()
			.description("An RFC 9457 problem: what went wrong, in the language the request asked for "
					+ "(Accept-Language), or the account's")
			.addProperty("type",
					new StringSchema().format("uri")
						.description("What kind of problem: the address of a page that says what it means and what "
								+ "to do, under " + types.index() + "; its last segment names it the same way on "
								+ "every installation of cbcm"))
			.addProperty("title", new StringSchema().description("The kind of problem, in words"))
			.addProperty("status", new IntegerSchema().description("The HTTP status"))
			.addProperty("detail", new StringSchema().description("What went wrong, naming the value at fault"))
			.addProperty("instance",
					new StringSchema().format("uri-reference")
						.description("The address of the request, where the problem says it"))
			.addProperty("parameter",
					new StringSchema()
						.description("For a 400: the parameter, header or body field at fault (body for the body "
								+ "as a whole), such as initiative.funding.currency"))
			.addProperty("errors",
					new ArraySchema().items(error)
						.description("For a 400 with several fields at fault: each with what is wrong with it"))
			.addProperty("expectedVersion",
					new IntegerSchema().description("For a version conflict: the version the change was based on"))
			.addProperty("currentVersion",
					new IntegerSchema().description("For a version conflict: the version that is current"))
			.addProperty("current",
					new ObjectSchema()
						.description("For a version conflict: the record as it now is, as reading it answers"))
			.required(List.of("type", "title", "status"));
	}

	private static Map<ProblemType, String> meanings() {
		Map<ProblemType, String> meanings = new LinkedHashMap<>();
		meanings.put(ProblemType.INVALID_REQUEST,
				"A parameter, header or body has a value cbcm does not take; the problem names it.");
		meanings.put(ProblemType.AUTHENTICATION_REQUIRED, "No token, or one that is wrong, expired or revoked.");
		meanings.put(ProblemType.FORBIDDEN, "The token's holder may not do this.");
		meanings.put(ProblemType.NOT_FOUND, "Nothing is at this address, or nothing the caller may see.");
		meanings.put(ProblemType.METHOD_NOT_ALLOWED, "The address does not answer this method.");
		meanings.put(ProblemType.NOT_ACCEPTABLE, "The address cannot answer in the format asked for.");
		meanings.put(ProblemType.VERSION_CONFLICT,
				"Somebody saved the record after the version the change is based on; nothing was saved, "
						+ "and the problem holds the record as it now is.");
		meanings.put(ProblemType.CONFLICT, "The step does not apply in the record's present state.");
		meanings.put(ProblemType.PRECONDITION_FAILED,
				"If-Match names a version that is no longer current; nothing was saved.");
		meanings.put(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body is in a format the operation does not take.");
		meanings.put(ProblemType.IDEMPOTENCY_KEY_REUSED, "The Idempotency-Key came before with another request.");
		meanings.put(ProblemType.PRECONDITION_REQUIRED,
				"Neither If-Match nor the body says which version the change is based on.");
		meanings.put(ProblemType.TOO_MANY_REQUESTS, "Too many requests, or failed sign-ins; wait as Retry-After says.");
		meanings.put(ProblemType.SERVER_ERROR, "cbcm failed to answer; the failure is logged.");
		return meanings;
	}

}
