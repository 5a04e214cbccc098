package org.cbcm.needs;

import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.needs.internal.NeedsManagement;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
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

/**
 * Kenya's focal point writes the national strategy in a real browser: a refused save
 * keeps what she typed with the fault beside its field, the saved draft is published, and
 * a visitor reads it, with its objectives, outputs and key elements, and its summary on
 * the country's page, and she reads its history and what a step changed. The needs pages
 * of a country (its list, an assessment, its history and a comparison of two revisions,
 * the comparison of two assessments, the edit form) read as well. Every page passes the
 * accessibility check.
 */
@BrowserTest
class StrategyJourneyBrowserTests {

	static final CountryCode KENYA = CountryCode.of("KEN");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	NeedsManagement needs;

	BrowserContext focalPoint;

	BrowserContext visitor;

	@BeforeEach
	void browsers() {
		jdbc.sql("DELETE FROM national_strategy WHERE country_code = 'KEN'").update();
		jdbc.sql("DELETE FROM record_revision WHERE record_kind = 'strategy'").update();
		jdbc.sql("DELETE FROM record_registry WHERE record_kind = 'strategy'").update();
		TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		focalPoint = Browser.newContext(true);
		visitor = Browser.newContext(true);
	}

	@AfterEach
	void close() {
		focalPoint.close();
		visitor.close();
	}

	@Test
	void the_focal_point_writes_and_publishes_the_strategy_and_a_visitor_reads_it() {
		Page nfp = focalPoint.newPage();
		Browser.signIn(nfp, url("/login"), TestAccounts.email(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN")),
				TestAccounts.PASSWORD);
		nfp.navigate(url("/countries/KEN/strategy"));
		assertThat(nfp.locator("main")).containsText("No strategy yet. Start one");
		Browser.checked(nfp, "60-strategy-start");
		nfp.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start the strategy")).click();
		nfp.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))
			.fill("Kenya National Biosafety Capacity-Building Strategy");
		nfp.getByLabel("First year of the period").fill("2030");
		nfp.getByLabel("Last year of the period").fill("2020");
		nfp.getByLabel("Biosafety integrated in national development plans").selectOption("PARTLY");
		nfp.getByLabel("Which plans, and how").fill("Vision 2030, Medium-Term Plan IV");
		nfp.getByLabel("Objective 1", new Page.GetByLabelOptions().setExact(true))
			.fill("A functional national biosafety framework");
		nfp.getByLabel("Key elements of objective 1").selectOption(new String[] { "12(a)", "12(b)" });
		nfp.getByLabel("Output 1", new Page.GetByLabelOptions().setExact(true)).fill("Forty risk assessors trained");
		nfp.getByLabel("Objective output 1 belongs to").selectOption("1");
		nfp.locator("#outputs-0-target").fill("40 assessors certified");
		nfp.locator("#outputs-0-dueYear").fill("2026");
		nfp.getByLabel("Key elements of output 1").selectOption("12(b)");
		Browser.checked(nfp, "61-strategy-edit");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();
		assertThat(nfp.locator("#endYear-error")).containsText("cannot end (2020) before it starts (2030)");
		assertThat(nfp.locator("#objectives-0-text")).hasValue("A functional national biosafety framework");
		Browser.checked(nfp, "62-strategy-refused");
		nfp.getByLabel("First year of the period").fill("2020");
		nfp.getByLabel("Last year of the period").fill("2030");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();
		assertThat(nfp.locator("main")).containsText("The draft is saved.");
		Browser.checked(nfp, "63-strategy-draft");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
		assertThat(nfp.locator("main")).containsText("The strategy is published.");

		Page page = visitor.newPage();
		page.navigate(url("/countries/KEN/strategy"));
		assertThat(page.locator(".published")).containsText("Forty risk assessors trained");
		assertThat(page.locator(".published")).containsText("40 assessors certified");
		assertThat(page.locator(".published")).containsText("Partly integrated");
		assertThat(page.locator(".published")).containsText("12(b)");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish"))).hasCount(0);
		Browser.checked(page, "64-strategy-public");
		page.navigate(url("/countries/KEN"));
		assertThat(page.locator("#strategy")).containsText("Partly integrated");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read the whole strategy")).click();
		assertThat(page.locator("h1")).containsText("National capacity-building strategy of Kenya");

		// Its history, and what the publication changed against the draft before it.
		nfp.navigate(url("/countries/KEN/strategy/history"));
		assertThat(nfp.locator("main table tbody tr")).hasCount(2);
		Browser.checked(nfp, "65-strategy-history");
		nfp.navigate(url("/countries/KEN/strategy/history?from=1&to=2"));
		assertThat(nfp.locator("#diff-heading")).isVisible();
		Browser.checked(nfp, "66-strategy-compare");
	}

	@Test
	void the_needs_pages_of_a_country_read_well_for_everybody() {
		NeedsPublishingTests.clear(jdbc);
		Viewer nfp = TestAccounts.viewerOf(TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, KENYA));
		NeedsAssessmentId first = needs.create(KENYA, NeedsFixtures.valid(LocalDate.of(2020, 5, 1)), null, nfp);
		needs.save(first, 1, NeedsFixtures.withRow(NeedsFixtures.valid(LocalDate.of(2020, 5, 1)), "12(e)",
				row -> NeedsFixtures.priority(row, Priority.HIGH)), "12(e) is urgent", nfp);
		needs.move(first, 2, Transition.PUBLISH, null, nfp);
		NeedsAssessmentId second = needs.create(KENYA,
				NeedsFixtures.withRow(NeedsFixtures.valid(LocalDate.of(2024, 5, 1)), "12(i)",
						row -> NeedsFixtures.priority(row, Priority.LOW)),
				null, nfp);
		needs.move(second, 1, Transition.PUBLISH, null, nfp);

		Page page = visitor.newPage();
		page.navigate(url("/countries/KEN/needs"));
		assertThat(page.locator("main")).containsText("Latest published assessment (2024-05-01)");
		Browser.checked(page, "67-needs-list");
		page.navigate(url("/needs/" + first));
		assertThat(page.locator("main")).containsText("2020-05-01");
		Browser.checked(page, "68-needs-assessment");
		page.navigate(url("/countries/KEN/needs/compare"));
		assertThat(page.locator("main")).containsText("priority down");
		Browser.checked(page, "69b-needs-compare");

		// The country's people read every revision, with its author and comment.
		Page writer = focalPoint.newPage();
		Browser.signIn(writer, url("/login"), TestAccounts.email(Role.NATIONAL_FOCAL_POINT, KENYA),
				TestAccounts.PASSWORD);
		writer.navigate(url("/needs/" + first + "/history"));
		assertThat(writer.locator("main")).containsText("12(e) is urgent");
		Browser.checked(writer, "69-needs-history");
		writer.navigate(url("/needs/" + first + "/history?from=1&to=2"));
		assertThat(writer.locator("table.diff")).isVisible();
		Browser.checked(writer, "69a-needs-history-compare");
		writer.navigate(url("/needs/" + second + "/edit"));
		assertThat(writer.locator("#assessedOn")).hasValue("2024-05-01");
		Browser.checked(writer, "69c-needs-edit");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
