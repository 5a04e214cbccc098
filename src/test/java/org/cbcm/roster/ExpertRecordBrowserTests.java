package org.cbcm.roster;

import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.roster.internal.ExpertManagement;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
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
 * An expert's nomination in a real browser: Kenya's focal point nominates an expert, who
 * sets a password from the invitation, fills the nomination form (a bad ORCID iD is shown
 * beside its field first) and saves it; the focal point submits it; the Secretariat sees
 * the checklist, returns it once, then lists it; a visitor sees the public view without
 * the contact. The record page, the form and the history pass axe.
 */
@BrowserTest
class ExpertRecordBrowserTests {

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

	BrowserContext expertBrowser;

	BrowserContext focalPointBrowser;

	BrowserContext secretariatBrowser;

	BrowserContext visitorBrowser;

	@BeforeEach
	void browsers() {
		ExpertRecordTests.clear(jdbc);
		expertBrowser = Browser.newContext(true);
		focalPointBrowser = Browser.newContext(true);
		secretariatBrowser = Browser.newContext(true);
		visitorBrowser = Browser.newContext(true);
	}

	@AfterEach
	void close() {
		expertBrowser.close();
		focalPointBrowser.close();
		secretariatBrowser.close();
		visitorBrowser.close();
	}

	@Test
	void the_expert_fills_the_form_the_focal_point_submits_the_secretariat_returns_then_lists() {
		String focalPointEmail = TestAccounts.in(context)
			.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"))
			.getUsername();
		String email = "zawadi-" + UUID.randomUUID().toString().substring(0, 8) + "@experts.test";
		ExpertId id = experts
			.nominate(CountryCode.of("KEN"), new ExpertManagement.Nomination("Zawadi", "Kamau", email, "en"),
					TestAccounts
						.viewerOf(TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"))))
			.expert();
		String record = "/roster/experts/" + id;

		// The expert sets a password from the invitation and fills the form.
		Page expert = expertBrowser.newPage();
		expert.navigate(url(Mailbox.linkPath(new Mailbox(mailServer).last(email), "/invitations/")));
		expert.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("Zawadi-Biosafety-2026");
		expert.getByLabel("New password again").fill("Zawadi-Biosafety-2026");
		expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
		Browser.signIn(expert, url("/login"), email, "Zawadi-Biosafety-2026");
		expert.navigate(url(record));
		assertThat(expert.locator("h1")).hasText("Zawadi Kamau");
		assertThat(expert.locator(".expert-checklist")).containsText("Not met:");
		Browser.checked(expert, "roster-01-expert-record-draft");
		expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the nomination form")).click();
		Browser.checked(expert, "roster-02-expert-form");
		expert.locator("#profile").fill(ExpertFixtures.PROFILE);
		expert.locator("#nationalities").selectOption("KEN");
		expert.locator("#gender").selectOption("WOMAN");
		expert.locator("#yearOfBirth").fill("1980");
		expert.locator("#currentJob-organisation").fill("Kenya Plant Health Inspectorate Service");
		expert.locator("#currentJob-department").fill("Biosafety");
		expert.locator("#currentJob-title").fill("Senior inspector");
		expert.locator("#currentJob-type").selectOption("GOVERNMENT");
		expert.locator("#currentJob-start").fill("2016-04");
		expert.locator("#currentJob-responsibilities").fill("Inspects imports of living modified organisms.");
		expert.locator("#degrees-0-level").selectOption("MASTER");
		expert.locator("#degrees-0-subject").fill("Plant pathology");
		expert.getByLabel("Detection and identification of LMOs").check();
		expert.locator("#motherTongue").selectOption("sw");
		expert.locator("#languages-0-language").selectOption("en");
		expert.locator("#languages-0-level").selectOption("EXCELLENT");
		expert.locator("#orcid").fill("0000-0002-1825-0098");
		expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(expert.locator("#orcid-error")).containsText("check digit");
		assertThat(expert.locator("#profile")).hasValue(ExpertFixtures.PROFILE);
		Browser.checked(expert, "roster-03-expert-form-error");
		expert.locator("#orcid").fill("0000-0002-1825-0097");
		expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(expert.locator(".alert-success")).containsText("The nomination form is saved.");
		assertThat(expert.locator(".expert-checklist")).containsText("All minimum requirements are met.");

		// Kenya's focal point submits it.
		Page focalPoint = focalPointBrowser.newPage();
		Browser.signIn(focalPoint, url("/login"), focalPointEmail, TestAccounts.PASSWORD);
		focalPoint.navigate(url(record));
		focalPoint.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the nomination")).click();
		assertThat(focalPoint.locator(".alert-success")).containsText("submitted to the Secretariat");

		// The Secretariat sees the checklist, returns it once, then lists it.
		Page secretariat = secretariatBrowser.newPage();
		Browser.signIn(secretariat, url("/login"), "admin@cbcm.test", "Secretariat-Key-2026!");
		secretariat.navigate(url(record));
		assertThat(secretariat.locator(".expert-checklist")).containsText("At least one degree");
		assertThat(secretariat.locator(".expert-contact")).containsText(email);
		secretariat.getByLabel("Why it goes back").fill("Please add your publications.");
		secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Return with reasons")).click();
		assertThat(secretariat.locator(".expert-returned")).containsText("Please add your publications.");

		focalPoint.navigate(url(record));
		focalPoint.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the nomination")).click();
		secretariat.navigate(url(record));
		secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("List on the roster")).click();
		assertThat(secretariat.locator(".alert-success")).containsText("The expert is listed on the roster.");
		assertThat(secretariat.locator(".expert-listing")).containsText("Listed on the roster since");
		Browser.checked(secretariat, "roster-04-expert-record-listed");
		secretariat.navigate(url(record + "/history"));
		Browser.checked(secretariat, "roster-05-expert-history");

		// A visitor: the consented parts, never the contact.
		Page visitor = visitorBrowser.newPage();
		visitor.navigate(url(record));
		assertThat(visitor.locator("h1")).hasText("Zawadi Kamau");
		assertThat(visitor.locator("main")).containsText("Detection and identification of LMOs");
		assertThat(visitor.locator("main")).not().containsText(email);
		assertThat(visitor.locator("main")).not().containsText("Senior inspector");
		Browser.checked(visitor, "roster-06-expert-public");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
