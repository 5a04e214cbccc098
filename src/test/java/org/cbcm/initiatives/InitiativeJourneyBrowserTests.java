package org.cbcm.initiatives;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cbcm.identity.internal.TestAccounts;
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
 * The story of issue 4 in a real browser: the Secretariat sets a rate of the euro; a UNEP
 * reporter registers a two-country initiative that Norway funds, checks it against the
 * registry and submits it; the Secretariat publishes it from its queue; the public finds
 * it by text and by facet, reads it with its US dollars, and sees it on the map and on
 * the country, donor and key-element pages.
 */
@BrowserTest
class InitiativeJourneyBrowserTests {

	static final String TITLE = "Regional training in risk assessment of living modified organisms";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	String reporterEmail;

	BrowserContext secretariat;

	BrowserContext reporter;

	BrowserContext visitor;

	@BeforeEach
	void browsers() {
		InitiativeApiTests.clear(jdbc);
		TestAccounts.in(context).holding(Role.ORGANISATION_REPORTER, InitiativeApiTests.UNEP);
		reporterEmail = TestAccounts.email(Role.ORGANISATION_REPORTER, InitiativeApiTests.UNEP);
		secretariat = Browser.newContext(true);
		reporter = Browser.newContext(true);
		visitor = Browser.newContext(true);
	}

	@AfterEach
	void close() {
		secretariat.close();
		reporter.close();
		visitor.close();
	}

