package org.cbcm.initiatives;

import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The voice of the countries an initiative names (principles 11(a) and 11(b)): their
 * people see an organisation's initiative in their workspace once it is submitted, are
 * told of its submission and publication by mail, and their focal point endorses,
 * comments on or disputes it with a reason; what they say is a facet of the registry and
 * a column of the downloads.
 */
@IntegrationTest
@RecordApplicationEvents
class CountryVoiceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	@Autowired
	GreenMail mailServer;

	@Autowired
	ApplicationEvents events;

	UserDetails unepReporter;

	UserDetails kenyaFocalPoint;

	UserDetails kenyaUser;

	UserDetails ugandaFocalPoint;

	UserDetails brazilFocalPoint;

	Mailbox mail;

	@BeforeEach
	void people() throws Exception {
		TestAccounts people = TestAccounts.in(context);
		unepReporter = people.holding(Role.ORGANISATION_REPORTER, InitiativeApiTests.UNEP);
		kenyaFocalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		kenyaUser = people.holding(Role.NATIONAL_USER, CountryCode.of("KEN"));
		ugandaFocalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("UGA"));
		brazilFocalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("BRA"));
		InitiativeApiTests.clear(jdbc);
		mailServer.purgeEmailFromAllMailboxes();
		mail = new Mailbox(mailServer);
	}

	@Test
	void the_countries_an_initiative_names_see_it_once_submitted_and_are_told_once_each() throws Exception {
		String id = RegistryFixtures.in(context)
			.aDraft(unepReporter, InitiativeApiTests.regional("Detecting LMOs around Lake Victoria"));

		// A draft of others is theirs alone.
		assertThat(minePage(kenyaUser)).doesNotContain("Detecting LMOs around Lake Victoria");
		mvc.perform(get("/initiatives/" + id).with(user(kenyaUser))).andExpect(status().isNotFound());

		step(id, "submit", 1, unepReporter);
		String told = Mailbox.body(mail.about(TestAccounts.email(Role.NATIONAL_USER, CountryCode.of("KEN")),
				"Submitted for your country: Detecting LMOs around Lake Victoria"));
		assertThat(told).contains("/initiatives/" + id);
		mail.about(TestAccounts.email(Role.NATIONAL_FOCAL_POINT, CountryCode.of("UGA")), "Submitted for your country");
		// The owner who submitted it is not told, nor a country it does not name.
		assertThat(Mailbox.about(mail.to(TestAccounts.email(Role.ORGANISATION_REPORTER, InitiativeApiTests.UNEP)),
				"Submitted for your country"))
			.isEmpty();
		assertThat(Mailbox.about(mail.to(TestAccounts.email(Role.NATIONAL_FOCAL_POINT, CountryCode.of("BRA"))),
				"Submitted for your country"))
			.isEmpty();

		assertThat(minePage(kenyaUser)).contains("Detecting LMOs around Lake Victoria").contains("Not answered");
		assertThat(minePage(brazilFocalPoint)).doesNotContain("Detecting LMOs around Lake Victoria");
		mvc.perform(get("/initiatives/" + id).with(user(kenyaUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("names your country")));

		step(id, "publish", 2, TestAccounts.in(context).admin());
		mail.about(TestAccounts.email(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN")),
				"Published for your country: Detecting LMOs around Lake Victoria");
		// Once, though she is told as a person of a named country and could be as an
		// owner
		// (mails of other tests' steps may still arrive: only this initiative's count).
		assertThat(Mailbox.about(mail.to(TestAccounts.email(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"))),
				"Published for your country: Detecting LMOs around Lake Victoria"))
			.hasSize(1);
		assertThat(minePage(kenyaFocalPoint)).contains("Detecting LMOs around Lake Victoria");
	}

	@Test
	void the_focal_point_endorses_disputes_with_a_reason_and_withdraws_and_the_registry_files_it() throws Exception {
		String id = RegistryFixtures.in(context)
			.aPublishedInitiative(unepReporter, InitiativeApiTests.regional("Biosafety laboratories of East Africa"));
		String voice = "/api/v1/initiatives/" + id + "/endorsements/";

		// A dispute needs its reason; a value must be one of the scale: nothing saved.
		say(voice + "KEN", kenyaFocalPoint, "{\"endorsement\": \"DISPUTED\", \"note\": \"  \"}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("note")));
		say(voice + "KEN", kenyaFocalPoint, "{\"endorsement\": \"MAYBE\"}").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative_endorsement").query(Long.class).single()).isZero();

		// Only that country's focal point speaks for it; a country it does not name is
		// not found.
		say(voice + "KEN", ugandaFocalPoint, "{\"endorsement\": \"ENDORSED\"}").andExpect(status().isForbidden());
		say(voice + "KEN", TestAccounts.in(context).admin(), "{\"endorsement\": \"ENDORSED\"}")
			.andExpect(status().isForbidden());
		say(voice + "BRA", brazilFocalPoint, "{\"endorsement\": \"ENDORSED\"}").andExpect(status().isNotFound());

		say(voice + "KEN", kenyaFocalPoint,
				"{\"endorsement\": \"DISPUTED\", \"note\": \"The ministry was not consulted.\"}")
			.andExpect(status().isOk());
		say(voice + "UGA", ugandaFocalPoint, "{\"endorsement\": \"ENDORSED\"}").andExpect(status().isOk());
		assertThat(events.stream(InitiativeEndorsementChanged.class))
			.extracting(InitiativeEndorsementChanged::country, InitiativeEndorsementChanged::endorsement,
					InitiativeEndorsementChanged::note)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(CountryCode.of("KEN"), Endorsement.DISPUTED,
							"The ministry was not consulted."),
					org.assertj.core.groups.Tuple.tuple(CountryCode.of("UGA"), Endorsement.ENDORSED, null));

		// Everybody reads what each country says; the reason is for the owners, the
		// Secretariat and the country's people.
		mvc.perform(get("/api/v1/initiatives/" + id + "/endorsements"))
			.andExpect(jsonPath("$[?(@.country == 'KEN')].endorsement").value("DISPUTED"))
			.andExpect(jsonPath("$[?(@.country == 'TZA')].endorsement")
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())))
			.andExpect(jsonPath("$[?(@.country == 'KEN')].note")
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
		for (UserDetails reader : List.of(unepReporter, kenyaUser, TestAccounts.in(context).admin())) {
			mvc.perform(get("/api/v1/initiatives/" + id + "/endorsements").with(user(reader)))
				.andExpect(jsonPath("$[?(@.country == 'KEN')].note").value("The ministry was not consulted."));
		}
		mvc.perform(get("/api/v1/initiatives/" + id + "/endorsements").with(user(ugandaFocalPoint)))
			.andExpect(jsonPath("$[?(@.country == 'KEN')].note")
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
		String page = mvc.perform(get("/initiatives/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Countries&#39; voice").contains("Disputed").doesNotContain("not consulted");

		// A facet of the registry, and a column of the downloads.
		mvc.perform(get("/api/v1/initiatives?endorsement=DISPUTED")).andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(get("/api/v1/initiatives?endorsement=NONE")).andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(get("/api/v1/initiatives?endorsement=COMMENTED")).andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/v1/initiatives?endorsement=PERHAPS")).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("SELECT n FROM initiative_tag_count WHERE facet = 'ENDORSEMENT' AND tag_value = 'DISPUTED'")
			.query(Long.class)
			.single()).isEqualTo(1);
		String csv = mvc.perform(get("/initiatives/download.csv")).andReturn().getResponse().getContentAsString();
		assertThat(csv).contains("Countries' voice").contains("KEN: Disputed; TZA: Not answered; UGA: Endorsed");

		// Withdrawn, and every word kept.
		say(voice + "KEN", kenyaFocalPoint, "{\"endorsement\": \"NONE\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.country == 'KEN')].endorsement")
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
		mvc.perform(get("/api/v1/initiatives?endorsement=DISPUTED")).andExpect(jsonPath("$.totalElements").value(0));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative_endorsement_log WHERE country_code = 'KEN'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void the_page_form_shows_a_missing_reason_beside_its_field_and_saves_nothing() throws Exception {
		String id = RegistryFixtures.in(context)
			.aPublishedInitiative(unepReporter, InitiativeApiTests.regional("Risk assessors of East Africa"));
		String page = mvc.perform(get("/initiatives/" + id).with(user(kenyaFocalPoint)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/initiatives/" + id + "/endorsement/KEN")
			.doesNotContain("/initiatives/" + id + "/endorsement/UGA");

		String refused = mvc
			.perform(post("/initiatives/" + id + "/endorsement/KEN").with(user(kenyaFocalPoint))
				.with(csrf())
				.param("endorsement", "DISPUTED")
				.param("note", ""))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"note-KEN-error\"").contains("A dispute needs its reason.");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative_endorsement").query(Long.class).single()).isZero();

		mvc.perform(post("/initiatives/" + id + "/endorsement/KEN").with(user(kenyaFocalPoint))
			.with(csrf())
			.param("endorsement", "COMMENTED")
			.param("note", "Please involve the national laboratory.")).andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get("/initiatives/" + id).with(user(unepReporter)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Commented").contains("Please involve the national laboratory.");
	}

	private org.springframework.test.web.servlet.ResultActions say(String path, UserDetails by, String body)
			throws Exception {
		return mvc.perform(put(path).with(user(by)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private String minePage(UserDetails viewer) throws Exception {
		return mvc.perform(get("/initiatives/mine").with(user(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void step(String id, String transition, int version, UserDetails by) throws Exception {
		mvc.perform(post("/api/v1/initiatives/" + id + "/" + transition).with(user(by))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}")).andExpect(status().isOk());
	}

}
