package org.cbcm.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Examples of the bodies that operations take, and of some of their answers, written by
 * hand in {@value #FILE}: per operation ({@code PUT /api/v1/countries/{code}/profile}) a
 * {@code request} and, by status, {@code responses}. They go into the OpenAPI description
 * where the operation has none of its own (some operations carry theirs beside their
 * code). The description's tests check that every operation taking a body has an example,
 * that each fits its schema (Redocly) and that every entry names an operation the
 * description has; here one that does not is only logged.
 */
@Component
class ApiExamples implements OpenApiCustomizer {

	private static final Logger log = LoggerFactory.getLogger(ApiExamples.class);

	static final String FILE = "openapi/examples.json";

	private final Map<String, Entry> examples;

	/** What the file holds for one operation. */
	record Entry(Object request, Map<String, Object> responses) {

		Entry {
			responses = (responses != null) ? responses : Map.of();
		}

	}

	ApiExamples(JsonMapper json) {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			this.examples = json.readValue(in, new TypeReference<LinkedHashMap<String, Entry>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the API's examples from " + FILE, ex);
		}
	}

	@Override
	public void customise(OpenAPI api) {
		if (api.getPaths() == null) {
			return;
		}
		Map<String, Entry> unused = new LinkedHashMap<>(examples);
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			Entry entry = unused.remove(method.name().toUpperCase(Locale.ROOT) + " " + path);
			if (entry != null) {
				document(operation, entry);
			}
		}));
		if (!unused.isEmpty()) {
			log.warn("{} has examples of operations the API does not have: {}", FILE, unused.keySet());
		}
	}

	private static void document(Operation operation, Entry entry) {
		if (entry.request() != null && operation.getRequestBody() != null
				&& operation.getRequestBody().getContent() != null) {
			MediaType json = operation.getRequestBody().getContent().get("application/json");
			if (json != null && json.getExample() == null && json.getExamples() == null) {
				json.setExample(entry.request());
			}
		}
		entry.responses().forEach((status, example) -> {
			ApiResponse response = (operation.getResponses() != null) ? operation.getResponses().get(status) : null;
			MediaType json = (response != null && response.getContent() != null)
					? response.getContent().get("application/json") : null;
			if (json == null) {
				log.warn("{} has an example of a {} in JSON that {} does not answer with", FILE, status,
						operation.getOperationId());
			}
			else if (json.getExample() == null && json.getExamples() == null) {
				json.setExample(example);
			}
		});
	}

}
