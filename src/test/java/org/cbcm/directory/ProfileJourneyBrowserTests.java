package org.cbcm.directory;

import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.cbcm.support.Accessibility;
import org.cbcm.support.Browser;
import org.cbcm.support.BrowserTest;
import org.cbcm.support.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story of issue 3 in a real browser: the administrator invites Kenya's focal point
 * by mail; she sets her password from the link, writes and publishes Kenya's profile,
 * changes it, reads its history and a comparison; a colleague's save meanwhile makes her
 * next save stale, which is refused without losing what she typed; and the public reads
 * the published profile.
 */
@BrowserTest
class ProfileJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	GreenMail mailServer;

	@Autowired
	JdbcClient jdbc;

	BrowserContext administrator;

	BrowserContext focalPoint;

	BrowserContext visitor;

	@BeforeEach
	void browsers() {
		jdbc.sql("DELETE FROM country_party_status").update();
		jdbc.sql("DELETE FROM country_profile WHERE country_code = 'KEN'").update();
		jdbc.sql("DELETE FROM record_revision WHERE record_id = 'KEN'").update();
		jdbc.sql("DELETE FROM record_registry WHERE record_id = 'KEN'").update();
		administrator = Browser.newContext(true);
		focalPoint = Browser.newContext(true);
		visitor = Browser.newContext(true);
	}

	@AfterEach
	void close() {
		jdbc.sql("DELETE FROM country_party_status").update();
		administrator.close();
		focalPoint.close();
		visitor.close();
	}

	@Test
	void an_invited_focal_point_publishes_the_profile_and_a_stale_save_keeps_her_input() {
		String email = "wanjiku." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";

		Page admin = administrator.newPage();
		Browser.signIn(admin, url("/login"), "admin@cbcm.test", "Secretariat-Key-2026!");
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users").setExact(true)).click();
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New user")).click();
		admin.getByLabel("Email").fill(email);
		admin.getByLabel("Name").fill("Wanjiku Mwangi");
		admin.getByLabel("Role").selectOption("NATIONAL_FOCAL_POINT");
		admin.getByLabel("Country").selectOption("KEN");
		Browser.checked(admin, "10-admin-new-user");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create and invite")).click();
		assertThat(admin.locator("main")).containsText("The invitation is sent by mail.");
		assertThat(admin.locator("h1")).hasText("Wanjiku Mwangi");
		Browser.checked(admin, "11-admin-user-invited");

		String link = Mailbox.linkPath(new Mailbox(mailServer).last(email), "/invitations/");
		Page nfp = focalPoint.newPage();
		nfp.navigate(url(link));
		assertThat(nfp.locator("h1")).hasText("Welcome, Wanjiku Mwangi");
		nfp.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("Nairobi-Biosafety-2026");
		nfp.getByLabel("New password again").fill("Nairobi-Biosafety-2026");
		Browser.checked(nfp, "12-invitation-set-password");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
		assertThat(nfp.locator("main")).containsText("Your password is set.");
		Browser.signIn(nfp, url("/login"), email, "Nairobi-Biosafety-2026");

		nfp.navigate(url("/countries/KEN"));
		assertThat(nfp.locator("#profile")).containsText("No profile yet. Start one");
		assertThat(nfp.locator("#profile")).not().containsText("Submit to the focal point");
		Browser.checked(nfp, "12b-profile-start");
		nfp.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start the profile")).click();
		nfp.locator("#focalPoints-0-name").fill("Wanjiku Mwangi");
		nfp.locator("#focalPoints-0-institution").fill("Ministry of Environment and Forestry");
		nfp.locator("#focalPoints-0-email").fill("focal.point@environment.example");
		nfp.locator("#authorities-0-name").fill("National Biosafety Authority");
		nfp.getByLabel("National biosafety framework in place (14(e))").selectOption("IN_PLACE");
		nfp.getByLabel("National capacity-building coordination mechanism (14(k))").selectOption("BEING_ESTABLISHED");
		nfp.locator("#website").fill("https://www.biosafetykenya.example");
		Browser.checked(nfp, "13-profile-edit");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();
		assertThat(nfp.locator("main")).containsText("The draft is saved.");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
		assertThat(nfp.locator("main")).containsText("The profile is published.");
		Browser.checked(nfp, "14-profile-published");

		// The focal point's own page: how mails about records come, and what waits.
		nfp.navigate(url("/account"));
		assertThat(nfp.locator("main")).containsText("Mails about records");
		assertThat(nfp.locator("main")).containsText("Nothing waits for you.");
		nfp.getByLabel("One mail a day, listing the day's steps").check();
		Browser.checked(nfp, "14b-account-mails-and-work");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the choice of mails")).click();
		assertThat(nfp.locator("main")).containsText("Your choice of mails is saved.");
		nfp.navigate(url("/countries/KEN"));

		nfp.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the profile")).click();
		nfp.locator("#focalPoints-0-email").fill("wanjiku.mwangi@environment.example");
		nfp.locator("#comment").fill("New address of the focal point");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();
		nfp.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History")).click();
		assertThat(nfp.locator("tbody tr")).hasCount(3);
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare")).click();
		assertThat(nfp.locator("table.diff")).containsText("National focal point 1: Email");
		assertThat(nfp.locator("table.diff del")).hasText("focal.point@environment.example");
		assertThat(nfp.locator("table.diff ins")).hasText("wanjiku.mwangi@environment.example");
		Browser.checked(nfp, "15-profile-history-diff");

		// Two editors at once: the focal point opens the form, the Secretariat saves
		// first.
		nfp.navigate(url("/countries/KEN/profile/edit"));
		admin.navigate(url("/countries/KEN/profile/edit"));
		admin.locator("#authorities-0-institution").fill("Ministry of Agriculture");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();
		assertThat(admin.locator("main")).containsText("The draft is saved.");
		nfp.locator("#focalPoints-0-institution").fill("State Department for Environment");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();
		assertThat(nfp.locator(".conflict")).containsText("Somebody else saved this profile while you were editing it");
		assertThat(nfp.locator(".conflict")).containsText("Ministry of Agriculture");
		assertThat(nfp.locator("#focalPoints-0-institution")).hasValue("State Department for Environment");
		Browser.checked(nfp, "16-profile-conflict");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();
		assertThat(nfp.locator("main")).containsText("The draft is saved.");

		Page anyone = visitor.newPage();
		anyone.navigate(url("/countries/KEN"));
		assertThat(anyone.locator("#profile")).containsText("focal.point@environment.example");
		assertThat(anyone.locator("#profile")).not().containsText("wanjiku.mwangi@environment.example");
		assertThat(anyone.locator("#profile")).not().containsText("Edit the profile");
		Browser.checked(anyone, "17-public-profile");
		assertThat(anyone.locator("#profile .contact").first()).containsText("Ministry of Environment and Forestry");
	}

	@Test
	void the_secretariat_corrects_the_party_list_and_the_public_reads_the_change() {
		Page admin = administrator.newPage();
		Browser.signIn(admin, url("/login"), "admin@cbcm.test", "Secretariat-Key-2026!");
		admin.navigate(url("/countries/SSD"));
		admin
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Record a change of status under the Protocol"))
			.click();
		admin.getByLabel("New status").selectOption("PARTY");
		admin.getByLabel("Holds from").fill("2024-03-01");
		admin.getByLabel("Instrument").selectOption("WITHDRAWAL");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the change")).click();
		assertThat(admin.locator("#instrument-error")).containsText("cannot lead to the status PARTY");
		assertThat(admin.locator("#source-error")).containsText("Say where the change is documented");
		Browser.checked(admin, "20-party-status-refused");
		admin.getByLabel("Instrument").selectOption("ACCESSION");
		admin.getByLabel("Source").fill("https://treaties.un.org/doc/Publication/CN/2024/CN.1.2024-Eng.pdf");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the change")).click();
		assertThat(admin.locator("main")).containsText("The change of status is recorded.");
		Browser.checked(admin, "21-party-status-recorded");

		Page anyone = visitor.newPage();
		anyone.navigate(url("/countries/SSD"));
		assertThat(anyone.locator("main dl").first()).containsText("Party since");
		assertThat(anyone.locator("tr.status-change")).containsText("Accession");
		assertThat(anyone.locator("main")).not().containsText("Record a change of status");
		Browser.checked(anyone, "22-party-status-public");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
