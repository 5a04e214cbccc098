package org.cbcm.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.initiatives.InitiativeApiTests;
import javax.sql.DataSource;

import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.DeclaredEndpoints;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;
import org.cbcm.shared.UserId;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.modulith.moments.HourHasPassed;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.LocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A script retrying a POST after a timeout does not create twice (issue 15): an
 * initiative registered twice with the same {@code Idempotency-Key} is registered once
 * and the repeat gets the first answer again; the key is the account's own, refused for
 * another request (422) and while its request runs (409), forgotten when its request
 * failed and after a day, and must be well formed (400). Through a real HTTP client and a
 * token, as a script calls.
 */
@IntegrationTest
class IdempotentPostsTests {

	static final OrganisationId UNEP = organisation("unep");

	static final OrganisationId FAO = organisation("fao");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	@Autowired
	IdempotencyKeys keys;

	@Autowired
	MockMvc mvc;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	String unep;

	String fao;

	@BeforeEach
	void scripts() throws Exception {
		TestAccounts people = TestAccounts.in(context);
		people.holding(Role.ORGANISATION_REPORTER, UNEP);
		people.holding(Role.ORGANISATION_REPORTER, FAO);
		InitiativeApiTests.clear(jdbc);
		jdbc.sql("DELETE FROM web_idempotency_key").update();
		unep = token(TestAccounts.email(Role.ORGANISATION_REPORTER, UNEP));
		fao = token(TestAccounts.email(Role.ORGANISATION_REPORTER, FAO));
	}

	@AfterEach
	void clear() {
		InitiativeApiTests.clear(jdbc);
		jdbc.sql("DELETE FROM web_idempotency_key").update();
	}

	@Test
	void a_retry_with_the_same_key_creates_once_and_gets_the_first_answer_again() throws Exception {
		String key = UUID.randomUUID().toString();
		HttpResponse<byte[]> first = create(unep, key, draft("Retried after a timeout"));
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(first.headers().firstValue(IdempotentPosts.REPLAYED)).isEmpty();

		HttpResponse<byte[]> again = create(unep, key, draft("Retried after a timeout"));
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(again.headers().firstValue(IdempotentPosts.REPLAYED)).hasValue("true");
		assertThat(again.body()).isEqualTo(first.body());
		for (String header : new String[] { "Content-Type", "Location", "ETag" }) {
			assertThat(again.headers().firstValue(header)).as(header).isEqualTo(first.headers().firstValue(header));
		}
		assertThat(first.headers().firstValue("Location")).isPresent();
		assertThat(titled("Retried after a timeout")).isEqualTo(1);
		// The record was not written again: its first version is the only one.
		assertThat(jdbc.sql("SELECT version FROM initiative").query(Integer.class).list()).containsExactly(1);
	}

	@Test
	void the_same_key_with_another_body_or_address_is_refused_and_changes_nothing() throws Exception {
		String key = UUID.randomUUID().toString();
		assertThat(create(unep, key, draft("The first request")).statusCode()).isEqualTo(201);

		HttpResponse<byte[]> other = create(unep, key, draft("Another request"));
		assertThat(other.statusCode()).isEqualTo(422);
		assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(other.body());
		assertThat(problem.path("status").asInt()).isEqualTo(422);
		assertThat(problem.path("parameter").asString()).isEqualTo("Idempotency-Key");
		assertThat(problem.path("detail").asString()).contains("was used within the last 24 hours for another request");

		HttpResponse<byte[]> elsewhere = send(unep, "/api/v1/initiatives/similar", key,
				"{\"title\": \"The first request\"}");
		assertThat(elsewhere.statusCode()).isEqualTo(422);
		HttpResponse<byte[]> query = send(unep, "/api/v1/initiatives?x=1", key, draft("The first request"));
		assertThat(query.statusCode()).isEqualTo(422);

		assertThat(titled("Another request")).isZero();
		assertThat(titled("The first request")).isEqualTo(1);
		// The key still stands for its first request.
		assertThat(create(unep, key, draft("The first request")).headers().firstValue(IdempotentPosts.REPLAYED))
			.hasValue("true");
	}

