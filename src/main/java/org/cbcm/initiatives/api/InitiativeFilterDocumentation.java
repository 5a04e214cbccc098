package org.cbcm.initiatives.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.cbcm.initiatives.internal.Facet;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * The registry's filters in the OpenAPI description: the search and the facets read them
 * from the request's parameters as the pages do ({@code country=KEN&element=12(c)}), so
 * springdoc cannot see them, and a client generated from the description could not
 * filter. Each facet is a query parameter that may be repeated for several values, from
 * {@link Facet} itself; {@code from} and {@code to} are the years the initiatives run in.
 */
@Component
class InitiativeFilterDocumentation implements OpenApiCustomizer {

	/** The operations that take the filters. */
	static final List<String> FILTERED = List.of("/api/v1/initiatives", "/api/v1/initiatives/facets",
			"/api/v1/initiatives/all");

	@Override
	public void customise(OpenAPI api) {
		if (api.getPaths() == null) {
			return;
		}
		for (String path : FILTERED) {
			PathItem item = api.getPaths().get(path);
			if (item != null && item.getGet() != null) {
				document(item.getGet());
			}
		}
	}

	private static void document(Operation operation) {
		List<Parameter> parameters = new ArrayList<>(
				operation.getParameters() == null ? List.of() : operation.getParameters());
		for (Facet facet : Facet.values()) {
			add(parameters,
					new Parameter().name(facet.parameter())
						.in("query")
						.required(false)
						.style(Parameter.StyleEnum.FORM)
						.explode(true)
						.description("Initiatives filed under any of these values of the "
								+ facet.name().toLowerCase(Locale.ROOT) + " facet; repeat the parameter for several")
						.schema(new ArraySchema().items(new StringSchema())));
		}
		add(parameters,
				new Parameter().name("from")
					.in("query")
					.required(false)
					.description("Initiatives running in this year or later")
					.schema(new IntegerSchema()));
		add(parameters,
				new Parameter().name("to")
					.in("query")
					.required(false)
					.description("Initiatives running in this year or earlier")
					.schema(new IntegerSchema()));
		operation.setParameters(parameters);
	}

	private static void add(List<Parameter> parameters, Parameter parameter) {
		if (parameters.stream().noneMatch(given -> parameter.getName().equals(given.getName()))) {
			parameters.add(parameter);
		}
	}

}
