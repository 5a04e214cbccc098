package org.cbcm.coordination.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;
import org.cbcm.support.Accessibility;
import org.cbcm.support.Browser;
import org.cbcm.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor goes through the coordination views with the keyboard: every page passes the
 * accessibility check, the heat map's cells are reached by the keyboard and lead to the
 * cell that explains itself. The real analysis answers on the small world of
 * {@link CoordinationPagesWorld}.
 */
@BrowserTest
class CoordinationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void world() {
		CoordinationPagesWorld.publish(context);
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

			page.navigate(url("/coordination/coverage?asOf=2026-12-04&country=KEN"));
			page.locator("table.heat-map tbody tr")
				.first()
				.locator("td a[href^='/coordination/coverage/KEN/12(b)']")
				.focus();
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
