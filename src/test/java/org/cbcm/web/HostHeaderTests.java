package org.cbcm.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.Grant;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.RawHttp;
import org.cbcm.support.RawHttp.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * A caller chooses the Host header of its requests; no answer repeats it. Redirects name
 * the path only, links start with the configured address, and the session cookie and the
 * CSRF token keep to what a browser sends on its own. Spoken over a plain socket to the
 * running server, as MockMvc sees neither Tomcat's redirects nor its cookies.
 */
@IntegrationTest
class HostHeaderTests {

	static final String EVIL = "evil.example";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Test
	void signing_in_and_out_and_saving_a_form_redirect_by_path_whatever_the_host() {
		String email = "host." + System.nanoTime() + "@example.org";
		TestAccounts.in(context).person(email, Grant.expert());
		RawHttp http = new RawHttp(port, EVIL);

		Answer refused = http.get("/account");
		assertThat(refused.status()).isEqualTo(302);
		assertThat(refused.header("Location")).isEqualTo("/login");
		assertThat(refused.all("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
			.contains("HttpOnly", "SameSite=Lax")
			.doesNotContain("Secure"));
		assertThat(refused.header("Strict-Transport-Security")).as("no HSTS over plain http").isNull();
		String anonymous = "Cookie: " + refused.sessionCookie();

		Answer page = http.get("/login", anonymous);
		Answer signedIn = http.post("/login", "email=" + encoded(email) + "&password=" + encoded(TestAccounts.PASSWORD)
				+ "&_csrf=" + encoded(page.csrfToken()), anonymous);
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).isEqualTo("/account?continue");
		String session = "Cookie: " + signedIn.sessionCookie();

		Answer account = http.get("/account", session);
		assertThat(account.status()).isEqualTo(200);
		Answer saved = http.post("/account/tokens", "tokenName=script&_csrf=" + encoded(account.csrfToken()), session);
		assertThat(saved.header("Location")).isEqualTo("/account#tokens");

		Answer signedOut = http.post("/logout", "_csrf=" + encoded(http.get("/account", session).csrfToken()), session);
		assertThat(signedOut.header("Location")).isEqualTo("/login?signed-out");
		for (Answer answer : new Answer[] { refused, page, signedIn, account, saved, signedOut }) {
			assertThat(answer.headers().toString() + answer.body()).doesNotContain(EVIL);
		}
	}

	@Test
	void a_csrf_token_counts_in_the_form_or_a_header_never_in_the_address() {
		RawHttp http = new RawHttp(port, "localhost");
		Answer page = http.get("/login");
		String session = "Cookie: " + page.sessionCookie();
		String token = encoded(page.csrfToken());

		assertThat(http.post("/logout?_csrf=" + token, "", session).status()).isEqualTo(403);
		assertThat(http.post("/logout?_csrf=" + token, "_csrf=wrong", session).status()).isEqualTo(403);
		assertThat(http.post("/logout", "_csrf=" + token, session).status()).isEqualTo(302);
		Answer again = http.get("/login");
		assertThat(http.post("/logout", "", "Cookie: " + again.sessionCookie(), "X-CSRF-TOKEN: " + again.csrfToken())
			.status()).isEqualTo(302);
	}

	@Test
	void the_api_description_names_the_configured_address() {
		Answer description = new RawHttp(port, EVIL).get("/v3/api-docs");
		assertThat(description.status()).isEqualTo(200);
		assertThat(description.body()).contains("\"servers\":[{\"url\":\"http://localhost:8080\"").doesNotContain(EVIL);
	}

	@Test
	void browsers_are_told_to_keep_to_tls_once_they_reach_cbcm_over_it() throws Exception {
		mvc.perform(get("/").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		mvc.perform(get("/")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