	@Test
	void a_key_that_is_no_key_is_a_bad_request_naming_the_header() throws IOException {
		for (String value : new String[] { "", "x".repeat(256), "tab\there", "caf\u00c3\u00a9" }) {
			String answer = raw(value.isEmpty() ? "Idempotency-Key:" : "Idempotency-Key: " + value, "Malformed");
			assertThat(answer).as("[" + value + "]").startsWith("HTTP/1.1 400");
			assertThat(answer).as(value)
				.contains("application/problem+json")
				.contains("\"parameter\":\"Idempotency-Key\"")
				.contains("1 to 255 printable ASCII characters");
		}
		String twice = raw("Idempotency-Key: one\r\nIdempotency-Key: two", "Malformed");
		assertThat(twice).startsWith("HTTP/1.1 400").contains("Send one key, not several.");
		assertThat(raw("Idempotency-Key: " + "x".repeat(255), "Longest")).startsWith("HTTP/1.1 201");
		assertThat(raw("Idempotency-Key: a key with spaces ~!", "Spaces")).startsWith("HTTP/1.1 201");
		assertThat(titled("Malformed")).isZero();
	}

	@Test
	void without_a_key_each_post_creates_as_before() throws Exception {
		assertThat(create(unep, null, draft("Sent twice without a key")).statusCode()).isEqualTo(201);
		assertThat(create(unep, null, draft("Sent twice without a key")).statusCode()).isEqualTo(201);
		assertThat(titled("Sent twice without a key")).isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM web_idempotency_key").query(Long.class).single()).isZero();
	}

	@Test
	void each_account_has_its_own_keys() throws Exception {
		String key = "quarterly-push-2025-Q1";
		HttpResponse<byte[]> unepAnswer = create(unep, key, draft("Same key, two accounts"));
		HttpResponse<byte[]> faoAnswer = create(fao, key, draft("Same key, two accounts"));
		assertThat(unepAnswer.statusCode()).isEqualTo(201);
		assertThat(faoAnswer.statusCode()).isEqualTo(201);
		assertThat(faoAnswer.headers().firstValue(IdempotentPosts.REPLAYED)).isEmpty();
		assertThat(json.readTree(faoAnswer.body()).path("owner").asString()).isEqualTo(FAO.toString());
		assertThat(titled("Same key, two accounts")).isEqualTo(2);
		// And FAO with another body under the key is no concern of UNEP's key.
		assertThat(create(fao, key, draft("Same key, two accounts")).headers().firstValue(IdempotentPosts.REPLAYED))
			.hasValue("true");
	}

	@Test
	void a_request_that_failed_is_not_remembered_and_can_be_sent_again() throws Exception {
		String key = UUID.randomUUID().toString();
		HttpResponse<byte[]> failed = create(unep, key, "{\"initiative\": {\"title\": \"Bad\", \"type\": \"BANANA\"}}");
		assertThat(failed.statusCode()).isEqualTo(400);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM web_idempotency_key").query(Long.class).single()).isZero();

		HttpResponse<byte[]> fixed = create(unep, key, draft("Fixed and sent again"));
		assertThat(fixed.statusCode()).isEqualTo(201);
		assertThat(fixed.headers().firstValue(IdempotentPosts.REPLAYED)).isEmpty();
		assertThat(titled("Fixed and sent again")).isEqualTo(1);
	}

	@Test
	void a_repeat_while_the_first_is_still_answered_is_told_to_come_back() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = draft("Still running");
		UserId account = account(TestAccounts.email(Role.ORGANISATION_REPORTER, UNEP));
		IdempotencyKeys.Request running = new IdempotencyKeys.Request(account, key, "POST", "/api/v1/initiatives",
				sha256(body));
		assertThat(keys.claim(running)).isInstanceOf(IdempotencyKeys.Claimed.class);

		HttpResponse<byte[]> repeat = create(unep, key, body);
		assertThat(repeat.statusCode()).isEqualTo(409);
		assertThat(repeat.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(json.readTree(repeat.body()).path("detail").asString()).contains("still being answered");
		assertThat(titled("Still running")).isZero();

		// The first failed: its key is free again.
		keys.release(running);
		assertThat(create(unep, key, body).statusCode()).isEqualTo(201);
		assertThat(titled("Still running")).isEqualTo(1);
	}

