package org.cbcm.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.DeclaredEndpoints;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Hostile input is normal input: every declared endpoint is sent what an attacker or a
 * broken client sends — malformed and deeply nested JSON, values of the wrong type, huge
 * and tiny numbers, huge indexes, oversize texts and bodies, control characters and NUL,
 * broken UTF-8, right-to-left overrides, markup, SQL and spreadsheet formulas — in every
 * field of its body (from the API's own description), in every search, filter, sort and
 * paging parameter, and in every path variable. Whatever it is, the answer is never a
 * failure (5xx), comes within a bounded time, changes nothing when it refuses, and is the
 * same on H2 and PostgreSQL (the PostgreSQL run compares its answers with the H2 run's).
 * The suite runs in a schema of its own, so that what it does store touches no other
 * test.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.datasource.url=${cbcm.test.hostile.url}",
		"spring.flyway.schemas=${cbcm.test.hostile.schema}", "spring.flyway.default-schema=${cbcm.test.hostile.schema}",
		"spring.datasource.hikari.schema=${cbcm.test.hostile.schema}" })
class HostileInputSuiteTests {

	static final OrganisationId GEF = new OrganisationId(
			java.util.UUID.nameUUIDFromBytes("cbcm:organisation:gef".getBytes()));

	static final OrganisationId UNEP = new OrganisationId(
			java.util.UUID.nameUUIDFromBytes("cbcm:organisation:unep".getBytes()));

	/** The longest any one request may take, hostile or not. */
	static final Duration BOUND = Duration.ofSeconds(10);

	/** Where each run writes its answers, for the other database's run to compare. */
	static final Path ANSWERS = Path.of("target", "hostile-input");

	/** A hostile value as a JSON literal (for bodies) and as text (for parameters). */
	record Hostile(String name, String json, String text) {

		static Hostile text(String name, String text) {
			return new Hostile(name, quoted(text), text);
		}

		static Hostile number(String name, String number) {
			return new Hostile(name, number, number);
		}

	}

	static final List<Hostile> VALUES = List.of(Hostile.number("huge number", "1e999999999"),
			Hostile.number("huge negative number", "-1e999999999"), Hostile.number("tiny number", "1e-999999999"),
			Hostile.number("thousand digits", "9".repeat(1000)), Hostile.number("int overflow", "2147483648"),
			Hostile.number("long overflow", "99999999999999999999"), Hostile.number("negative", "-1"),
			Hostile.number("fraction", "1.5"), Hostile.text("NUL", "a\u0000b"),
			Hostile.text("control characters", "\u0007\u001b[31m\u007f"), Hostile.text("lone surrogate", "x\ud800y"),
			Hostile.text("right-to-left override", "\u202egnp.exe"),
			Hostile.text("markup", "<script>alert(1)</script><img src=x onerror=alert(2)>"),
			Hostile.text("SQL", "'; DROP TABLE initiative; --"), Hostile.text("LIKE wildcards", "%_\\%"),
			Hostile.text("formula", "=HYPERLINK(\"http://evil.example\",\"x\")"),
			Hostile.text("oversize text", "x".repeat(200_000)), Hostile.text("empty", ""),
			Hostile.text("blank", " \t "), Hostile.text("path traversal", "../../../etc/passwd"),
			Hostile.text("huge index", "x[2147483647].y"), new Hostile("object", "{\"a\": {\"b\": []}}", "{}"),
			new Hostile("array", "[1, \"a\", null]", "[]"), new Hostile("boolean", "true", "true"),
			new Hostile("null", "null", "null"),
			new Hostile("long array", "[" + "1,".repeat(5_000) + "1]", String.join(",", List.of("1", "2"))),
			new Hostile("deep nesting", "[".repeat(5_000) + "]".repeat(5_000), "[".repeat(5_000)));

	/** The position of NUL among the values, which every path variable meets. */
	static final int NUL = 8;

	/** How many hostile values each path variable meets. */
	static final int PATH_TURNS = 4;

