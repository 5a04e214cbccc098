package org.cbcm.roster;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.records.Transition;
import org.cbcm.roster.internal.ExpertManagement;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.Browser;
import org.cbcm.support.BrowserTest;
import org.cbcm.support.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Kenya's focal point nominates an expert in a real browser: a refused form keeps what
 * she typed with the fault beside its field; the nomination then shows as a draft in
 * Kenya's list, with the caps; the Secretariat's queue shows a submitted nomination; the
 * expert follows the invitation from the mail, sets a password and reaches their own
 * record through the menu. Every nomination page passes the accessibility check, in
 * Arabic (right to left) as well as English.
 */
@BrowserTest
class NominationBrowserTests {

	static final CountryCode KENYA = CountryCode.of("KEN");

	@LocalServerPort
	int port;

	@Autowired
	GreenMail mailServer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ExpertManagement experts;

	BrowserContext focalPoint;

	BrowserContext secretariat;

	BrowserContext expert;

	@BeforeEach
	void browsers() {
		RosterFixtures.clear(jdbc);
		TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, KENYA);
		focalPoint = Browser.newContext(true);
		secretariat = Browser.newContext(true);
		expert = Browser.newContext(true);
	}

	@AfterEach
	void close() {
		jdbc.sql("UPDATE app_user SET language = 'en' WHERE email IN (:people)")
			.param("people", java.util.List.of(TestAccounts.email(Role.NATIONAL_FOCAL_POINT, KENYA), "admin@cbcm.test"))
			.update();
		focalPoint.close();
		secretariat.close();
		expert.close();
	}

	@Test
	void the_focal_point_nominates_an_expert_who_follows_the_invitation_to_their_record() {
		String email = RosterFixtures.freshEmail("achieng");
		Page nfp = focalPoint.newPage();
		Browser.signIn(nfp, url("/login?lang=en"), TestAccounts.email(Role.NATIONAL_FOCAL_POINT, KENYA),
				TestAccounts.PASSWORD);
		nfp.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Experts nominated")).click();
		assertThat(nfp.locator("h1")).hasText("Experts nominated by Kenya");
		assertThat(nfp.locator("#caps-country")).containsText("0 experts listed for the country, of at most 50.");
		Browser.checked(nfp, "roster-10-nominations-empty");
		nfp.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nominate an expert")).click();
		nfp.getByLabel("Given name").fill("Achieng");
		nfp.getByLabel("Email").fill(email);
		nfp.getByLabel("Language of the expert's pages and mails").selectOption("fr");
		Browser.checked(nfp, "roster-11-nominate");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nominate and invite")).click();
		assertThat(nfp.locator("#familyName-error")).hasText("Please fill in this field.");
		assertThat(nfp.getByLabel("Given name")).hasValue("Achieng");
		assertThat(nfp.getByLabel("Email")).hasValue(email);
		Browser.checked(nfp, "roster-12-nominate-refused");
		nfp.getByLabel("Family name").fill("Otieno");
		nfp.getByLabel("Language of the expert's pages and mails").selectOption("en");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nominate and invite")).click();
		assertThat(nfp.locator("main")).containsText("The expert is nominated: the invitation is sent by mail");
		assertThat(nfp.locator("#nominations")).containsText("Achieng Otieno");
		assertThat(nfp.locator("#nominations")).containsText("Draft");
		assertThat(nfp.locator("#nominations")).containsText("3 of 9 requirements met");
		Browser.checked(nfp, "roster-13-nominated");
		nfp.navigate(url("/countries/KEN/experts?lang=ar"));
		assertThat(nfp.locator("html")).hasAttribute("dir", "rtl");
		Browser.checked(nfp, "roster-14-nominations-ar");
		nfp.navigate(url("/countries/KEN/experts/nominate?lang=ar"));
		Browser.checked(nfp, "roster-15-nominate-ar");
		nfp.navigate(url("/countries/KEN/experts?lang=en"));

		// Another nomination, complete and submitted, waits in the Secretariat's queue.
		Viewer kenya = TestAccounts.viewerOf(TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, KENYA));
		ExpertId submitted = experts.nominate(KENYA,
				new ExpertManagement.Nomination("Wanjiru", "Kamau", RosterFixtures.freshEmail("wanjiru"), "en"), kenya)
			.expert();
		experts.save(submitted, 1, RosterFixtures.complete("Wanjiru", "Kamau", "wanjiru@experts.test", KENYA), null,
				kenya);
		experts.move(submitted, 2, Transition.SUBMIT, null, kenya);
		Page admin = secretariat.newPage();
		Browser.signIn(admin, url("/login?lang=en"), "admin@cbcm.test", "Secretariat-Key-2026!");
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Roster nominations")).click();
		assertThat(admin.locator("main table")).containsText("Wanjiru Kamau");
		assertThat(admin.locator("main table")).containsText("Kenya");
		assertThat(admin.locator("main table")).containsText("9 of 9 requirements met");
		assertThat(admin.locator("main table")).not().containsText("Achieng");
		Browser.checked(admin, "roster-16-queue");
		admin.navigate(url("/roster/nominations?status=DRAFT&lang=ar"));
		Browser.checked(admin, "roster-17-queue-ar");
		admin.navigate(url("/roster/nominations?lang=en"));

		// The expert follows the invitation and finds their own record.
		String link = Mailbox.linkPath(new Mailbox(mailServer).about(email, "Your invitation"), "/invitations/");
		Page person = expert.newPage();
		person.navigate(url(link + "?lang=en"));
		assertThat(person.locator("h1")).hasText("Welcome, Achieng Otieno");
		person.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("Kisumu-Biosafety-2026");
		person.getByLabel("New password again").fill("Kisumu-Biosafety-2026");
		person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
		assertThat(person.locator("main")).containsText("Your password is set.");
		Browser.signIn(person, url("/login"), email, "Kisumu-Biosafety-2026");
		ExpertId own = experts.own(TestAccounts
			.viewerOf(context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
				.loadUserByUsername(email)))
			.orElseThrow();
		person.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My roster record")).click();
		// The record's page is another helper's; the menu leads to its address.
		org.assertj.core.api.Assertions.assertThat(person.url()).endsWith("/roster/experts/" + own);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
