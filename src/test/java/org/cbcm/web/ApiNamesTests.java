package org.cbcm.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The names a client generated from the description takes its classes and methods from
 * stand for one thing each, and do not change when an operation or a type is added
 * elsewhere: a schema for one Java type (springdoc names a schema by the simple name of
 * its class, and of two records both called {@code DraftResource} one silently takes the
 * other's place), an operation by its handler.
 */
@IntegrationTest
class ApiNamesTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void every_schema_name_stands_for_one_java_type() {
		Map<String, Set<String>> types = new TreeMap<>();
		apiTypes().forEach(
				type -> types
					.computeIfAbsent(TypeNameResolver.std.nameForType(Json.mapper().constructType(type)),
							name -> new TreeSet<>())
					.add(type.getName()));
		Map<String, Set<String>> shared = new TreeMap<>();
		types.forEach((name, classes) -> {
			if (classes.size() > 1) {
				shared.put(name, classes);
			}
		});
		assertThat(shared).as("schema names several API types take (give each its own with @Schema(name = ...))")
			.isEmpty();
		assertThat(types).as("API types found").hasSizeGreaterThan(50);
	}

	@Test
	void operations_are_named_after_their_handlers_not_numbered() throws Exception {
		JsonNode paths = json.readTree(mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		List<String> numbered = new ArrayList<>();
		Set<String> ids = new TreeSet<>();
		List<String> repeated = new ArrayList<>();
		paths.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			String id = operation.getValue().path("operationId").asString();
			if (id.matches(".*_\\d+")) {
				numbered.add(id);
			}
			if (!ids.add(id)) {
				repeated.add(id);
			}
		}));
		assertThat(numbered).as("operation ids springdoc numbered").isEmpty();
		assertThat(repeated).as("operation ids given twice").isEmpty();
	}

	/**
	 * The classes of cbcm that the API's operations take or answer, and those their
	 * properties hold, as swagger reads them.
	 */
	private Set<Class<?>> apiTypes() {
		Set<Class<?>> found = new java.util.LinkedHashSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : handlers.getHandlerMethods().entrySet()) {
			if (handler.getKey().getPatternValues().stream().noneMatch(pattern -> pattern.startsWith("/api/"))) {
				continue;
			}
			HandlerMethod method = handler.getValue();
			visit(Json.mapper().constructType(method.getReturnType().getGenericParameterType()), found);
			for (var parameter : method.getMethodParameters()) {
				visit(Json.mapper().constructType(parameter.getGenericParameterType()), found);
			}
		}
		return found;
	}

	private static void visit(JavaType type, Set<Class<?>> found) {
		if (type.getContentType() != null) {
			visit(type.getContentType(), found);
		}
		if (type.getKeyType() != null) {
			visit(type.getKeyType(), found);
		}
		for (int i = 0; i < type.containedTypeCount(); i++) {
			visit(type.containedType(i), found);
		}
		Class<?> raw = type.getRawClass();
		if (!raw.getName().startsWith("org.cbcm.") || raw.isEnum() || type.isContainerType() || !found.add(raw)) {
			return;
		}
		for (BeanPropertyDefinition property : Json.mapper()
			.getSerializationConfig()
			.introspect(type)
			.findProperties()) {
			visit(property.getPrimaryType(), found);
		}
	}

}
