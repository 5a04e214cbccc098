package org.cbcm.directory;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.support.Accessibility;
import org.cbcm.support.Browser;
import org.cbcm.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A national user proposes a donor missing from the directory, first with an IATI
 * identifier of the wrong form; the Secretariat finds it among the proposals and
 * publishes it; a visitor then finds it in the directory. Each page is checked with
 * axe-core and saved as a screenshot.
 */
@BrowserTest
class OrganisationJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	BrowserContext reporter;

	BrowserContext administrator;

	@BeforeEach
	void browsers() {
		clear();
		reporter = Browser.newContext(true);
		administrator = Browser.newContext(true);
	}

	@AfterEach
	void close() {
		reporter.close();
		administrator.close();
		clear();
	}

	private void clear() {
		jdbc.sql("DELETE FROM record_revision WHERE record_kind = 'organisation'").update();
		jdbc.sql("DELETE FROM record_registry WHERE record_kind = 'organisation'").update();
		jdbc.sql("DELETE FROM organisation WHERE reference_key IS NULL").update();
	}

	@Test
	void a_national_user_proposes_a_donor_and_the_secretariat_publishes_it() {
		TestAccounts.in(context).holding(Role.NATIONAL_USER, CountryCode.of("KEN"));
		Page user = reporter.newPage();
		Browser.signIn(user, url("/login"), TestAccounts.email(Role.NATIONAL_USER, CountryCode.of("KEN")),
				TestAccounts.PASSWORD);
		user.navigate(url("/organisations"));
		user.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Propose an organisation")).click();
		assertThat(user.locator("h1")).hasText("Propose an organisation");
		Browser.checked(user, "30-organisation-propose");
		user.getByLabel("Name").fill("Fondation Biosécurité Sahel");
		user.getByLabel("Acronym").fill("FBS");
		user.getByLabel("Type").selectOption("NGO");
		user.getByLabel("Seat (country)").selectOption("SEN");
		user.getByLabel("IATI organisation identifier").fill("41114");
		user.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose to the Secretariat")).click();
		assertThat(user.locator("#iatiIdentifier-error")).containsText("is not an IATI organisation identifier");
		assertThat(user.getByLabel("Name")).hasValue("Fondation Biosécurité Sahel");
		Browser.checked(user, "31-organisation-propose-error");
		user.getByLabel("IATI organisation identifier").fill("SN-RC-2019-B-12345");
		user.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose to the Secretariat")).click();
		assertThat(user.locator("main")).containsText("the organisation is proposed to the Secretariat");
		assertThat(user.locator("main")).not().containsText("Fondation Biosécurité Sahel");

		Page admin = administrator.newPage();
		Browser.signIn(admin, url("/login"), "admin@cbcm.test", "Secretariat-Key-2026!");
		admin.navigate(url("/organisations"));
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Proposals to review")).click();
		assertThat(admin.locator("article.proposal")).containsText("Fondation Biosécurité Sahel (FBS)");
		Browser.checked(admin, "32-organisation-proposals");
		admin.locator("article.proposal")
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Publish"))
			.click();
		assertThat(admin.locator("main")).containsText("The organisation is published");
		assertThat(admin.locator("h1")).hasText("Fondation Biosécurité Sahel");
		assertThat(admin.locator(".organisation-workflow")).containsText("Published");
		Browser.checked(admin, "33-organisation-published");
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the organisation")).click();
		assertThat(admin.getByLabel("Name")).hasValue("Fondation Biosécurité Sahel");
		Browser.checked(admin, "34-organisation-edit");

		user.navigate(url("/organisations?q=Sahel"));
		assertThat(user.locator("main")).containsText("Fondation Biosécurité Sahel");
		user.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fondation Biosécurité Sahel")).click();
		assertThat(user.locator("main")).containsText("SN-RC-2019-B-12345");
		assertThat(user.locator(".organisation-workflow")).hasCount(0);
		Browser.checked(user, "35-organisation-public");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
