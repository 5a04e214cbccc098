package org.cbcm.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The attacks a hostile-input campaign found to work, each refused now at once with a 400
 * that names the field, the same on H2 and PostgreSQL, and nothing stored: a huge row
 * index in a form, numbers whose digits would fill gigabytes, NUL bytes, and JSON that a
 * lenient reader half-accepts.
 */
@IntegrationTest
class HostileInputTests {

	static final OrganisationId UNEP = new OrganisationId(UUID.nameUUIDFromBytes("cbcm:organisation:unep".getBytes()));

	/**
	 * Far more than any of these requests needs; an attack used to take minutes to hours.
	 */
	static final Duration BOUND = Duration.ofSeconds(10);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	UserDetails reporter;

	UserDetails admin;

	@BeforeEach
	void people() {
		TestAccounts people = TestAccounts.in(context);
		reporter = people.holding(Role.ORGANISATION_REPORTER, UNEP);
		admin = people.admin();
		jdbc.sql("DELETE FROM initiative").update();
		jdbc.sql("DELETE FROM record_revision WHERE record_kind = 'initiative'").update();
		jdbc.sql("DELETE FROM record_registry WHERE record_kind = 'initiative'").update();
		jdbc.sql("DELETE FROM exchange_rate").update();
	}

	@Test
	void a_form_row_beyond_the_records_limit_is_refused_at_once_at_its_list() {
		for (String index : new String[] { "2147483646", "250", "99999999999", "0".repeat(5000) + "7" }) {
			String page = form(post("/initiatives").param("title", "Index attack " + index.length())
				.param("geography.countries[" + index + "].country", "KEN")
				.param("participants[100].organisation", UNEP.toString()));
			if (index.length() < 12 && Long.parseLong(index) >= 250) {
				assertThat(page).as("index " + index).contains("At most 250 rows.");
			}
			assertThat(page).contains("At most 100 rows.");
		}
		assertThat(stored()).isZero();
	}

