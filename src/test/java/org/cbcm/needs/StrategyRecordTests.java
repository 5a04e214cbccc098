package org.cbcm.needs;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A country's national strategy through its life: written by the country's people,
 * published by its focal point only, public once published (page, API and the country's
 * page), kept in revisions, refused when a save is based on a stale version, and refused
 * with every fault at its field when the input is bad, saving nothing.
 */
@IntegrationTest
class StrategyRecordTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	UserDetails focalPoint;

	UserDetails nationalUser;

	UserDetails otherFocalPoint;

	@BeforeEach
	void people() {
		TestAccounts people = TestAccounts.in(context);
		focalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		nationalUser = people.holding(Role.NATIONAL_USER, CountryCode.of("KEN"));
		otherFocalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("UGA"));
		jdbc.sql("DELETE FROM national_strategy WHERE country_code IN ('KEN', 'UGA')").update();
		jdbc.sql("DELETE FROM record_revision WHERE record_kind = 'strategy'").update();
		jdbc.sql("DELETE FROM record_registry WHERE record_kind = 'strategy'").update();
	}

	@Test
	void the_countrys_people_write_it_only_the_focal_point_publishes_and_then_everybody_reads_it() throws Exception {
		mvc.perform(get("/api/v1/countries/KEN/strategy"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		save(nationalUser, 0, "Biosafety regulations adopted").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(get("/api/v1/countries/KEN/strategy")).andExpect(status().isNotFound());
		mvc.perform(get("/countries/KEN/strategy"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("No strategy is published yet"),
					not(containsString("Biosafety regulations adopted")))));
		mvc.perform(get("/countries/KEN/strategy").with(user(nationalUser)))
			.andExpect(content().string(allOf(containsString("Biosafety regulations adopted"),
					containsString("Submit to the focal point"), not(containsString("strategy/publish")))));

		step(nationalUser, "publish", 1).andExpect(status().isForbidden());
		step(nationalUser, "submit", 1).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
		step(otherFocalPoint, "publish", 2).andExpect(status().isForbidden());
		step(focalPoint, "publish", 2).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

		mvc.perform(get("/api/v1/countries/KEN/strategy"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.strategy.integration").value("PARTLY"))
			.andExpect(jsonPath("$.strategy.objectives[0].keyElements[1]").value("12(a)(ii)"))
			.andExpect(jsonPath("$.strategy.outputs[0].objective").value(0))
			.andExpect(jsonPath("$.strategy.outputs[0].dueYear").value(2026));
		mvc.perform(get("/countries/KEN/strategy"))
			.andExpect(content()
				.string(allOf(containsString("Biosafety regulations adopted"), containsString("Regulations gazetted"),
						containsString("Partly integrated"), containsString("2020–2030"), containsString("12(a)(ii)"),
						not(containsString("strategy/publish")))));
		mvc.perform(get("/countries/KEN"))
			.andExpect(content().string(allOf(containsString("id=\"strategy\""), containsString("Partly integrated"),
					containsString("href=\"/countries/KEN/strategy\""))));

		// A new draft over the published strategy: the public still reads the published
		// one.
		save(nationalUser, 3, "Regulations revised").andExpect(status().isOk());
		mvc.perform(get("/api/v1/countries/KEN/strategy"))
			.andExpect(jsonPath("$.strategy.outputs[0].text").value("Biosafety regulations adopted"));
		mvc.perform(get("/api/v1/countries/KEN/strategy/draft").with(user(otherFocalPoint)))
			.andExpect(status().isForbidden());

		mvc.perform(get("/api/v1/countries/KEN/strategy/revisions").with(user(focalPoint)))
			.andExpect(jsonPath("$", hasSize(4)))
			.andExpect(jsonPath("$[1].status").value("PUBLISHED"));
		mvc.perform(get("/countries/KEN/strategy/history?from=3&to=4").with(user(focalPoint)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Output 1: Output"),
					containsString("Biosafety regulations adopted"), containsString("Regulations revised"))));
	}

	@Test
	void the_api_gives_one_revision_and_compares_two_for_the_countrys_people_only() throws Exception {
		save(nationalUser, 0, "Biosafety regulations adopted").andExpect(status().isOk());
		save(nationalUser, 1, "Regulations revised").andExpect(status().isOk());

		mvc.perform(get("/api/v1/countries/KEN/strategy/revisions/1").with(user(focalPoint)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(1))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.fields['outputs[0].text']").value("Biosafety regulations adopted"))
			.andExpect(jsonPath("$.fields['objectives[0].keyElements']").value("12(a), 12(a)(ii)"));
		mvc.perform(get("/api/v1/countries/KEN/strategy/revisions/2").with(user(nationalUser)))
			.andExpect(jsonPath("$.fields['outputs[0].text']").value("Regulations revised"));
		mvc.perform(get("/api/v1/countries/KEN/strategy/revisions/compare?from=1&to=2").with(user(focalPoint)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].field").value("outputs[0].text"))
			.andExpect(jsonPath("$[0].before").value("Biosafety regulations adopted"))
			.andExpect(jsonPath("$[0].after").value("Regulations revised"));

		mvc.perform(get("/api/v1/countries/KEN/strategy/revisions/9").with(user(focalPoint)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/countries/KEN/strategy/revisions/compare?from=1&to=9").with(user(focalPoint)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/countries/KEN/strategy/revisions/1").with(user(otherFocalPoint)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/countries/KEN/strategy/revisions/compare?from=1&to=2").with(user(otherFocalPoint)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/countries/KEN/strategy/revisions/1")).andExpect(status().isUnauthorized());
	}

	@Test
	void the_focal_point_returns_archives_and_reopens_and_a_wrong_step_is_refused() throws Exception {
		save(focalPoint, 0, "Output").andExpect(status().isOk());
		step(focalPoint, "confirm", 1).andExpect(status().isConflict());
		step(nationalUser, "submit", 1).andExpect(status().isOk());
		mvc.perform(post("/api/v1/countries/KEN/strategy/return").with(user(focalPoint))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 2, \"reason\": \"Add the targets\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.returnReason").value("Add the targets"));
		step(focalPoint, "publish", 3).andExpect(status().isOk());
		step(nationalUser, "archive", 4).andExpect(status().isForbidden());
		step(focalPoint, "archive", 4).andExpect(status().isOk());
		mvc.perform(get("/api/v1/countries/KEN/strategy")).andExpect(status().isNotFound());
		step(nationalUser, "reopen", 5).andExpect(status().isForbidden());
		step(focalPoint, "reopen", 5).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void a_save_based_on_a_stale_version_is_refused_and_changes_nothing() throws Exception {
		save(focalPoint, 0, "First").andExpect(status().isOk());
		save(nationalUser, 1, "Second").andExpect(status().isOk());
		save(focalPoint, 1, "Stale").andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.currentVersion").value(2))
			.andExpect(jsonPath("$.current.draft.outputs[0].text").value("Second"));
		mvc.perform(get("/api/v1/countries/KEN/strategy/draft").with(user(focalPoint)))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.draft.outputs[0].text").value("Second"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM record_revision WHERE record_kind = 'strategy'")
			.query(Long.class)
			.single()).isEqualTo(2);
		// The page keeps what was typed and shows what the other person changed.
		mvc.perform(post("/countries/KEN/strategy").with(user(focalPoint))
			.with(csrf())
			.param("version", "1")
			.param("title", "My own title")
			.param("startYear", "2020")
			.param("endYear", "2030")
			.param("integration", "INTEGRATED"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Somebody else saved this strategy while you were editing it"),
						containsString("value=\"My own title\""), containsString("Second"),
						containsString("name=\"version\" value=\"2\""))));
	}

	@Test
	void the_form_saves_and_the_page_shows_the_strategy() throws Exception {
		mvc.perform(get("/countries/KEN/strategy/edit").with(user(nationalUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"objectives[0].keyElements\""),
					containsString("12(a)(i)"), containsString("name=\"outputs[2].dueYear\""))));
		mvc.perform(post("/countries/KEN/strategy").with(user(nationalUser))
			.with(csrf())
			.param("version", "0")
			.param("title", "National Biosafety Strategy")
			.param("startYear", "2022")
			.param("endYear", "2027")
			.param("integration", "INTEGRATED")
			.param("objectives[0].text", "Trained risk assessors")
			.param("objectives[0].keyElements", "12(b)", "12(c)")
			.param("objectives[1].text", "")
			.param("outputs[0].text", "Forty assessors trained")
			.param("outputs[0].objective", "1")
			.param("outputs[0].dueYear", "2025")
			.param("outputs[0].keyElements", "12(b)")
			.param("documents[0].title", "The strategy")
			.param("documents[0].url", "https://example.org/strategy.pdf"))
			.andExpect(redirectedUrl("/countries/KEN/strategy"))
			.andExpect(flash().attribute("notice", "strategy.saved"));
		mvc.perform(get("/api/v1/countries/KEN/strategy/draft").with(user(nationalUser)))
			.andExpect(jsonPath("$.draft.objectives", hasSize(1)))
			.andExpect(jsonPath("$.draft.objectives[0].keyElements", hasSize(2)))
			.andExpect(jsonPath("$.draft.outputs[0].objective").value(0))
			.andExpect(jsonPath("$.draft.documents[0].url").value("https://example.org/strategy.pdf"));
	}

	@Test
	void bad_input_gets_its_message_at_the_field_and_saves_nothing() throws Exception {
		mvc.perform(post("/countries/KEN/strategy").with(user(focalPoint))
			.with(csrf())
			.param("version", "0")
			.param("title", "Kept title")
			.param("startYear", "2030")
			.param("endYear", "twenty")
			.param("integration", "SOMEWHAT")
			.param("adoptedOn", "yesterday")
			.param("objectives[0].text", "An objective")
			.param("objectives[0].keyElements", "12(z)")
			.param("outputs[0].text", "An output")
			.param("outputs[0].objective", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"Kept title\""),
					containsString("id=\"endYear-error\""), containsString("&#39;twenty&#39; is not a whole number."),
					containsString("id=\"integration-error\""), containsString("id=\"adoptedOn-error\""),
					containsString("id=\"objectives-0-keyElements-error\""),
					containsString("&#39;12(z)&#39; is not a key element"),
					containsString("id=\"outputs-0-objective-error\""),
					containsString("The strategy has no objective 3."))));
		mvc.perform(put("/api/v1/countries/KEN/strategy").with(user(focalPoint))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": 0, "title": "T", "startYear": 2020, "endYear": 2019, "integration": "INTEGRATED",
					 "objectives": [{"text": "O", "keyElements": ["12(a)", "nonsense", "12(q)"]}],
					 "outputs": [{"text": "P", "objective": 0, "dueYear": 2040}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].parameter")
				.value(containsInAnyOrder("endYear", "objectives[0].keyElements", "objectives[0].keyElements")))
			.andExpect(content().string(allOf(containsString("nonsense"), containsString("12(q)"))));
		// A code of the right form the current Action Plan does not have.
		mvc.perform(put("/api/v1/countries/KEN/strategy").with(user(focalPoint))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": 0, "title": "T", "startYear": 2020, "endYear": 2030, "integration": "INTEGRATED",
					 "objectives": [{"text": "O", "keyElements": ["12(a)(ix)"]}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("objectives[0].keyElements"));
		mvc.perform(put("/api/v1/countries/KEN/strategy").with(user(focalPoint))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"T\"}"))
			.andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.parameter").value("If-Match"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM national_strategy WHERE country_code = 'KEN'")
			.query(Long.class)
			.single()).isZero();
	}

	private ResultActions save(UserDetails who, int version, String output) throws Exception {
		return mvc.perform(put("/api/v1/countries/KEN/strategy").with(user(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"version": %d, "comment": "test", "title": "Kenya National Biosafety Capacity-Building Strategy",
							 "adoptedOn": "2021-03-15", "startYear": 2020, "endYear": 2030, "integration": "PARTLY",
							 "integrationNote": "Vision 2030, Medium-Term Plan IV",
							 "objectives": [{"text": "A functional national biosafety framework", "keyElements": ["12(a)", "12(a)(ii)"]}],
							 "outputs": [{"text": "%s", "objective": 0, "target": "Regulations gazetted", "dueYear": 2026,
							   "keyElements": ["12(a)(ii)"]}],
							 "documents": [{"title": "The strategy", "url": "https://www.biosafety.example/strategy.pdf"}]}"""
						.formatted(version, output)));
	}

	private ResultActions step(UserDetails who, String step, int version) throws Exception {
		return mvc.perform(post("/api/v1/countries/KEN/strategy/" + step).with(user(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": %d}".formatted(version)));
	}

}
