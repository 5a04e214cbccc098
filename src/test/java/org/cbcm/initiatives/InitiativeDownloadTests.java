package org.cbcm.initiatives;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list's selection taken away as CSV, Excel and JSON, as a reader of the public
 * registry would: only the published initiatives the filters select, organisations by
 * name, labels in the reader's language (machine codes in JSON), US dollars only where
 * the year's rate is kept, and a title that a spreadsheet would run as a formula kept as
 * text.
 */
@IntegrationTest
class InitiativeDownloadTests {

	static final OrganisationId GEF = InitiativeApiTests.GEF;

	static final OrganisationId UNEP = InitiativeApiTests.UNEP;

	static final OrganisationId FAO = InitiativeApiTests.FAO;

	/** A title a spreadsheet would take for a formula. */
	static final String FORMULA_TITLE = "=1+1 Biosafety awareness in Kenya";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	/** Kenya, Uganda and Tanzania; GEF money in euros, for which no rate is kept. */
	String eastAfrica;

	/** Kenya only; FAO money in US dollars. */
	String kenya;

	/** Brazil only: outside the selection of Kenya. */
	String brazil;

	@BeforeEach
	void registry() throws Exception {
		InitiativeApiTests.clear(jdbc);
		TestAccounts people = TestAccounts.in(context);
		RegistryFixtures registry = RegistryFixtures.in(context);
		eastAfrica = registry.aPublishedInitiative(people.holding(Role.ORGANISATION_REPORTER, UNEP),
				InitiativeApiTests.regional("Detecting LMOs in East Africa"));
		kenya = registry.aPublishedInitiative(people.holding(Role.ORGANISATION_REPORTER, FAO),
				national(FORMULA_TITLE, "KEN", 50000));
		brazil = registry.aPublishedInitiative(people.holding(Role.ORGANISATION_REPORTER, FAO),
				national("Biosafety framework of Brazil", "BRA", 80000));
		// A draft is not public, so no download holds it.
		registry.aDraft(people.holding(Role.ORGANISATION_REPORTER, FAO), national("A draft in Kenya", "KEN", 10));
	}

	/** A completed one-country activity FAO funds in US dollars and UNEP carries out. */
	static String national(String title, String country, int usd) {
		return """
				{"title": "%s", "type": "ACTIVITY", "implementation": "COMPLETED",
				 "schedule": {"plannedStart": "2023-01-10", "plannedEnd": "2023-12-31"},
				 "geography": {"scope": "NATIONAL", "countries": [{"country": "%s"}]},
				 "participants": [{"organisation": "%s", "role": "DONOR"},
				   {"organisation": "%s", "role": "IMPLEMENTING_AGENCY"}],
				 "funding": {"totalBudget": %d, "currency": "USD", "source": "13(d)(i)"},
				 "focus": {"keyElements": [{"element": "12(a)(i)"}], "activities": ["14(l)"]}}""".formatted(title,
				country, FAO, UNEP, usd);
	}

