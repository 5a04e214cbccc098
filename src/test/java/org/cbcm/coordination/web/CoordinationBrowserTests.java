package org.cbcm.coordination.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;
import org.cbcm.coordination.CoordinationAnalysis;
import org.cbcm.support.Accessibility;
import org.cbcm.support.Browser;
import org.cbcm.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor goes through the coordination views with the keyboard: every page passes the
 * accessibility check, the heat map's cells are reached by the keyboard and lead to the
 * cell that explains itself. The analysis answers by hand here: the pages are under test.
 */
@BrowserTest
class CoordinationBrowserTests {

	@LocalServerPort
	int port;

	@MockitoBean
	CoordinationAnalysis analysis;

	@BeforeEach
	void answers() {
		CoordinationPagesTests.answer(analysis);
	}

	@Test
	void every_view_is_accessible_and_a_cell_is_reached_by_keyboard() {
		try (BrowserContext browser = Browser.newContext(true)) {
			Page page = browser.newPage();
			page.navigate(url("/"));
			page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Coordination").setExact(true))
				.click();
			assertThat(page.locator("h1")).hasText("The coordination analysis");
			assertThat(Accessibility.violations(page)).isEmpty();
			for (String view : CoordinationPageEndpoints.VIEWS) {
				page.navigate(url("/coordination/" + view + "?asOf=2026-12-04"));
				assertThat(page.locator("h1")).isVisible();
				Browser.screenshot(page, "coordination-" + view);
				assertThat(Accessibility.violations(page)).as(view).isEmpty();
			}

			page.navigate(url("/coordination/coverage?asOf=2026-12-04"));
			page.locator("table.heat-map tbody tr").first().locator("td a").nth(1).focus();
			page.keyboard().press("Enter");
			assertThat(page.locator("p.why"))
				.hasText("GAP: Kenya states a high need in 12(b) and no active initiative on it as of 2026-12-04.");
			assertThat(Accessibility.violations(page)).isEmpty();

			page.navigate(url("/coordination/gaps?element=12(z)"));
			assertThat(page.locator("#element-error")).containsText("is not such an item of the current Action Plan");
			assertThat(Accessibility.violations(page)).isEmpty();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
