package org.cbcm.initiatives;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.Role;
import org.cbcm.support.Accessibility;
import org.cbcm.support.Browser;
import org.cbcm.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporter registering an initiative the registry seems to hold already: once the
 * likely duplicates are shown, with or without scripts, the button says so and one press
 * registers it.
 */
@BrowserTest
class RegistrationBrowserTests {

	static final String TITLE = "Detection of living modified organisms at border posts";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	UserDetails reporter;

	@BeforeEach
	void registry() throws Exception {
		InitiativeApiTests.clear(jdbc);
		reporter = TestAccounts.in(context).holding(Role.ORGANISATION_REPORTER, InitiativeApiTests.UNEP);
		RegistryFixtures.in(context).aPublishedInitiative(reporter, InitiativeApiTests.regional(TITLE));
	}

	@ParameterizedTest(name = "scripts on: {0}")
	@ValueSource(booleans = { true, false })
	void once_the_likely_duplicates_are_shown_one_press_registers(boolean javaScript) {
		try (BrowserContext browser = Browser.newContext(javaScript)) {
			Page page = browser.newPage();
			page.navigate(url("/login"));
			page.getByLabel("Email").fill(TestAccounts.email(Role.ORGANISATION_REPORTER, InitiativeApiTests.UNEP));
			page.getByLabel("Password").fill(TestAccounts.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			page.navigate(url("/initiatives/new"));
			page.getByLabel("Title (needed)").fill(TITLE);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check for similar initiatives"))
				.click();
			assertThat(page.locator("#similar")).containsText("look like this one (1)");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register anyway")))
				.isVisible();
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register").setExact(true)))
				.hasCount(0);
			Browser.screenshot(page, "48-similar-initiatives-" + (javaScript ? "script" : "no-script"));
			if (javaScript) {
				// The check itself is a script.
				assertThat(Accessibility.violations(page)).isEmpty();
			}

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register anyway")).click();
			assertThat(page.locator("main")).containsText("The initiative is registered as a draft.");
			assertThat(
					jdbc.sql("SELECT COUNT(*) FROM initiative WHERE title = ?").param(TITLE).query(Long.class).single())
				.isEqualTo(2);
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
