package org.cbcm.roster;

import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.cbcm.identity.internal.AccountManagement;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.roster.ExpertContent.Gender;
import org.cbcm.roster.ExpertContent.LanguageLevel;
import org.cbcm.roster.internal.ExpertManagement;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.support.BrowserTest;
import org.cbcm.support.Browser;
import org.cbcm.support.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A request for an expert in a real browser: Kenya's focal point files a request (a
 * refused end date first), reads the explained shortlist and selects an expert; the
 * expert, from the mail's link, is refused an acceptance without the declarations and
 * then accepts with them; the focal point records the terms, completes the assignment,
 * reports and rates it; the expert files their report. Every page passes the
 * accessibility check.
 */
@BrowserTest
class RequestBrowserTests {

	static final String PASSWORD = "Kampala-Biosafety-2027";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ExpertManagement experts;

	@Autowired
	AccountManagement accounts;

	@Autowired
	GreenMail mailServer;

	BrowserContext focalPoint;

	BrowserContext expertBrowser;

	@BeforeEach
	void browsers() {
		RequestFixtures.clear(jdbc);
		focalPoint = Browser.newContext(true);
		expertBrowser = Browser.newContext(true);
	}

	@AfterEach
	void close() {
		focalPoint.close();
		expertBrowser.close();
	}

	@Test
	void a_focal_point_requests_an_expert_who_accepts_and_the_assignment_is_completed_reported_and_rated() {
		TestAccounts people = TestAccounts.in(context);
		var secretariat = TestAccounts.viewerOf(people.admin());
		people.holding(Role.NATIONAL_FOCAL_POINT, RequestFixtures.KENYA);
		RequestFixtures.Listed amadou = RequestFixtures.listed(experts, secretariat,
				new RequestFixtures.Expert("Amadou Okello", RequestFixtures.UGANDA, Gender.MAN,
						List.of(Expertise.RISK_ASSESSMENT, Expertise.LMO_DETECTION),
						Map.of("fr", LanguageLevel.EXCELLENT)));
		RequestFixtures.listed(experts, secretariat, new RequestFixtures.Expert("Daniela Souza", CountryCode.of("BRA"),
				Gender.WOMAN, List.of(Expertise.RISK_ASSESSMENT), Map.of("en", LanguageLevel.EXCELLENT)));
		Mailbox mailbox = new Mailbox(mailServer);
		String invitation = Mailbox.linkPath(mailbox.to(amadou.email())
			.stream()
			.filter(mail -> Mailbox.body(mail).contains("/invitations/"))
			.findFirst()
			.orElseThrow(), "/invitations/");
		accounts.acceptInvitation(invitation.substring("/invitations/".length()), PASSWORD, PASSWORD);

		Page nfp = focalPoint.newPage();
		Browser.signIn(nfp, url("/login"), TestAccounts.email(Role.NATIONAL_FOCAL_POINT, RequestFixtures.KENYA),
				TestAccounts.PASSWORD);
		nfp.navigate(url("/countries/KEN/expert-requests"));
		assertThat(nfp.locator("main")).containsText("No request yet.");
		Browser.checked(nfp, "r1-requests");
		nfp.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Risk assessment guidelines");
		nfp.getByLabel("Terms of reference").fill("Review the draft guidelines and train the competent authority.");
		nfp.getByLabel("Risk assessment", new Page.GetByLabelOptions().setExact(true)).check();
		nfp.getByLabel("Detection and identification of LMOs").check();
		nfp.getByLabel("French", new Page.GetByLabelOptions().setExact(true)).check();
		nfp.getByLabel("Start", new Page.GetByLabelOptions().setExact(true)).fill("2027-05-01");
		nfp.getByLabel("End", new Page.GetByLabelOptions().setExact(true)).fill("2027-04-01");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("File the request")).click();
		assertThat(nfp.locator("#end-error")).containsText("The end (2027-04-01) is before the start (2027-05-01).");
		assertThat(nfp.locator("#title")).hasValue("Risk assessment guidelines");
		Browser.checked(nfp, "r2-request-refused");
		nfp.getByLabel("End", new Page.GetByLabelOptions().setExact(true)).fill("2027-06-30");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("File the request")).click();
		assertThat(nfp.locator("main")).containsText("The request is filed.");
		assertThat(nfp.locator("#shortlist tbody tr")).hasCount(2);
		assertThat(nfp.locator("#shortlist tbody tr").first()).containsText("Amadou Okello");
		assertThat(nfp.locator("#shortlist tbody tr").first()).containsText("From the preferred region (Africa)");
		assertThat(nfp.locator("#shortlist tbody tr").nth(1)).containsText("Does not speak French");
		Browser.checked(nfp, "r3-request-shortlist");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Select Amadou Okello")).click();
		assertThat(nfp.locator("main")).containsText("The expert is offered the assignment and told by mail.");
		assertThat(nfp.locator(".assignment-status")).hasText("Offered, awaiting the expert's answer");

		String offer = Mailbox.linkPath(mailbox.about(amadou.email(), "Request for your expertise"),
				"/roster/assignments/");
		Page expert = expertBrowser.newPage();
		Browser.signIn(expert, url("/login"), amadou.email(), PASSWORD);
		expert.navigate(url(offer));
		assertThat(expert.locator("h1")).containsText("Risk assessment guidelines");
		Browser.checked(expert, "r4-assignment-offered");
		expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
		assertThat(expert.locator("#noConflict-error")).containsText("no conflict of interest");
		assertThat(expert.locator("#confidentiality-error")).containsText("confidential");
		Browser.checked(expert, "r5-assignment-refused");
		expert.getByLabel("I declare that I have no conflict of interest in this assignment.").check();
		expert.getByLabel("I agree to keep the information of this assignment confidential.").check();
		expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
		assertThat(expert.locator("main")).containsText("You have accepted the assignment.");
		assertThat(expert.locator("#assignment-status")).hasText("Accepted");

		nfp.reload();
		assertThat(nfp.locator(".assignment-status")).hasText("Accepted");
		nfp.getByLabel("Fees").fill("4500");
		nfp.getByLabel("Currency (ISO 4217)").fill("USD");
		nfp.getByLabel("Deliverables").fill("Reviewed guidelines; a two-day training");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the terms")).click();
		assertThat(nfp.locator("main")).containsText("Saved.");
		Browser.checked(nfp, "r6-request-accepted");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the assignment completed")).click();
		assertThat(nfp.locator("main")).containsText("The assignment is recorded completed.");
		assertThat(nfp.locator("#request-status")).hasText("Closed");
		nfp.getByLabel("The assistance or advice provided").fill("Advice on the risk assessment guidelines");
		nfp.getByLabel("Outcome").fill("The guidelines were adopted");
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("File the report")).click();
		assertThat(nfp.locator("main")).containsText("Please fill in this field.");
		nfp.getByLabel("5", new Page.GetByLabelOptions().setExact(true)).check();
		nfp.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("File the report")).click();
		assertThat(nfp.locator("main")).containsText("The report is filed.");
		assertThat(nfp.locator("main")).containsText("Rated 5 of 5");
		Browser.checked(nfp, "r7-request-reported");

		expert.reload();
		expert.getByLabel("Your report on the assignment").fill("I reviewed the guidelines and trained 12 officers.");
		expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("File your report")).click();
		assertThat(expert.locator("main")).containsText("The report is filed.");
		Browser.checked(expert, "r8-assignment-reported");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
