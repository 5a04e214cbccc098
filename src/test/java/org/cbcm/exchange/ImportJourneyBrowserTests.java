package org.cbcm.exchange;

import java.nio.file.Path;
import java.nio.file.Paths;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.cbcm.support.Browser;
import org.cbcm.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The Secretariat imports a publisher's IATI file in a real browser: a file that is not
 * XML is refused with the reason beside the field; the file's preview says what it holds
 * and which activities the rule keeps and why; the proposed key elements are accepted;
 * the import runs with its progress shown until its report, and the initiatives are in
 * the registry; running it again changes nothing. Every page passes the accessibility
 * check.
 */
@BrowserTest
class ImportJourneyBrowserTests {

	static final Path FILE = Paths.get("src/test/resources/iati/import-unep-2.03.xml");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	BrowserContext secretariat;

	@BeforeEach
	void browsers() {
		jdbc.sql("DELETE FROM exchange_import").update();
		jdbc.sql("DELETE FROM exchange_classification").update();
		jdbc.sql("DELETE FROM exchange_column_mapping").update();
		jdbc.sql("DELETE FROM initiative WHERE id IN (SELECT initiative_id FROM initiative_source)").update();
		secretariat = Browser.newContext(true);
	}

	@AfterEach
	void close() {
		secretariat.close();
	}

	@Test
	void the_secretariat_previews_chooses_and_imports_a_publishers_biosafety_activities() {
		Page page = secretariat.newPage();
		Browser.signIn(page, url("/login"), "admin@cbcm.test", "Secretariat-Key-2026!");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Imports").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Imports");
		Browser.checked(page, "80-imports");

