package org.cbcm.initiatives;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.Role;
import org.cbcm.support.Accessibility;
import org.cbcm.support.Browser;
import org.cbcm.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor narrowing a long facet of the registry: with scripts the box hides the values
 * that do not hold what is typed at once, and the order switches in place; without
 * scripts the box goes with the form and the page comes back narrowed.
 */
@BrowserTest
class FacetBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void registry() throws Exception {
		InitiativeApiTests.clear(jdbc);
		var reporter = TestAccounts.in(context).holding(Role.ORGANISATION_REPORTER, InitiativeApiTests.UNEP);
		RegistryFixtures registry = RegistryFixtures.in(context);
		registry.aPublishedInitiative(reporter, InitiativeApiTests.regional("Detecting LMOs in the sub-region"));
		registry.aPublishedInitiative(reporter, """
				{"title": "Regional workshops on socio-economic considerations", "geography": {"scope": "REGIONAL",
				 "countries": [{"country": "KEN"}, {"country": "ETH"}, {"country": "RWA"}, {"country": "BDI"},
				   {"country": "DJI"}, {"country": "SOM"}, {"country": "ERI"}]}}""");
	}

	@Test
	void with_scripts_the_box_narrows_the_values_as_one_types_and_the_order_switches_in_place() {
		try (BrowserContext browser = Browser.newContext(true)) {
			Page page = browser.newPage();
			page.navigate(url("/initiatives"));
			Locator country = page.locator("#facet-country");
			assertThat(country.locator(".form-check:visible")).hasCount(6);
			country.getByLabel("Country: find a value").pressSequentially("ug");
			assertThat(country.locator(".form-check:visible")).hasCount(1);
			assertThat(country.locator(".form-check:visible")).containsText("Uganda");
			country.getByLabel("Country: find a value").fill("");
			assertThat(country.locator(".form-check:visible")).hasCount(9);
			Browser.screenshot(page, "49-facet-narrowed");
			assertThat(Accessibility.violations(page)).isEmpty();

			country.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Country: from A to Z")).click();
			assertThat(page).hasURL(Pattern.compile("country-order=name"));
			assertThat(page.locator("#facet-country .facet-value").first()).hasText("Burundi");
		}
	}

	@Test
	void without_scripts_the_box_goes_with_the_form() {
		try (BrowserContext browser = Browser.newContext(false)) {
			Page page = browser.newPage();
			page.navigate(url("/initiatives"));
			page.getByLabel("Country: find a value").fill("ug");
			page.getByLabel("Country: find a value").press("Enter");
			assertThat(page).hasURL(Pattern.compile("country-find=ug"));
			assertThat(page.locator("#facet-country .facet-value")).hasText(new String[] { "Uganda" });
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Country: from A to Z")).click();
			assertThat(page).hasURL(Pattern.compile("country-order=name"));
			assertThat(page.locator("#country-find")).hasValue("ug");
			assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative_entry").query(Long.class).single()).isEqualTo(2);
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