	/** Reads are sent two at a time, as two people would. */
	static final java.util.concurrent.ForkJoinPool READERS = new java.util.concurrent.ForkJoinPool(2);

	/** Whole bodies no JSON operation can take. */
	static final Map<String, byte[]> BODIES = bodies();

	/**
	 * The values of an {@code Idempotency-Key} every POST of the API meets: each hostile
	 * value, and what a header holds that no body does (a line break, a key given twice).
	 */
	static final Map<String, List<String>> IDEMPOTENCY_KEYS = idempotencyKeys();

	/** The parameters lists, searches and filters take, and a few no handler knows. */
	static final List<String> PARAMETERS = List.of("q", "page", "size", "sort", "country", "region", "group", "element",
			"activity", "status", "donor", "implementer", "source", "type", "category", "target", "scope",
			"organisation", "from", "to", "year", "lang", "party", "ldc", "sids", "view", "measure", "by", "id",
			"apartPage", "apartSize", "geography.countries[2147483647].country", "shown", "position", "chosen");

	/** Fields page forms take, each sent the same hostile value at once. */
	static final List<String> FORM_FIELDS = List.of("version", "title", "name", "email", "comment", "reason", "status",
			"date", "instrument", "source", "currency", "year", "usdPerUnit", "size", "language", "role", "password",
			"repeated", "current", "days", "website", "framework", "funding.totalBudget",
			"geography.countries[0].percentage", "focalPoints[0].email", "participants[2147483647].organisation",
			"contacts[99999999999].name", "rule", "terms", "publish", "add-0", "elements-0", "mapping", "saveAs",
			"organisation", "column-IDENTIFIER", "column-TITLE", "folder", "dates");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	DeclaredEndpoints endpoints;

	@Autowired
	ApplicationContext context;

	@org.springframework.beans.factory.annotation.Value("${cbcm.test.hostile.schema}")
	String schema;

	UserDetails secretariat;

	Map<String, String> samples;

	String fingerprintQuery;

	JsonNode description;

