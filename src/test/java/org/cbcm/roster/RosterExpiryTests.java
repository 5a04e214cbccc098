package org.cbcm.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.Transition;
import org.cbcm.roster.internal.ExpertManagement;
import org.cbcm.roster.internal.ExpertStore;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Grant;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * A listing lapses four years after the record's last update (decision BS-IV/4), driven
 * by the days that pass, published here as Modulith's {@link DayHasPassed}: the expert
 * and the nominating Party's focal point are reminded three months and one month before,
 * each reminder once however often a day is published, each in their own language; on the
 * day the expert leaves the roster and {@link ExpertLapsed} is published, while the
 * record and its history stay; listing the record again restores it with a new four
 * years. The listing's last day is moved near today in the table, as if the years had
 * passed, so that the days published touch no other test's experts.
 */
@IntegrationTest
class RosterExpiryTests {

	/** Benin: a French-speaking Party whose focal point reads French mails. */
	static final CountryCode BENIN = CountryCode.of("BEN");

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	ExpertManagement experts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	GreenMail mailServer;

	@Autowired
	UserDetailsService details;

	final List<Object> heard = new CopyOnWriteArrayList<>();

	/** Hears the roster's events as another module would. */
	final ApplicationListener<ApplicationEvent> listener = event -> {
		if (event instanceof PayloadApplicationEvent<?> payload
				&& (payload.getPayload() instanceof ExpertLapsed || payload.getPayload() instanceof ExpertListed)) {
			heard.add(payload.getPayload());
		}
	};

	UserDetails focalPoint;

	Viewer nfp;

	Viewer secretariat;

	@BeforeEach
	void listen() {
		RosterFixtures.clear(jdbc);
		TestAccounts people = TestAccounts.in(context);
		focalPoint = people.person("nfp-fr-ben@people.test", Grant.of(Role.NATIONAL_FOCAL_POINT, BENIN));
		people.chooseLanguage(focalPoint, Locale.FRENCH);
		nfp = TestAccounts.viewerOf(details.loadUserByUsername(focalPoint.getUsername()));
		secretariat = TestAccounts.viewerOf(people.admin());
		((ConfigurableApplicationContext) context).addApplicationListener(listener);
	}

	@AfterEach
	void stop() {
		((ConfigurableApplicationContext) context).removeApplicationListener(listener);
	}

	@Test
	void the_expert_and_the_focal_point_are_reminded_once_each_then_the_listing_lapses_and_listing_again_restores_it()
			throws Exception {
		LocalDate today = LocalDate.now();
		String email = RosterFixtures.freshEmail("fatou");
		ExpertId id = experts.nominate(BENIN, new ExpertManagement.Nomination("Fatou", "Adjovi", email, "en"), nfp)
			.expert();
		int version = experts.save(id, 1, RosterFixtures.complete("Fatou", "Adjovi", email, BENIN), null, nfp);
		version = experts.move(id, version, Transition.SUBMIT, null, nfp);
		version = experts.move(id, version, Transition.PUBLISH, null, secretariat);
		assertThat(listing(id).listed()).isTrue();
		assertThat(listing(id).expiresOn()).isEqualTo(today.plusYears(4));
		assertThat(heard).containsExactly(new ExpertListed(id, BENIN,
				java.util.Set.copyOf(RosterFixtures.complete("Fatou", "Adjovi", email, BENIN).expertise()),
				today.plusYears(4)));

		// As if the four years had nearly passed: the listing lapses in three months.
		LocalDate lapses = today.plusMonths(3);
		jdbc.sql("UPDATE roster_expert SET expires_on = :day WHERE id = :id")
			.param("day", lapses)
			.param("id", id.value())
			.update();
		mailServer.purgeEmailFromAllMailboxes();
		Mailbox mail = new Mailbox(mailServer);

		// Three months before, published twice (two nodes, say): one reminder each.
		dayBefore(lapses.minusMonths(3));
		dayBefore(lapses.minusMonths(3));
		MimeMessage toExpert = mail.about(email, "Roster listing lapses on");
		assertThat(Mailbox.body(toExpert)).contains("/roster/experts/" + id).contains("decision BS-IV/4");
		MimeMessage toFocalPoint = mail.about(focalPoint.getUsername(), "L’inscription au fichier d’experts expire le");
		assertThat(Mailbox.body(toFocalPoint)).contains("Fatou Adjovi").contains("/roster/experts/" + id);
		Thread.sleep(500);
		assertThat(Mailbox.about(mail.to(email), "Roster listing lapses on")).hasSize(1);
		assertThat(Mailbox.about(mail.to(focalPoint.getUsername()), "L’inscription")).hasSize(1);

		// One month before, published twice too: the second reminder, once each.
		dayBefore(lapses.minusMonths(1));
		dayBefore(lapses.minusMonths(1));
		waitForMails(email, 2);
		Thread.sleep(500);
		assertThat(Mailbox.about(mail.to(email), "Roster listing lapses on")).hasSize(2);
		assertThat(Mailbox.about(mail.to(focalPoint.getUsername()), "L’inscription")).hasSize(2);
		assertThat(listing(id).listed()).as("still listed the day before").isTrue();

		// On the day: the listing lapses, once, and the record and its history stay.
		heard.clear();
		dayBefore(lapses);
		dayBefore(lapses);
		ExpertStore.Listing lapsed = listing(id);
		assertThat(lapsed.listed()).isFalse();
		assertThat(lapsed.lapsedOn()).isEqualTo(lapses);
		assertThat(heard).containsExactly(new ExpertLapsed(id, BENIN, lapses));
		assertThat(experts.view(id, secretariat).status()).isEqualTo(RecordStatus.PUBLISHED);
		assertThat(experts.history(id, secretariat)).hasSizeGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM roster_expert_expertise WHERE expert_id = :id")
			.param("id", id.value())
			.query(Integer.class)
			.single()).as("out of searches").isZero();
		mvc.perform(get("/countries/BEN/experts").with(user(focalPoint)))
			.andExpect(content().string(containsString("Inscription expirée le " + lapses)));

		// Listed again: the focal point updates and submits, the Secretariat lists.
		heard.clear();
		version = experts.save(id, version, RosterFixtures.complete("Fatou", "Adjovi", email, BENIN,
				"Now also advises on socio-economic considerations."), "Re-nominated", nfp);
		version = experts.move(id, version, Transition.SUBMIT, null, nfp);
		experts.move(id, version, Transition.PUBLISH, null, secretariat);
		ExpertStore.Listing again = listing(id);
		assertThat(again.listed()).isTrue();
		assertThat(again.expiresOn()).as("a new four years").isEqualTo(today.plusYears(4));
		assertThat(again.lapsedOn()).isNull();
		assertThat(heard).hasSize(1).first().isInstanceOf(ExpertListed.class);
	}

	/** The day before the one given has passed: the day given begins. */
	private void dayBefore(LocalDate day) {
		events.publishEvent(DayHasPassed.of(day.minusDays(1)));
	}

	private void waitForMails(String email, int count) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 5000;
		while (Mailbox.about(new Mailbox(mailServer).to(email), "Roster listing lapses on").size() < count
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
	}

	private ExpertStore.Listing listing(ExpertId id) {
		return experts.listings(List.of(id)).get(id);
	}

}
