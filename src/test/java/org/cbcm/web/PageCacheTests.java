package org.cbcm.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.RawHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages kept for anonymous readers (web.internal.PageCache): a kept page is
 * served again only while the database has not changed, whoever changed it; readers with
 * a session, htmx fragments and language switches get a page rendered for them; a kept
 * page answers {@code If-None-Match}. A change made behind the application's back (on a
 * connection of the pool that the application does not watch) shows whether a page was
 * kept: it stays unseen until the application itself changes something.
 */
@IntegrationTest
class PageCacheTests {

	private static final String PAGE = "/countries/KEN";

	private static final String BEFORE = "11 September 2003";

	private static final String AFTER = "2 January 2004";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void restore() {
		partySince(LocalDate.of(2003, 9, 11));
	}

	@Test
	void keeps_a_public_page_until_the_database_changes() throws Exception {
		RawHttp http = new RawHttp(port, "localhost");
		partySince(LocalDate.of(2003, 9, 11));
		assertThat(http.get(PAGE).body()).contains(BEFORE);
		behindTheBack(LocalDate.of(2004, 1, 2));
		RawHttp.Answer kept = http.get(PAGE);
		assertThat(kept.status()).isEqualTo(200);
		assertThat(kept.body()).as("the kept page, while the application changed nothing").contains(BEFORE);
		assertThat(kept.header("Cache-Control")).isEqualTo("no-cache");
		assertThat(kept.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
		assertThat(kept.header("Content-Language")).isEqualTo("en");
		assertThat(kept.header("Content-Security-Policy")).as("the security headers, as on every page").isNotNull();
		// Any change through the application ends what was kept, even to another table,
		// even of no row.
		jdbc.sql("UPDATE exchange_rate SET usd_per_unit = usd_per_unit WHERE 1 = 0").update();
		assertThat(http.get(PAGE).body()).contains(AFTER);
	}

	@Test
	void a_change_in_a_transaction_ends_the_kept_page_when_it_commits() throws Exception {
		RawHttp http = new RawHttp(port, "localhost");
		assertThat(http.get(PAGE).body()).contains(BEFORE);
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement update = connection
				.prepareStatement("UPDATE country SET cartagena_party_since = ? WHERE code = 'KEN'")) {
				update.setObject(1, LocalDate.of(2004, 1, 2));
				update.executeUpdate();
			}
			connection.rollback();
			assertThat(http.get(PAGE).body()).as("rolled back: the kept page stands").contains(BEFORE);
			behindTheBack(LocalDate.of(2004, 1, 2));
			try (PreparedStatement update = connection.prepareStatement(
					"UPDATE country SET centre_of_origin_note = centre_of_origin_note WHERE code = 'KEN'")) {
				update.executeUpdate();
			}
			assertThat(http.get(PAGE).body()).as("not committed yet").contains(BEFORE);
			connection.commit();
		}
		assertThat(http.get(PAGE).body()).contains(AFTER);
	}

	@Test
	void readers_with_a_session_fragments_and_language_switches_get_the_page_rendered_for_them() throws Exception {
		RawHttp http = new RawHttp(port, "localhost");
		// Signing in writes to the audit log and the account, which may end kept pages:
		// first.
		RawHttp.Answer login = http.get("/login");
		RawHttp.Answer signedIn = http.post("/login", "email=" + encoded("admin@cbcm.test") + "&password="
				+ encoded("Secretariat-Key-2026!") + "&_csrf=" + encoded(login.csrfToken()),
				"Cookie: " + login.sessionCookie());
		assertThat(signedIn.status()).isEqualTo(302);
		String session = "Cookie: " + signedIn.sessionCookie();
		assertThat(http.get(PAGE).body()).contains(BEFORE);
		behindTheBack(LocalDate.of(2004, 1, 2));
		assertThat(http.get(PAGE).body()).as("anonymous: the kept page").contains(BEFORE);
		assertThat(http.get(PAGE, "HX-Request: true").body()).as("an htmx request").contains(AFTER);
		assertThat(http.get(PAGE + "?lang=en").body()).as("a language switch").contains(AFTER);
		assertThat(http.get(PAGE, session).body()).as("signed in").contains(AFTER);
	}

	@Test
	void reading_the_api_with_a_token_leaves_the_kept_pages() throws Exception {
		RawHttp http = new RawHttp(port, "localhost");
		String basic = java.util.Base64.getEncoder()
			.encodeToString("admin@cbcm.test:Secretariat-Key-2026!".getBytes(StandardCharsets.UTF_8));
		java.net.http.HttpResponse<String> created = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/me/tokens"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\": \"mirror\", \"days\": 1}"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String bearer = "Authorization: Bearer " + created.body().replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
		assertThat(http.get("/api/v1/countries/KEN", bearer).status()).as("its first use today").isEqualTo(200);
		assertThat(http.get(PAGE).body()).contains(BEFORE);
		behindTheBack(LocalDate.of(2004, 1, 2));
		for (int call = 0; call < 3; call++) {
			assertThat(http.get("/api/v1/countries/KEN", bearer).status()).isEqualTo(200);
		}
		assertThat(http.get(PAGE).body()).as("the token's use is not written again today").contains(BEFORE);
	}

	@Test
	void a_kept_page_answers_if_none_match_and_many_readers_at_once() throws Exception {
		RawHttp http = new RawHttp(port, "localhost");
		jdbc.sql("UPDATE country SET centre_of_origin_note = centre_of_origin_note WHERE code = 'KEN'").update();
		RawHttp.Answer first = http.get(PAGE);
		String etag = first.header("ETag");
		assertThat(etag).startsWith("W/\"");
		RawHttp.Answer kept = http.get(PAGE, "If-None-Match: " + etag);
		assertThat(kept.status()).isEqualTo(304);
		assertThat(kept.body()).isEmpty();
		assertThat(http.get(PAGE, "If-None-Match: W/\"other\"").status()).isEqualTo(200);

		jdbc.sql("UPDATE country SET centre_of_origin_note = centre_of_origin_note WHERE code = 'KEN'").update();
		ExecutorService readers = Executors.newFixedThreadPool(8);
		try {
			List<Callable<RawHttp.Answer>> requests = new ArrayList<>();
			for (int reader = 0; reader < 16; reader++) {
				requests.add(() -> http.get(PAGE));
			}
			for (Future<RawHttp.Answer> answer : readers.invokeAll(requests)) {
				assertThat(answer.get().status()).isEqualTo(200);
				assertThat(answer.get().body()).isEqualTo(first.body());
			}
		}
		finally {
			readers.shutdown();
		}
	}

	private void partySince(LocalDate day) {
		jdbc.sql("UPDATE country SET cartagena_party_since = :day WHERE code = 'KEN'").param("day", day).update();
	}

	/**
	 * Changes Kenya's date on a connection taken from the pool itself, which the
	 * application does not watch: as another process would.
	 */
	private void behindTheBack(LocalDate day) throws Exception {
		try (Connection connection = dataSource.unwrap(HikariDataSource.class).getConnection();
				PreparedStatement update = connection
					.prepareStatement("UPDATE country SET cartagena_party_since = ? WHERE code = 'KEN'")) {
			update.setObject(1, day);
			update.executeUpdate();
		}
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