	@BeforeEach
	void fixtures() throws Exception {
		TestAccounts people = TestAccounts.in(context);
		secretariat = people.admin();
		UserDetails reporter = people.holding(Role.ORGANISATION_REPORTER, UNEP);
		String draft = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM initiative WHERE title = 'Hostile fixture'")
			.query(String.class)
			.optional()
			.orElseGet(() -> created(reporter));
		samples = Map.of("code", "KEN", "organisation", GEF.toString(), "id", draft, "secret", "not-a-real-link",
				"currency", "EUR", "year", "2025", "n", "1", "group", "LDC", "version", new WorldMap().version());
		description = json.readTree(mvc.perform(request(HttpMethod.GET, "/v3/api-docs"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@TestFactory
	Stream<DynamicTest> no_endpoint_fails_lingers_or_changes_anything_on_hostile_input() throws IOException {
		Map<String, Integer> answers = new TreeMap<>();
		List<DynamicTest> tests = new ArrayList<>();
		int index = 0;
		for (Endpoint endpoint : endpoints.all()) {
			if (!probed(endpoint)) {
				continue;
			}
			for (String method : endpoint.methods()) {
				if ("HEAD".equals(method)) {
					continue;
				}
				int offset = index++;
				tests.add(DynamicTest.dynamicTest(method + " " + endpoint.pattern(),
						() -> probe(endpoint, method, offset, answers)));
			}
		}
		tests.add(DynamicTest.dynamicTest("the same answers as on the other database", () -> compare(answers)));
		assertThat(tests).hasSizeGreaterThan(40);
		return tests.stream();
	}

	/** Static resources and the error page are no one's input. */
	private static boolean probed(Endpoint endpoint) {
		String pattern = endpoint.pattern();
		return !pattern.contains("**") && !pattern.equals("/error") && !pattern.startsWith("/webjars")
				&& !pattern.startsWith("/css") && !pattern.startsWith("/js") && !pattern.startsWith("/swagger-ui")
				&& !pattern.startsWith("/v3/api-docs") && !pattern.equals("/logout");
	}

	private void probe(Endpoint endpoint, String method, int offset, Map<String, Integer> answers) throws Exception {
		List<Case> cases = new ArrayList<>();
		String path = filled(endpoint.pattern(), samples);
		boolean api = path.startsWith("/api/");
		boolean write = !"GET".equals(method);
		// Every path variable with some of the hostile values in turn, NUL always.
		List<String> variables = variables(endpoint.pattern());
		for (int v = 0; v < variables.size(); v++) {
			for (int turn = 0; turn < PATH_TURNS; turn++) {
				Hostile hostile = (turn == 0) ? VALUES.get(NUL)
						: VALUES.get((offset * PATH_TURNS + v * 3 + turn) % VALUES.size());
				if (hostile.text().length() > 2_000) {
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>(samples);
				values.put(variables.get(v),
						URLEncoder.encode(hostile.text(), StandardCharsets.UTF_8).replace("+", "%20"));
				cases.add(new Case("path {" + variables.get(v) + "} = " + hostile.name(),
						filled(endpoint.pattern(), values), null, null, Map.of()));
			}
		}
		if (!write) {
			// Every parameter once, the hostile values in turn, so that across the
			// endpoints every parameter meets every value.
			for (int p = 0; p < PARAMETERS.size(); p++) {
				Hostile hostile = VALUES.get((p + offset) % VALUES.size());
				cases.add(new Case(PARAMETERS.get(p) + " = " + hostile.name(), path, null, null,
						Map.of(PARAMETERS.get(p), hostile.text())));
			}
			// NUL, which only PostgreSQL cannot take, in the search and one filter more.
			String filter = PARAMETERS.get(1 + offset % (PARAMETERS.size() - 1));
			cases.add(new Case("q = NUL, always", path, null, null, Map.of("q", VALUES.get(NUL).text())));
			cases.add(new Case(filter + " = NUL, always", path, null, null, Map.of(filter, VALUES.get(NUL).text())));
		}
		else if (api) {
			JsonNode example = example(endpoint.pattern(), method);
			if (example != null) {
				List<String> leaves = leaves(example, "");
				for (int l = 0; l < leaves.size(); l++) {
					Hostile hostile = VALUES.get((l + offset) % VALUES.size());
					cases.add(new Case(leaves.get(l) + " = " + hostile.name(), path,
							replaced(example, leaves.get(l), hostile), MediaType.APPLICATION_JSON_VALUE, Map.of()));
				}
				for (int h = 0; h < VALUES.size(); h++) {
					String leaf = leaves.isEmpty() ? "" : leaves.get((h * 7 + offset) % leaves.size());
					cases.add(new Case("[" + leaf + "] = " + VALUES.get(h).name(), path,
							replaced(example, leaf, VALUES.get(h)), MediaType.APPLICATION_JSON_VALUE, Map.of()));
				}
			}
			BODIES.forEach((name, body) -> cases
				.add(new Case("body: " + name, path, body, MediaType.APPLICATION_JSON_VALUE, Map.of())));
			if ("POST".equals(method)) {
				// Every hostile value as the retry's key, with a body the operation
				// takes.
				JsonNode taken = (example != null) ? example : json.createObjectNode();
				byte[] body = json.writeValueAsBytes(taken);
				IDEMPOTENCY_KEYS.forEach((name, keys) -> cases.add(new Case("Idempotency-Key: " + name, path, body,
						MediaType.APPLICATION_JSON_VALUE, Map.of(), Map.of("Idempotency-Key", keys))));
			}
		}
		else {
			for (Hostile hostile : VALUES) {
				Map<String, String> fields = new LinkedHashMap<>();
				FORM_FIELDS.forEach(field -> fields.put(field, hostile.text()));
				cases.add(new Case("form fields = " + hostile.name(), path, null, null, fields));
			}
		}
		List<String> faults = java.util.Collections.synchronizedList(new ArrayList<>());
		if (write) {
			// One at a time, so that what each refusal left behind can be seen. What the
			// database held after a refusal, which changed nothing, is what it holds
			// before the next case: taken once, not twice.
			String before = null;
			for (Case probe : cases) {
				if (before == null) {
					before = fingerprint();
				}
				Integer status = send(probe, method, api, faults);
				answers.put(method + " " + endpoint.pattern() + " | " + probe.name(), status);
				if (status != null && status >= 400) {
					String after = fingerprint();
					if (!before.equals(after)) {
						faults.add(probe.name() + ": refused with " + status + " but changed the database");
					}
					before = after;
				}
				else {
					before = null;
				}
			}
		}
		else {
			Map<String, Integer> read = new java.util.concurrent.ConcurrentHashMap<>();
			READERS.submit(() -> cases.parallelStream().forEach(probe -> {
				Integer status = send(probe, method, api, faults);
				if (status != null) {
					read.put(method + " " + endpoint.pattern() + " | " + probe.name(), status);
				}
			})).get();
			answers.putAll(read);
		}
		assertThat(faults).as(method + " " + endpoint.pattern() + " (" + cases.size() + " cases)").isEmpty();
	}

	/**
	 * Sends the case, noting a failure or a long wait; its status, null when it failed.
	 */
	private Integer send(Case probe, String method, boolean api, List<String> faults) {
		long started = System.nanoTime();
		MockHttpServletResponse answer;
		try {
			answer = mvc.perform(probe.build(method, api, secretariat)).andReturn().getResponse();
		}
		catch (Exception ex) {
			faults.add(probe.name() + ": failed with " + ex);
			return null;
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		if (answer.getStatus() >= 500) {
			faults.add(probe.name() + ": answered " + answer.getStatus());
		}
		if (took.compareTo(BOUND) > 0) {
			faults.add(probe.name() + ": took " + took);
		}
		return answer.getStatus();
	}

	/** One hostile request, with headers of its own. */
	record Case(String name, String path, byte[] body, String contentType, Map<String, String> parameters,
			Map<String, List<String>> headers) {

		Case(String name, String path, byte[] body, String contentType, Map<String, String> parameters) {
			this(name, path, body, contentType, parameters, Map.of());
		}

		MockHttpServletRequestBuilder build(String method, boolean api, UserDetails caller) {
			MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.request(HttpMethod.valueOf(method), java.net.URI.create(path))
				.with(user(caller));
			parameters.forEach(request::param);
			headers.forEach((header, values) -> request.header(header, values.toArray()));
			if (body != null) {
				request.contentType(contentType).content(body);
			}
			else if (api && !"GET".equals(method)) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
			if (!api) {
				request.with(csrf());
			}
			return request;
		}

	}

	/**
	 * The operation's documented example body, or one built from its schema: a value of
	 * each property's type.
	 */
	private JsonNode example(String pattern, String method) {
		JsonNode operation = description.path("paths").path(pattern).path(method.toLowerCase(java.util.Locale.ROOT));
		JsonNode content = operation.path("requestBody").path("content").path("application/json");
		if (content.isMissingNode()) {
			return null;
		}
		for (Iterator<JsonNode> examples = content.path("examples").values().iterator(); examples.hasNext();) {
			JsonNode value = examples.next().path("value");
			if (!value.isMissingNode()) {
				return value.isString() ? json.readTree(value.asString()) : value;
			}
		}
		return sample(content.path("schema"), 0);
	}

	private JsonNode sample(JsonNode schema, int depth) {
		if (schema.has("$ref")) {
			String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
			return (depth > 6) ? json.nullNode()
					: sample(description.path("components").path("schemas").path(name), depth + 1);
		}
		String type = schema.path("type").asString("object");
		if (schema.has("enum")) {
			return schema.get("enum").get(0);
		}
		switch (type) {
			case "object": {
				ObjectNode object = json.createObjectNode();
				for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
					object.set(property.getKey(), sample(property.getValue(), depth + 1));
				}
				return object;
			}
			case "array": {
				ArrayNode array = json.createArrayNode();
				array.add(sample(schema.path("items"), depth + 1));
				return array;
			}
			case "integer":
				return json.getNodeFactory().numberNode(1);
			case "number":
				return json.getNodeFactory().numberNode(new java.math.BigDecimal("12.5"));
			case "boolean":
				return json.getNodeFactory().booleanNode(true);
			default:
				return json.getNodeFactory()
					.stringNode("date".equals(schema.path("format").asString("")) ? "2025-06-30" : "KEN");
		}
	}

	/**
	 * The paths of the example's values:
	 * {@code initiative.geography.countries[0].country}.
	 */
	private static List<String> leaves(JsonNode node, String path) {
		List<String> leaves = new ArrayList<>();
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				leaves.addAll(leaves(property.getValue(),
						path.isEmpty() ? property.getKey() : path + "." + property.getKey()));
			}
		}
		else if (node.isArray()) {
			for (int index = 0; index < node.size(); index++) {
				leaves.addAll(leaves(node.get(index), path + "[" + index + "]"));
			}
		}
		else {
			leaves.add(path);
		}
		return leaves;
	}

	/** The example with the value at the path given as the hostile literal. */
	private byte[] replaced(JsonNode example, String leaf, Hostile hostile) {
		String marker = "\u0001HOSTILE\u0001";
		JsonNode copy = example.deepCopy();
		if (leaf.isEmpty()) {
			return hostile.json().getBytes(StandardCharsets.UTF_8);
		}
		set(copy, leaf, json.getNodeFactory().stringNode(marker));
		return json.writeValueAsString(copy).replace(quoted(marker), hostile.json()).getBytes(StandardCharsets.UTF_8);
	}

	private static void set(JsonNode root, String path, JsonNode value) {
		Matcher step = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]").matcher(path);
		List<Object> steps = new ArrayList<>();
		while (step.find()) {
			steps.add((step.group(1) != null) ? step.group(1) : Integer.valueOf(step.group(2)));
		}
		JsonNode node = root;
		for (int index = 0; index < steps.size() - 1; index++) {
			Object at = steps.get(index);
			node = (at instanceof Integer position) ? node.get(position) : node.get((String) at);
		}
		Object last = steps.get(steps.size() - 1);
		if (last instanceof Integer position) {
			((ArrayNode) node).set(position, value);
		}
		else {
			((ObjectNode) node).set((String) last, value);
		}
	}

	/**
	 * What the database holds, in a line: each table's rows and the sum of its versions,
	 * where it has them. The audit log and the event publications record refusals and may
	 * grow.
	 */
	private String fingerprint() {
		if (fingerprintQuery == null) {
			fingerprintQuery = fingerprintQuery();
		}
		return jdbc.sql(fingerprintQuery)
			.query((rs, row) -> rs.getString(1) + "=" + rs.getLong(2) + "/" + rs.getLong(3))
			.list()
			.toString();
	}

	private String fingerprintQuery() {
		List<String> tables = jdbc.sql("""
				SELECT LOWER(table_name) FROM information_schema.tables
				WHERE LOWER(table_schema) = LOWER(:schema) AND table_type IN ('BASE TABLE', 'TABLE')
				ORDER BY 1""").param("schema", schema).query(String.class).list();
		Set<String> versioned = Set.copyOf(jdbc.sql("""
				SELECT LOWER(table_name) FROM information_schema.columns
				WHERE LOWER(table_schema) = LOWER(:schema) AND LOWER(column_name) = 'version'""")
			.param("schema", schema)
			.query(String.class)
			.list());
		StringBuilder union = new StringBuilder();
		for (String table : tables) {
			if (table.startsWith("audit_") || table.contains("event_publication") || table.startsWith("flyway")
					|| table.equals("api_token") || table.equals("app_user")) {
				continue;
			}
			union.append(union.isEmpty() ? "" : " UNION ALL ")
				.append("SELECT '")
				.append(table)
				.append("' AS t, COUNT(*) AS n, ")
				.append(versioned.contains(table) ? "COALESCE(SUM(version), 0)" : "0")
				.append(" AS v FROM ")
				.append(table);
		}
		return union + " ORDER BY 1";
	}

	/**
	 * Writes this run's answers; on PostgreSQL, compares them with the H2 run's, when it
	 * ran first (as it does in {@code ./mvnw verify}).
	 */
	private void compare(Map<String, Integer> answers) throws IOException {
		Files.createDirectories(ANSWERS);
		boolean postgres = org.cbcm.support.DatabaseAvailable.onPostgres();
		StringBuilder lines = new StringBuilder();
		answers.forEach((key, status) -> lines.append(key.replace('\n', ' ')).append('\t').append(status).append('\n'));
		Files.writeString(ANSWERS.resolve(postgres ? "postgresql.tsv" : "h2.tsv"), lines);
		Path other = ANSWERS.resolve("h2.tsv");
		if (!postgres || !Files.exists(other)) {
			return;
		}
		Map<String, String> h2 = new TreeMap<>();
		for (String line : Files.readAllLines(other)) {
			int tab = line.lastIndexOf('\t');
			h2.put(line.substring(0, tab), line.substring(tab + 1));
		}
		List<String> differences = new ArrayList<>();
		answers.forEach((key, status) -> {
			String there = h2.get(key.replace('\n', ' '));
			if (there != null && !there.equals(String.valueOf(status))) {
				differences.add(key + ": H2 " + there + ", PostgreSQL " + status);
			}
		});
		assertThat(differences).as("answers that differ between H2 and PostgreSQL").isEmpty();
	}

	private String created(UserDetails reporter) {
		try {
			String answer = mvc
				.perform(request(HttpMethod.POST, "/api/v1/initiatives").with(user(reporter))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"initiative\": {\"title\": \"Hostile fixture\"}}"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			return json.readTree(answer).get("id").asString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, List<String>> idempotencyKeys() {
		Map<String, List<String>> keys = new LinkedHashMap<>();
		VALUES.forEach(hostile -> keys.put(hostile.name(), List.of(hostile.text())));
		keys.put("256 characters", List.of("k".repeat(256)));
		keys.put("not ASCII", List.of("cl\u00e9-\u5bc6\u94a5"));
		keys.put("line break", List.of("key\r\nX-Injected: 1"));
		keys.put("given twice", List.of("first-key", "second-key"));
		return keys;
	}

	private static Map<String, byte[]> bodies() {
		Map<String, byte[]> bodies = new LinkedHashMap<>();
		bodies.put("malformed", "{\"version\": ".getBytes(StandardCharsets.UTF_8));
		bodies.put("empty", new byte[0]);
		bodies.put("null", "null".getBytes(StandardCharsets.UTF_8));
		bodies.put("array", "[1, 2]".getBytes(StandardCharsets.UTF_8));
		bodies.put("string", "\"x\"".getBytes(StandardCharsets.UTF_8));
		bodies.put("broken UTF-8", new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' });
		bodies.put("duplicate keys", "{\"version\": 1, \"version\": 2}".getBytes(StandardCharsets.UTF_8));
		bodies.put("deep nesting", ("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)).getBytes());
		bodies.put("oversize", ("{\"comment\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}").getBytes());
		return bodies;
	}

	private static List<String> variables(String pattern) {
		List<String> variables = new ArrayList<>();
		Matcher variable = Pattern.compile("\\{(\\w+)(?::[^}]*)?}").matcher(pattern);
		while (variable.find()) {
			variables.add(variable.group(1));
		}
		return variables;
	}

	private static String filled(String pattern, Map<String, String> values) {
		Matcher variable = Pattern.compile("\\{(\\w+)(?::[^}]*)?}").matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			variable.appendReplacement(path, Matcher.quoteReplacement(values.getOrDefault(variable.group(1), "x")));
		}
		variable.appendTail(path);
		return path.toString();
	}

	private static String quoted(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				quoted.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c)) {
				quoted.append(String.format("\\u%04x", (int) c));
			}
			else {
				quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

}
