package org.cbcm.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.Grant;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.MovableClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The REST API's rate limits through HTTP, with five reads and three writes a minute per
 * client and a clock the test moves: every answer says the policies and what is left, a
 * request beyond the allowance is a 429 problem with {@code Retry-After} that changes
 * nothing, other clients and the other policy go on, the allowance comes back with time,
 * and failed sign-ins are still throttled by their own rules, not by these.
 */
@IntegrationTest
@TestPropertySource(properties = { "cbcm.web.api-limits.reads=5", "cbcm.web.api-limits.writes=3" })
@Import(ApiRateLimitTests.StillClock.class)
class ApiRateLimitTests {

	static final String POLICIES = "\"reads\";q=5;w=60, \"writes\";q=3;w=60";

	static final String READ = "/api/v1/action-plan/versions";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	JsonMapper json;

	@Test
	void every_answer_says_the_policies_and_what_is_left_counting_down() throws Exception {
		mvc.perform(get(READ).with(from("192.0.2.10")))
			.andExpect(status().isOk())
			.andExpect(header().string("RateLimit-Policy", POLICIES))
			.andExpect(header().string("RateLimit", "\"reads\";r=4;t=12"));
		mvc.perform(get(READ).with(from("192.0.2.10")))
			.andExpect(status().isOk())
			.andExpect(header().string("RateLimit", "\"reads\";r=3;t=24"));
		mvc.perform(get("/api/v1/action-plan/items/99(z)").with(from("192.0.2.10")))
			.andExpect(status().isNotFound())
			.andExpect(header().string("RateLimit-Policy", POLICIES))
			.andExpect(header().string("RateLimit", "\"reads\";r=2;t=36"));
	}

