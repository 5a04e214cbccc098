package org.cbcm.initiatives;

import com.icegreen.greenmail.util.GreenMail;
import org.cbcm.identity.internal.NoticeDigests;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Grant;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The people of a country an initiative names are told that it names their country, by
 * name, in the mail of each step and in the daily mail alike; owners and publishers read
 * what concerns them.
 */
@IntegrationTest
class NamedCountryNoticeTests {

	static final String TITLE = "Biosafety laboratories around Lake Victoria";

	static final String DAILY = "daily-named-ken@people.test";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	GreenMail mailServer;

	@Autowired
	NoticeDigests digests;

	UserDetails unepReporter;

	Mailbox mail;

	@BeforeEach
	void people() throws Exception {
		TestAccounts people = TestAccounts.in(context);
		unepReporter = people.holding(Role.ORGANISATION_REPORTER, InitiativeApiTests.UNEP);
		people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("UGA"));
		people.person(DAILY, Grant.of(Role.NATIONAL_USER, CountryCode.of("KEN")));
		jdbc.sql("UPDATE app_user SET notices = 'DAILY' WHERE email = :email").param("email", DAILY).update();
		InitiativeApiTests.clear(jdbc);
		mailServer.purgeEmailFromAllMailboxes();
		mail = new Mailbox(mailServer);
	}

	@Test
	void each_steps_mail_and_the_daily_mail_say_the_initiative_names_the_persons_country() throws Exception {
		String id = RegistryFixtures.in(context).aDraft(unepReporter, InitiativeApiTests.regional(TITLE));
		step(id, "submit", 1, unepReporter);
		String uganda = Mailbox.body(mail.about(TestAccounts.email(Role.NATIONAL_FOCAL_POINT, CountryCode.of("UGA")),
				"Submitted for your country: " + TITLE));
		assertThat(uganda).contains("An initiative that names Uganda was submitted", "say whether Uganda endorses it",
				"/initiatives/" + id);
		step(id, "publish", 2, TestAccounts.in(context).admin());
		String published = Mailbox.body(mail.about(TestAccounts.email(Role.NATIONAL_FOCAL_POINT, CountryCode.of("UGA")),
				"Published for your country: "));
		assertThat(published).contains("An initiative that names Uganda was published");
		// The owner is told as an owner.
		assertThat(Mailbox.body(mail.about(TestAccounts.email(Role.ORGANISATION_REPORTER, InitiativeApiTests.UNEP),
				"Published: " + TITLE)))
			.doesNotContain("An initiative that names");

		waitForNotices(id, 2);
		assertThat(mail.to(DAILY)).as("one mail a day, not yet").isEmpty();
		digests.sendWaiting();
		String digest = Mailbox.body(mail.about(DAILY, "cbcm: "));
		assertThat(digest).contains("An initiative that names Kenya was submitted: \"" + TITLE + "\"",
				"An initiative that names Kenya was published: \"" + TITLE + "\"", "say whether Kenya endorses it",
				"/initiatives/" + id);
		assertThat(digest).doesNotContain("waiting for publication");
	}

	/** Waits until the daily person's notices of both steps are recorded. */
	private void waitForNotices(String id, int steps) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 15_000;
		while (jdbc.sql("""
				SELECT COUNT(*) FROM record_notice n JOIN app_user u ON u.id = n.user_id
				WHERE u.email = :email AND n.record_id = :id""")
			.param("email", DAILY)
			.param("id", id)
			.query(Long.class)
			.single() < steps) {
			assertThat(System.currentTimeMillis()).as("the notices are recorded in time").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	private void step(String id, String transition, int version, UserDetails by) throws Exception {
		mvc.perform(post("/api/v1/initiatives/" + id + "/" + transition).with(user(by))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}")).andExpect(status().isOk());
	}

}
