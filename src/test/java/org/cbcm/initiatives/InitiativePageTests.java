package org.cbcm.initiatives;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The initiatives' pages refuse what a viewer may not do, and bad input in the form is
 * told at its field with nothing saved.
 */
@IntegrationTest
class InitiativePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	UserDetails unepReporter;

	UserDetails faoReporter;

	UserDetails admin;

	@BeforeEach
	void people() {
		TestAccounts people = TestAccounts.in(context);
		unepReporter = people.holding(Role.ORGANISATION_REPORTER, InitiativeApiTests.UNEP);
		faoReporter = people.holding(Role.ORGANISATION_REPORTER, InitiativeApiTests.FAO);
		admin = people.admin();
		InitiativeApiTests.clear(jdbc);
	}

	@Test
	void the_pages_refuse_what_the_viewer_may_not_do() throws Exception {
		String draft = created("Biosafety laboratory twinning");
		String published = created("Public awareness of biosafety in Kenya");
		mvc.perform(post("/api/v1/initiatives/" + published + "/publish").with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1}")).andExpect(status().isOk());

		// Strangers are sent to sign in before writing; a draft is nobody else's
		// business.
		mvc.perform(get("/initiatives/new")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/initiatives/mine")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/initiatives/" + draft)).andExpect(status().isNotFound());
		mvc.perform(get("/initiatives/" + draft).with(user(faoReporter))).andExpect(status().isNotFound());
		mvc.perform(get("/initiatives/" + published))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Public awareness of biosafety in Kenya")))
			.andExpect(content().string(not(containsString("/edit"))));

		// Another organisation's reporter may neither edit nor move it.
		mvc.perform(get("/initiatives/" + published + "/edit").with(user(faoReporter)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/initiatives/" + published).with(user(faoReporter))
			.with(csrf())
			.param("version", "2")
			.param("title", "Taken over")).andExpect(status().isForbidden());
		mvc.perform(post("/initiatives/" + published + "/archive").with(user(faoReporter))
			.with(csrf())
			.param("version", "2")).andExpect(status().isForbidden());
		// Everybody reads the published versions of a public record, without who wrote
		// them;
		// a draft's history stays its owners'.
		mvc.perform(get("/initiatives/" + published + "/history").with(user(faoReporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Published")))
			.andExpect(content().string(not(containsString("Administrator"))))
			.andExpect(content().string(not(containsString(">Draft<"))));
		mvc.perform(get("/initiatives/" + draft + "/history")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/initiatives/" + published + "/revisions/1")).andExpect(status().isNotFound());
		// Its own reporter may not publish: that is the Secretariat's.
		mvc.perform(
				post("/initiatives/" + draft + "/publish").with(user(unepReporter)).with(csrf()).param("version", "1"))
			.andExpect(status().isForbidden());
		// Only the Secretariat keeps the exchange rates.
		mvc.perform(post("/initiatives/exchange-rates").with(user(unepReporter))
			.with(csrf())
			.param("currency", "EUR")
			.param("year", "2025")
			.param("usdPerUnit", "1.1")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM exchange_rate").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT title FROM initiative WHERE id = ?")
			.param(java.util.UUID.fromString(published))
			.query(String.class)
			.single()).isEqualTo("Public awareness of biosafety in Kenya");

		// The workspace lists the reporter's own records only.
		mvc.perform(get("/initiatives/mine?status=ALL").with(user(unepReporter)))
			.andExpect(content().string(containsString("Biosafety laboratory twinning")));
		mvc.perform(get("/initiatives/mine?status=ALL").with(user(faoReporter)))
			.andExpect(content().string(not(containsString("Biosafety laboratory twinning"))));
		mvc.perform(get("/initiatives/mine?status=LOST").with(user(faoReporter))).andExpect(status().isBadRequest());
	}

	@Test
	void bad_input_in_the_form_is_told_at_each_field_and_nothing_is_saved() throws Exception {
		String page = mvc
			.perform(form().param("title", "Training of customs officers")
				.param("schedule.plannedStart", "2026-05-01")
				.param("schedule.plannedEnd", "2025-01-31")
				.param("geography.countries[0].country", "KEN")
				.param("geography.countries[0].percentage", "70")
				.param("geography.countries[1].country", "UGA")
				.param("geography.countries[1].percentage", "50")
				.param("participants[0].organisation", "not-an-organisation")
				.param("participants[0].role", "DONOR")
				.param("funding.totalBudget", "12abc")
				.param("funding.currency", "XYZ")
				.param("funding.coFinancing", "-5")
				.param("focus.elements", "12(z)")
				.param("focus.activities", "14(zz)")
				.param("description", "d".repeat(10_001)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("The end (2025-01-31) is before the start (2026-05-01).")
			.contains("The percentages add up to 120%, more than 100%.")
			.contains("&#39;12abc&#39; is not a number.")
			.contains("&#39;XYZ&#39; is not an ISO 4217 currency code")
			.contains("An amount cannot be negative (-5 given).")
			.contains("At most 10,000 characters (10,001 given).")
			.contains("&#39;12(z)&#39; is not a key element")
			.contains("&#39;14(zz)&#39; is not an implementation activity")
			.contains("is-invalid");
		assertThat(page).containsPattern("id=\"schedule-plannedEnd-error\"[^>]*>The end");
		// What was typed stays in the form.
		assertThat(page).contains("value=\"Training of customs officers\"");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative").query(Long.class).single()).isZero();

		String unknown = mvc
			.perform(form().param("title", "Training of customs officers")
				.param("geography.countries[0].country", "QQQ")
				.param("participants[0].organisation", java.util.UUID.randomUUID().toString())
				.param("participants[0].role", "DONOR"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unknown).contains("QQQ").contains("is-invalid");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative").query(Long.class).single()).isZero();

		// A five-megabyte description does not get in either.
		mvc.perform(form().param("title", "Huge").param("description", "x".repeat(5 * 1024 * 1024)))
			.andExpect(content().string(containsString("At most 10,000 characters (5,242,880 given).")));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative").query(Long.class).single()).isZero();

		// Filters of the list and the map name what is wrong.
		mvc.perform(get("/initiatives/map?country=QQQ"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("QQQ")));
		mvc.perform(get("/initiatives?from=2030&to=2020")).andExpect(status().isBadRequest());
	}

	@Test
	void a_save_overtaken_by_another_shows_what_changed_and_keeps_the_input() throws Exception {
		String id = created("Biosafety laboratory twinning");
		mvc.perform(post("/initiatives/" + id).with(user(unepReporter))
			.with(csrf())
			.param("version", "1")
			.param("title", "Biosafety laboratory twinning, phase II")).andExpect(status().is3xxRedirection());
		String page = mvc
			.perform(post("/initiatives/" + id).with(user(unepReporter))
				.with(csrf())
				.param("version", "1")
				.param("title", "Twinning of biosafety laboratories"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Somebody saved this initiative after you started")
			.contains("Biosafety laboratory twinning, phase II")
			.contains("value=\"Twinning of biosafety laboratories\"");
		assertThat(jdbc.sql("SELECT title FROM initiative").query(String.class).single())
			.isEqualTo("Biosafety laboratory twinning, phase II");
	}

	private MockHttpServletRequestBuilder form() {
		return post("/initiatives").with(user(unepReporter)).with(csrf());
	}

	private String created(String title) throws Exception {
		String body = mvc
			.perform(post("/api/v1/initiatives").with(user(unepReporter))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"initiative\": " + InitiativeApiTests.regional(title) + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body).get("id").asString();
	}

}
