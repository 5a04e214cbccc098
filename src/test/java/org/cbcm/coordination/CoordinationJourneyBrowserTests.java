package org.cbcm.coordination;

import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
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
 * The story of issue 10 in a real browser: Kenya's focal point records Kenya's needs and
 * publishes them; the gap map for risk assessment (12(c)) shows Kenya's gap; an
 * organisation's initiative for Kenya on it is published (UNEP registers it, the
 * Secretariat publishes it); the map shows Kenya covered, and the cell explains why.
 * Every page passes the accessibility check.
 */
@BrowserTest
class CoordinationJourneyBrowserTests {

	static final CountryCode KENYA = CountryCode.of("KEN");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	BrowserContext focalPoint;

	BrowserContext visitor;

	@BeforeEach
	void browsers() {
		// Kenya states nothing and nothing is registered for it, whatever other tests
		// did.
		for (String table : java.util.List.of("record_revision", "record_registry", "record_head")) {
			jdbc.sql("DELETE FROM " + table + " WHERE record_kind = 'needs'").update();
		}
		jdbc.sql("DELETE FROM needs_assessment").update();
		CoordinationWorld.empty(context);
		TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, KENYA);
		focalPoint = Browser.newContext(true);
		visitor = Browser.newContext(true);
	}

	@AfterEach
	void close() {
		focalPoint.close();
		visitor.close();
	}

	@Test
	void kenyas_needs_show_a_gap_that_an_initiative_then_covers() throws Exception {
		Page nfp = focalPoint.newPage();
		Browser.signIn(nfp, url("/login"), TestAccounts.email(Role.NATIONAL_FOCAL_POINT, KENYA), TestAccounts.PASSWORD);
		nfp.navigate(url("/countries/KEN/needs"));
		nfp.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New assessment")).click();
		nfp.locator("#assessedOn").fill(LocalDate.now().toString());
		nfp.locator("#method").fill("National stocktaking workshop");
		for (Locator element : nfp.locator("input[type=hidden][name$='.element']").all()) {
			String code = element.getAttribute("value");
			if (!code.matches("12\\([a-o]\\)")) {
				continue;
			}
			// the id the form gives a field of the row: elements[6].priority is
			// elements-6-priority
			String row = element.getAttribute("name").replace(".element", "").replaceAll("[\\[\\].()]+", "-");
			row = row.replaceAll("-+$", "");
			nfp.locator("#" + row + "-priority").selectOption(code.equals("12(c)") ? "HIGH" : "LOW");
			if (code.equals("12(c)")) {
				nfp.locator("#" + row + "-capacity").selectOption("NONE");
				nfp.locator("#" + row + "-shortTermRequirement").fill("200000");
				nfp.locator("#" + row + "-currency").fill("USD");
			}
		}
		Browser.checked(nfp, "70-needs-edit");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(nfp.locator("main")).containsText("The needs assessment is saved as a draft.");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
		assertThat(nfp.locator("main")).containsText("The assessment is published");
		Browser.checked(nfp, "71-needs-published");

		// Anyone sees the gap on the map and in its table: the publication updated the
		// analysis as it committed.
		Page page = visitor.newPage();
		page.navigate(url("/coordination/gaps?element=12(c)"));
		Locator kenya = page.locator("tr[data-country='KEN']");
		assertThat(kenya).hasAttribute("data-verdict", "GAP");
		Browser.checked(page, "72-gap-map-kenya-gap");

		// UNEP registers an initiative for Kenya on risk assessment; the Secretariat
		// publishes it.
		new Registry(context).publish(Registry.initiative("Risk assessment for Kenya", CoordinationWorld.GEF,
				LocalDate.now().minusMonths(6).toString(), LocalDate.now().plusYears(2).toString(), 500000, "KEN"));

		page.navigate(url("/coordination/gaps?element=12(c)"));
		assertThat(kenya).hasAttribute("data-verdict", "COVERED");
		Browser.checked(page, "73-gap-map-kenya-covered");
		kenya.getByRole(AriaRole.LINK).click();
		assertThat(page.locator("h1")).containsText("Kenya");
		assertThat(page.locator("p.why")).containsText("COVERED");
		assertThat(page.locator("main")).containsText("Risk assessment for Kenya");
		assertThat(page.locator("main")).containsText("350,000");
		assertThat(page.locator("main")).containsText("200,000");
		Browser.checked(page, "74-cell-explains-covered");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