		page.getByLabel("IATI activity file")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("notes.xml", "application/xml",
					"these are not activities".getBytes()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the file")).click();
		assertThat(page.locator("#file-error")).containsText("cannot be read as IATI XML");
		Browser.checked(page, "81-import-refused");

		page.getByLabel("IATI activity file").setInputFiles(FILE);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the file")).click();
		assertThat(page.locator("h1")).hasText("Import of import-unep-2.03.xml");
		assertThat(page.locator("main")).containsText("3 of 4 activities kept by the rule; 3 chosen for import.");
		assertThat(page.locator("#activities")).containsText("Detection laboratories for LMOs in Ghana");
		assertThat(page.locator("#activities")).not().containsText("Solar mini-grids");
		assertThat(page.locator("#activities")).containsText("for the words: ");
		Browser.checked(page, "82-import-preview");

		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Accept the proposed key elements of the 2 chosen activities"))
			.click();
		assertThat(page.locator("main")).containsText("2 activities were given their proposed key elements.");
		page.getByLabel("Publish the initiatives at once").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 3 activities")).click();
		assertThat(page.locator("#report-title"))
			.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		assertThat(page.locator("main")).containsText("National Biosafety Authority of Kenya");
		assertThat(page.locator("main")).containsText("Currency XYZ is not an ISO 4217 code");
		Browser.checked(page, "83-import-report");

		page.navigate(url("/initiatives?q=Kenya+and+Uganda"));
		assertThat(page.locator("main")).containsText("Implementing national biosafety frameworks in Kenya and Uganda");
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Implementing national biosafety frameworks in Kenya and Uganda"))
			.first()
			.click();
		assertThat(page.locator("#origin + p"))
			.containsText("Imported as XM-DAC-41116-BIOSAFETY-KE-UG of publisher XM-DAC-41116");
		assertThat(page.locator("#origin ~ ul")).containsText("Sector 41030 Biodiversity (vocabulary 1), share 100 %");
		Browser.checked(page, "83a-imported-initiative");

		page.navigate(url("/exchange/imports"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("import-unep-2.03.xml")).first().click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run the import again for 3 activities"))
			.click();
		assertThat(page.locator("#report-title"))
			.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		assertThat(page.locator("#report-title + dl")).containsText("Initiatives unchanged");
		assertThat(page.locator("#report-title ~ dl dd").nth(2)).hasText("3");
	}

	/**
	 * The Secretariat downloads the template, a donor fills it in (with one row the
	 * import cannot read), and the Secretariat uploads it: the columns are recognised
	 * from the template's headers, the wrong row is listed with its number and reason, a
	 * column chosen twice is refused beside its field, the columns are saved under a
	 * name, and the rows are imported.
	 */
	@Test
	void the_secretariat_imports_a_portfolio_filled_in_the_template() throws Exception {
		Page page = secretariat.newPage();
		Browser.signIn(page, url("/login"), "admin@cbcm.test", "Secretariat-Key-2026!");
		page.navigate(url("/exchange/imports"));
		page.getByLabel("IATI activity file or spreadsheet")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("agence.csv", "text/csv",
					"Code interne;Libellé\r\nA-1;Formation\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the file")).click();
		assertThat(page.locator("#columns-title ~ .alert-warning")).containsText("No row can be imported yet");
		assertThat(page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))).hasValue("Libellé");
		Browser.checked(page, "84-sheet-columns-missing");
		page.navigate(url("/exchange/imports"));
		com.microsoft.playwright.Download download = page.waitForDownload(
				() -> page
					.getByRole(AriaRole.LINK,
							new Page.GetByRoleOptions().setName("Download the template with its drop-down lists"))
					.click());
		byte[] filled;
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				download.createReadStream()); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
			org.assertj.core.api.Assertions.assertThat(sheet.getDataValidations()).as("drop-down lists").isNotEmpty();
			java.util.Map<String, Integer> columns = new java.util.HashMap<>();
			sheet.getRow(0).forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
			String[][] rows = { { "Identifier", "P-1", "P-2", "P-3" },
					{ "Title", "Biosafety clearing-house node for Malawi", "LMO detection in Zambia",
							"Risk assessment course" },
					{ "Status", "Implementation", "Pipeline (identification)", "Somewhere" },
					{ "Reporting organisation", "UNEP", "UNEP", "UNEP" }, { "Countries", "Malawi", "Zambia", "Zambia" },
					{ "Budget", "250000", "120000.50", "" }, { "Currency", "USD", "USD", "" },
					{ "Key elements", "12(a)", "12(h)", "" } };
			for (String[] column : rows) {
				for (int at = 1; at < column.length; at++) {
					org.apache.poi.ss.usermodel.Row row = (sheet.getRow(at) != null) ? sheet.getRow(at)
							: sheet.createRow(at);
					row.createCell(columns.get(column[0])).setCellValue(column[at]);
				}
			}
			book.write(out);
			filled = out.toByteArray();
		}

		page.getByLabel("IATI activity file or spreadsheet")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("malawi-zambia.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the file")).click();
		assertThat(page.locator("h1")).hasText("Import of malawi-zambia.xlsx");
		assertThat(page.locator("main")).containsText("Row 4 (P-3): the status “Somewhere” is none of");
		assertThat(page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))).hasValue("Title");
		assertThat(page.locator("main")).containsText("2 of 2 activities kept by the rule; 2 chosen for import.");
		Browser.checked(page, "85-sheet-preview");

		page.getByLabel("Description", new Page.GetByLabelOptions().setExact(true)).selectOption("Title");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the file with these columns"))
			.click();
		assertThat(page.locator("#column-DESCRIPTION-error")).containsText("is chosen for two fields");
		Browser.checked(page, "86-sheet-columns-refused");

		page.getByLabel("Description", new Page.GetByLabelOptions().setExact(true)).selectOption("");
		page.getByLabel("Save these columns as").fill("cbcm template");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the file with these columns"))
			.click();
		assertThat(page.locator("main")).containsText("The file was read again with these columns.");
		page.getByLabel("Publish the initiatives at once").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 2 activities")).click();
		assertThat(page.locator("#report-title"))
			.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		assertThat(page.locator("#report-title ~ dl dd").nth(0)).hasText("2");
		Browser.checked(page, "87-sheet-report");

		page.navigate(url("/initiatives?q=Malawi"));
		assertThat(page.locator("main")).containsText("Biosafety clearing-house node for Malawi");
		page.navigate(url("/exchange/imports"));
		assertThat(page.getByLabel("Columns of a spreadsheet").locator("option"))
			.containsText(new String[] { "Found from the file's headers", "cbcm template" });

		// The same portfolio again, through the saved mapping: nothing changes.
		page.getByLabel("IATI activity file or spreadsheet")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("malawi-zambia.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled));
		page.getByLabel("Columns of a spreadsheet").selectOption("cbcm template");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the file")).click();
		assertThat(page.locator("main")).containsText("2 of 2 activities kept by the rule; 2 chosen for import.");
		page.getByLabel("Publish the initiatives at once").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 2 activities")).click();
		assertThat(page.locator("#report-title"))
			.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		assertThat(page.locator("#report-title ~ dl dd").nth(2)).hasText("2");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
