package org.cbcm.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import org.cbcm.identity.internal.NoticeDigests;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.records.RecordKind.Audience;
import org.cbcm.records.RecordMoved;
import org.cbcm.records.RecordRef;
import org.cbcm.records.RecordScope;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Grant;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People are told of the workflow steps of records, as each kind declares, once, in their
 * language, by one mail per step or one a day; and each person's page lists what waits
 * for them, across kinds, and nothing of records that are not theirs to act on.
 */
@IntegrationTest
class RecordNoticeTests {

	static final String TITLE = "Country profile of United Republic of Tanzania";

	/** The title as the focal point, who reads cbcm in French, reads it. */
	static final String TITRE = "Profil de pays : République-Unie de Tanzanie";

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

	@Autowired
	NoticeDigests digests;

	UserDetails focalPoint;

	UserDetails nationalUser;

	UserDetails dailyUser;

	UserDetails otherFocalPoint;

	UserDetails otherNationalUser;

	Mailbox mail;

	@BeforeEach
	void people() throws Exception {
		TestAccounts people = TestAccounts.in(context);
		CountryCode tanzania = CountryCode.of("TZA");
		focalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, tanzania);
		nationalUser = people.holding(Role.NATIONAL_USER, tanzania);
		dailyUser = people.person("daily-tza@people.test", Grant.of(Role.NATIONAL_USER, tanzania));
		otherFocalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("UGA"));
		otherNationalUser = people.holding(Role.NATIONAL_USER, CountryCode.of("UGA"));
		// The focal point reads cbcm in French: the dates of their mails are French.
		jdbc.sql("UPDATE app_user SET language = 'fr' WHERE email = :email").param("email", email(focalPoint)).update();
		jdbc.sql("UPDATE app_user SET notices = CASE WHEN email = :email THEN 'DAILY' ELSE 'EACH' END")
			.param("email", email(dailyUser))
			.update();
		for (String table : List.of("country_profile WHERE country_code", "record_revision WHERE record_id",
				"record_registry WHERE record_id", "record_head WHERE record_id", "record_notice WHERE record_id")) {
			jdbc.sql("DELETE FROM " + table + " = 'TZA'").update();
		}
		mailServer.purgeEmailFromAllMailboxes();
		mail = new Mailbox(mailServer);
	}

	@Test
	void each_step_mails_those_the_kind_names_once_in_their_language_and_never_the_one_who_made_it() throws Exception {
		save(nationalUser, 0).andExpect(status().isOk());
		step(nationalUser, "submit", 1, null).andExpect(status().isOk());
		told();
		assertThat(mail.to(email(focalPoint))).hasSize(1);
		MimeMessage submitted = mail.last(email(focalPoint));
		assertThat(Mailbox.subject(submitted)).isEqualTo("En attente de publication : " + TITRE);
		String month = LocalDate.now(ZoneOffset.UTC).getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH);
		assertThat(text(submitted)).contains("Bonjour nationalfocalpoint-tza", "a soumis « " + TITRE + " »",
				"nationaluser-tza", month, "/countries/TZA");
		assertThat(mail.to(email(nationalUser))).as("the submitter").isEmpty();
		assertThat(mail.to(email(dailyUser))).isEmpty();
		assertThat(mail.to(email(otherFocalPoint))).isEmpty();

		step(focalPoint, "return", 2, "The framework note names the wrong act.").andExpect(status().isOk());
		told();
		assertThat(mail.to(email(nationalUser))).hasSize(1);
		assertThat(Mailbox.subject(mail.last(email(nationalUser)))).isEqualTo("Returned to you: " + TITLE);
		assertThat(Mailbox.body(mail.last(email(nationalUser)))).contains("The framework note names the wrong act.",
				"nationalfocalpoint-tza returned");
		assertThat(mail.to(email(focalPoint))).as("the one who returned it").hasSize(1);

		step(nationalUser, "submit", 3, null).andExpect(status().isOk());
		step(focalPoint, "publish", 4, null).andExpect(status().isOk());
		told();
		assertThat(mail.to(email(nationalUser))).hasSize(2);
		assertThat(Mailbox.subject(mail.last(email(nationalUser)))).isEqualTo("Published: " + TITLE);
		assertThat(mail.to(email(focalPoint))).as("told of the second submission only").hasSize(2);
		assertThat(mail.to(email(dailyUser))).as("one mail a day, not yet").isEmpty();

		step(focalPoint, "archive", 5, null).andExpect(status().isOk());
		told();
		assertThat(mail.to(email(dailyUser))).isEmpty();
		assertThat(digests.sendWaiting()).isGreaterThanOrEqualTo(1);
		assertThat(mail.to(email(dailyUser))).hasSize(1);
		String digest = Mailbox.body(mail.last(email(dailyUser)));
		assertThat(Mailbox.subject(mail.last(email(dailyUser)))).isEqualTo("cbcm: 2 steps on records you keep");
		assertThat(digest).contains("\"" + TITLE + "\": published by nationalfocalpoint-tza",
				"\"" + TITLE + "\": archived by nationalfocalpoint-tza", "/account#notices");
		assertThat(digest.indexOf("published by")).isLessThan(digest.indexOf("archived by"));

		digests.sendWaiting();
		assertThat(mail.to(email(dailyUser))).as("each step in one daily mail only").hasSize(1);
	}

	@Test
	void a_step_delivered_again_tells_nobody_twice() {
		RecordMoved moved = new RecordMoved(new RecordRef("country-profile", "TZA"), TITLE, "/countries/TZA",
				RecordScope.of(CountryCode.of("TZA")), Transition.SUBMIT, RecordStatus.SUBMITTED, null,
				TestAccounts.viewerOf(nationalUser).user(), "national_user-tza",
				Instant.now().truncatedTo(ChronoUnit.MILLIS), Set.of(Audience.PUBLISHERS),
				Set.of(Role.NATIONAL_FOCAL_POINT), Set.of(Role.NATIONAL_FOCAL_POINT, Role.NATIONAL_USER));
		transactions.executeWithoutResult(status -> events.publishEvent(moved));
		told();
		transactions.executeWithoutResult(status -> events.publishEvent(moved));
		told();
		assertThat(mail.to(email(focalPoint))).hasSize(1);
	}

	@Test
	void the_account_page_lists_what_waits_for_each_person_and_nothing_that_is_not_theirs() throws Exception {
		save(nationalUser, 0).andExpect(status().isOk());
		step(nationalUser, "submit", 1, null).andExpect(status().isOk());
		mvc.perform(get("/account").with(user(focalPoint)))
			.andExpect(content().string(allOf(containsString(TITRE), containsString("href=\"/countries/TZA\""),
					not(containsString(TITLE)))));
		for (UserDetails notTheirs : List.of(nationalUser, otherFocalPoint, otherNationalUser)) {
			mvc.perform(get("/account").with(user(notTheirs)))
				.andExpect(content().string(allOf(not(containsString(TITLE)))));
		}

		step(focalPoint, "return", 2, "Say which act.").andExpect(status().isOk());
		mvc.perform(get("/account").with(user(nationalUser)))
			.andExpect(
					content().string(allOf(containsString(TITLE), containsString("Returned to you: Say which act."))));
		mvc.perform(get("/account").with(user(focalPoint))).andExpect(content().string(not(containsString(TITRE))));
		mvc.perform(get("/account").with(user(otherNationalUser)))
			.andExpect(content().string(not(containsString(TITLE))));
	}

	@Test
	void a_person_chooses_one_mail_a_day_on_the_account_page_and_a_wrong_choice_changes_nothing() throws Exception {
		UserDetails chooser = TestAccounts.in(context)
			.person("chooser@people.test", Grant.of(Role.NATIONAL_USER, CountryCode.of("RWA")));
		mvc.perform(get("/account").with(user(chooser)))
			.andExpect(content()
				.string(allOf(containsString("One mail a day"), containsString("value=\"EACH\" checked"))));
		mvc.perform(post("/account/notices").with(user(chooser)).with(csrf()).param("notices", "WEEKLY"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"notices-error\""),
					containsString("Choose one mail per step or one mail a day."))));
		assertThat(noticesOf(chooser)).isEqualTo("EACH");
		mvc.perform(post("/account/notices").with(csrf()).param("notices", "DAILY"))
			.andExpect(status().is3xxRedirection());
		assertThat(noticesOf(chooser)).isEqualTo("EACH");
		mvc.perform(post("/account/notices").with(user(chooser)).with(csrf()).param("notices", "DAILY"))
			.andExpect(redirectedUrl("/account#notices"));
		assertThat(noticesOf(chooser)).isEqualTo("DAILY");
		mvc.perform(post("/account/notices").with(user(dailyUser)).with(csrf()).param("notices", "DAILY"))
			.andExpect(redirectedUrl("/account#notices"));
	}

	private String noticesOf(UserDetails person) {
		return jdbc.sql("SELECT notices FROM app_user WHERE email = :email")
			.param("email", email(person))
			.query(String.class)
			.single();
	}

	/** Waits until every step of the Tanzanian profile has been through the notices. */
	private void told() {
		long deadline = System.currentTimeMillis() + 15_000;
		while (jdbc
			.sql("""
					SELECT COUNT(*) FROM event_publication
					WHERE completion_date IS NULL AND listener_id LIKE '%RecordNotices%' AND serialized_event LIKE '%TZA%'""")
			.query(Long.class)
			.single() > 0) {
			assertThat(System.currentTimeMillis()).as("the notices are sent in time").isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** The mail's text, decoded (quoted-printable turns "é" into "=C3=A9"). */
	private static String text(MimeMessage message) throws Exception {
		return message.getContent().toString();
	}

	private static String email(UserDetails person) {
		return person.getUsername();
	}

	private ResultActions save(UserDetails who, int version) throws Exception {
		return mvc.perform(
				put("/api/v1/countries/TZA/profile").with(user(who)).contentType(MediaType.APPLICATION_JSON).content("""
						{"version": %d, "focalPoints": [{"name": "Dr Amani", "email": "nfp@example.org"}],
						 "framework": "IN_PLACE"}""".formatted(version)));
	}

	private ResultActions step(UserDetails who, String step, int version, String reason) throws Exception {
		return mvc.perform(post("/api/v1/countries/TZA/profile/" + step).with(user(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content((reason == null) ? "{\"version\": %d}".formatted(version)
					: "{\"version\": %d, \"reason\": \"%s\"}".formatted(version, reason)));
	}

}