	@Test
	void the_csv_holds_the_selection_named_and_labelled_for_excel() throws Exception {
		MockHttpServletResponse response = download("/initiatives/download.csv?country=KEN");
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.matches("attachment; filename=\"initiatives-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
		byte[] body = response.getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);

		String text = new String(body, StandardCharsets.UTF_8).substring(1);
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
		assertThat(records.get(0).values())
			.startsWith("Identifier", "Link", "Title", "Project number", "Type", "Status", "Start", "End",
					"Geographic scope", "Countries (ISO alpha-3)", "Donors", "Implementers")
			.contains("Total budget in US dollars", "Country shares split evenly");
		Map<String, Map<String, String>> rows = new HashMap<>();
		for (CSVRecord record : records.subList(1, records.size())) {
			Map<String, String> row = new HashMap<>();
			for (int index = 0; index < record.size(); index++) {
				row.put(records.get(0).get(index), record.get(index));
			}
			rows.put(row.get("Identifier"), row);
		}
		assertThat(rows).containsOnlyKeys(eastAfrica, kenya);

		Map<String, String> regional = rows.get(eastAfrica);
		assertThat(regional.get("Link")).isEqualTo("http://localhost:8080/initiatives/" + eastAfrica);
		assertThat(regional.get("Title")).isEqualTo("Detecting LMOs in East Africa");
		assertThat(regional.get("Project number")).isEqualTo("GEF-5432");
		assertThat(regional.get("Type")).isEqualTo("Project");
		assertThat(regional.get("Status")).isEqualTo("Ongoing");
		assertThat(regional.get("Start")).isEqualTo("2024-03-15");
		assertThat(regional.get("End")).isEqualTo("2027-01-31");
		assertThat(regional.get("Geographic scope")).isEqualTo("Sub-regional");
		assertThat(regional.get("Countries (ISO alpha-3)")).isEqualTo("KEN; TZA; UGA");
		assertThat(regional.get("Donors")).isEqualTo("Global Environment Facility");
		assertThat(regional.get("Implementers")).isEqualTo("United Nations Environment Programme");
		assertThat(regional.get("Key elements")).isEqualTo("12(c); 12(i)");
		assertThat(regional.get("Activities")).isEqualTo("14(l); 14(m)");
		assertThat(regional.get("Funding source")).isEqualTo("13(d)(i)");
		assertThat(new BigDecimal(regional.get("Total budget"))).isEqualByComparingTo("1200000");
		assertThat(regional.get("Currency")).isEqualTo("EUR");
		assertThat(regional.get("Budget year")).isEqualTo("2024");
		assertThat(regional.get("Total budget in US dollars")).as("no rate of the euro is kept for 2024").isEmpty();
		assertThat(regional.get("Country shares split evenly")).isEqualTo("Yes");
		assertThat(regional.get("Published at (UTC)")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

		Map<String, String> national = rows.get(kenya);
		assertThat(national.get("Title")).as("a formula stays text").isEqualTo("'" + FORMULA_TITLE);
		assertThat(national.get("Status")).isEqualTo("Completed");
		assertThat(national.get("Donors")).isEqualTo("Food and Agriculture Organization of the United Nations");
		assertThat(new BigDecimal(national.get("Total budget in US dollars"))).isEqualByComparingTo("50000");
		assertThat(national.get("Country shares split evenly")).isEqualTo("No");
	}

	@Test
	void the_workbook_has_dates_and_numbers_a_frozen_header_and_says_what_it_holds() throws Exception {
		MockHttpServletResponse response = download("/initiatives/download.xlsx?country=KEN");
		assertThat(response.getContentType())
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.matches("attachment; filename=\"initiatives-\\d{4}-\\d{2}-\\d{2}\\.xlsx\"");

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Initiatives");
			Row header = sheet.getRow(0);
			List<String> headers = new ArrayList<>();
			header.forEach(cell -> headers.add(cell.getStringCellValue()));
			assertThat(headers).startsWith("Identifier", "Link", "Title");
			assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);

			Map<String, Row> rows = new HashMap<>();
			for (int index = 1; index <= sheet.getLastRowNum(); index++) {
				rows.put(sheet.getRow(index).getCell(0).getStringCellValue(), sheet.getRow(index));
			}
			assertThat(rows).containsOnlyKeys(eastAfrica, kenya);

			Row regional = rows.get(eastAfrica);
			Cell budget = regional.getCell(headers.indexOf("Total budget"));
			assertThat(budget.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(budget.getNumericCellValue()).isEqualTo(1200000.0);
			Cell start = regional.getCell(headers.indexOf("Start"));
			assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
			assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 15));
			Cell usd = regional.getCell(headers.indexOf("Total budget in US dollars"));
			assertThat(usd == null || usd.getCellType() == CellType.BLANK).as("no rate, no dollars").isTrue();
			assertThat(regional.getCell(headers.indexOf("Status")).getStringCellValue()).isEqualTo("Ongoing");
			assertThat(regional.getCell(headers.indexOf("Donors")).getStringCellValue())
				.isEqualTo("Global Environment Facility");

			Row national = rows.get(kenya);
			Cell title = national.getCell(headers.indexOf("Title"));
			assertThat(title.getCellType()).isEqualTo(CellType.STRING);
			assertThat(title.getStringCellValue()).isEqualTo("'" + FORMULA_TITLE);
			assertThat(national.getCell(headers.indexOf("Total budget in US dollars")).getNumericCellValue())
				.isEqualTo(50000.0);
			assertThat(DateUtil.isCellDateFormatted(national.getCell(headers.indexOf("Published at (UTC)")))).isTrue();