	@Test
	void a_reporter_registers_it_the_secretariat_publishes_it_and_the_public_finds_it_everywhere() throws Exception {
		Page admin = secretariat.newPage();
		Browser.signIn(admin, url("/login"), "admin@cbcm.test", "Secretariat-Key-2026!");
		link(admin, "Exchange rates").click();
		admin.getByLabel("Currency (ISO 4217)").fill("EUR");
		admin.getByLabel("Year").fill("2025");
		admin.getByLabel("US dollars per unit").fill("abc");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the rate")).click();
		assertThat(admin.locator("#usdPerUnit-error")).hasText("'abc' is not a number.");
		admin.getByLabel("US dollars per unit").fill("1.08");
		admin.getByLabel("Source").fill("IMF, yearly average");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the rate")).click();
		assertThat(admin.locator("main")).containsText("The rate is saved");
		assertThat(admin.locator("main table")).containsText("1.08");
		Browser.checked(admin, "40-exchange-rates");

		Page writer = reporter.newPage();
		Browser.signIn(writer, url("/login"), reporterEmail, TestAccounts.PASSWORD);
		link(writer, "My initiatives").click();
		writer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register an initiative")).click();
		writer.getByLabel("Title (needed)").fill(TITLE);
		writer.getByLabel("Project number").fill("UNEP-BS-2025-07");
		writer.locator("#type").selectOption("PROJECT");
		writer.locator("#implementation").selectOption("ONGOING");
		writer.locator("#schedule-plannedStart").fill("2025-03-01");
		writer.locator("#schedule-plannedEnd").fill("2027-12-31");
		writer.locator("#geography-scope").selectOption("SUB_REGIONAL");
		writer.getByLabel("Country 1").selectOption("KEN");
		writer.locator("#geography-countries-0-percentage").fill("60");
		writer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a row for a country")).click();
		writer.getByLabel("Country 2").selectOption("UGA");
		writer.getByLabel("Organisation 1")
			.selectOption(new SelectOption().setLabel("Norwegian Agency for Development Cooperation"));
		writer.locator("#participants-0-role").selectOption("DONOR");
		writer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a row for an organisation")).click();
		writer.getByLabel("Organisation 2")
			.selectOption(new SelectOption().setLabel("United Nations Environment Programme"));
		writer.locator("#participants-1-role").selectOption("IMPLEMENTING_AGENCY");
		writer.locator("#funding-totalBudget").fill("1200000");
		writer.locator("#funding-currency").fill("EUR");
		writer.locator("#funding-source").selectOption("13(d)(iv)");
		writer.locator("#funding-type").selectOption("GRANT");
		writer.locator("#element-12-c").check();
		writer.locator("#element-12-b").check();
		writer.getByLabel(Pattern.compile("^14\\(b\\)")).check();
		writer.getByLabel("Training", new Page.GetByLabelOptions().setExact(true)).check();
		writer.getByLabel("Risk assessors").check();
		// Bad input first: the end before the start is refused at the field, nothing is
		// saved.
		writer.locator("#schedule-plannedEnd").fill("2024-12-31");
		writer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
		assertThat(writer.locator("#schedule-plannedEnd-error")).containsText("is before the start");
		assertThat(writer.getByLabel("Country 2")).hasValue("UGA");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative").query(Long.class).single()).isZero();
		writer.locator("#schedule-plannedEnd").fill("2027-12-31");
		writer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check for similar initiatives")).click();
		assertThat(writer.locator("#similar")).containsText("No similar initiative is registered.");
		Browser.checked(writer, "41-initiative-form");
		writer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
		assertThat(writer.locator("main")).containsText("The initiative is registered as a draft.");
		assertThat(writer.locator("h1")).hasText(TITLE);
		writer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit to the Secretariat")).click();
		assertThat(writer.locator("main")).containsText("The initiative is submitted to the Secretariat.");
		Browser.checked(writer, "42-initiative-submitted");

		admin.navigate(url("/"));
		link(admin, "Initiatives to publish").click();
		Browser.checked(admin, "43-secretariat-queue");
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
		assertThat(admin.locator("main")).containsText("The initiative is published.");

		Page anyone = visitor.newPage();
		anyone.navigate(url("/"));
		link(anyone, "Initiatives").click();
		anyone.getByLabel("Search").fill("risk assessment");
		anyone.getByLabel("Search").press("Enter");
		assertThat(anyone.locator(".result-count")).containsText("1 found");
		assertThat(anyone.locator("main")).containsText(TITLE);
		assertThat(anyone).hasURL(Pattern.compile("q=risk"));
		anyone.navigate(url("/initiatives"));
		anyone.locator("fieldset:has(legend:text-is('Country')) label:has-text('Uganda')").click();
		assertThat(anyone).hasURL(Pattern.compile("country=UGA"));
		assertThat(anyone.locator(".result-count")).containsText("1 found");
		assertThat(anyone.locator(".active-filters")).containsText("Country: Uganda");
		Browser.checked(anyone, "44-initiatives-faceted");
		anyone.locator("fieldset:has(legend:text-is('Donor')) label:has-text('Norad')").click();
		assertThat(anyone).hasURL(Pattern.compile("donor="));
		assertThat(anyone.locator(".result-count")).containsText("1 found");

		// The selection downloads in three formats, the workbook read back as a workbook.
		Download csv = anyone.waitForDownload(
				() -> anyone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CSV").setExact(true))
					.click());
		assertThat(csv.suggestedFilename()).endsWith(".csv");
		assertThat(read(csv)).contains(TITLE).contains("UNEP-BS-2025-07");
		Download json = anyone.waitForDownload(
				() -> anyone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("JSON").setExact(true))
					.click());
		assertThat(read(json)).contains(TITLE).contains("\"SUB_REGIONAL\"");
		Download xlsx = anyone.waitForDownload(() -> anyone
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Excel (XLSX)").setExact(true))
			.click());
		try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.createReadStream())) {
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(2);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo(TITLE);
		}

		anyone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
		assertThat(anyone.locator("h1")).hasText(TITLE);
		assertThat(anyone.locator("main")).containsText("1,200,000");
		assertThat(anyone.locator("main")).containsText("about 1,296,000 US dollars");
		assertThat(anyone.locator("main")).containsText("Norwegian Agency for Development Cooperation");
		assertThat(anyone.locator("svg.world-inset use.k-picked[data-code=KEN]")).hasCount(1);
		assertThat(anyone.locator("svg.world-inset use.k-picked[data-code=UGA]")).hasCount(1);
		assertThat(anyone.locator("svg.world-inset use.k-picked")).hasCount(2);
		assertThat(anyone.locator("main")).not().containsText("Edit");
		Browser.checked(anyone, "45-initiative-public");

		anyone.navigate(url("/initiatives/map?measure=USD&element=12(c)"));
		Locator kenya = anyone.locator("table tr:has(a:text-is('Kenya'))");
		assertThat(kenya).containsText("777,600");
		Locator uganda = anyone.locator("table tr:has(a:text-is('Uganda'))");
		assertThat(uganda).containsText("518,400");
		assertThat(anyone.locator("svg.world-map [data-code=KEN]").first()).not().hasClass(Pattern.compile("k-none"));
		Browser.checked(anyone, "46-initiatives-map");

		anyone.navigate(url("/countries/UGA"));
		assertThat(anyone.locator("main")).containsText(TITLE);
		anyone.navigate(url("/organisations/" + InitiativeApiTests.key("norad")));
		assertThat(anyone.locator("main")).containsText(TITLE);
		anyone.navigate(url("/action-plan/items/12(c)"));
		assertThat(anyone.locator("main")).containsText(TITLE);
		assertThat(anyone.locator("main")).containsText("Ongoing: 1");
		Browser.checked(anyone, "47-key-element-initiatives");
	}

	private static String read(Download download) {
		try {
			return java.nio.file.Files.readString(download.path());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private Locator link(Page page, String name) {
		return page.locator("header")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
