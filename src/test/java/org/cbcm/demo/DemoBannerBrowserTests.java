package org.cbcm.demo;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.cbcm.demo.internal.DemoInitiatives;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.Viewer;
import org.cbcm.support.Accessibility;
import org.cbcm.support.Browser;
import org.cbcm.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor, in a real browser with and without JavaScript, is told on every page that
 * the registry holds demo data while it does, and not once it is removed, and can go from
 * the notice to the demo initiatives.
 */
@BrowserTest
class DemoBannerBrowserTests {

	static final String BANNER = "This registry holds demo data: the initiatives numbered DEMO-… are invented, to show and try cbcm.";

	/** Pages of every module, an error page among them. */
	static final List<String> PAGES = List.of("/", "/action-plan", "/countries/KEN", "/organisations", "/initiatives",
			"/initiatives/map", "/login", "/no-such-page");

	@LocalServerPort
	int port;

	@Autowired
	DemoInitiatives demo;

	@Autowired
	ApplicationContext context;

	Viewer secretariat;

	BrowserContext visitor;

	@BeforeEach
	void noDemoData() {
		secretariat = TestAccounts.viewerOf(TestAccounts.in(context).admin());
		demo.removeAll(secretariat);
	}

	@AfterEach
	void close() {
		if (visitor != null) {
			visitor.close();
		}
		demo.removeAll(secretariat);
	}

	@Test
	void every_page_says_so_while_the_registry_holds_demo_data_and_none_once_it_is_removed() {
		for (boolean javaScript : new boolean[] { true, false }) {
			visitor = Browser.newContext(javaScript);
			Page page = visitor.newPage();
			for (String path : PAGES) {
				page.navigate(url(path));
				assertThat(notice(page)).as("%s without demo data", path).isEmpty();
			}

			demo.generate(5, 7, secretariat);
			for (String path : PAGES) {
				page.navigate(url(path));
				assertThat(notice(page)).as("%s with demo data", path).singleElement().isEqualTo(BANNER);
			}
			if (javaScript) {
				for (String path : List.of("/", "/initiatives")) {
					page.navigate(url(path));
					assertThat(Accessibility.violations(page)).as("accessibility of %s with the notice", path)
						.isEmpty();
				}
				Browser.screenshot(page, "60-demo-notice");
			}
			page.locator(".site-notice")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("See the demo initiatives"))
				.click();
			assertThat(page.locator("main")).containsText("DEMO-");
			assertThat(page.locator("main")).containsText("5");

			demo.removeAll(secretariat);
			for (String path : PAGES) {
				page.navigate(url(path));
				assertThat(notice(page)).as("%s after the removal", path).isEmpty();
			}
			visitor.close();
			visitor = null;
		}
	}

	/** The texts of the page's notices to everybody, as a reader meets them. */
	private List<String> notices(Page page) {
		return page.getByRole(AriaRole.NOTE).allInnerTexts();
	}

	private List<String> notice(Page page) {
		return notices(page).stream()
			.map(text -> text.replace("See the demo initiatives", "").strip().replaceAll("\\s+", " "))
			.toList();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
