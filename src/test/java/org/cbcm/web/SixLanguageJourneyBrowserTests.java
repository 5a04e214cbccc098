package org.cbcm.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.cbcm.demo.internal.DemoInitiatives;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.Accessibility;
import org.cbcm.support.Browser;
import org.cbcm.support.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walk issue 13 is done with, in each of the six UN languages: the home page, the
 * Action Plan, a country, the initiatives, one initiative, and the registration form sent
 * empty, so showing its errors; the language chosen once with {@code ?lang=} and kept by
 * its cookie. Every page says its language and direction on {@code <html>}, Arabic right
 * to left with the navigation mirrored (the brand at the right), and passes axe. The
 * pages are kept as screenshots under {@code target/screenshots/i18n/<language>/}. Links
 * are followed by their addresses, never by their wording, which the translators are
 * still writing.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SixLanguageJourneyBrowserTests {

	static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar");

	static final OrganisationId UNEP = new OrganisationId(
			UUID.nameUUIDFromBytes("cbcm:organisation:unep".getBytes(StandardCharsets.UTF_8)));

	@LocalServerPort
	int port;

	@Autowired
	DemoInitiatives demo;

	@Autowired
	ApplicationContext context;

	Viewer secretariat;

	@BeforeAll
	void registry() {
		secretariat = TestAccounts.viewerOf(TestAccounts.in(context).admin());
		demo.removeAll(secretariat);
		demo.generate(6, 2006, secretariat);
		TestAccounts.in(context).holding(Role.ORGANISATION_REPORTER, UNEP);
	}

	@AfterAll
	void noDemoData() {
		demo.removeAll(secretariat);
	}

	@Test
	void home_plan_country_initiatives_an_initiative_and_a_form_with_errors_in_each_language() {
		for (String language : LANGUAGES) {
			try (BrowserContext browser = Browser.newContext(true)) {
				Page page = browser.newPage();
				page.navigate(url("/?lang=" + language));
				step(page, language, "01-home");

				page.locator("header nav a[href$='/action-plan']").click();
				assertThat(page).hasURL(url("/action-plan"));
				step(page, language, "02-action-plan");

				page.locator("header nav a[href$='/countries']").click();
				page.locator("#q").fill("Kenya");
				page.locator("#q").press("Enter");
				page.locator("main a[href$='/countries/KEN']").first().click();
				assertThat(page).hasURL(url("/countries/KEN"));
				step(page, language, "03-country");

				page.locator("header nav a[href$='/initiatives']").click();
				assertThat(page).hasURL(url("/initiatives"));
				step(page, language, "04-initiatives");

				page.locator(".initiative-list h3 a").first().click();
				assertThat(page).hasURL(java.util.regex.Pattern.compile("/initiatives/[0-9a-f-]{36}$"));
				step(page, language, "05-initiative");

				page.locator("header a[href$='/login']").click();
				page.locator("#email").fill(TestAccounts.email(Role.ORGANISATION_REPORTER, UNEP));
				page.locator("#password").fill(TestAccounts.PASSWORD);
				page.locator("main form button[type=submit]").click();
				// Signed in, the person's own language comes first: they switch to this
				// one.
				page.navigate(url("/initiatives/mine?lang=" + language));
				page.locator("main a[href$='/initiatives/new']").click();
				page.locator("form.initiative-form").evaluate("form => form.noValidate = true");
				page.locator("form.initiative-form button[type=submit]:not([name])").click();
				assertThat(page.locator(".is-invalid").first()).isVisible();
				step(page, language, "06-form-with-errors");
			}
		}
		TestAccounts people = TestAccounts.in(context);
		people.chooseLanguage(people.person(TestAccounts.email(Role.ORGANISATION_REPORTER, UNEP)),
				java.util.Locale.ENGLISH);
	}

	/**
	 * Checks the page's language, direction, mirrored navigation and accessibility, and
	 * keeps its screenshot.
	 */
	private void step(Page page, String language, String name) {
		boolean rtl = language.equals("ar");
		assertThat(page.locator("html")).hasAttribute("lang", language);
		assertThat(page.locator("html")).hasAttribute("dir", rtl ? "rtl" : "ltr");
		BoundingBox brand = page.locator(".navbar-brand").boundingBox();
		BoundingBox switcher = page.locator(".language-switch").boundingBox();
		double middle = page.viewportSize().width / 2.0;
		// The switch sits at the far end of the brand's row; a signed-in person's longer
		// header may wrap it onto a row of its own, which starts where the brand does.
		boolean sameRow = Math.abs(switcher.y - brand.y) < brand.height;
		if (rtl) {
			assertThat(brand.x).as("the brand on %s in Arabic is at the right", name).isGreaterThan(middle);
			if (sameRow) {
				assertThat(switcher.x).as("the language switch on %s in Arabic is at the left", name)
					.isLessThan(middle);
			}
		}
		else {
			assertThat(brand.x + brand.width).as("the brand on %s in %s is at the left", name, language)
				.isLessThan(middle);
			if (sameRow) {
				assertThat(switcher.x).as("the language switch on %s in %s is at the right", name, language)
					.isGreaterThan(middle);
			}
		}
		Browser.screenshot(page, "i18n/" + language + "/" + name);
		assertThat(Accessibility.violations(page)).as("accessibility of %s in %s", name, language).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
