package org.cbcm.directory;

import java.io.ByteArrayInputStream;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.support.Browser;
import org.cbcm.support.BrowserTest;
import org.cbcm.support.OfflineEdits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A focal point works offline in a real browser: downloads Kenya's profile as a workbook
 * and as a document from the edit page, fills each offline (POI standing in for Excel and
 * Word), uploads it, reads the review field by field, applies it, and finds the new draft
 * revision in the history; a file that is not the form is refused on the edit page. Every
 * page is checked by axe.
 */
@BrowserTest
class OfflineFormJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	BrowserContext focalPoint;

	String email;

	@BeforeEach
	void browser() {
		jdbc.sql("DELETE FROM country_profile WHERE country_code = 'KEN'").update();
		jdbc.sql("DELETE FROM record_revision WHERE record_id = 'KEN'").update();
		jdbc.sql("DELETE FROM record_registry WHERE record_id = 'KEN'").update();
		TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		email = TestAccounts.email(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		focalPoint = Browser.newContext(true);
	}

	@AfterEach
	void close() {
		focalPoint.close();
	}

	@Test
	void a_profile_filled_offline_in_a_workbook_and_a_document_becomes_a_draft_revision() throws Exception {
		Page page = focalPoint.newPage();
		page.setDefaultTimeout(15_000);
		Browser.signIn(page, url("/login"), email, TestAccounts.PASSWORD);
		page.navigate(url("/countries/KEN/profile/edit"));
		page.locator("#focalPoints-0-name").fill("Wanjiku Mwangi");
		page.locator("#focalPoints-0-email").fill("focal.point@environment.example");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();
		assertThat(page.locator("main")).containsText("The draft is saved.");

		page.navigate(url("/countries/KEN/profile/edit"));
		assertThat(page.locator("#offline-heading")).hasText("Work offline");
		Browser.checked(page, "60-offline-edit-page");
		byte[] workbook = download(page, "a.offline-xlsx");
		byte[] edited;
		try (XSSFWorkbook filled = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			OfflineEdits.answer(filled, "website", "https://www.biosafetykenya.example");
			OfflineEdits.answer(filled, "framework", "In place");
			edited = OfflineEdits.bytes(filled);
		}
		upload(page, "kenya-profile.xlsx", edited);
		assertThat(page.locator("h1")).containsText("Review the uploaded form");
		assertThat(page.locator("table.offline-changes")).containsText("National biosafety website");
		assertThat(page.locator("table.offline-changes ins").first()).isVisible();
		assertThat(page.locator("main")).containsText("2 fields change");
		Browser.checked(page, "61-offline-review");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply as a new draft revision")).click();
		assertThat(page.locator("main")).containsText("The uploaded form was applied as a new draft revision.");

		page.navigate(url("/countries/KEN/profile/edit"));
		byte[] document = download(page, "a.offline-docx");
		try (XWPFDocument filled = new XWPFDocument(new ByteArrayInputStream(document))) {
			OfflineEdits.control(filled, "mechanismNote", "A national coordination committee");
			edited = OfflineEdits.bytes(filled);
		}
		upload(page, "kenya-profile.docx", edited);
		assertThat(page.locator("main")).containsText("One field changes");
		page.getByLabel("What changed (for the history, optional)").fill("Filled in Word on the way back");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply as a new draft revision")).click();
		assertThat(page.locator("main")).containsText("The uploaded form was applied as a new draft revision.");

		page.navigate(url("/countries/KEN/profile/history"));
		assertThat(page.locator("tbody tr")).hasCount(3);
		assertThat(page.locator("main")).containsText("Filled in Word on the way back");
		assertThat(page.locator("main")).containsText("Filled offline (XLSX)");

		page.navigate(url("/countries/KEN/profile/edit"));
		upload(page, "notes.xlsx", "not a form at all".getBytes());
		assertThat(page.locator("#offline-file-error")).containsText("is not a cbcm offline form");
		Browser.checked(page, "62-offline-refused");
	}

	private byte[] download(Page page, String link) throws Exception {
		Download download = page.waitForDownload(() -> page.locator(link).click());
		try (var in = download.createReadStream()) {
			return in.readAllBytes();
		}
	}

	private void upload(Page page, String name, byte[] bytes) {
		page.locator("#offline-file").setInputFiles(new FilePayload(name, "application/octet-stream", bytes));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and review")).click();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
