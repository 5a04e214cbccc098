package org.cbcm.directory;

import java.util.UUID;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An organisation as a record the Secretariat publishes: any reporter proposes one, the
 * Secretariat publishes (or returns) it, and once published it may be named in an
 * initiative; nobody else publishes or edits it; a bad IATI identifier is refused at its
 * field; a save based on a stale version is refused.
 */
@IntegrationTest
class OrganisationRecordTests {

	static final String GEF = UUID.nameUUIDFromBytes("cbcm:organisation:gef".getBytes()).toString();

	static final String PROPOSAL = """
			{"name": "Fondation Biosécurité Sahel", "acronym": "FBS", "type": "NGO", "country": "SEN",
			 "iatiIdentifier": "SN-RC-2019-B-12345", "website": "https://fbs.example.org", "comment": "Our donor"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	UserDetails kenyaUser;

	UserDetails kenyaFocalPoint;

	UserDetails secretariat;

	UserDetails expert;

	@BeforeEach
	void people() {
		TestAccounts people = TestAccounts.in(context);
		kenyaUser = people.holding(Role.NATIONAL_USER, CountryCode.of("KEN"));
		kenyaFocalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		secretariat = people.admin();
		expert = people.person("expert-org@example.org", org.cbcm.shared.Grant.expert());
		clear();
	}

	@AfterEach
	void clear() {
		jdbc.sql("DELETE FROM initiative WHERE title LIKE 'Organisation test%'").update();
		jdbc.sql("DELETE FROM record_revision WHERE record_kind = 'organisation'").update();
		jdbc.sql("DELETE FROM record_registry WHERE record_kind = 'organisation'").update();
		jdbc.sql("DELETE FROM organisation WHERE reference_key IS NULL").update();
	}

	@Test
	void a_reporter_proposes_the_secretariat_publishes_and_it_becomes_a_donor() throws Exception {
		JsonNode proposed = body(mvc
			.perform(post("/api/v1/organisations").with(user(kenyaUser))
				.contentType(MediaType.APPLICATION_JSON)
				.content(PROPOSAL))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.working.iatiIdentifier").value("SN-RC-2019-B-12345")));
		String id = proposed.get("id").asString();

		// Not public, and not yet a donor an initiative may name.
		mvc.perform(get("/api/v1/organisations/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/organisations/" + id).with(user(kenyaUser))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organisations?q=Sahel")).andExpect(jsonPath("$.totalElements").value(0));
		initiative(id).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("initiative.participants[0].organisation"));

		// The Secretariat sees it among the proposals, with the proposer as author.
		mvc.perform(get("/organisations/proposals").with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Fondation Biosécurité Sahel (FBS)"),
					containsString("/organisations/" + id + "/publish"))));
		assertThat(jdbc.sql("SELECT author_name FROM record_revision WHERE record_kind = 'organisation'")
			.query(String.class)
			.single()).isEqualTo(TestAccounts.viewerOf(kenyaUser).name());

		// A reporter may not publish it; the Secretariat does.
		step(id, "publish", 1, kenyaFocalPoint).andExpect(status().isForbidden());
		step(id, "publish", 1, secretariat).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		mvc.perform(get("/api/v1/organisations/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acronym").value("FBS"))
			.andExpect(jsonPath("$.iatiIdentifier").value("SN-RC-2019-B-12345"));
		mvc.perform(get("/api/v1/organisations?type=NGO&country=SEN")).andExpect(jsonPath("$.totalElements").value(1));
		initiative(id).andExpect(status().isCreated());
	}

	@Test
	void only_the_secretariat_edits_and_moves_an_organisation() throws Exception {
		// Nobody outside the reporters proposes one.
		mvc.perform(post("/api/v1/organisations").with(user(expert))
			.contentType(MediaType.APPLICATION_JSON)
			.content(PROPOSAL)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON).content(PROPOSAL))
			.andExpect(status().isUnauthorized());
		// A national user may not edit a published organisation, nor move it.
		String edit = """
				{"version": 1, "name": "Taken over", "type": "MULTILATERAL_FUND"}""";
		mvc.perform(put("/api/v1/organisations/" + GEF).with(user(kenyaUser))
			.contentType(MediaType.APPLICATION_JSON)
			.content(edit)).andExpect(status().isForbidden());
		mvc.perform(post("/organisations/" + GEF).with(user(kenyaUser))
			.with(csrf())
			.param("version", "1")
			.param("name", "Taken over")
			.param("type", "MULTILATERAL_FUND")).andExpect(status().isForbidden());
		step(GEF, "archive", 1, kenyaFocalPoint).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT name FROM organisation WHERE reference_key = 'gef'").query(String.class).single())
			.isEqualTo("Global Environment Facility");
	}

	@Test
	void a_secretariat_edit_is_a_draft_over_the_published_copy_and_a_stale_one_is_refused() throws Exception {
		String id = proposed();
		step(id, "publish", 1, secretariat).andExpect(status().isOk());
		String edit = """
				{"version": %d, "name": "Fondation Biosécurité du Sahel", "acronym": "FBS", "type": "NGO",
				 "country": "SEN"}""";
		mvc.perform(put("/api/v1/organisations/" + id).with(user(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content(edit.formatted(2)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(3));
		// The published copy stays public until published again.
		mvc.perform(get("/api/v1/organisations/" + id))
			.andExpect(jsonPath("$.name").value("Fondation Biosécurité Sahel"));
		// A save based on the version before is refused, nothing saved.
		mvc.perform(put("/api/v1/organisations/" + id).with(user(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content(edit.replace("du Sahel", "de l'Ouest").formatted(2)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(3));
		step(id, "publish", 2, secretariat).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/organisations/" + id + "/record").with(user(secretariat)))
			.andExpect(jsonPath("$.working.name").value("Fondation Biosécurité du Sahel"));
		// A stale save from the page shows the form again with what changed.
		mvc.perform(post("/organisations/" + id).with(user(secretariat))
			.with(csrf())
			.param("version", "2")
			.param("name", "Another name")
			.param("type", "NGO"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"3\"")));
		step(id, "publish", 3, secretariat).andExpect(status().isOk());
		mvc.perform(get("/api/v1/organisations/" + id))
			.andExpect(jsonPath("$.name").value("Fondation Biosécurité du Sahel"));
	}

	@Test
	void a_bad_iati_identifier_is_refused_at_its_field_and_nothing_is_stored() throws Exception {
		mvc.perform(post("/api/v1/organisations").with(user(kenyaUser))
			.contentType(MediaType.APPLICATION_JSON)
			.content(PROPOSAL.replace("SN-RC-2019-B-12345", "41114")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("iatiIdentifier"));
		mvc.perform(post("/organisations").with(user(kenyaUser))
			.with(csrf())
			.param("name", "Fondation Biosécurité Sahel")
			.param("type", "NGO")
			.param("iatiIdentifier", "XM DAC 41114")
			.param("website", "fbs.example.org"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"iatiIdentifier-error\""),
					containsString("is not an IATI organisation identifier"), containsString("id=\"website-error\""),
					containsString("value=\"Fondation Biosécurité Sahel\""))));
		// A choice the form does not offer is noted at its field, with the rest.
		mvc.perform(post("/organisations").with(user(kenyaUser))
			.with(csrf())
			.param("name", "")
			.param("type", "CHURCH")
			.param("country", "Senegal"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"type-error\""),
					containsString("id=\"country-error\""), containsString("id=\"name-error\""))));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM organisation WHERE reference_key IS NULL").query(Long.class).single())
			.isZero();
		// The page proposal: sent back to the list, told it waits for the Secretariat.
		mvc.perform(post("/organisations").with(user(kenyaUser))
			.with(csrf())
			.param("name", "Fondation Biosécurité Sahel")
			.param("type", "NGO")
			.param("iatiIdentifier", "XM-DAC-41114")).andExpect(redirectedUrl("/organisations"));
	}

	@Test
	void a_returned_proposal_goes_back_with_its_reason_and_stays_private() throws Exception {
		String id = proposed();
		step(id, "return", 1, secretariat).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/organisations/" + id + "/return").with(user(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1, \"reason\": \"Already listed as UNEP\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.returnReason").value("Already listed as UNEP"));
		mvc.perform(get("/organisations/" + id).with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Already listed as UNEP"), containsString("/organisations/" + id + "/edit"))));
		mvc.perform(get("/api/v1/organisations/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/organisations")).andExpect(content().string(not(containsString("Sahel"))));
	}

	private String proposed() throws Exception {
		return body(mvc
			.perform(post("/api/v1/organisations").with(user(kenyaUser))
				.contentType(MediaType.APPLICATION_JSON)
				.content(PROPOSAL))
			.andExpect(status().isCreated())).get("id").asString();
	}

	private ResultActions initiative(String donor) throws Exception {
		String initiative = """
				{"initiative": {"title": "Organisation test: biosafety inspectors of Kenya",
				 "geography": {"scope": "NATIONAL", "countries": [{"country": "KEN"}]},
				 "participants": [{"organisation": "%s", "role": "DONOR"}],
				 "focus": {"keyElements": [{"element": "12(d)"}]}}}""".formatted(donor);
		return mvc.perform(post("/api/v1/initiatives").with(user(kenyaFocalPoint))
			.contentType(MediaType.APPLICATION_JSON)
			.content(initiative));
	}

	private ResultActions step(String id, String step, int version, UserDetails by) throws Exception {
		return mvc.perform(post("/api/v1/organisations/" + id + "/" + step).with(user(by))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}"));
	}

	private JsonNode body(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

}