			Sheet about = workbook.getSheet("About");
			assertThat(about).isNotNull();
			StringBuilder said = new StringBuilder();
			DataFormatter formatter = new DataFormatter();
			about.forEach(row -> row.forEach(cell -> said.append(formatter.formatCellValue(cell)).append('\n')));
			assertThat(said.toString()).contains("Downloaded on", "Country: Kenya", "Initiatives\n2\n",
					"exchange rates the Secretariat keeps", "left empty, never guessed",
					"split evenly among them; the column \"Country shares split evenly\"");
		}
	}

	@Test
	void the_json_has_machine_codes_iso_dates_and_null_for_a_missing_rate() throws Exception {
		MockHttpServletResponse response = download("/initiatives/download.json?country=KEN&sort=TITLE");
		assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON))
			.isTrue();
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.matches("attachment; filename=\"initiatives-\\d{4}-\\d{2}-\\d{2}\\.json\"");

		JsonNode body = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(body.get("generatedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		assertThat(body.get("filters").get("country").get(0).asString()).isEqualTo("KEN");
		assertThat(body.get("sort").asString()).isEqualTo("TITLE");
		Map<String, JsonNode> items = new HashMap<>();
		body.get("items").forEach(item -> items.put(item.get("id").asString(), item));
		assertThat(items).containsOnlyKeys(eastAfrica, kenya);

		JsonNode regional = items.get(eastAfrica);
		assertThat(regional.get("link").asString()).isEqualTo("http://localhost:8080/initiatives/" + eastAfrica);
		assertThat(regional.get("type").asString()).isEqualTo("PROJECT");
		assertThat(regional.get("status").asString()).isEqualTo("ONGOING");
		assertThat(regional.get("scope").asString()).isEqualTo("SUB_REGIONAL");
		assertThat(regional.get("start").asString()).isEqualTo("2024-03-15");
		assertThat(regional.get("countries").toString()).isEqualTo("[\"KEN\",\"TZA\",\"UGA\"]");
		assertThat(regional.get("donors").get(0).get("id").asString()).isEqualTo(GEF.toString());
		assertThat(regional.get("donors").get(0).get("name").asString()).isEqualTo("Global Environment Facility");
		assertThat(regional.get("keyElements").toString()).isEqualTo("[\"12(c)\",\"12(i)\"]");
		assertThat(regional.get("totalBudget").decimalValue()).isEqualByComparingTo("1200000");
		assertThat(regional.get("usd").isNull()).as("no rate of the euro is kept for 2024").isTrue();
		assertThat(regional.get("countrySharesSplitEvenly").asBoolean()).isTrue();

		JsonNode national = items.get(kenya);
		assertThat(national.get("title").asString()).as("data, not a spreadsheet").isEqualTo(FORMULA_TITLE);
		assertThat(national.get("implementers").get(0).get("name").asString())
			.isEqualTo("United Nations Environment Programme");
		assertThat(national.get("usd").decimalValue()).isEqualByComparingTo("50000");
		assertThat(national.get("countrySharesSplitEvenly").asBoolean()).isFalse();
	}

	@Test
	void without_filters_every_published_initiative_is_downloaded() throws Exception {
		JsonNode body = json.readTree(download("/initiatives/download.json").getContentAsString());
		List<String> ids = new ArrayList<>();
		body.get("items").forEach(item -> ids.add(item.get("id").asString()));
		assertThat(ids).containsExactlyInAnyOrder(eastAfrica, kenya, brazil);
		assertThat(body.get("filters").isEmpty()).isTrue();
	}

	@Test
	void the_list_links_to_the_downloads_of_its_selection() throws Exception {
		String page = mvc.perform(get("/initiatives?country=KEN&sort=TITLE&page=0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String format : List.of("csv", "xlsx", "json")) {
			assertThat(page).contains("href=\"/initiatives/download." + format + "?country=KEN&amp;sort=TITLE\"");
		}
	}

	@Test
	void a_filter_that_names_nothing_is_a_400_problem_naming_the_parameter() throws Exception {
		for (String format : List.of("csv", "xlsx", "json")) {
			for (String[] bad : new String[][] { { "country=QQQ", "country" }, { "from=abc", "from" },
					{ "from=2030&to=2020", "to" }, { "sort=SIDEWAYS", "sort" } }) {
				mvc.perform(get("/initiatives/download." + format + "?" + bad[0]))
					.andExpect(status().isBadRequest())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
					.andExpect(jsonPath("$.parameter").value(bad[1]));
			}
		}
	}

	@Test
	void links_lead_to_the_configured_address_whatever_host_the_request_names() throws Exception {
		for (String format : new String[] { "csv", "json" }) {
			String body = mvc
				.perform(get("/initiatives/download." + format + "?country=KEN").header("Host", "evil.example"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(body).contains("http://localhost:8080/initiatives/" + eastAfrica).doesNotContain("evil.example");
		}
	}

	private MockHttpServletResponse download(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
	}

}
