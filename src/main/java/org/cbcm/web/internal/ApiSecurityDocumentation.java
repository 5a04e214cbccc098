package org.cbcm.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.cbcm.shared.Access;
import org.cbcm.shared.DeclaredEndpoints;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.Role;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * What each API operation asks of its caller, written into the OpenAPI description from
 * the modules' endpoint declarations, the rules that security enforces: public operations
 * say so ({@code security: []}), the first token's endpoint takes a password (HTTP Basic)
 * or a token, every other operation a bearer token. Who may call it is said in words at
 * the end of its description and, for programs, in {@value #ACCESS}: the rule of every
 * path the operation stands for (a workflow step's {@code {transition}} stands for each
 * step, each with its own rule).
 */
@Component
class ApiSecurityDocumentation implements OpenApiCustomizer {

	static final String BEARER = "bearerAuth";

	static final String BASIC = "basicAuth";

	/** The extension that lists an operation's rules. */
	static final String ACCESS = "x-cbcm-access";

	private final DeclaredEndpoints endpoints;

	ApiSecurityDocumentation(DeclaredEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	@Override
	public void customise(OpenAPI api) {
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		api.getComponents()
			.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.description("A personal API token, created on the account page or by POST " + Endpoint.FIRST_TOKEN))
			.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("basic")
				.description("Email and password, only to get a first token (POST " + Endpoint.FIRST_TOKEN + ")"));
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> document(method.name(), path, item, operation)));
	}

	/**
	 * The rule of every path the operation stands for, by path; none when one of them is
	 * undeclared (refused at run time; the description test names it).
	 */
	Map<String, Access> rules(String method, String path, PathItem item, Operation operation) {
		Map<String, Access> rules = new LinkedHashMap<>();
		for (String instance : instances(path, parameters(item, operation))) {
			Endpoint endpoint = endpoints.match(method, instance).endpoint();
			if (endpoint == null) {
				return Map.of();
			}
			rules.put(instance, endpoint.access());
		}
		return rules;
	}

	/** Whether the operation, for some path it stands for, needs a token. */
	boolean closed(String method, String path, PathItem item, Operation operation) {
		return rules(method, path, item, operation).values()
			.stream()
			.anyMatch(access -> access.kind() != Access.Kind.ANYONE);
	}

	private void document(String method, String path, PathItem item, Operation operation) {
		Map<String, Access> rules = rules(method, path, item, operation);
		if (rules.isEmpty()) {
			return;
		}
		boolean open = rules.values().stream().anyMatch(access -> access.kind() == Access.Kind.ANYONE);
		boolean closed = rules.values().stream().anyMatch(access -> access.kind() != Access.Kind.ANYONE);
		List<SecurityRequirement> security = new ArrayList<>();
		if (open) {
			security.add(new SecurityRequirement());
		}
		if (closed && "POST".equals(method) && Endpoint.FIRST_TOKEN.equals(path)) {
			security.add(new SecurityRequirement().addList(BASIC));
		}
		if (closed) {
			security.add(new SecurityRequirement().addList(BEARER));
		}
		// Only public: no requirement at all, which the description says with [].
		operation.setSecurity(closed ? security : List.of());
		operation.addExtension(ACCESS,
				rules.entrySet().stream().map(rule -> rule(rule.getKey(), rule.getValue())).toList());
		String words = words(rules);
		operation.setDescription((operation.getDescription() == null || operation.getDescription().isBlank()) ? words
				: operation.getDescription() + "\n\n" + words);
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

	/**
	 * The paths an operation stands for: one per value of each path variable that lists
	 * its values (a workflow's steps), the others left as they are, which no literal
	 * segment of a declaration matches.
	 */
	static List<String> instances(String path, List<Parameter> parameters) {
		List<String> instances = List.of(path);
		for (Parameter parameter : parameters) {
			if (!"path".equals(parameter.getIn()) || parameter.getSchema() == null
					|| parameter.getSchema().getEnum() == null || parameter.getSchema().getEnum().isEmpty()) {
				continue;
			}
			String variable = "{" + parameter.getName() + "}";
			List<?> values = parameter.getSchema().getEnum();
			instances = instances.stream()
				.flatMap(instance -> values.stream().map(value -> instance.replace(variable, String.valueOf(value))))
				.toList();
		}
		return instances;
	}

	private static Map<String, Object> rule(String path, Access access) {
		Map<String, Object> rule = new LinkedHashMap<>();
		rule.put("path", path);
		rule.put("rule", access.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		if (!access.roles().isEmpty()) {
			rule.put("roles", access.roleList().stream().map(Role::name).toList());
		}
		if (access.variable() != null) {
			rule.put("scope", access.variable());
		}
		return rule;
	}

	/** Who may call, in words: once when every path has the same rule, else per path. */
	private static String words(Map<String, Access> rules) {
		if (rules.values().stream().distinct().count() == 1) {
			return "Who may call it: " + words(rules.values().iterator().next()) + ".";
		}
		return "Who may call it: " + rules.entrySet()
			.stream()
			.map(rule -> lastSegment(rule.getKey()) + ": " + words(rule.getValue()))
			.collect(Collectors.joining("; ")) + ".";
	}

	private static String lastSegment(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	static String words(Access access) {
		String others = access.roleList()
			.stream()
			.filter(role -> role != Role.SECRETARIAT)
			.map(ApiSecurityDocumentation::name)
			.collect(Collectors.joining(", "));
		return switch (access.kind()) {
			case ANYONE -> "anyone, without a token";
			case SIGNED_IN -> "any signed-in person";
			case ROLES -> others.isEmpty() ? "the Secretariat" : "the Secretariat, or a holder of a role: " + others;
			case COUNTRY -> "the Secretariat, or a holder of a role for the country that {" + access.variable()
					+ "} names: " + others;
			case ORGANISATION -> "the Secretariat, or a holder of a role for the organisation that {"
					+ access.variable() + "} names: " + others;
		};
	}

	private static String name(Role role) {
		String words = role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
