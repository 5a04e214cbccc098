package org.cbcm.web;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.cbcm.support.IntegrationTest;
import org.cbcm.support.NpmAvailable;
import org.cbcm.support.Redocly;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The OpenAPI description as a client reads its examples and problems: every operation
 * that takes a body shows one, every example fits its schema, every operation lists the
 * problems that apply to it, each as {@code application/problem+json} with an example
 * whose type is a page of cbcm that answers.
 */
@IntegrationTest
class ProblemDescriptionTests {

	/**
	 * The changes of a record that answer If-Match, written by hand from the product's
	 * rules: a country's profile and strategy, initiatives, organisations, needs
	 * assessments and experts, written whole or moved a step; a request for an expert and
	 * its assignment, moved a step.
	 */
	static final Set<String> RECORD_WRITES = Set.of("PUT /api/v1/countries/{code}/profile",
			"POST /api/v1/countries/{code}/profile/{transition}", "PUT /api/v1/countries/{code}/strategy",
			"POST /api/v1/countries/{code}/strategy/{transition}", "PUT /api/v1/initiatives/{id}",
			"POST /api/v1/initiatives/{id}/{transition}", "PUT /api/v1/organisations/{id}",
			"POST /api/v1/organisations/{id}/{transition}", "PUT /api/v1/needs/{id}",
			"POST /api/v1/needs/{id}/{transition}", "PUT /api/v1/roster/experts/{id}",
			"POST /api/v1/roster/experts/{id}/{transition}", "POST /api/v1/roster/requests/{id}/select",
			"POST /api/v1/roster/requests/{id}/cancel", "POST /api/v1/roster/assignments/{id}/accept",
			"POST /api/v1/roster/assignments/{id}/decline", "POST /api/v1/roster/assignments/{id}/terms",
			"POST /api/v1/roster/assignments/{id}/release", "POST /api/v1/roster/assignments/{id}/complete",
			"POST /api/v1/roster/assignments/{id}/report", "POST /api/v1/roster/assignments/{id}/expert-report");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	PublicAddress address;

	JsonNode description;

