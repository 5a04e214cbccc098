package org.cbcm.coordination;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The API, the downloads and the pages agree: on one small world of Eastern Africa, each
 * country's cell for the element has the same verdict, the same initiatives and the same
 * US dollars in the JSON, the CSV file, the heat map, the gap map's table and the cell's
 * own page; and the overlapping initiatives have the same donors and contacts in the
 * JSON, both downloads and the duplications page.
 */
@IntegrationTest
class CoordinationViewsAgreeTests {

	static final String FILTER = "asOf=2026-06-01&region=014&element=12(c)";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JsonMapper json;

	/** What one view says of a country's cell. */
	record Said(String verdict, int initiatives, BigDecimal usd) {

		Said {
			usd = usd.setScale(0, java.math.RoundingMode.HALF_UP);
		}

	}

	InitiativeId laboratories;

	InitiativeId detection;

	/** What one view says of an initiative of an overlap: its donors and its contact. */
	record Listed(String donor, String contact, String email) {
	}

	@BeforeEach
	void eastAfrica() throws Exception {
		CoordinationWorld world = CoordinationWorld.empty(context);
		world.highNeed("KEN", 100_000);
		world.highNeed("UGA", 100_000);
		world.highNeed("TZA", 500_000);
		world.needs("RWA", LocalDate.of(2025, 1, 10), org.cbcm.needs.Priority.LOW, null, null);
		// Kenya's two, registered for real (70% of each on 12(c)), so that their contacts
		// are their records'.
		Registry registry = new Registry(context);
		laboratories = InitiativeId.of(
				registry.publish(
						Registry.withContact(
								Registry.initiative("Biosafety laboratories in Kenya", CoordinationWorld.GEF,
										"2025-03-01", "2027-12-31", 150_000, "KEN"),
								"Amina Odhiambo", "amina@example.org")));
		detection = InitiativeId.of(registry
			.publish(Registry.withContact(Registry.initiative("Detection capacity, Kenya", CoordinationWorld.FAO,
					"2026-01-01", "2026-12-31", 80_000, "KEN"), "Joseph Mwangi", "joseph@example.org")));
		world.initiative("Risk management in Tanzania", CoordinationWorld.UNEP, LocalDate.of(2025, 1, 1),
				LocalDate.of(2026, 12, 31), 120_000, "TZA");
	}

	@Test
	void api_download_and_pages_say_the_same_of_every_cell() throws Exception {
		Map<String, Said> api = api();
		assertThat(api).containsEntry("KEN", new Said("POSSIBLE_DUPLICATION", 2, new BigDecimal("161000")))
			.containsEntry("UGA", new Said("GAP", 0, BigDecimal.ZERO))
			.containsEntry("TZA", new Said("UNDER_FUNDED", 1, new BigDecimal("120000")))
			.containsEntry("RWA", new Said("NO_STATED_NEED", 0, BigDecimal.ZERO));

		assertThat(download()).isEqualTo(api);
		Map<String, String> heatMap = heatMap();
		assertThat(heatMap).hasSameSizeAs(api);
		api.forEach((country, said) -> assertThat(heatMap.get(country)).as(country).isEqualTo(said.verdict()));
		assertThat(gapMap()).isEqualTo(api);

		Document kenya = page("/coordination/coverage/KEN/12(c)?asOf=2026-06-01");
		assertThat(kenya.select("p.why").text())
			.startsWith("POSSIBLE DUPLICATION: 2 active initiatives of 2 different");
		assertThat(kenya.select("tbody tr")).hasSize(2);
		assertThat(kenya.select("tfoot td").first().text()).startsWith("161,000");
		Document uganda = page("/coordination/coverage/UGA/12(c)?asOf=2026-06-01");
		assertThat(uganda.select("p.why").text())
			.isEqualTo("GAP: Uganda states a high need in 12(c) and no active initiative on it as of 2026-06-01.");
	}