	@Test
	void a_number_whose_digits_would_fill_gigabytes_is_refused_as_it_is_read() {
		for (String number : new String[] { "-1e999999999", "1e1000000", "1e-999999999", "1" + "0".repeat(900) }) {
			String body = """
					{"initiative": {"title": "Number attack", "geography": {"countries": [{"country": "KEN", "percentage": %s}]},
					 "funding": {"totalBudget": %s, "currency": "EUR"}}}"""
				.formatted(number, number);
			MockHttpServletResponse answer = call(post("/api/v1/initiatives").with(user(reporter))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body));
			assertThat(answer.getStatus()).as(number).isEqualTo(400);
			assertThat(text(answer)).as(number)
				.contains("\"parameter\":\"initiative.geography.countries[0].percentage\"")
				.contains("The number is out of range");
			assertThat(text(answer).length()).as("the refusal's size").isLessThan(2_000);

			String page = form(post("/initiatives").param("title", "Number attack")
				.param("geography.countries[0].country", "KEN")
				.param("geography.countries[0].percentage", number)
				.param("funding.totalBudget", number)
				.param("funding.currency", "EUR"));
			assertThat(page).as(number).contains("The number is out of range").hasSizeLessThan(2_000_000);

			MockHttpServletResponse rate = call(put("/api/v1/exchange-rates/EUR/2025").with(user(admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"usdPerUnit\": " + number + "}"));
			assertThat(rate.getStatus()).isEqualTo(400);
			assertThat(text(rate)).contains("\"parameter\":\"usdPerUnit\"").hasSizeLessThan(2_000);
			MockHttpServletResponse ratePage = call(post("/initiatives/exchange-rates").with(user(admin))
				.with(csrf())
				.param("currency", "EUR")
				.param("year", "2025")
				.param("usdPerUnit", number));
			assertThat(ratePage.getStatus()).isEqualTo(400);
			assertThat(text(ratePage)).contains("The number is out of range");
		}
		assertThat(stored()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM exchange_rate").query(Long.class).single()).isZero();
	}

	@Test
	void a_nul_byte_in_a_search_is_a_bad_request_naming_the_parameter_for_everybody() {
		for (String path : new String[] { "/initiatives", "/initiatives/map", "/api/v1/initiatives",
				"/api/v1/initiatives/facets", "/countries", "/api/v1/countries", "/organisations" }) {
			MockHttpServletResponse answer = call(get(path).param("q", "risk\u0000assessment"));
			assertThat(answer.getStatus()).as(path).isEqualTo(400);
			assertThat(text(answer)).as(path).contains("control character").contains("q");
		}
		MockHttpServletResponse facet = call(get("/api/v1/initiatives").param("country", "KEN\u0000"));
		assertThat(facet.getStatus()).isEqualTo(400);
		assertThat(text(facet)).contains("\"parameter\":\"country\"");
	}

	@Test
	void a_download_with_a_nul_byte_fails_before_its_first_byte() throws IOException {
		for (String format : new String[] { "csv", "json", "xlsx" }) {
			String answer = raw("GET /initiatives/download." + format + "?q=%00 HTTP/1.1\r\nHost: localhost\r\n"
					+ "Connection: close\r\n\r\n");
			assertThat(answer).as(format).startsWith("HTTP/1.1 400").doesNotContain("attachment");
		}
	}

	@Test
	void a_nul_byte_in_a_sign_in_or_a_written_field_changes_nothing_and_is_never_a_failure() {
		MockHttpServletResponse signIn = call(post("/login").with(csrf())
			.param("email", "admin@cbcm.test\u0000")
			.param("password", TestAccounts.PASSWORD));
		assertThat(signIn.getStatus()).isLessThan(500);
		assertThat(String.valueOf(signIn.getRedirectedUrl())).doesNotEndWith("/");

		MockHttpServletResponse api = call(post("/api/v1/initiatives").with(user(reporter))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"initiative\": {\"title\": \"Nul\\u0000title\", \"description\": \"Half \\ud800 a pair\"}}"));
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(text(api)).contains("\"parameter\":\"initiative.title\"").contains("control character");

		MockHttpServletResponse page = call(
				post("/initiatives").with(user(reporter)).with(csrf()).param("title", "Nul\u0000title"));
		assertThat(page.getStatus()).isEqualTo(400);
		assertThat(text(page)).contains("title").contains("control character");
		assertThat(stored()).isZero();
	}

	@Test
	void json_a_lenient_reader_would_half_accept_is_refused_naming_the_field() {
		String id = created();
		MockHttpServletResponse fraction = call(post("/api/v1/initiatives/" + id + "/submit").with(user(reporter))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1.5}"));
		assertThat(fraction.getStatus()).isEqualTo(400);
		assertThat(text(fraction)).contains("\"parameter\":\"version\"");

		MockHttpServletResponse twice = call(post("/api/v1/initiatives").with(user(reporter))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"initiative\": {\"title\": \"First\", \"title\": \"Second\"}}"));
		assertThat(twice.getStatus()).isEqualTo(400);
		assertThat(text(twice)).contains("\"parameter\":\"initiative.title\"").contains("given twice");