	@BeforeEach
	void description() throws Exception {
		description = json.readTree(
				mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void every_operation_that_takes_a_body_shows_an_example_of_it() {
		List<String> without = new ArrayList<>();
		operations((operation, node) -> {
			JsonNode body = node.path("requestBody").path("content");
			if (body.isMissingNode()) {
				return;
			}
			body.properties().forEach(media -> {
				if (!media.getValue().has("example") && media.getValue().path("examples").isEmpty()) {
					without.add(operation + " (" + media.getKey() + ")");
				}
			});
		});
		assertThat(without).as("operations taking a body without an example").isEmpty();
		assertThat(description
			.at("/paths/~1api~1v1~1countries~1{code}~1profile/put/requestBody/content"
					+ "/application~1json/example/focalPoints/0/name")
			.asString()).isNotBlank();
	}

	@Test
	void the_examples_file_names_only_operations_the_description_has() throws Exception {
		JsonNode examples;
		try (InputStream in = new ClassPathResource("openapi/examples.json").getInputStream()) {
			examples = json.readTree(in);
		}
		List<String> stale = new ArrayList<>();
		examples.properties().forEach(entry -> {
			String[] operation = entry.getKey().split(" ", 2);
			JsonNode node = description.path("paths").path(operation[1]).path(operation[0].toLowerCase(Locale.ROOT));
			if (node.isMissingNode()) {
				stale.add(entry.getKey() + ": no such operation");
			}
			else if (entry.getValue().has("request") && !node.has("requestBody")) {
				stale.add(entry.getKey() + ": takes no body");
			}
			entry.getValue().path("responses").properties().forEach(response -> {
				if (node.path("responses")
					.path(response.getKey())
					.path("content")
					.path("application/json")
					.isMissingNode()) {
					stale.add(entry.getKey() + ": answers no " + response.getKey() + " in JSON");
				}
			});
		});
		assertThat(stale).isEmpty();
	}

	@Test
	void every_operation_lists_the_problems_that_apply_to_it() {
		List<String> wrong = new ArrayList<>();
		operations((operation, node) -> {
			String method = operation.substring(0, operation.indexOf(' '));
			String path = operation.substring(operation.indexOf(' ') + 1);
			boolean takesInput = node.has("requestBody") || !node.path("parameters").isEmpty();
			boolean needsToken = !node.path("security").isEmpty();
			boolean changesRecord = RECORD_WRITES.contains(operation);
			boolean idempotent = node.path("parameters")
				.valueStream()
				.anyMatch(parameter -> parameter.path("$ref").asString("").endsWith("/IdempotencyKey"));
			Map<String, Boolean> expected = new java.util.LinkedHashMap<>();
			expected.put("400", takesInput);
			expected.put("401", needsToken);
			expected.put("403", needsToken);
			expected.put("404", path.contains("{"));
			expected.put("409", changesRecord || idempotent);
			expected.put("422", idempotent);
			expected.put("412", RECORD_WRITES.contains(operation));
			expected.put("428", RECORD_WRITES.contains(operation));
			expected.put("429", true);
			expected.put("500", true);
			expected.forEach((status, applies) -> {
				if (node.path("responses").has(status) != applies) {
					wrong.add(operation + ": " + (applies ? "lacks " : "lists ") + status);
				}
			});
		});
		assertThat(wrong).isEmpty();
		assertThat(RECORD_WRITES).allSatisfy(operation -> assertThat(description.path("paths")
			.path(operation.substring(operation.indexOf(' ') + 1))
			.has(operation.substring(0, operation.indexOf(' ')).toLowerCase(Locale.ROOT))).as(operation).isTrue());
	}

	@Test
	void every_problem_is_problem_json_with_examples_whose_type_is_a_page_of_cbcm() throws Exception {
		List<String> wrong = new ArrayList<>();
		Map<String, Integer> pages = new HashMap<>();
		Set<String> types = new TreeSet<>();
		operations((operation, node) -> node.path("responses").properties().forEach(response -> {
			int status = Integer.parseInt(response.getKey());
			if (status < 400) {
				return;
			}
			JsonNode answer = response.getValue();
			String shared = answer.path("$ref").asString("");
			if (shared.startsWith("#/components/responses/")) {
				answer = description.path("components")
					.path("responses")
					.path(shared.substring(shared.lastIndexOf('/') + 1));
			}
			JsonNode media = answer.path("content").path("application/problem+json");
			if (!problemSchema(media.path("schema"))) {
				wrong.add(operation + " " + status + ": not a Problem in application/problem+json");
			}
			List<JsonNode> examples = new ArrayList<>();
			media.path("examples").forEach(example -> examples.add(resolved(example).path("value")));
			if (media.has("example")) {
				examples.add(media.path("example"));
			}
			if (examples.isEmpty()) {
				wrong.add(operation + " " + status + ": no example");
			}
			examples.forEach(value -> {
				String type = value.path("type").asString("");
				types.add(type);
				if (value.path("status").asInt() != status) {
					wrong.add(operation + " " + status + ": an example of status " + value.path("status"));
				}
				if (!type.startsWith(address.link("/problems/"))) {
					wrong.add(operation + " " + status + ": type " + type + " is no page of cbcm");
				}
				else if (pages.computeIfAbsent(type, this::statusOf) != 200) {
					wrong.add(operation + " " + status + ": " + type + " answers " + pages.get(type));
				}
			});
		}));
		assertThat(wrong).isEmpty();
		assertThat(types).contains(address.link("/problems/version-conflict"), address.link("/problems/conflict"),
				address.link("/problems/precondition-failed"), address.link("/problems/precondition-required"),
				address.link("/problems/authentication-required"), address.link("/problems/forbidden"),
				address.link("/problems/not-found"), address.link("/problems/invalid-request"),
				address.link("/problems/too-many-requests"), address.link("/problems/idempotency-key-reused"),
				address.link("/problems/request-in-progress"));
		assertThat(description.at("/components/schemas/Problem/properties").propertyNames()).contains("type", "title",
				"status", "detail", "instance", "parameter", "errors", "expectedVersion", "currentVersion", "current");
	}

	/**
	 * Every example, of a body, an answer or a problem, fits its schema, and names no
	 * property its schema does not have (Redocly's rule, made an error here).
	 */
	@Test
	@ExtendWith(NpmAvailable.class)
	void every_example_fits_its_schema() throws Exception {
		Path directory = Files.createDirectories(Path.of("target", "openapi-examples"));
		Files.writeString(directory.resolve("api-docs.json"), json.writeValueAsString(description));
		Files.writeString(directory.resolve("redocly.yaml"), """
				rules:
				  no-invalid-media-type-examples:
				    severity: error
				    allowAdditionalProperties: false
				""");
		JsonNode result = Redocly.lint(directory, json, "--config", "redocly.yaml");
		List<String> misfits = new ArrayList<>();
		result.path("problems").forEach(problem -> {
			if ("no-invalid-media-type-examples".equals(problem.path("ruleId").asString())) {
				misfits.add(problem.at("/location/0/pointer").asString() + ": " + problem.path("message").asString());
			}
		});
		assertThat(misfits).as("examples that do not fit their schemas").isEmpty();
		assertThat(result.has("totals")).as("Redocly's report: " + Files.readString(directory.resolve("redocly.log")))
			.isTrue();
	}

	private int statusOf(String type) {
		try {
			MockHttpServletResponse page = mvc.perform(get(URI.create(type).getPath())).andReturn().getResponse();
			if (page.getStatus() == 200
					&& Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8)).select("h1").text().isBlank()) {
				return -1;
			}
			return page.getStatus();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The example, or the one of the components it refers to. */
	private JsonNode resolved(JsonNode example) {
		String ref = example.path("$ref").asString("");
		return ref.startsWith("#/components/examples/")
				? description.path("components").path("examples").path(ref.substring(ref.lastIndexOf('/') + 1))
				: example;
	}

	/** Whether the schema is the Problem, or one built on it (allOf). */
	private boolean problemSchema(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		if (ref.equals("#/components/schemas/Problem")) {
			return true;
		}
		JsonNode named = ref.isEmpty() ? schema
				: description.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
		return named.path("allOf")
			.valueStream()
			.anyMatch(part -> part.path("$ref").asString("").equals("#/components/schemas/Problem"));
	}

	private void operations(java.util.function.BiConsumer<String, JsonNode> each) {
		description.path("paths")
			.properties()
			.forEach(path -> path.getValue()
				.properties()
				.forEach(operation -> each.accept(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
						operation.getValue())));
	}

}
