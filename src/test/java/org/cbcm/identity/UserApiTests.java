package org.cbcm.identity;

import java.time.OffsetDateTime;
import java.util.Base64;

import com.icegreen.greenmail.util.GreenMail;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.Mailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Onboarding by script: a first token from a password over HTTP Basic, then accounts
 * created with it; tokens that are revoked or expired are refused; bad input is a 400
 * problem naming the field.
 */
@IntegrationTest
class UserApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail mailServer;

	@Autowired
	ApplicationContext context;

	@Test
	void a_script_gets_a_token_with_its_password_and_onboards_a_focal_point() throws Exception {
		String token = token("admin@cbcm.test", "Secretariat-Key-2026!");
		String email = AccountJourneyTests.unique("api.nfp");
		mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email": "%s", "name": "Nour Haddad", "language": "ar",
					 "roles": [{"role": "NATIONAL_FOCAL_POINT", "country": "JOR"}]}""".formatted(email)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/users/")))
			.andExpect(jsonPath("$.email").value(email))
			.andExpect(jsonPath("$.language").value("ar"))
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.invitationSent").value(true))
			.andExpect(jsonPath("$.roles[0].role").value("NATIONAL_FOCAL_POINT"))
			.andExpect(jsonPath("$.roles[0].country").value("JOR"));
		assertThat(Mailbox.body(new Mailbox(mailServer).last(email))).contains("/invitations/");
		mvc.perform(get("/api/v1/users?country=JOR").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.content[*].email", hasItem(email)));
		mvc.perform(get("/api/v1/users?invited=true&country=JOR").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.content[*].email", hasItem(email)))
			.andExpect(
					jsonPath("$.content[*].active", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(false))));
	}

	@Test
	void bad_input_is_a_400_problem_naming_the_field_and_creates_nothing() throws Exception {
		String token = token("admin@cbcm.test", "Secretariat-Key-2026!");
		expectBadField(token, """
				{"email": "nobody", "name": "X", "roles": [{"role": "EXPERT"}]}""", "email");
		expectBadField(token, """
				{"email": "weak@example.org", "name": "X", "password": "abc", "roles": [{"role": "EXPERT"}]}""",
				"password");
		expectBadField(token, """
				{"email": "scope@example.org", "name": "X", "roles": [{"role": "NATIONAL_USER"}]}""",
				"roles[0].country");
		expectBadField(token, """
				{"email": "scope@example.org", "name": "X", "roles": [{"role": "NATIONAL_USER", "country": "ZZZ"}]}""",
				"roles[0].country");
		expectBadField(token, """
				{"email": "scope@example.org", "name": "X", "roles": [{"role": "EXPERT", "country": "KEN"}]}""",
				"roles[0].country");
		expectBadField(token, """
				{"email": "scope@example.org", "name": "X", "roles": []}""", "roles");
		expectBadField(token, """
				{"email": "admin@cbcm.test", "name": "X", "roles": [{"role": "EXPERT"}]}""", "email");
		expectBadField(token, """
				{"email": "lang@example.org", "name": "X", "language": "de", "roles": [{"role": "EXPERT"}]}""",
				"language");
		for (String email : new String[] { "<script>@x.org", "a@b", "a@@b.org", "\\\"a b\\\"@x.org", "a@-x.org" }) {
			expectBadField(token, """
					{"email": "%s", "name": "X", "roles": [{"role": "EXPERT"}]}""".formatted(email), "email");
		}
		expectBadField(token, """
				{"email": "many@example.org", "name": "X", "roles": [%s]}"""
			.formatted(String.join(", ", java.util.Collections.nCopies(51, "{\"role\": \"EXPERT\"}"))), "roles");
		long start = System.nanoTime();
		mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email": "many@example.org", "name": "X", "roles": [%s]}""".formatted(String.join(", ",
					java.util.Collections.nCopies(10_000, "{\"role\": \"NATIONAL_USER\", \"country\": \"KEN\"}")))))
			.andExpect(status().isBadRequest());
		org.slf4j.LoggerFactory.getLogger(UserApiTests.class)
			.info("10,000 roles refused in {} ms", (System.nanoTime() - start) / 1_000_000);
		mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{not json")).andExpect(status().isBadRequest());
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM app_user WHERE email_key IN ('nobody', 'weak@example.org', "
					+ "'scope@example.org', 'lang@example.org', 'many@example.org', 'a@b', 'a@-x.org')")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void revoked_expired_and_unknown_tokens_are_refused() throws Exception {
		TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		String email = TestAccounts.email(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		String revoked = token(email, TestAccounts.PASSWORD);
		String expired = token(email, TestAccounts.PASSWORD);
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + revoked)).andExpect(status().isOk());

		jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE token_hash = :hash")
			.param("now", OffsetDateTime.now())
			.param("hash", hash(revoked))
			.update();
		jdbc.sql("UPDATE api_token SET expires_at = :past WHERE token_hash = :hash")
			.param("past", OffsetDateTime.now().minusDays(1))
			.param("hash", hash(expired))
			.update();
		for (String refused : new String[] { revoked, expired, "cbcm_nothing_here", "garbage" }) {
			mvc.perform(get("/api/v1/countries").header("Authorization", "Bearer " + refused))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value("This API token is unknown, expired or revoked."));
		}
	}

	@Test
	void a_token_carries_its_owners_roles_and_no_more() throws Exception {
		TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		String token = token(TestAccounts.email(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN")),
				TestAccounts.PASSWORD);
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.roles[0].role").value("NATIONAL_FOCAL_POINT"))
			.andExpect(jsonPath("$.roles[0].country").value("KEN"));
		mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/users").header("Authorization", basic("admin@cbcm.test", "Secretariat-Key-2026!")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void guesses_sent_in_parallel_get_no_more_password_checks_than_the_free_failures() throws Exception {
		String email = AccountJourneyTests.unique("parallel");
		TestAccounts.in(context).person(email, org.cbcm.shared.Grant.expert());
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
		for (int guess = 0; guess < 30; guess++) {
			answers.add(pool.submit(
					() -> mvc
						.perform(post("/api/v1/me/tokens").header("Authorization", basic(email, "wrong"))
							.contentType(MediaType.APPLICATION_JSON)
							.content("{\"name\": \"x\"}")
							.with(SignInTests.from("192.0.2.30")))
						.andReturn()
						.getResponse()
						.getStatus()));
		}
		for (java.util.concurrent.Future<Integer> answer : answers) {
			assertThat(answer.get()).isIn(401, 429);
		}
		pool.shutdown();
		long checked = jdbc
			.sql("SELECT COUNT(*) FROM audit_event WHERE event_type = 'SIGN_IN_FAILED' AND actor_email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		assertThat(checked).as("wrong passwords actually checked").isEqualTo(5);
		mvc.perform(post("/api/v1/me/tokens").header("Authorization", basic(email, TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"x\"}")
			.with(SignInTests.from("192.0.2.31"))).andExpect(status().isTooManyRequests());
	}

	@Test
	void a_token_cannot_make_more_tokens() throws Exception {
		String token = token("admin@cbcm.test", "Secretariat-Key-2026!");
		mvc.perform(post("/api/v1/me/tokens").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"longer\", \"days\": 365}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("A token cannot create tokens")));
	}

	@Test
	void a_body_of_the_wrong_shape_names_the_field() throws Exception {
		String token = token("admin@cbcm.test", "Secretariat-Key-2026!");
		mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"x@example.org\", \"name\": \"X\", \"roles\": [{\"role\": \"KING\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("roles[0].role"));
		mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"noname@example.org\", \"roles\": [{\"role\": \"EXPERT\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("name"));
	}

	@Test
	void a_wrong_password_gets_no_token() throws Exception {
		mvc.perform(post("/api/v1/me/tokens").header("Authorization", basic("admin@cbcm.test", "wrong"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"x\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
		mvc.perform(post("/api/v1/me/tokens").header("Authorization", basic("admin@cbcm.test", "Secretariat-Key-2026!"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"x\", \"days\": 400}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("days"));
	}

	private void expectBadField(String token, String body, String field) throws Exception {
		mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value(field));
	}

	private String token(String email, String password) throws Exception {
		String answer = mvc
			.perform(post("/api/v1/me/tokens").header("Authorization", basic(email, password))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"test script\", \"days\": 30}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode created = json.readTree(answer);
		assertThat(created.get("token").asString()).startsWith("cbcm_");
		return created.get("token").asString();
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
	}

	private static String hash(String token) throws Exception {
		return java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

}
