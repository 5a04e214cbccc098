package org.cbcm.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.cbcm.shared.Access;
import org.cbcm.shared.EndpointDeclarations;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.NpmAvailable;
import org.cbcm.support.Redocly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI description as clients read it: every operation states the security its
 * endpoint declaration implies, and the whole passes Redocly's recommended rules.
 */
@IntegrationTest
class ApiDescriptionTests {

	/** Redocly CLI, pinned: 2.x runs on Node.js 20.19 or newer. */
	static final String REDOCLY = Redocly.VERSION;

	/** The operation that also takes a password, as the security configuration says. */
	static final String FIRST_TOKEN = "POST /api/v1/me/tokens";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	List<EndpointDeclarations> declarations;

	@Test
	void every_operation_states_the_security_and_roles_its_declaration_implies() throws Exception {
		JsonNode paths = description().get("paths");
		Map<String, Map<String, Access>> declared = declaredPerOperation(paths);
		List<String> disagreements = new ArrayList<>();
		paths.properties().forEach(path -> path.getValue().properties().forEach(entry -> {
			String operation = entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
			Map<String, Access> rules = declared.getOrDefault(operation, Map.of());
			if (rules.isEmpty()) {
				disagreements.add(operation + ": documented, but no endpoint declaration is for it");
				return;
			}
			JsonNode stated = entry.getValue();
			String expected = expectedSecurity(operation, rules);
			String actual = stated.has("security") ? stated.get("security").toString() : "(none)";
			if (!expected.equals(actual)) {
				disagreements.add(operation + ": security " + actual + ", its declarations imply " + expected);
			}
			List<String> expectedRules = rules.values().stream().map(ApiDescriptionTests::rule).sorted().toList();
			List<String> statedRules = new ArrayList<>();
			stated.path("x-cbcm-access").forEach(rule -> statedRules.add(rule(rule)));
			statedRules.sort(Comparator.naturalOrder());
			if (!expectedRules.equals(statedRules)) {
				disagreements.add(operation + ": x-cbcm-access " + statedRules + ", declared " + expectedRules);
			}
			String description = stated.path("description").asString("");
			rules.values()
				.stream()
				.flatMap(access -> access.roleList().stream())
				.filter(role -> role != Role.SECRETARIAT)
				.map(ApiDescriptionTests::words)
				.filter(role -> !description.contains(role))
				.forEach(role -> disagreements.add(operation + ": its description does not name the role " + role));
			if (!description.contains("Who may call it: ")) {
				disagreements.add(operation + ": its description does not say who may call it");
			}
		}));
		assertThat(disagreements).as("operations whose description disagrees with the endpoint declarations").isEmpty();
		assertThat(declared).as("operations checked").hasSizeGreaterThan(80);
	}

	@Test
	void declares_the_bearer_and_basic_schemes_that_operations_name() throws Exception {
		JsonNode schemes = description().at("/components/securitySchemes");
		assertThat(schemes.at("/bearerAuth/type").asString()).isEqualTo("http");
		assertThat(schemes.at("/bearerAuth/scheme").asString()).isEqualTo("bearer");
		assertThat(schemes.at("/basicAuth/type").asString()).isEqualTo("http");
		assertThat(schemes.at("/basicAuth/scheme").asString()).isEqualTo("basic");
	}

	@Test
	@ExtendWith(NpmAvailable.class)
	void passes_redocly_recommended_rules_without_errors() throws Exception {
		Path directory = Files.createDirectories(Path.of("target", "openapi"));
		Files.writeString(directory.resolve("api-docs.json"), json.writeValueAsString(description()));
		JsonNode result = Redocly.lint(directory, json, "--extends", "recommended");
		List<String> errors = new ArrayList<>();
		result.path("problems").forEach(problem -> {
			if ("error".equals(problem.path("severity").asString())) {
				errors.add(problem.path("ruleId").asString() + " at " + problem.at("/location/0/pointer").asString()
						+ ": " + problem.path("message").asString());
			}
		});
		assertThat(errors)
			.as("Redocly's errors on the description (%s, recommended rules; warnings: %s)", REDOCLY,
					result.at("/totals/warnings"))
			.isEmpty();
		assertThat(result.at("/totals/errors").asInt(-1)).isZero();
	}

	private JsonNode description() throws Exception {
		return json.readTree(mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/**
	 * Each API operation with the declarations of the requests it answers, found as the
	 * handlers are chosen: of the documented paths with the declaration's method that
	 * match its pattern, the most specific.
	 */
	private Map<String, Map<String, Access>> declaredPerOperation(JsonNode paths) {
		PathPatternParser parser = new PathPatternParser();
		Map<PathPattern, JsonNode> documented = new LinkedHashMap<>();
		paths.properties().forEach(path -> documented.put(parser.parse(path.getKey()), path.getValue()));
		Map<String, Map<String, Access>> operations = new TreeMap<>();
		List<String> undocumented = new ArrayList<>();
		declarations.stream()
			.flatMap(declaration -> declaration.endpoints().stream())
			.filter(endpoint -> endpoint.pattern().startsWith("/api/"))
			.forEach(
					endpoint -> endpoint.methods().stream().filter(method -> !"HEAD".equals(method)).forEach(method -> {
						PathContainer path = PathContainer.parsePath(endpoint.pattern());
						documented.entrySet()
							.stream()
							.filter(candidate -> candidate.getValue().has(method.toLowerCase(Locale.ROOT))
									&& candidate.getKey().matches(path))
							.map(Map.Entry::getKey)
							.min(PathPattern.SPECIFICITY_COMPARATOR)
							.ifPresentOrElse(
									pattern -> operations
										.computeIfAbsent(method + " " + pattern.getPatternString(),
												operation -> new TreeMap<>())
										.put(endpoint.pattern(), endpoint.access()),
									() -> undocumented.add(method + " " + endpoint.pattern()));
					}));
		assertThat(undocumented).as("declared API endpoints the description leaves out").isEmpty();
		return operations;
	}

	private static String expectedSecurity(String operation, Map<String, Access> rules) {
		boolean open = rules.values().stream().anyMatch(access -> access.kind() == Access.Kind.ANYONE);
		boolean closed = rules.values().stream().anyMatch(access -> access.kind() != Access.Kind.ANYONE);
		if (!closed) {
			return "[]";
		}
		String token = operation.equals(FIRST_TOKEN) ? "{\"basicAuth\":[]},{\"bearerAuth\":[]}" : "{\"bearerAuth\":[]}";
		return "[" + (open ? "{}," : "") + token + "]";
	}

	private static String rule(Access access) {
		return access.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + " "
				+ access.roleList().stream().map(Role::name).collect(Collectors.joining(",")) + " "
				+ (access.variable() == null ? "" : access.variable());
	}

	private static String rule(JsonNode stated) {
		List<String> roles = new ArrayList<>();
		stated.path("roles").forEach(role -> roles.add(role.asString()));
		return stated.path("rule").asString() + " " + String.join(",", roles) + " " + stated.path("scope").asString("");
	}

	/** A role as a reader finds it named: National focal point. */
	private static String words(Role role) {
		String words = role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
