package org.cbcm.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The problems the API really answers with name their kind by a type URI under cbcm's
 * public address, and that URI is a page that says, in the reader's language, what the
 * problem means and what to do: provoked here one by one, whoever writes them (the API's
 * handlers, Spring's own answers, the security filters, a record's conflict), on H2 and
 * on PostgreSQL.
 */
@IntegrationTest
class ProblemTypeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublicAddress address;

	@Autowired
	ApplicationContext context;

	UserDetails kenyaUser;

	UserDetails kenyaFocalPoint;

	UserDetails secretariat;

	@BeforeEach
	void people() {
		TestAccounts people = TestAccounts.in(context);
		kenyaUser = people.holding(Role.NATIONAL_USER, CountryCode.of("KEN"));
		kenyaFocalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		secretariat = people.admin();
		clear();
	}

	@AfterEach
	void clear() {
		jdbc.sql("DELETE FROM record_revision WHERE record_kind = 'organisation' AND record_id IN "
				+ "(SELECT CAST(id AS VARCHAR(36)) FROM organisation WHERE name = 'Problem Types Test Network')")
			.update();
		jdbc.sql("DELETE FROM record_registry WHERE record_kind = 'organisation' AND record_id IN "
				+ "(SELECT CAST(id AS VARCHAR(36)) FROM organisation WHERE name = 'Problem Types Test Network')")
			.update();
		jdbc.sql("DELETE FROM organisation WHERE name = 'Problem Types Test Network'").update();
	}

	@Test
	void a_bad_parameter_is_an_invalid_request() throws Exception {
		JsonNode problem = problem(get("/api/v1/countries?size=0"), 400);
		assertThat(problem.path("parameter").asString()).isEqualTo("size");
		assertType(problem, "invalid-request", "en", "Invalid request");
	}

	@Test
	void no_token_is_authentication_required_in_the_readers_language() throws Exception {
		JsonNode problem = problem(get("/api/v1/me").header(HttpHeaders.ACCEPT_LANGUAGE, "fr"), 401);
		assertType(problem, "authentication-required", "fr", "Authentification requise");
	}

	@Test
	void another_countrys_record_is_forbidden_by_the_security_filter_and_by_the_record() throws Exception {
		JsonNode filter = problem(put("/api/v1/countries/UGA/profile").with(user(kenyaFocalPoint))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1}"), 403);
		assertType(filter, "forbidden", "es", "Prohibido");
		// The record's own rule: only the Secretariat publishes an organisation.
		String id = proposed();
		JsonNode record = problem(post("/api/v1/organisations/" + id + "/publish").with(user(kenyaFocalPoint))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1}"), 403);
		assertType(record, "forbidden", "en", "Forbidden");
	}

	@Test
	void an_unknown_record_or_address_is_not_found() throws Exception {
		JsonNode record = problem(
				get("/api/v1/initiatives/" + UUID.randomUUID()).header(HttpHeaders.ACCEPT_LANGUAGE, "ru"), 404);
		assertType(record, "not-found", "ru", "Не найдено");
		JsonNode path = problem(get("/api/v1/no-such-thing").header(HttpHeaders.ACCEPT_LANGUAGE, "zh"), 404);
		assertType(path, "not-found", "zh", "未找到");
	}

	@Test
	void a_stale_version_is_a_version_conflict_and_a_step_that_does_not_apply_a_conflict() throws Exception {
		String id = proposed();
		mvc.perform(post("/api/v1/organisations/" + id + "/publish").with(user(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1}"));
		JsonNode stale = problem(put("/api/v1/organisations/" + id).with(user(secretariat))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "ar")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1, \"name\": \"Problem Types Test Network\", \"type\": \"NGO\"}"), 409);
		assertThat(stale.path("currentVersion").asInt()).isEqualTo(2);
		assertThat(stale.path("current").isObject()).isTrue();
		assertType(stale, "version-conflict", "ar", "تعارض في النسخ");
		JsonNode state = problem(post("/api/v1/organisations/" + id + "/publish").with(user(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 2}"), 409);
		assertThat(state.has("currentVersion")).isFalse();
		assertType(state, "conflict", "en", "Conflict");
	}

	@Test
	void a_stale_if_match_is_a_failed_precondition_and_no_version_a_required_one() throws Exception {
		String id = proposed();
		mvc.perform(post("/api/v1/organisations/" + id + "/publish").with(user(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.header(HttpHeaders.IF_MATCH, "\"1\""));
		String edit = "{\"name\": \"Problem Types Test Network\", \"type\": \"NGO\"}";
		JsonNode stale = problem(put("/api/v1/organisations/" + id).with(user(secretariat))
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(edit), 412);
		assertThat(stale.path("currentVersion").asInt()).isEqualTo(2);
		assertType(stale, "precondition-failed", "en", "Precondition failed");
		JsonNode missing = problem(put("/api/v1/organisations/" + id).with(user(secretariat))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh")
			.contentType(MediaType.APPLICATION_JSON)
			.content(edit), 428);
		assertType(missing, "precondition-required", "zh", "需要前提条件");
	}

	@Test
	void an_idempotency_key_sent_again_with_another_request_is_reused() throws Exception {
		String key = UUID.randomUUID().toString();
		mvc.perform(post("/api/v1/organisations").with(user(kenyaUser))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Problem Types Test Network\", \"type\": \"NGO\", \"country\": \"KEN\"}"));
		JsonNode reused = problem(
				post("/api/v1/organisations").with(user(kenyaUser))
					.header("Idempotency-Key", key)
					.header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\": \"Problem Types Test Network\", \"type\": \"NGO\", \"country\": \"UGA\"}"),
				422);
		assertType(reused, "idempotency-key-reused", "fr", "Clé d’idempotence réutilisée");
	}

	@Test
	void springs_own_answers_have_types_too() throws Exception {
		assertType(problem(post("/api/v1/countries"), 405), "method-not-allowed", "en", "Method not allowed");
		assertType(problem(get("/api/v1/countries").accept(MediaType.APPLICATION_XML), 406), "not-acceptable", "en",
				"Not acceptable");
		assertType(
				problem(post("/api/v1/organisations").with(user(kenyaUser))
					.contentType(MediaType.TEXT_PLAIN)
					.content("Problem Types Test Network"), 415),
				"unsupported-media-type", "en", "Unsupported media type");
	}

	@Test
	void an_unknown_type_is_not_found() throws Exception {
		MockHttpServletResponse page = mvc.perform(get("/problems/no-such-problem")).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(404);
		assertThat(Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8)).select("main").text())
			.contains("There is no problem type 'no-such-problem'.");
	}

	/**
	 * What a security filter writes straight to the response (401, 403, 429) goes through
	 * the application's JSON mapper, which gives it its type; a problem that names its
	 * own type keeps it, and one of a status without a type stays without.
	 */
	@Test
	void a_problem_written_by_the_json_mapper_alone_gets_its_type() throws Exception {
		JsonNode throttled = json.readTree(json.writeValueAsString(ProblemDetail.forStatus(429)));
		assertThat(throttled.path("type").asString()).isEqualTo(address.link("/problems/too-many-requests"));
		ProblemDetail own = ProblemDetail.forStatus(422);
		own.setType(URI.create("https://example.org/problems/other"));
		assertThat(json.readTree(json.writeValueAsString(own)).path("type").asString())
			.isEqualTo("https://example.org/problems/other");
		JsonNode large = json.readTree(json.writeValueAsString(ProblemDetail.forStatus(413)));
		assertThat(large.path("type").asString("about:blank")).isEqualTo("about:blank");
		ProblemDetail running = ProblemDetail.forStatus(409);
		running.setProperty("parameter", "Idempotency-Key");
		assertThat(json.readTree(json.writeValueAsString(running)).path("type").asString())
			.isEqualTo(address.link("/problems/request-in-progress"));
		JsonNode failed = json.readTree(json.writeValueAsString(ProblemDetail.forStatus(503)));
		assertThat(failed.path("type").asString()).isEqualTo(address.link("/problems/server-error"));
	}

	/** An organisation a national user proposed: version 1, submitted. */
	private String proposed() throws Exception {
		String answer = mvc
			.perform(post("/api/v1/organisations").with(user(kenyaUser))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Problem Types Test Network\", \"type\": \"NGO\", \"country\": \"KEN\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(answer).get("id").asString();
	}

	private JsonNode problem(MockHttpServletRequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	/**
	 * The problem's type is the page of its kind under the public address, and that page
	 * answers, in the reader's language, with the kind's title as its heading.
	 */
	private void assertType(JsonNode problem, String kind, String language, String heading) throws Exception {
		String type = problem.path("type").asString();
		assertThat(type).isEqualTo(address.link("/problems/" + kind));
		MockHttpServletResponse page = mvc
			.perform(get(URI.create(type).getPath()).header(HttpHeaders.ACCEPT_LANGUAGE, language))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).as("GET %s", type).isEqualTo(200);
		Document document = Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8));
		assertThat(document.selectFirst("html").attr("lang")).isEqualTo(language);
		assertThat(document.selectFirst("h1").text()).isEqualTo(heading);
		assertThat(document.select("pre code").text()).contains(type);
	}

}
