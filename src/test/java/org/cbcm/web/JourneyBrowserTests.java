package org.cbcm.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.cbcm.support.Accessibility;
import org.cbcm.support.Browser;
import org.cbcm.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's walk through cbcm in a real browser: from the home page to the Action
 * Plan, one key element, a country, and the map by another classification; then the same
 * reading without JavaScript. Each page is checked with axe-core and saved as a
 * screenshot under {@code target/screenshots/}.
 */
@BrowserTest
class JourneyBrowserTests {

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	@BeforeEach
	void openBrowser() {
		context = Browser.newContext(true);
		page = context.newPage();
	}

	@AfterEach
	void closeBrowser() {
		context.close();
	}

	@Test
	void a_newcomer_reads_the_plan_a_key_element_a_country_and_the_map() {
		page.navigate(url("/"));
		assertThat(page).hasTitle("cbcm — Capacity-Building Coordination Mechanism");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Capacity-Building Coordination Mechanism");
		checked("01-home");

		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Action Plan"))
			.click();
		assertThat(page.locator("h1")).containsText("Draft updated Action Plan for Building Capacities");
		assertThat(page.locator("#section-3 > ol > li > .plan-body > ol > li")).hasCount(15);
		checked("02-action-plan");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("12(i)").setExact(true)).click();
		assertThat(page).hasURL(url("/action-plan/items/12(i)?version=lg-cb-3-2006"));
		assertThat(page.locator("h1")).containsText("12(i)");
		assertThat(page.locator("blockquote"))
			.hasText("Identification of living modified organisms, including their detection");
		checked("03-key-element-12i");

		page.navigate(url("/countries"));
		page.getByLabel("Name or code").fill("Kenya");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
		assertThat(page.locator(".result-count")).containsText("1 found");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kenya").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Kenya");
		assertThat(page.locator("body")).containsText("Party since");
		assertThat(page.locator("body")).containsText("11 September 2003");
		checked("04-country-kenya");

		page.navigate(url("/countries/map"));
		assertThat(page.locator("svg.world-map")).isVisible();
		page.getByLabel("Colour the countries by").selectOption("SIDS");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		assertThat(page).hasURL(url("/countries/map?classification=SIDS"));
		assertThat(page.locator("h1 + form + p")).containsText("Small island developing States: 53 of 249");
		assertThat(page.locator("use.k-yes[data-code='JAM']")).hasCount(1);
		page.locator("summary").click();
		assertThat(page.locator("details table tbody tr")).hasCount(249);
		checked("05-map-sids");
	}

	@Test
	void htmx_updates_the_country_list_as_the_filters_change() {
		page.navigate(url("/countries"));
		page.getByLabel("Group").selectOption("LDC");
		assertThat(page.locator(".result-count")).containsText("44 found");
		assertThat(page).hasURL(url("/countries?q=&region=&group=LDC&party=&sort=NAME"));
		page.getByLabel("Region").selectOption("142");
		assertThat(page.locator(".result-count")).containsText("8 found");
		checked("06-countries-ldc-asia");
	}

	@Test
	void everything_reads_and_filters_without_javascript() {
		try (BrowserContext plain = Browser.newContext(false)) {
			Page noScript = plain.newPage();
			noScript.navigate(url("/organisations"));
			noScript.getByLabel("Type").selectOption("NGO");
			noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
			assertThat(noScript.locator(".result-count")).containsText("3 found");
			noScript.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Third World Network")).click();
			assertThat(noScript.locator("h1")).hasText("Third World Network");
			Browser.screenshot(noScript, "07-organisation-without-javascript");

			noScript.navigate(url("/action-plan/items/99(z)"));
			assertThat(noScript.locator("h1")).hasText("Not found");
			assertThat(noScript.locator("main")).containsText("There is no item 99(z)");
			Browser.screenshot(noScript, "08-not-found");
		}
	}

	@Test
	void a_keyboard_user_can_skip_to_the_content() {
		page.navigate(url("/action-plan"));
		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("Skip to content");
		page.keyboard().press("Enter");
		assertThat(page).hasURL(url("/action-plan#main"));
	}

	private void checked(String name) {
		Browser.screenshot(page, name);
		assertThat(Accessibility.violations(page)).as("accessibility of " + name).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