		String many = "\"14(a)\",".repeat(1_500) + "\"14(b)\"";
		MockHttpServletResponse long_ = call(post("/api/v1/initiatives").with(user(reporter))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"initiative\": {\"title\": \"Many\", \"focus\": {\"activities\": [" + many + "]}}}"));
		assertThat(long_.getStatus()).isEqualTo(400);
		assertThat(text(long_)).contains("\"parameter\":\"initiative.focus.activities\"")
			.contains("At most 1,000 entries");
		assertThat(jdbc.sql("SELECT status FROM initiative").query(String.class).list()).containsExactly("DRAFT");
	}

	@Test
	void addresses_no_browser_sends_are_refused_by_the_server_before_any_page() throws IOException {
		for (String target : new String[] { "/initiatives?q=%C3%28", "/api/v1/initiatives?q=%FF%FE", "/countries/%00",
				"/api/v1/countries/KEN%00", "/initiatives/%2e%2e/%2e%2e/etc/passwd",
				"/initiatives?q=" + "a".repeat(20_000), "/api/v1/initiatives?country=" + "%E2%80%AE".repeat(50),
				"/initiatives?q=%ED%A0%80" }) {
			String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			assertThat(answer).as(target).matches("(?s)HTTP/1.1 [234]\\d\\d .*");
		}
	}

	@Test
	void a_body_larger_than_its_endpoint_takes_is_refused_before_it_is_read() throws IOException {
		String bearer = token();
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			long started = System.nanoTime();
			socket.getOutputStream()
				.write(("POST /api/v1/initiatives HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
						+ "Authorization: Bearer " + bearer + "\r\nContent-Type: application/json\r\n"
						+ "Content-Length: 50000000\r\n\r\n{\"initiative\": {")
					.getBytes(StandardCharsets.US_ASCII));
			// The answer comes at once, without waiting for the 50 MB promised.
			java.io.BufferedReader answer = new java.io.BufferedReader(
					new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			assertThat(answer.readLine()).startsWith("HTTP/1.1 400");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
			StringBuilder rest = new StringBuilder();
			for (String line = answer.readLine(); line != null && !line.equals("0"); line = answer.readLine()) {
				rest.append(line).append('\n');
			}
			assertThat(rest).contains("larger than the 2,097,152 bytes this takes");
		}

		StringBuilder chunked = new StringBuilder("POST /api/v1/initiatives HTTP/1.1\r\nHost: localhost\r\n"
				+ "Connection: close\r\nAuthorization: Bearer " + token() + "\r\n"
				+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
		String chunk = "{\"initiative\": {\"title\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}}";
		chunked.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n0\r\n\r\n");
		assertThat(raw(chunked.toString())).startsWith("HTTP/1.1 400").contains("larger than the 2,097,152 bytes");
		assertThat(stored()).isZero();
	}

	@Test
	void a_body_shorter_than_it_promised_holds_a_request_thread_for_seconds_not_a_minute() throws IOException {
		long started = System.nanoTime();
		String answer = raw("POST /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nemail=a");
		Duration held = Duration.ofNanos(System.nanoTime() - started);
		assertThat(held).as("answered: " + answer).isLessThan(Duration.ofSeconds(15));
		assertThat(answer).doesNotStartWith("HTTP/1.1 5");
	}

	private String token() {
		String basic = java.util.Base64.getEncoder()
			.encodeToString((TestAccounts.email(Role.ORGANISATION_REPORTER, UNEP) + ":" + TestAccounts.PASSWORD)
				.getBytes(StandardCharsets.UTF_8));
		MockHttpServletResponse answer = call(post("/api/v1/me/tokens").header("Authorization", "Basic " + basic)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"hostile input\", \"days\": 1}"));
		assertThat(answer.getStatus()).isEqualTo(201);
		return text(answer).replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
	}

	private String created() {
		MockHttpServletResponse answer = call(post("/api/v1/initiatives").with(user(reporter))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"initiative\": {\"title\": \"A fair draft\"}}"));
		assertThat(answer.getStatus()).isEqualTo(201);
		return text(answer).replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
	}

	/** A page form posted by the reporter, with its answer's text. */
	private String form(MockHttpServletRequestBuilder request) {
		return text(call(request.with(user(reporter)).with(csrf())));
	}

	private MockHttpServletResponse call(MockHttpServletRequestBuilder request) {
		return assertTimeoutPreemptively(BOUND, () -> mvc.perform(request).andReturn().getResponse());
	}

	private static String text(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long stored() {
		return jdbc.sql("SELECT COUNT(*) FROM initiative").query(Long.class).single();
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
