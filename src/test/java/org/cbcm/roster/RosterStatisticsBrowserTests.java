package org.cbcm.roster;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.records.Transition;
import org.cbcm.roster.ExpertContent.Gender;
import org.cbcm.roster.ExpertContent.LanguageLevel;
import org.cbcm.roster.ExpertContent.LanguageSkill;
import org.cbcm.roster.internal.ExpertManagement;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.Accessibility;
import org.cbcm.support.Browser;
import org.cbcm.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review of the roster, with experts listed, in each of the six languages in a real
 * browser: axe finds nothing, every chart is an image named and described with a table
 * beside it, and the page is written in the language and its direction.
 */
@BrowserTest
class RosterStatisticsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ExpertManagement experts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void clear() {
		RosterStatisticsTests.clear(jdbc);
	}

	@Test
	void the_review_passes_axe_with_charts_named_and_tables_beside_them_in_six_languages() {
		RosterStatisticsTests.clear(jdbc);
		listed(CountryCode.of("KEN"),
				RosterStatisticsTests.complete("Amina", Gender.WOMAN, true,
						List.of(Expertise.RISK_ASSESSMENT, Expertise.BIOSAFETY_LAW), "sw",
						List.of(new LanguageSkill("en", LanguageLevel.EXCELLENT))));
		listed(CountryCode.of("BRA"), RosterStatisticsTests.complete("Carla", Gender.MAN, false,
				List.of(Expertise.LMO_DETECTION), "pt", List.of(new LanguageSkill("es", LanguageLevel.GOOD))));
		for (String language : List.of("en", "fr", "es", "ru", "zh", "ar")) {
			try (BrowserContext browser = Browser.newContext(true)) {
				browser.addCookies(List.of(new Cookie("cbcm-language", language).setUrl(url("/"))));
				Page page = browser.newPage();
				page.navigate(url("/roster/statistics"));
				assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
				assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
				assertThat(page.locator("svg.chart").count()).as("charts in " + language).isGreaterThan(5);
				Object unnamed = page.evaluate(
						"""
								() => [...document.querySelectorAll('svg.chart')].filter(svg =>
								  svg.getAttribute('role') !== 'img' || !svg.querySelector(':scope > title')
								  || !svg.querySelector(':scope > desc') || !svg.closest('section').querySelector('table')).length""");
				assertThat(((Number) unnamed).intValue()).as("charts without a name or a table in " + language)
					.isZero();
				assertThat(Accessibility.violations(page)).as("accessibility in " + language).isEmpty();
				page.navigate(url("/roster/statistics?year=1999"));
				assertThat(page.locator("#year-error").isVisible()).isTrue();
				assertThat(Accessibility.violations(page)).as("accessibility of the refusal in " + language).isEmpty();
			}
		}
	}

	private void listed(CountryCode country, ExpertContent content) {
		Viewer secretariat = TestAccounts.viewerOf(TestAccounts.in(context).admin());
		Viewer focalPoint = TestAccounts.viewerOf(TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, country));
		ExpertId id = experts
			.nominate(country,
					new ExpertManagement.Nomination(content.givenName(), "Expert",
							"expert-" + UUID.randomUUID() + "@experts.test", "en"),
					secretariat)
			.expert();
		int version = experts.save(id, 1, content, null, focalPoint);
		version = experts.move(id, version, Transition.SUBMIT, null, focalPoint);
		experts.move(id, version, Transition.PUBLISH, null, secretariat);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