	@Test
	void identical_requests_at_once_create_once() throws Exception {
		String key = UUID.randomUUID().toString();
		int senders = 6;
		CyclicBarrier start = new CyclicBarrier(senders);
		ExecutorService threads = Executors.newFixedThreadPool(senders);
		List<HttpResponse<byte[]>> answers = new ArrayList<>();
		try {
			List<Future<HttpResponse<byte[]>>> sent = new ArrayList<>();
			for (int i = 0; i < senders; i++) {
				sent.add(threads.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return create(unep, key, draft("Sent six times at once"));
				}));
			}
			for (Future<HttpResponse<byte[]>> answer : sent) {
				answers.add(answer.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isIn(201, 409));
		assertThat(answers).filteredOn(
				answer -> answer.statusCode() == 201 && answer.headers().firstValue(IdempotentPosts.REPLAYED).isEmpty())
			.hasSize(1);
		assertThat(titled("Sent six times at once")).isEqualTo(1);
	}

	@Test
	void a_key_is_forgotten_after_a_day() throws Exception {
		String key = UUID.randomUUID().toString();
		assertThat(create(unep, key, draft("Yesterday")).statusCode()).isEqualTo(201);
		jdbc.sql("UPDATE web_idempotency_key SET claimed_at = :then")
			.param("then", OffsetDateTime.now(ZoneOffset.UTC).minusHours(25))
			.update();
		// Claimed again, for another request, once its day has passed.
		HttpResponse<byte[]> today = create(unep, key, draft("Today"));
		assertThat(today.statusCode()).isEqualTo(201);
		assertThat(today.headers().firstValue(IdempotentPosts.REPLAYED)).isEmpty();

		jdbc.sql("UPDATE web_idempotency_key SET claimed_at = :then")
			.param("then", OffsetDateTime.now(ZoneOffset.UTC).minusHours(25))
			.update();
		context.publishEvent(HourHasPassed.of(LocalDateTime.now()));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM web_idempotency_key").query(Long.class).single()).isZero();
	}

	@Test
	void the_key_is_ignored_without_an_account_outside_the_api_and_on_the_token_endpoint() throws Exception {
		// Anonymous: refused for want of a token, not for the key.
		HttpResponse<byte[]> anonymous = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/initiatives"))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", "x".repeat(300))
			.POST(HttpRequest.BodyPublishers.ofString(draft("Anonymous")))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(anonymous.statusCode()).isEqualTo(401);

