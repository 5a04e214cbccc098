package org.cbcm.roster;

import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.records.Transition;
import org.cbcm.roster.internal.ExpertManagement;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A focal point nominates an expert of its country: the expert's account is created with
 * the expert's role and invited by mail, and the draft record is started, the expert's
 * own and co-owned by the country. Nobody else nominates for the country; a taken address
 * and blank names are refused beside their fields with nothing created. The country's
 * list shows its nominations only, to its focal point and the Secretariat; the
 * Secretariat's queue shows the submitted ones of every country; an expert's
 * {@code /roster/me} leads to their own record.
 */
@IntegrationTest
class NominationTests {

	static final CountryCode KENYA = CountryCode.of("KEN");

	static final CountryCode UGANDA = CountryCode.of("UGA");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExpertManagement experts;

	@Autowired
	UserDetailsService details;

	@Autowired
	GreenMail mailServer;

	TestAccounts people;

	UserDetails kenyaFocalPoint;

	@BeforeEach
	void clean() {
		RosterFixtures.clear(jdbc);
		people = TestAccounts.in(context);
		kenyaFocalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, KENYA);
	}

	@Test
	void a_focal_point_nominates_an_expert_who_is_invited_and_whose_draft_is_started() throws Exception {
		String email = RosterFixtures.freshEmail("achieng");

		nominate(kenyaFocalPoint, "KEN", "Achieng", "Otieno", email, "fr")
			.andExpect(redirectedUrl("/countries/KEN/experts"))
			.andExpect(flash().attribute("notice", "nomination.invited"));

		Viewer expert = TestAccounts.viewerOf(details.loadUserByUsername(email));
		assertThat(expert.isExpert()).as("the new account holds the expert's role").isTrue();
		assertThat(expert.grants()).extracting(grant -> grant.role()).containsExactly(Role.EXPERT);
		assertThat(Mailbox.linkPath(new Mailbox(mailServer).about(email, "Votre invitation"), "/invitations/"))
			.startsWith("/invitations/");
		Map<String, Object> row = jdbc.sql("SELECT status, country_code, person_id, name FROM roster_expert")
			.query()
			.singleRow();
		assertThat(row).containsEntry("status", "DRAFT").containsEntry("country_code", "KEN");
		assertThat(row.get("person_id").toString()).isEqualTo(expert.user().toString());
		assertThat(row.get("name")).isEqualTo("Achieng Otieno");
		assertThat(experts.own(expert)).isPresent();

		mvc.perform(get("/countries/KEN/experts").with(user(kenyaFocalPoint)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Achieng Otieno"), containsString("Draft"),
					containsString("3 of 9 requirements met"), containsString("Not listed"))));
	}

	@Test
	void nobody_but_the_country_s_focal_point_and_the_secretariat_nominates_for_it() throws Exception {
		for (UserDetails caller : List.of(people.holding(Role.NATIONAL_FOCAL_POINT, UGANDA),
				people.holding(Role.NATIONAL_USER, KENYA), people.holding(Role.EXPERT, "none"))) {
			mvc.perform(get("/countries/KEN/experts/nominate").with(user(caller))).andExpect(status().isForbidden());
			nominate(caller, "KEN", "Achieng", "Otieno", RosterFixtures.freshEmail("refused"), "en")
				.andExpect(status().isForbidden());
			mvc.perform(get("/countries/KEN/experts").with(user(caller))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/countries/KEN/experts/nominate")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/countries/KEN/experts/nominate").with(csrf())
			.param("givenName", "Achieng")
			.param("familyName", "Otieno")
			.param("email", RosterFixtures.freshEmail("anonymous"))).andExpect(redirectedUrl("/login"));
		assertThat(count()).as("nothing nominated").isZero();

		nominate(people.admin(), "UGA", "Okello", "Mugisha", RosterFixtures.freshEmail("okello"), "en")
			.andExpect(redirectedUrl("/countries/UGA/experts"));
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void a_taken_address_is_refused_beside_its_field_and_nothing_is_created() throws Exception {
		nominate(kenyaFocalPoint, "KEN", "Achieng", "Otieno", kenyaFocalPoint.getUsername(), "en")
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"email-error\""),
					containsString("There is already an account with the email " + kenyaFocalPoint.getUsername()),
					containsString("value=\"Achieng\""))));
		assertThat(count()).isZero();
	}

	@Test
	void blank_names_are_refused_beside_their_fields_and_nothing_is_created() throws Exception {
		String email = RosterFixtures.freshEmail("nameless");
		nominate(kenyaFocalPoint, "KEN", " ", "", email, "en").andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"givenName-error\""), containsString("id=\"familyName-error\""),
						containsString("Please fill in this field."), containsString("value=\"" + email + "\""))));
		assertThat(count()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE email = :email")
			.param("email", email)
			.query(Integer.class)
			.single()).as("no account either").isZero();
	}

	@Test
	void a_country_s_list_shows_its_own_nominations_to_its_focal_point_and_the_queue_shows_every_country_s()
			throws Exception {
		Viewer kenya = TestAccounts.viewerOf(kenyaFocalPoint);
		Viewer uganda = TestAccounts.viewerOf(people.holding(Role.NATIONAL_FOCAL_POINT, UGANDA));
		ExpertId achieng = nominated(KENYA, "Achieng", "Otieno", kenya);
		ExpertId okello = nominated(UGANDA, "Okello", "Mugisha", uganda);
		experts.save(okello, 1, RosterFixtures.complete("Okello", "Mugisha", "okello@experts.test", UGANDA), null,
				uganda);
		experts.move(okello, 2, Transition.SUBMIT, null, uganda);

		mvc.perform(get("/countries/KEN/experts").with(user(kenyaFocalPoint)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Achieng Otieno"), not(containsString("Okello")),
					containsString("/roster/experts/" + achieng),
					containsString("0 experts listed for the country, of at most 50."),
					containsString("0 of at most 5"))));
		mvc.perform(get("/countries/KEN/experts").with(user(people.holding(Role.NATIONAL_FOCAL_POINT, UGANDA))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/countries/UGA/experts?status=SUBMITTED").with(user(people.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Okello Mugisha"), containsString("9 of 9"))));
		mvc.perform(get("/countries/UGA/experts?status=DRAFT").with(user(people.admin())))
			.andExpect(content().string(not(containsString("Okello Mugisha"))));

		mvc.perform(get("/roster/nominations").with(user(people.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Okello Mugisha"), containsString("Uganda"),
					containsString("9 of 9 requirements met"), not(containsString("Achieng")))));
		mvc.perform(get("/roster/nominations?status=DRAFT").with(user(people.admin())))
			.andExpect(content().string(allOf(containsString("Achieng Otieno"), not(containsString("Okello")))));
		mvc.perform(get("/roster/nominations").with(user(kenyaFocalPoint))).andExpect(status().isForbidden());
	}

	@Test
	void an_expert_s_own_page_leads_to_their_record() throws Exception {
		String email = RosterFixtures.freshEmail("wanjiru");
		ExpertId id = nominated(KENYA, "Wanjiru", "Kamau", TestAccounts.viewerOf(kenyaFocalPoint), email);
		UserDetails expert = details.loadUserByUsername(email);

		mvc.perform(get("/roster/me").with(user(expert))).andExpect(redirectedUrl("/roster/experts/" + id));
		mvc.perform(get("/roster/me").with(user(people.holding(Role.EXPERT, "none")))).andExpect(status().isNotFound());
		mvc.perform(get("/roster/me").with(user(kenyaFocalPoint))).andExpect(status().isForbidden());
	}

	private ResultActions nominate(UserDetails by, String country, String givenName, String familyName, String email,
			String language) throws Exception {
		return mvc.perform(post("/countries/" + country + "/experts/nominate").with(user(by))
			.with(csrf())
			.param("givenName", givenName)
			.param("familyName", familyName)
			.param("email", email)
			.param("language", language));
	}

	private ExpertId nominated(CountryCode country, String givenName, String familyName, Viewer by) {
		return nominated(country, givenName, familyName, by, RosterFixtures.freshEmail(givenName.toLowerCase()));
	}

	private ExpertId nominated(CountryCode country, String givenName, String familyName, Viewer by, String email) {
		return experts.nominate(country, new ExpertManagement.Nomination(givenName, familyName, email, "en"), by)
			.expert();
	}

	private int count() {
		return jdbc.sql("SELECT COUNT(*) FROM roster_expert").query(Integer.class).single();
	}

}
