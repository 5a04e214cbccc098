package org.cbcm.directory;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.icegreen.greenmail.util.GreenMail;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
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
 * A country profile through its life: written by the country's people, published by its
 * focal point only, public once published, kept in revisions that compare field by field,
 * refused when a save is based on a stale version, and marked and reminded when it goes
 * unconfirmed for a year.
 */
@IntegrationTest
class CountryProfileTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail mailServer;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	UserDetails focalPoint;

	UserDetails nationalUser;

	UserDetails otherFocalPoint;

	@AfterEach
	void noProfileLeftBehind() {
		org.cbcm.directory.ProfileFixtures.clear(jdbc, "KEN", "TZA", "RWA", "EU");
	}

	@BeforeEach
	void people() {
		TestAccounts people = TestAccounts.in(context);
		focalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		nationalUser = people.holding(Role.NATIONAL_USER, CountryCode.of("KEN"));
		otherFocalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("UGA"));
		jdbc.sql("DELETE FROM country_profile WHERE country_code IN ('KEN', 'TZA', 'RWA', 'EU')").update();
		jdbc.sql("DELETE FROM record_revision WHERE record_id IN ('KEN', 'TZA', 'RWA', 'EU')").update();
		jdbc.sql("DELETE FROM record_registry WHERE record_id IN ('KEN', 'TZA', 'RWA', 'EU')").update();
	}

	@Test
	void the_countrys_people_write_it_only_the_focal_point_publishes_and_then_everybody_reads_it() throws Exception {
		saveByApi(nationalUser, "KEN", 0, "Dr Achieng Otieno").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(get("/api/v1/countries/KEN/profile")).andExpect(status().isNotFound());
		mvc.perform(get("/countries/KEN"))
			.andExpect(content().string(allOf(not(containsString("id=\"profile\"")), not(containsString("Achieng")))));
		mvc.perform(get("/countries/KEN").with(user(nationalUser)))
			.andExpect(content().string(allOf(containsString("The country has not published its profile yet"),
					containsString("Submit to the focal point"), not(containsString("Start the profile")))));

		transition(nationalUser, "KEN", "publish", 1).andExpect(status().isForbidden());
		transition(nationalUser, "KEN", "submit", 1).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		transition(otherFocalPoint, "KEN", "publish", 2).andExpect(status().isForbidden());
		transition(focalPoint, "KEN", "publish", 2).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));

		mvc.perform(get("/api/v1/countries/KEN/profile"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profile.focalPoints[0].name").value("Dr Achieng Otieno"))
			.andExpect(jsonPath("$.profile.framework").value("IN_PLACE"))
			.andExpect(jsonPath("$.notConfirmedSince").doesNotExist());
		mvc.perform(get("/countries/KEN"))
			.andExpect(content().string(allOf(containsString("Dr Achieng Otieno"),
					containsString("National Biosafety Authority"), not(containsString("profile/publish")))));
		mvc.perform(get("/api/v1/countries/KEN")).andExpect(jsonPath("$.centreOfOrigin").value(true));

		// A new draft over the published profile: the public still reads the published
		// one.
		saveByApi(nationalUser, "KEN", 3, "Prof. Someone Else").andExpect(status().isOk());
		mvc.perform(get("/api/v1/countries/KEN/profile"))
			.andExpect(jsonPath("$.profile.focalPoints[0].name").value("Dr Achieng Otieno"));
		mvc.perform(get("/api/v1/countries/KEN/profile/draft").with(user(nationalUser)))
			.andExpect(jsonPath("$.draft.focalPoints[0].name").value("Prof. Someone Else"))
			.andExpect(jsonPath("$.published.focalPoints[0].name").value("Dr Achieng Otieno"));
		mvc.perform(get("/api/v1/countries/KEN/profile/draft").with(user(otherFocalPoint)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/countries/KEN/profile/draft")).andExpect(status().isUnauthorized());

		mvc.perform(get("/api/v1/countries/KEN/profile/revisions").with(user(focalPoint)))
			.andExpect(jsonPath("$", hasSize(4)))
			.andExpect(jsonPath("$[0].number").value(4))
			.andExpect(jsonPath("$[1].status").value("PUBLISHED"));
		mvc.perform(get("/api/v1/countries/KEN/profile/revisions/compare?from=3&to=4").with(user(focalPoint)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].field").value("focalPoints[0].name"))
			.andExpect(jsonPath("$[0].before").value("Dr Achieng Otieno"))
			.andExpect(jsonPath("$[0].after").value("Prof. Someone Else"));
	}

	@Test
	void before_any_profile_exists_those_who_may_are_offered_to_start_one_and_others_see_nothing() throws Exception {
		mvc.perform(get("/countries/KEN"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("id=\"profile\"")),
					not(containsString("Start the profile")), not(containsString("Submit to the focal point")))));
		mvc.perform(get("/countries/KEN").with(user(otherFocalPoint)))
			.andExpect(content().string(allOf(not(containsString("id=\"profile\"")),
					not(containsString("Start the profile")), not(containsString("/countries/KEN/profile/edit")))));
		for (UserDetails mayStart : java.util.List.of(nationalUser, focalPoint, TestAccounts.in(context).admin())) {
			mvc.perform(get("/countries/KEN").with(user(mayStart)))
				.andExpect(content().string(allOf(containsString("No profile yet. Start one"),
						containsString("href=\"/countries/KEN/profile/edit\""), not(containsString(">Draft<")),
						not(containsString("Submit to the focal point")), not(containsString("/profile/publish")),
						not(containsString("/profile/archive")), not(containsString("/profile/history")))));
		}
	}

	@Test
	void the_european_unions_pages_speak_of_the_organisation_not_of_a_country() throws Exception {
		UserDetails euUser = TestAccounts.in(context).holding(Role.NATIONAL_USER, CountryCode.EUROPEAN_UNION);
		mvc.perform(get("/countries/EU").with(user(euUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Profile of the European Union"),
					containsString("No profile yet. Start one: the organisation&#39;s focal points"),
					containsString("The European Union as JSON"), not(containsString("Country profile")),
					not(containsString("The country")), not(containsString("the country&#39;s")),
					not(containsString("This country")))));
		saveByApi(euUser, "EU", 0, "A. Person").andExpect(status().isOk());
		mvc.perform(get("/countries/EU").with(user(euUser)))
			.andExpect(content().string(allOf(containsString("The European Union has not published its profile yet"),
					not(containsString("The country")), not(containsString("This country")))));
		mvc.perform(get("/countries/EU"))
			.andExpect(content().string(allOf(not(containsString("id=\"profile\"")),
					not(containsString("This country")), containsString("The European Union as JSON"))));
	}

	@Test
	void a_save_based_on_a_stale_version_is_refused_and_changes_nothing() throws Exception {
		saveByApi(focalPoint, "KEN", 0, "First Editor").andExpect(status().isOk());
		saveByApi(nationalUser, "KEN", 1, "Second Editor").andExpect(status().isOk());
		saveByApi(focalPoint, "KEN", 1, "Stale Editor").andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.expectedVersion").value(1))
			.andExpect(jsonPath("$.currentVersion").value(2))
			.andExpect(jsonPath("$.current.draft.focalPoints[0].name").value("Second Editor"));
		mvc.perform(get("/api/v1/countries/KEN/profile/draft").with(user(focalPoint)))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.draft.focalPoints[0].name").value("Second Editor"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM record_revision WHERE record_id = 'KEN'").query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void the_edit_page_keeps_what_was_typed_and_shows_what_the_other_person_changed() throws Exception {
		saveByApi(focalPoint, "KEN", 0, "Original Name").andExpect(status().isOk());
		saveByApi(nationalUser, "KEN", 1, "Changed By Colleague").andExpect(status().isOk());
		mvc.perform(post("/countries/KEN/profile").with(user(focalPoint))
			.with(csrf())
			.param("version", "1")
			.param("focalPoints[0].name", "My Own Typing")
			.param("focalPoints[0].email", "mine@example.org")
			.param("framework", "IN_DEVELOPMENT"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("Somebody else saved this profile while you were editing it"),
					containsString("value=\"My Own Typing\""), containsString("Changed By Colleague"),
					containsString("National focal point 1: Name"), containsString("name=\"version\" value=\"2\""))));
		mvc.perform(get("/api/v1/countries/KEN/profile/draft").with(user(focalPoint)))
			.andExpect(jsonPath("$.draft.focalPoints[0].name").value("Changed By Colleague"));
	}

	@Test
	void bad_input_gets_its_message_at_the_field_and_saves_nothing() throws Exception {
		mvc.perform(post("/countries/KEN/profile").with(user(focalPoint))
			.with(csrf())
			.param("version", "0")
			.param("focalPoints[0].name", "Someone")
			.param("focalPoints[0].email", "not-an-email"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"focalPoints-0-email-error\""),
					containsString("&#39;not-an-email&#39; is not an email address."),
					containsString("value=\"Someone\""))));
		mvc.perform(post("/countries/KEN/profile").with(user(focalPoint))
			.with(csrf())
			.param("version", "0")
			.param("website", "javascript:alert(1)"))
			.andExpect(content().string(containsString("is not a web address starting with http://")));
		mvc.perform(put("/api/v1/countries/KEN/profile").with(user(focalPoint))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"frameworkNote\": \"" + "x".repeat(2001) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("frameworkNote"));
		mvc.perform(put("/api/v1/countries/KEN/profile").with(user(focalPoint))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"framework\": \"IN_PLACE\"}"))
			.andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.parameter").value("If-Match"));
		mvc.perform(put("/api/v1/countries/KEN/profile").with(user(focalPoint))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"focalPoints\": [{\"name\": \"\", \"email\": \"x@example.org\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("focalPoints[0].name"));
		assertThat(
				jdbc.sql("SELECT COUNT(*) FROM country_profile WHERE country_code = 'KEN'").query(Long.class).single())
			.isZero();
	}

	@Test
	void every_fault_is_reported_at_once_beside_its_field_and_in_the_problem() throws Exception {
		mvc.perform(post("/countries/KEN/profile").with(user(nationalUser))
			.with(csrf())
			.param("version", "0")
			.param("focalPoints[0].name", "Someone")
			.param("focalPoints[0].email", "not-an-email")
			.param("website", "www.biosafety.example")
			.param("framework", "SOMEWHERE"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"focalPoints-0-email-error\""),
					containsString("&#39;not-an-email&#39; is not an email address."),
					containsString("&#39;www.biosafety.example&#39; is not a web address starting with http://"),
					containsString("id=\"website-error\""), containsString("&#39;SOMEWHERE&#39;"),
					containsString("value=\"Someone\""))));
		mvc.perform(put("/api/v1/countries/KEN/profile").with(user(nationalUser))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": 0, "website": "www.biosafety.example", "mechanismNote": "%s",
					 "focalPoints": [{"name": "Someone", "email": "not-an-email", "phone": "call me"}]}"""
				.formatted("x".repeat(2001))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(4)))
			.andExpect(jsonPath("$.errors[*].parameter").value(org.hamcrest.Matchers
				.containsInAnyOrder("focalPoints[0].email", "focalPoints[0].phone", "mechanismNote", "website")));
		assertThat(
				jdbc.sql("SELECT COUNT(*) FROM country_profile WHERE country_code = 'KEN'").query(Long.class).single())
			.isZero();
	}

	@Test
	void archiving_withdraws_what_the_profile_made_public() throws Exception {
		saveByApi(focalPoint, "KEN", 0, "Someone").andExpect(status().isOk());
		transition(focalPoint, "KEN", "publish", 1).andExpect(status().isOk());
		mvc.perform(get("/api/v1/countries/KEN")).andExpect(jsonPath("$.centreOfOriginNote").value("Sorghum"));
		transition(focalPoint, "KEN", "archive", 2).andExpect(status().isOk());
		mvc.perform(get("/api/v1/countries/KEN/profile")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/countries/KEN"))
			.andExpect(jsonPath("$.centreOfOriginNote").value(org.hamcrest.Matchers.nullValue()));
		transition(focalPoint, "KEN", "confirm", 3).andExpect(status().isConflict());
		saveByApi(focalPoint, "KEN", 3, "Again").andExpect(status().isConflict());
	}

	@Test
	void a_stale_step_on_the_page_says_so_and_a_long_comment_is_refused_at_its_field() throws Exception {
		saveByApi(focalPoint, "KEN", 0, "Someone").andExpect(status().isOk());
		mvc.perform(post("/countries/KEN/profile/publish").with(user(focalPoint)).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl("/countries/KEN#profile"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("warning", "profile.changed-meanwhile"));
		mvc.perform(post("/countries/KEN/profile").with(user(focalPoint))
			.with(csrf())
			.param("version", "1")
			.param("focalPoints[0].name", "Kept")
			.param("comment", "x".repeat(2001)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("At most 2,000 characters (2,001 given)."),
					containsString("value=\"Kept\""))));
	}

	@Test
	void the_refusals_the_issue_names_hold() throws Exception {
		mvc.perform(put("/api/v1/countries/KEN/profile").contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0}")).andExpect(status().isUnauthorized());
		saveByApi(otherFocalPoint, "KEN", 0, "Intruder").andExpect(status().isForbidden());
		saveByApi(focalPoint, "KEN", 0, "Owner").andExpect(status().isOk());
		transition(nationalUser, "KEN", "publish", 1).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/countries/KEN/profile/draft").with(user(focalPoint)))
			.andExpect(jsonPath("$.draft.focalPoints[0].name").value("Owner"))
			.andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void a_profile_not_confirmed_for_a_year_is_marked_and_its_focal_points_are_reminded_once() throws Exception {
		saveByApi(focalPoint, "KEN", 0, "Dr Achieng Otieno").andExpect(status().isOk());
		transition(focalPoint, "KEN", "publish", 1).andExpect(status().isOk());
		jdbc.sql("UPDATE record_registry SET confirmed_at = :old WHERE record_id = 'KEN'")
			.param("old", OffsetDateTime.now().minusMonths(13))
			.update();
		mailServer.purgeEmailFromAllMailboxes();

		events.publishEvent(DayHasPassed.of(LocalDate.now().minusDays(1)));

		Mailbox mail = new Mailbox(mailServer);
		String email = TestAccounts.email(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		// Steps other tests took are mailed after their commits too: the reminder is
		// found by its subject.
		assertThat(Mailbox.body(mail.about(email, "Please confirm: Country profile of Kenya")))
			.contains("/countries/KEN#profile");
		mvc.perform(get("/countries/KEN")).andExpect(content().string(containsString("Not confirmed since")));
		mvc.perform(get("/api/v1/countries/KEN/profile")).andExpect(jsonPath("$.notConfirmedSince").exists());

		events.publishEvent(DayHasPassed.of(LocalDate.now()));
		Thread.sleep(500);
		assertThat(Mailbox.about(mail.to(email), "Please confirm")).hasSize(1);

		mvc.perform(post("/countries/KEN/profile/confirm").with(user(focalPoint)).with(csrf()).param("version", "2"))
			.andExpect(redirectedUrl("/countries/KEN#profile"));
		mvc.perform(get("/countries/KEN")).andExpect(content().string(not(containsString("Not confirmed since"))));
	}

	private org.springframework.test.web.servlet.ResultActions saveByApi(UserDetails who, String code, int version,
			String focalPointName) throws Exception {
		return mvc.perform(put("/api/v1/countries/" + code + "/profile").with(user(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"version": %d, "comment": "test",
							 "focalPoints": [{"name": "%s", "institution": "Ministry of Environment", "email": "nfp@example.org"}],
							 "authorities": [{"name": "National Biosafety Authority", "email": "info@biosafety.example"}],
							 "framework": "IN_PLACE", "frameworkNote": "Biosafety Act 2009", "mechanism": "BEING_ESTABLISHED",
							 "website": "https://www.biosafety.example", "centreOfOrigin": true, "centreOfOriginNote": "Sorghum"}"""
						.formatted(version, focalPointName)));
	}

	private org.springframework.test.web.servlet.ResultActions transition(UserDetails who, String code, String step,
			int version) throws Exception {
		return mvc.perform(post("/api/v1/countries/" + code + "/profile/" + step).with(user(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": %d}".formatted(version)));
	}

}