	@Test
	void api_downloads_and_page_name_the_same_donors_and_contacts_of_each_overlapping_initiative() throws Exception {
		Map<String, Listed> expected = Map.of(laboratories.toString(),
				new Listed("Global Environment Facility (GEF)", "Amina Odhiambo", "amina@example.org"),
				detection.toString(), new Listed("Food and Agriculture Organization of the United Nations (FAO)",
						"Joseph Mwangi", "joseph@example.org"));

		JsonNode api = json.readTree(body("/api/v1/coordination/duplications?" + FILTER));
		assertThat(api.get("content")).hasSize(1);
		Map<String, Listed> fromApi = new TreeMap<>();
		Map<String, String> donorIds = Map.of(CoordinationWorld.GEF.toString(), "Global Environment Facility (GEF)",
				CoordinationWorld.FAO.toString(), "Food and Agriculture Organization of the United Nations (FAO)");
		for (JsonNode initiative : api.get("content").get(0).get("initiatives")) {
			JsonNode contact = initiative.get("contacts").get(0);
			assertThat(initiative.get("contacts")).hasSize(1);
			fromApi.put(initiative.get("id").asString(),
					new Listed(donorIds.get(initiative.get("donors").get(0).asString()), contact.get("name").asString(),
							contact.get("email").asString()));
		}
		assertThat(fromApi).isEqualTo(expected);

		String csv = body("/coordination/duplications.csv?" + FILTER).replace("\uFEFF", "");
		Map<String, Listed> fromCsv = new TreeMap<>();
		for (CSVRecord record : CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords()) {
			fromCsv.put(record.get("Initiative identifier"), listed(record.get("Donors"), record.get("Contacts")));
		}
		assertThat(fromCsv).isEqualTo(expected);

		Map<String, Listed> fromWorkbook = new TreeMap<>();
		MockHttpServletResponse xlsx = mvc.perform(get("/coordination/duplications.xlsx?" + FILTER))
			.andReturn()
			.getResponse();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
			List<String> headers = new java.util.ArrayList<>();
			sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
			for (int row = 1; row <= sheet.getLastRowNum(); row++) {
				org.apache.poi.ss.usermodel.Row cells = sheet.getRow(row);
				fromWorkbook.put(cells.getCell(headers.indexOf("Initiative identifier")).getStringCellValue(),
						listed(cells.getCell(headers.indexOf("Donors")).getStringCellValue(),
								cells.getCell(headers.indexOf("Contacts")).getStringCellValue()));
			}
		}
		assertThat(fromWorkbook).isEqualTo(expected);

		Document page = page("/coordination/duplications?" + FILTER);
		Map<String, Listed> fromPage = new TreeMap<>();
		for (Element row : page.select("article.overlap tbody tr")) {
			String href = row.selectFirst("td a").attr("href");
			Element contacts = row.selectFirst("td.contacts");
			fromPage.put(href.substring("/initiatives/".length()), new Listed(row.select("td").get(1).text(),
					contacts.selectFirst("li > span").text(), contacts.selectFirst("a[href^=mailto:]").text()));
		}
		assertThat(fromPage).isEqualTo(expected);
	}

	/** A download's donors and contacts cells: "name, institution, email". */
	private static Listed listed(String donors, String contacts) {
		String[] parts = contacts.split(", ");
		return new Listed(donors, parts[0], parts[parts.length - 1]);
	}

	private Map<String, Said> api() throws Exception {
		JsonNode coverage = json.readTree(body("/api/v1/coordination/coverage?" + FILTER + "&size=100"));
		Map<String, Said> said = new TreeMap<>();
		for (JsonNode row : coverage.get("rows").get("content")) {
			JsonNode cell = row.get("cells").get(0);
			said.put(row.get("country").asString(), new Said(cell.get("verdict").asString(),
					cell.get("initiativeCount").asInt(), cell.get("allocatedUsd").decimalValue()));
		}
		return said;
	}

	private Map<String, Said> download() throws Exception {
		String csv = body("/coordination/coverage.csv?" + FILTER).replace("\uFEFF", "");
		Map<String, Said> said = new TreeMap<>();
		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
		for (CSVRecord record : records) {
			said.put(record.get("Country (ISO alpha-3)"), new Said(record.get("Verdict"),
					Integer.parseInt(record.get("Active initiatives")), new BigDecimal(record.get("Allocated (USD)"))));
		}
		return said;
	}

	private Map<String, String> heatMap() throws Exception {
		Document page = page("/coordination/coverage?" + FILTER + "&size=100");
		Map<String, String> verdicts = new HashMap<>();
		for (Element cell : page.select("table.heat-map td[data-element=12(c)]")) {
			String href = cell.selectFirst("a").attr("href");
			verdicts.put(href.substring("/coordination/coverage/".length(), href.indexOf('/', 23)),
					cell.attr("data-verdict"));
		}
		return verdicts;
	}

	private Map<String, Said> gapMap() throws Exception {
		Document page = page("/coordination/gaps?" + FILTER);
		Map<String, Said> said = new TreeMap<>();
		for (Element row : page.select("table.gap-table tbody tr")) {
			String country = row.attr("data-country");
			String verdict = row.attr("data-verdict");
			Element shape = page.select("svg.world-map [data-code=" + country + "]").first();
			if (shape != null) {
				assertThat(shape.attr("class")).as(country).endsWith("k-" + verdict);
			}
			said.put(country, new Said(verdict, Integer.parseInt(row.select("td").get(2).text()),
					new BigDecimal(row.select("td").get(3).text().replace(",", ""))));
		}
		return said;
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(body(path));
	}

	private String body(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
