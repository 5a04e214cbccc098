package org.cbcm.identity;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.RawHttp;
import org.cbcm.support.RawHttp.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * cbcm as an installation is first started: behind a proxy that ends TLS, its address
 * configured as {@code https}, and no mail server configured yet, so mails go to the
 * server's log, and the pages and the API say so rather than claim they were sent. The
 * one test context besides the usual one (GreenMail still starts, on a port of its own,
 * but nothing sends to it).
 */
@IntegrationTest
@TestPropertySource(properties = { "cbcm.web.base-url=https://cbcm.example.org/",
		"spring.autoconfigure.exclude=org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration",
		"spring.mail.port=0" })
class DeployedTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void over_https_cookies_go_over_tls_only_and_browsers_are_told_to_keep_to_it() {
		RawHttp http = new RawHttp(port, "cbcm.example.org");
		Answer refused = http.get("/account");
		assertThat(refused.header("Location")).isEqualTo("/login");
		assertThat(refused.all("Set-Cookie")).anySatisfy(
				cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure", "HttpOnly", "SameSite=Lax"));
		// The proxy reached cbcm over plain http: the configured address decides.
		assertThat(refused.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
		assertThat(http.get("/?lang=en").all("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("cbcm-language=").contains("Secure"));
		assertThat(http.get("/v3/api-docs").body()).contains("\"servers\":[{\"url\":\"https://cbcm.example.org\"");
	}

	@Test
	void without_a_mail_server_an_invitation_is_said_to_be_in_the_server_log() throws Exception {
		TestAccounts people = TestAccounts.in(context);
		MvcResult created = mvc
			.perform(post("/admin/users").with(user(people.admin()))
				.with(csrf())
				.param("email", AccountJourneyTests.unique("logged"))
				.param("name", "Amina Diallo")
				.param("language", "fr")
				.param("role", "NATIONAL_FOCAL_POINT")
				.param("country", "SEN"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		mvc.perform(get(created.getResponse().getRedirectedUrl()).with(user(people.admin()))
			.flashAttrs(created.getFlashMap()))
			.andExpect(content().string(containsString(
					"No mail server is configured, so the invitation was written to the server&#39;s log instead of being sent")));

		UserDetails focalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("SEN"));
		MvcResult invited = mvc
			.perform(post("/countries/SEN/users").with(user(focalPoint))
				.with(csrf())
				.param("email", AccountJourneyTests.unique("logged.national"))
				.param("name", "Moussa Ndiaye"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		mvc.perform(get("/countries/SEN/users").with(user(focalPoint)).flashAttrs(invited.getFlashMap()))
			.andExpect(content().string(containsString("Ask the Secretariat to pass its link on")));

		mvc.perform(post("/api/v1/users").with(user(people.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email": "%s", "name": "Awa Sarr", "roles": [{"role": "EXPERT"}]}"""
				.formatted(AccountJourneyTests.unique("logged.api"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.invitationSent").value(false))
			.andExpect(jsonPath("$.invitationDelivery").value("LOGGED"));
	}

}