		// A page's form: as without the key.
		String reporter = TestAccounts.email(Role.ORGANISATION_REPORTER, UNEP);
		for (int i = 0; i < 2; i++) {
			int status = mvc
				.perform(post("/initiatives").with(user(TestAccounts.in(context).person(reporter)))
					.with(csrf())
					.header("Idempotency-Key", "same")
					.param("title", "From the page"))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).isLessThan(400);
		}
		assertThat(titled("From the page")).isEqualTo(2);

		// The token endpoint: each answer a new token, whose secret is kept nowhere.
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((reporter + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me/tokens"))
				.header("Authorization", basic)
				.header("Content-Type", "application/json")
				.header("Idempotency-Key", "same")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"retried\", \"days\": 1}"))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(answer.statusCode()).isEqualTo(201);
			tokens.add(json.readTree(answer.body()).path("token").asString());
		}
		assertThat(tokens).doesNotHaveDuplicates();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM web_idempotency_key").query(Long.class).single()).isZero();
	}

	@Test
	void a_post_without_a_key_is_handed_on_untouched_and_asks_the_database_nothing() throws Exception {
		DataSource none = new AbstractDataSource() {
			@Override
			public Connection getConnection() {
				throw new IllegalStateException("the database was asked");
			}

			@Override
			public Connection getConnection(String username, String password) {
				return getConnection();
			}
		};
		IdempotentPosts filter = new IdempotentPosts(
				new IdempotencyKeys(JdbcClient.create(none), Clock.systemUTC(), new DataSourceTransactionManager(none)),
				context.getBean(CurrentViewer.class), context.getBean(DeclaredEndpoints.class), context,
				context.getBean(LocaleResolver.class), json);
		UserDetails reporter = TestAccounts.in(context).holding(Role.ORGANISATION_REPORTER, UNEP);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(reporter, null, reporter.getAuthorities()));
		try {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/initiatives");
			request.setContentType("application/json");
			request.setContent(draft("Without a key").getBytes(StandardCharsets.UTF_8));
			MockFilterChain chain = new MockFilterChain();
			filter.doFilter(request, new MockHttpServletResponse(), chain);
			assertThat(chain.getRequest()).isSameAs(request);

			// With a key, the same request is claimed in the database.
			request.addHeader("Idempotency-Key", "some key");
			assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain()))
				.hasStackTraceContaining("the database was asked");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void the_description_offers_the_key_on_every_post_that_needs_a_token() throws Exception {
		JsonNode description = json
			.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		JsonNode parameter = description.at("/components/parameters/IdempotencyKey");
		assertThat(parameter.path("name").asString()).isEqualTo("Idempotency-Key");
		assertThat(parameter.path("in").asString()).isEqualTo("header");
		assertThat(parameter.path("required").asBoolean(true)).isFalse();
		assertThat(parameter.path("example").asString()).isNotBlank();
		assertThat(parameter.path("description").asString()).contains("422");
		List<String> faults = new ArrayList<>();
		List<String> offered = new ArrayList<>();
		description.path("paths").properties().forEach(path -> {
			JsonNode post = path.getValue().path("post");
			if (post.isMissingNode() || !path.getKey().startsWith("/api/v1/")) {
				return;
			}
			boolean needsToken = post.path("security").toString().contains("bearerAuth");
			boolean hasKey = post.path("parameters").toString().contains("#/components/parameters/IdempotencyKey");
			boolean wanted = needsToken && !path.getKey().equals("/api/v1/me/tokens");
			if (hasKey != wanted) {
				faults.add(path.getKey() + (wanted ? ": without the key" : ": with the key"));
			}
			if (wanted && !post.at("/responses/422/content").has("application/problem+json")) {
				faults.add(path.getKey() + ": no 422 problem");
			}
			if (hasKey) {
				offered.add(path.getKey());
			}
		});
		assertThat(faults).isEmpty();
		assertThat(offered).contains("/api/v1/initiatives", "/api/v1/users", "/api/v1/countries/{code}/needs")
			.hasSizeGreaterThan(10);
	}

	private HttpResponse<byte[]> create(String token, String key, String body) throws Exception {
		return send(token, "/api/v1/initiatives", key, body);
	}

	private HttpResponse<byte[]> send(String token, String path, String key, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** What no HTTP client library sends: the header lines as given, over a socket. */
	private String raw(String headerLines, String title) throws IOException {
		byte[] body = draft(title).getBytes(StandardCharsets.UTF_8);
		String head = "POST /api/v1/initiatives HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Authorization: Bearer " + unep + "\r\nContent-Type: application/json\r\nContent-Length: "
				+ body.length + "\r\n" + headerLines + "\r\n\r\n";
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private String token(String email) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((email + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me/tokens"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"retrying script\", \"days\": 1}"))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(answer.statusCode()).isEqualTo(201);
		return json.readTree(answer.body()).path("token").asString();
	}

	private UserId account(String email) {
		return new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = :email")
			.param("email", email)
			.query(UUID.class)
			.single());
	}

	private long titled(String title) {
		return jdbc.sql("SELECT COUNT(*) FROM initiative WHERE title = :title")
			.param("title", title)
			.query(Long.class)
			.single();
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static String draft(String title) {
		return "{\"comment\": \"from a script\", \"initiative\": {\"title\": \"" + title + "\"}}";
	}

	private static String sha256(String body) throws Exception {
		return java.util.HexFormat.of()
			.formatHex(
					java.security.MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
	}

	private static OrganisationId organisation(String key) {
		return new OrganisationId(UUID.nameUUIDFromBytes(("cbcm:organisation:" + key).getBytes()));
	}

}
