package org.cbcm.exchange;

import java.nio.file.Path;
import java.nio.file.Paths;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.cbcm.support.Browser;
import org.cbcm.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The Secretariat imports a publisher's IATI file in a real browser: a file that is not
 * XML is refused with the reason beside the field; the file's preview says what it holds
 * and which activities the rule keeps and why; the proposed key elements are accepted;
 * the import runs with its progress shown until its report, and the initiatives are in
 * the registry; running it again changes nothing. Every page passes the accessibility
 * check.
 */
@BrowserTest
class ImportJourneyBrowserTests {

	static final Path FILE = Paths.get("src/test/resources/iati/import-unep-2.03.xml");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	BrowserContext secretariat;

	@BeforeEach
	void browsers() {
		jdbc.sql("DELETE FROM exchange_import").update();
		jdbc.sql("DELETE FROM exchange_classification").update();
		jdbc.sql("DELETE FROM initiative WHERE id IN (SELECT initiative_id FROM initiative_source)").update();
		secretariat = Browser.newContext(true);
	}

	@AfterEach
	void close() {
		secretariat.close();
	}

	@Test
	void the_secretariat_previews_chooses_and_imports_a_publishers_biosafety_activities() {
		Page page = secretariat.newPage();
		Browser.signIn(page, url("/login"), "admin@cbcm.test", "Secretariat-Key-2026!");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Imports").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Imports");
		Browser.checked(page, "80-imports");

		page.getByLabel("IATI activity file")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("notes.xml", "application/xml",
					"these are not activities".getBytes()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the file")).click();
		assertThat(page.locator("#file-error")).containsText("cannot be read as IATI XML");
		Browser.checked(page, "81-import-refused");

		page.getByLabel("IATI activity file").setInputFiles(FILE);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the file")).click();
		assertThat(page.locator("h1")).hasText("Import of import-unep-2.03.xml");
		assertThat(page.locator("main")).containsText("3 of 4 activities kept by the rule; 3 chosen for import.");
		assertThat(page.locator("#activities")).containsText("Detection laboratories for LMOs in Ghana");
		assertThat(page.locator("#activities")).not().containsText("Solar mini-grids");
		assertThat(page.locator("#activities")).containsText("for the words: ");
		Browser.checked(page, "82-import-preview");

		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Accept the proposed key elements of the 2 chosen activities"))
			.click();
		assertThat(page.locator("main")).containsText("2 activities were given their proposed key elements.");
		page.getByLabel("Publish the initiatives at once").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 3 activities")).click();
		assertThat(page.locator("#report-title"))
			.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		assertThat(page.locator("main")).containsText("National Biosafety Authority of Kenya");
		assertThat(page.locator("main")).containsText("Currency XYZ is not an ISO 4217 code");
		Browser.checked(page, "83-import-report");

		page.navigate(url("/initiatives?q=Kenya+and+Uganda"));
		assertThat(page.locator("main")).containsText("Implementing national biosafety frameworks in Kenya and Uganda");

		page.navigate(url("/exchange/imports"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("import-unep-2.03.xml")).first().click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run the import again for 3 activities"))
			.click();
		assertThat(page.locator("#report-title"))
			.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		assertThat(page.locator("#report-title + dl")).containsText("Initiatives unchanged");
		assertThat(page.locator("#report-title ~ dl dd").nth(2)).hasText("3");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
