package org.cbcm.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.roster.ExpertContent.Gender;
import org.cbcm.roster.ExpertContent.LanguageLevel;
import org.cbcm.roster.RequestFixtures.Listed;
import org.cbcm.roster.internal.ExpertManagement;
import org.cbcm.roster.internal.RequestManagement;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cbcm.roster.RequestFixtures.KENYA;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of a request and its assignments. Two tabs: the first saves, the second sends
 * the version it read; the second is told in the page, in the reader's language, that
 * somebody changed it meanwhile, and nothing is changed; never an error page. The offered
 * expert's contact details are for the requesting Party's focal point, not for its
 * national users.
 */
@IntegrationTest
class RequestPageTests {

	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
			Locale.forLanguageTag("ru"), Locale.CHINESE, Locale.forLanguageTag("ar"));

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	ExpertManagement experts;

	@Autowired
	RequestManagement requests;

	Viewer secretariat;

	UserDetails focalPoint;

	Viewer kenya;

	Listed grace;

	@BeforeEach
	void setUp() {
		RequestFixtures.clear(jdbc);
		TestAccounts people = TestAccounts.in(context);
		secretariat = TestAccounts.viewerOf(people.admin());
		focalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, KENYA);
		kenya = TestAccounts.viewerOf(focalPoint);
		grace = RequestFixtures.listed(experts, secretariat,
				new RequestFixtures.Expert("Grace Atieno", RequestFixtures.UGANDA, Gender.WOMAN,
						List.of(Expertise.RISK_ASSESSMENT), Map.of("fr", LanguageLevel.EXCELLENT)));
	}

	@Test
	void a_request_changed_in_another_tab_is_told_in_the_page_in_each_language_and_nothing_is_selected()
			throws Exception {
		RequestId id = requests.file(KENYA, RequestFixtures.request("Guidelines"), kenya);
		requests.cancel(id, 1, kenya);
		TestAccounts people = TestAccounts.in(context);
		Locale own = people.language(focalPoint);
		try {
			for (Locale language : LANGUAGES) {
				people.chooseLanguage(focalPoint, language);
				mvc.perform(post("/roster/requests/" + id + "/select").with(user(focalPoint))
					.with(csrf())
					.param("version", "1")
					.param("expert", grace.id().toString()))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString(said("roster.request.changed-meanwhile", language))));
			}
		}
		finally {
			people.chooseLanguage(focalPoint, own);
		}
		assertThat(requests.request(id, kenya).status()).isEqualTo(RequestStatus.CANCELLED);
		assertThat(requests.assignments(id, kenya)).isEmpty();
	}

	@Test
	void an_assignment_answered_in_another_tab_is_told_in_the_page_and_not_answered_again() throws Exception {
		RequestId id = requests.file(KENYA, RequestFixtures.request("Guidelines"), kenya);
		AssignmentId offer = requests.select(id, 1, grace.id(), kenya);
		UserDetails expert = TestAccounts.in(context).person(grace.email());
		requests.accept(offer, 1, true, true, TestAccounts.viewerOf(expert));
		for (Locale language : LANGUAGES) {
			TestAccounts.in(context).chooseLanguage(expert, language);
			mvc.perform(post("/roster/assignments/" + offer + "/decline").with(user(expert))
				.with(csrf())
				.param("version", "1")
				.param("reason", "Busy"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(said("roster.assignment.changed-meanwhile", language))));
		}
		assertThat(requests.assignment(offer, kenya).status()).isEqualTo(AssignmentStatus.ACCEPTED);
		assertThat(requests.assignment(offer, kenya).declineReason()).isNull();
		assertThat(requests.request(id, kenya).status()).isEqualTo(RequestStatus.SELECTED);
	}

	@Test
	void terms_saved_or_completed_in_another_tab_are_told_in_the_page_and_kept() throws Exception {
		RequestId id = requests.file(KENYA, RequestFixtures.request("Guidelines"), kenya);
		AssignmentId offer = requests.select(id, 1, grace.id(), kenya);
		int accepted = requests.accept(offer, 1, true, true,
				TestAccounts.viewerOf(TestAccounts.in(context).person(grace.email())));
		int arranged = requests.arrange(offer, accepted, new RequestManagement.Terms(LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 3, 31), "First tab", null, null), kenya);
		mvc.perform(post("/roster/assignments/" + offer + "/terms").with(user(focalPoint))
			.with(csrf())
			.param("version", String.valueOf(accepted))
			.param("deliverables", "Second tab"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(said("roster.assignment.changed-meanwhile", Locale.ENGLISH))))
			.andExpect(content().string(containsString("Second tab")));
		assertThat(requests.assignment(offer, kenya).deliverables()).isEqualTo("First tab");

		requests.complete(offer, arranged, kenya);
		mvc.perform(post("/roster/assignments/" + offer + "/complete").with(user(focalPoint))
			.with(csrf())
			.param("version", String.valueOf(arranged)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(said("roster.assignment.changed-meanwhile", Locale.ENGLISH))));
		assertThat(requests.assignment(offer, kenya).status()).isEqualTo(AssignmentStatus.COMPLETED);
	}

	@Test
	void the_offered_experts_contact_is_for_the_focal_point_not_the_national_user() throws Exception {
		RequestId id = requests.file(KENYA, RequestFixtures.request("Guidelines"), kenya);
		requests.select(id, 1, grace.id(), kenya);
		UserDetails nationalUser = TestAccounts.in(context).holding(Role.NATIONAL_USER, KENYA);
		mvc.perform(get("/roster/requests/" + id).with(user(focalPoint)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Grace Atieno"), containsString(grace.email()))));
		mvc.perform(get("/roster/requests/" + id).with(user(nationalUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Grace Atieno"), not(containsString(grace.email())),
					not(containsString("+254 20 000 000")))));
	}

	@Test
	void the_offered_expert_is_shown_as_listed_not_as_redrafted_meanwhile() throws Exception {
		RequestId id = requests.file(KENYA, RequestFixtures.request("Guidelines"), kenya);
		requests.select(id, 1, grace.id(), kenya);
		// The expert is redrafting her record: a new name and email, not yet listed.
		jdbc.sql("UPDATE roster_expert SET content = REPLACE(REPLACE(content, 'Atieno', 'Redrafted'), :email,"
				+ " 'draft@experts.test') WHERE id = :id")
			.param("email", grace.email())
			.param("id", grace.id().value())
			.update();
		mvc.perform(get("/roster/requests/" + id).with(user(focalPoint)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Grace Atieno"), containsString(grace.email()),
					not(containsString("Redrafted")), not(containsString("draft@experts.test")))));
	}

	@Test
	void the_languages_needed_are_named_in_the_readers_language() throws Exception {
		RequestId id = requests.file(KENYA, RequestFixtures.request("Guidelines"), kenya);
		mvc.perform(get("/roster/requests/" + id).with(user(focalPoint)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd class=\"col-sm-9\">French</dd>")));
		TestAccounts people = TestAccounts.in(context);
		Locale own = people.language(focalPoint);
		try {
			people.chooseLanguage(focalPoint, Locale.forLanguageTag("es"));
			mvc.perform(get("/roster/requests/" + id).with(user(focalPoint)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<dd class=\"col-sm-9\">francés</dd>")));
		}
		finally {
			people.chooseLanguage(focalPoint, own);
		}
	}

	@Test
	void an_expert_who_declined_is_no_longer_reachable_through_the_request() throws Exception {
		RequestId id = requests.file(KENYA, RequestFixtures.request("Guidelines"), kenya);
		AssignmentId offer = requests.select(id, 1, grace.id(), kenya);
		requests.decline(offer, 1, "Busy", TestAccounts.viewerOf(TestAccounts.in(context).person(grace.email())));
		mvc.perform(get("/roster/requests/" + id).with(user(focalPoint)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Grace Atieno"), not(containsString(grace.email())))));
	}

	private String said(String key, Locale language) {
		return HtmlUtils.htmlEscape(messages.getMessage(key, null, language), "UTF-8");
	}

}
