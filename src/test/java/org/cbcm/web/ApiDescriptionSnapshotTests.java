package org.cbcm.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The committed copy of the OpenAPI description, {@value #SNAPSHOT}, is the one cbcm
 * serves: the build generates the Java client of {@code GeneratedClientJourneyTests} from
 * it before the tests compile, so a change to the API that is not copied there is caught
 * here, and one that breaks clients is caught by that journey once it is copied. The copy
 * has its keys in alphabetical order, is indented, and names cbcm's address as a
 * developer's machine has it ({@value #NEUTRAL_ADDRESS}), whatever
 * {@code cbcm.web.base-url} says.
 * <p>
 * To refresh it after a change to the API, run this test with
 * {@code -Dcbcm.api.snapshot=write} ({@value #REFRESH}).
 */
@IntegrationTest
class ApiDescriptionSnapshotTests {

	static final String SNAPSHOT = "docs/api/openapi.json";

	static final String NEUTRAL_ADDRESS = "http://localhost:8080";

	/** The one command that copies what cbcm serves over the snapshot. */
	static final String REFRESH = "./mvnw -B -o -q test-compile surefire:test@default-test"
			+ " -Dtest=ApiDescriptionSnapshotTests -DforkCount=1 -Dcbcm.api.snapshot=write";

	/** Where the description served is written when it differs, to compare or copy. */
	static final Path LIVE = Path.of("target", "openapi", "openapi.json");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	PublicAddress address;

	@Test
	void the_committed_description_is_the_one_cbcm_serves() throws Exception {
		String live = canonical(mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		Path snapshot = Path.of(SNAPSHOT);
		if ("write".equals(System.getProperty("cbcm.api.snapshot"))) {
			Files.writeString(snapshot, live);
			return;
		}
		String committed = Files.exists(snapshot) ? Files.readString(snapshot) : "";
		if (!live.equals(committed)) {
			Files.createDirectories(LIVE.getParent());
			Files.writeString(LIVE, live);
			throw new AssertionError("""
					The API description cbcm serves is not the one committed in %s, from which the \
					tests' Java client is generated. It is written to %s; where they differ: %s
					If the change is meant, refresh the snapshot with
					    %s
					(or cp %s %s), build again, and commit it with the change.""".formatted(SNAPSHOT, LIVE,
					differences(committed, live), REFRESH, LIVE, SNAPSHOT));
		}
		assertThat(json.readTree(committed).at("/paths").size()).as("operations' paths in the snapshot")
			.isGreaterThan(40);
	}

	/**
	 * The description as the snapshot keeps it: keys sorted at every level, indented, the
	 * configured address replaced by {@link #NEUTRAL_ADDRESS}, a final line break.
	 */
	private String canonical(String served) {
		JsonNode tree = json.readTree(served.replace(address.base(), NEUTRAL_ADDRESS));
		return json.rebuild()
			.enable(SerializationFeature.INDENT_OUTPUT)
			.build()
			.writeValueAsString(sorted(tree))
			.replace("\r\n", "\n") + "\n";
	}

	private static JsonNode sorted(JsonNode node) {
		if (node.isObject()) {
			Map<String, JsonNode> fields = new TreeMap<>();
			node.properties().forEach(field -> fields.put(field.getKey(), sorted(field.getValue())));
			ObjectNode object = JsonNodeFactory.instance.objectNode();
			fields.forEach(object::set);
			return object;
		}
		if (node.isArray()) {
			ArrayNode array = JsonNodeFactory.instance.arrayNode();
			node.forEach(element -> array.add(sorted(element)));
			return array;
		}
		return node;
	}

	/** The first places, as JSON pointers, where the two descriptions differ. */
	private List<String> differences(String committed, String live) {
		List<String> found = new ArrayList<>();
		if (committed.isEmpty()) {
			found.add("(no snapshot)");
			return found;
		}
		compare("", json.readTree(committed), json.readTree(live), found);
		return found;
	}

	private static void compare(String pointer, JsonNode committed, JsonNode live, List<String> found) {
		if (found.size() >= 20 || committed.equals(live)) {
			return;
		}
		if (committed.isObject() && live.isObject()) {
			committed.properties().forEach(field -> {
				String at = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
				if (live.has(field.getKey())) {
					compare(at, field.getValue(), live.get(field.getKey()), found);
				}
				else if (found.size() < 20) {
					found.add(at + " (gone)");
				}
			});
			live.properties().forEach(field -> {
				if (!committed.has(field.getKey()) && found.size() < 20) {
					found.add(pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1") + " (new)");
				}
			});
			return;
		}
		found.add(pointer + " (changed)");
	}

}