	@Test
	void beyond_the_allowance_a_429_problem_says_how_long_to_wait_and_nothing_is_done() throws Exception {
		String email = person();
		mvc.perform(newToken(email, "192.0.2.20"))
			.andExpect(status().isCreated())
			.andExpect(header().string("RateLimit-Policy", POLICIES))
			.andExpect(header().string("RateLimit", "\"writes\";r=2;t=20"));
		mvc.perform(newToken(email, "192.0.2.20")).andExpect(header().string("RateLimit", "\"writes\";r=1;t=40"));
		mvc.perform(newToken(email, "192.0.2.20")).andExpect(header().string("RateLimit", "\"writes\";r=0;t=20"));
		mvc.perform(newToken(email, "192.0.2.20"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "20"))
			.andExpect(header().string("RateLimit-Policy", POLICIES))
			.andExpect(header().string("RateLimit", "\"writes\";r=0;t=20"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.title").value("Too many requests"))
			.andExpect(jsonPath("$.detail").value("Too many requests that change data from this client: cbcm takes 3 "
					+ "every 60 seconds, and changed nothing. Try again in 20 seconds."))
			.andExpect(jsonPath("$.instance").value("/api/v1/me/tokens"))
			.andExpect(jsonPath("$['violated-policies'][0]").value("writes"));
		mvc.perform(newToken(email, "192.0.2.20").header("Accept-Language", "fr"))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.title").value("Trop de requêtes"))
			.andExpect(jsonPath("$.detail").value(startsWith("Trop de requêtes de modification de ce client")));
		assertThat(tokensOf(email)).as("tokens made: the refused requests made none").isEqualTo(3);
	}

	@Test
	void a_client_is_its_account_and_other_clients_and_the_other_policy_go_on() throws Exception {
		String busy = person();
		String token = json
			.readTree(mvc.perform(newToken(busy, "192.0.2.30"))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("token")
			.asString();
		for (int request = 2; request <= 3; request++) {
			mvc.perform(newToken(busy, "192.0.2.30")).andExpect(status().isCreated());
		}
		// The same account from another address.
		mvc.perform(newToken(busy, "198.51.100.30")).andExpect(status().isTooManyRequests());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token).with(from("192.0.2.30")))
			.andExpect(status().isOk())
			.andExpect(header().string("RateLimit", "\"reads\";r=4;t=12"));
		mvc.perform(newToken(person(), "192.0.2.30"))
			.andExpect(status().isCreated())
			.andExpect(header().string("RateLimit", "\"writes\";r=2;t=20"));
		mvc.perform(get(READ).with(from("192.0.2.30")))
			.andExpect(status().isOk())
			.andExpect(header().string("RateLimit", "\"reads\";r=4;t=12"));
	}

	@Test
	void after_the_wait_a_request_is_let_through_and_after_the_window_the_whole_allowance() throws Exception {
		String patient = person();
		for (int request = 1; request <= 3; request++) {
			mvc.perform(newToken(patient, "192.0.2.40")).andExpect(status().isCreated());
		}
		mvc.perform(newToken(patient, "192.0.2.40")).andExpect(header().string("Retry-After", "20"));
		clock.move(Duration.ofSeconds(19));
		mvc.perform(newToken(patient, "192.0.2.40"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "1"));
		clock.move(Duration.ofSeconds(1));
		mvc.perform(newToken(patient, "192.0.2.40"))
			.andExpect(status().isCreated())
			.andExpect(header().string("RateLimit", "\"writes\";r=0;t=20"));
		clock.move(Duration.ofMinutes(1));
		mvc.perform(newToken(patient, "192.0.2.40"))
			.andExpect(status().isCreated())
			.andExpect(header().string("RateLimit", "\"writes\";r=2;t=20"));
		assertThat(tokensOf(patient)).isEqualTo(5);
	}

	@Test
	void failed_sign_ins_are_throttled_by_their_own_rules_and_not_counted_here() throws Exception {
		for (int attempt = 1; attempt <= 20; attempt++) {
			mvc.perform(post("/api/v1/me/tokens").header("Authorization", basic(unique(), "Wrong-Guess-1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"script\"}")
				.with(from("203.0.113.60")))
				.andExpect(status().isUnauthorized())
				.andExpect(header().doesNotExist("RateLimit"))
				.andExpect(header().doesNotExist("RateLimit-Policy"));
		}
		// The address's allowance of failures (20 an hour in the tests' settings) is used
		// up: the sign-in throttle answers, a failure every 3 minutes.
		mvc.perform(post("/api/v1/me/tokens").header("Authorization", basic(unique(), "Wrong-Guess-2"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"script\"}")
			.with(from("203.0.113.60")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "180"))
			.andExpect(jsonPath("$.detail").value("Too many failed sign-ins lately: try again in 180 seconds."))
			.andExpect(header().doesNotExist("RateLimit"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer cbcm_not-a-token").with(from("203.0.113.61")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("RateLimit"));
	}

	@Test
	void the_description_documents_the_header_fields_and_the_429_of_every_operation() throws Exception {
		JsonNode description = json.readTree(mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		JsonNode headers = description.at("/components/headers");
		assertThat(headers.at("/RateLimit-Policy/example").asString()).as("the policies as configured")
			.isEqualTo(POLICIES);
		assertThat(headers.has("RateLimit")).isTrue();
		assertThat(headers.at("/Retry-After/schema/type").asString()).isEqualTo("integer");
		List<String> missing = new ArrayList<>();
		description.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			String name = operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
			JsonNode responses = operation.getValue().get("responses");
			JsonNode tooMany = responses.path("429");
			if (!tooMany.at("/headers/Retry-After/$ref").asString("").equals("#/components/headers/Retry-After")
					|| !tooMany.at("/headers/RateLimit/$ref").isString()
					|| !tooMany.at("/content/application~1problem+json/schema/$ref").isString()) {
				missing.add(name + ": no 429 with Retry-After, RateLimit and a problem");
			}
			responses.properties()
				.stream()
				.filter(response -> response.getKey().startsWith("2"))
				.filter(response -> !response.getValue().at("/headers/RateLimit-Policy/$ref").isString()
						|| !response.getValue().at("/headers/RateLimit/$ref").isString())
				.forEach(response -> missing.add(name + ": " + response.getKey() + " without the RateLimit fields"));
		}));
		assertThat(missing).isEmpty();
		assertThat(description.get("paths").size()).as("paths checked").isGreaterThan(40);
	}

	private String person() {
		String email = unique();
		TestAccounts.in(context).person(email, Grant.expert());
		return email;
	}

	private static String unique() {
		return "rate." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	private int tokensOf(String email) {
		return jdbc
			.sql("SELECT COUNT(*) FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE LOWER(u.email) = :email")
			.param("email", email.toLowerCase(java.util.Locale.ROOT))
			.query(Integer.class)
			.single();
	}

	private static MockHttpServletRequestBuilder newToken(String email, String address) {
		return post("/api/v1/me/tokens").header("Authorization", basic(email))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"script\"}")
			.with(from(address));
	}

	private static String basic(String email) {
		return basic(email, TestAccounts.PASSWORD);
	}

	private static String basic(String email, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes());
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** The application's clock, standing still until a test moves it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class StillClock {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Instant.now());
		}

	}

}
