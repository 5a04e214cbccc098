package org.cbcm.roster;

import java.util.Set;
import java.util.UUID;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.roster.ExpertContent.PublicPart;
import org.cbcm.roster.ExpertFixtures.Draft;
import org.cbcm.roster.internal.ExpertManagement;
import org.cbcm.shared.CountryCode;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
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
 * An expert's record through its life on the pages and the API: nominated by Kenya's
 * focal point, written by the expert, submitted by the focal point, returned by the
 * Secretariat with reasons and then listed; the public view of a listed expert (only the
 * consented parts, never the contact); the listing refused while the checklist is unmet;
 * bad input, stale saves and the refusals of those who are not owners.
 */
@IntegrationTest
class ExpertRecordTests {

	static final CountryCode KENYA = CountryCode.of("KEN");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ExpertManagement experts;

	UserDetails secretariat;

	UserDetails focalPoint;

	UserDetails nationalUser;

	UserDetails otherFocalPoint;

	@BeforeEach
	void people() {
		TestAccounts people = TestAccounts.in(context);
		secretariat = people.admin();
		focalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, KENYA);
		nationalUser = people.holding(Role.NATIONAL_USER, KENYA);
		otherFocalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("UGA"));
		clear(jdbc);
	}

	static void clear(JdbcClient jdbc) {
		RosterFixtures.clear(jdbc);
	}

	@Test
	void nominated_written_submitted_returned_then_listed_and_public_only_in_its_consented_parts() throws Exception {
		Nominee amina = nominate("Amina", "Otieno");
		String page = "/roster/experts/" + amina.id();
		// A draft is nobody's but its owners'.
		mvc.perform(get(page).with(user(otherFocalPoint))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/roster/experts/" + amina.id())).andExpect(status().isNotFound());
		mvc.perform(get(page).with(user(amina.person())))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Amina Otieno"), containsString("Not listed on the roster."),
							containsString("Not met:"), containsString(amina.email()))));

		int version = version(amina.person(), amina.id());
		save(amina.person(), amina.id(), version, ExpertFixtures.complete()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.unmet").isEmpty());
		version++;

		// The expert writes; only the focal point submits, and only Kenya's.
		step(amina.person(), amina.id(), "submit", version).andExpect(status().isForbidden());
		step(otherFocalPoint, amina.id(), "submit", version).andExpect(status().isForbidden());
		step(focalPoint, amina.id(), "submit", version).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		version++;

		mvc.perform(get(page).with(user(secretariat)))
			.andExpect(content().string(
					allOf(containsString("All minimum requirements are met."), containsString("Return with reasons"),
							containsString("List on the roster"), containsString("amina.otieno@example.org"))));
		mvc.perform(post(page + "/return").with(user(secretariat))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("reason", "Please add your panels."))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("notice", "expert.moved.RETURN"));
		version++;
		mvc.perform(get(page).with(user(amina.person())))
			.andExpect(content().string(containsString("Please add your panels.")));

		step(focalPoint, amina.id(), "submit", version).andExpect(status().isOk());
		version++;
		step(secretariat, amina.id(), "publish", version).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.listing.listed").value(true));

		// Everybody else: the consented parts only, never the contact.
		mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Amina Otieno"), containsString("twenty years"),
					containsString("Risk assessment"), not(containsString("amina.otieno@example.org")),
					not(containsString("+254 20 123456")), not(containsString("Head of unit")),
					not(containsString("Molecular biology")), not(containsString("0000-0002-1825-0097")),
					not(containsString("List on the roster")))));
		mvc.perform(get("/api/v1/roster/experts/" + amina.id()).with(user(otherFocalPoint)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Amina Otieno"))
			.andExpect(jsonPath("$.contact").value(nullValue()))
			.andExpect(jsonPath("$.currentJob").value(nullValue()))
			.andExpect(jsonPath("$.orcid").value(nullValue()))
			.andExpect(jsonPath("$.expertise[0]").value("RISK_ASSESSMENT"))
			.andExpect(content().string(allOf(not(containsString("amina.otieno")), not(containsString("+254")),
					not(containsString("\"status\"")))));
		mvc.perform(get("/api/v1/roster/experts/" + amina.id()).with(user(focalPoint)))
			.andExpect(jsonPath("$.draft.contact.email").value("amina.otieno@example.org"))
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		mvc.perform(get(page + "/history").with(user(focalPoint)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please add your panels.")));
		mvc.perform(get("/api/v1/roster/experts/" + amina.id() + "/history").with(user(amina.person())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("PUBLISHED"));
	}

	@Test
	void without_consent_to_the_name_the_public_sees_an_expert_nominated_by_the_party() throws Exception {
		Nominee nominee = nominate("Baraka", "Mwangi");
		Draft draft = new Draft();
		draft.givenName = "Baraka";
		draft.familyName = "Mwangi";
		draft.publicParts = Set.of(PublicPart.EXPERTISE, PublicPart.LANGUAGES);
		int version = version(nominee.person(), nominee.id());
		save(nominee.person(), nominee.id(), version, draft.content()).andExpect(status().isOk());
		step(focalPoint, nominee.id(), "submit", version + 1).andExpect(status().isOk());
		step(secretariat, nominee.id(), "publish", version + 2).andExpect(status().isOk());
		mvc.perform(get("/roster/experts/" + nominee.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Expert nominated by Kenya"),
					not(containsString("Baraka")), not(containsString("Mwangi")), not(containsString("twenty years")),
					containsString("Risk assessment"))));
		mvc.perform(get("/api/v1/roster/experts/" + nominee.id()))
			.andExpect(jsonPath("$.name").value(nullValue()))
			.andExpect(jsonPath("$.profile").value(nullValue()))
			.andExpect(jsonPath("$.country").value("KEN"));
	}

	@Test
	void the_secretariat_cannot_list_a_nomination_whose_checklist_is_unmet() throws Exception {
		Nominee nominee = nominate("Chebet", "Kiprop");
		Draft draft = new Draft();
		draft.degrees = java.util.List.of();
		int version = version(nominee.person(), nominee.id());
		save(nominee.person(), nominee.id(), version, draft.content()).andExpect(status().isOk())
			.andExpect(jsonPath("$.unmet[0]").value("DEGREE"));
		step(focalPoint, nominee.id(), "submit", version + 1).andExpect(status().isOk());
		step(secretariat, nominee.id(), "publish", version + 2).andExpect(status().isConflict())
			.andExpect(content().string(containsString("one requirement is not met")));
		String page = "/roster/experts/" + nominee.id();
		mvc.perform(post(page + "/publish").with(user(secretariat))
			.with(csrf())
			.param("version", String.valueOf(version + 2)))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("refusal", containsString("one requirement is not met")));
		mvc.perform(get(page).with(user(secretariat)).flashAttr("refusal", "one requirement is not met"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("expert-refusal"), containsString("Not met:"),
					containsString("At least one degree"))));
		mvc.perform(get("/api/v1/roster/experts/" + nominee.id()).with(user(secretariat)))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.listing.listed").value(false));
	}

	@Test
	void bad_input_is_refused_at_its_field_and_a_stale_save_is_a_conflict() throws Exception {
		Nominee nominee = nominate("Dalia", "Hassan");
		int version = version(nominee.person(), nominee.id());
		Draft draft = new Draft();
		draft.yearOfBirth = java.time.Year.now().getValue() + 1;
		draft.orcid = "0000-0002-1825-0098";
		save(nominee.person(), nominee.id(), version, draft.content()).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(
					content().string(allOf(containsString("expert.yearOfBirth"), containsString("lies in the future"),
							containsString("expert.orcid"), containsString("check digit"))));
		// The form: each fault beside its field, what was typed kept, nothing saved.
		mvc.perform(post("/roster/experts/" + nominee.id() + "/edit").with(user(nominee.person()))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("givenName", "Dalia")
			.param("orcid", "0000-0002-1825-0098")
			.param("currentJob.start", "2020-05")
			.param("currentJob.end", "2019-01")
			.param("currentJob.organisation", "KEPHIS"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"orcid-error\""), containsString("check digit"),
					containsString("id=\"currentJob-end-error\""), containsString("value=\"KEPHIS\""))));
		save(nominee.person(), nominee.id(), version, ExpertFixtures.complete()).andExpect(status().isOk());
		save(focalPoint, nominee.id(), version, ExpertFixtures.complete()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(version + 1));
		mvc.perform(post("/roster/experts/" + nominee.id() + "/edit").with(user(focalPoint))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("givenName", "Changed meanwhile"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Somebody saved this record after you opened the form"),
					containsString("value=\"Changed meanwhile\""))));
		mvc.perform(get("/api/v1/roster/experts/" + nominee.id()).with(user(focalPoint)))
			.andExpect(jsonPath("$.draft.givenName").value("Amina"));
	}

	@Test
	void only_the_owners_write_and_see_the_draft() throws Exception {
		Nominee first = nominate("Esther", "Njeri");
		Nominee second = nominate("Faith", "Wambui");
		int version = version(first.person(), first.id());
		// The expert of another record, Kenya's national user, Uganda's focal point.
		save(second.person(), first.id(), version, ExpertFixtures.complete()).andExpect(status().isForbidden());
		save(nationalUser, first.id(), version, ExpertFixtures.complete()).andExpect(status().isForbidden());
		save(otherFocalPoint, first.id(), version, ExpertFixtures.complete()).andExpect(status().isForbidden());
		mvc.perform(get("/roster/experts/" + first.id() + "/edit").with(user(second.person())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/roster/experts/" + first.id() + "/edit").with(user(nationalUser)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/roster/experts/" + first.id()).with(user(nationalUser))).andExpect(status().isNotFound());
		mvc.perform(get("/roster/experts/" + first.id() + "/history").with(user(otherFocalPoint)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/roster/experts/" + first.id() + "/edit").with(user(first.person())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"previousJobs[4].organisation\""),
					containsString("name=\"degrees[2].subject\""), containsString("type=\"month\""),
					containsString("name=\"publicParts\""))));
		mvc.perform(get("/roster/experts/" + first.id() + "/edit").with(user(focalPoint))).andExpect(status().isOk());
		mvc.perform(get("/roster/experts/not-an-id")).andExpect(status().isNotFound());
	}

	record Nominee(ExpertId id, String email, UserDetails person) {
	}

	private Nominee nominate(String given, String family) {
		String email = given.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@experts.test";
		ExpertId id = experts
			.nominate(KENYA, new ExpertManagement.Nomination(given, family, email, "en"),
					TestAccounts.viewerOf(focalPoint))
			.expert();
		return new Nominee(id, email, context.getBean(UserDetailsService.class).loadUserByUsername(email));
	}

	private int version(UserDetails person, ExpertId id) {
		return experts.view(id, TestAccounts.viewerOf(person)).version();
	}

	private ResultActions save(UserDetails person, ExpertId id, int version, ExpertContent content) throws Exception {
		return mvc.perform(put("/api/v1/roster/experts/" + id).with(user(person))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + ", \"expert\": " + json.writeValueAsString(content) + "}"));
	}

	private ResultActions step(UserDetails person, ExpertId id, String step, int version) throws Exception {
		return mvc.perform(post("/api/v1/roster/experts/" + id + "/" + step).with(user(person))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + ", \"reason\": \"Because\"}"));
	}

}
