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
 * own page.
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

	@BeforeEach
	void eastAfrica() {
		CoordinationWorld world = CoordinationWorld.empty(context);
		world.highNeed("KEN", 100_000);
		world.highNeed("UGA", 100_000);
		world.highNeed("TZA", 500_000);
		world.needs("RWA", LocalDate.of(2025, 1, 10), org.cbcm.needs.Priority.LOW, null, null);
		world.initiative("Biosafety laboratories in Kenya", CoordinationWorld.GEF, LocalDate.of(2025, 3, 1),
				LocalDate.of(2027, 12, 31), 150_000, "KEN");
		world.initiative("Detection capacity, Kenya", CoordinationWorld.FAO, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), 80_000, "KEN");
		world.initiative("Risk management in Tanzania", CoordinationWorld.UNEP, LocalDate.of(2025, 1, 1),
				LocalDate.of(2026, 12, 31), 120_000, "TZA");
	}

	@Test
	void api_download_and_pages_say_the_same_of_every_cell() throws Exception {
		Map<String, Said> api = api();
		assertThat(api).containsEntry("KEN", new Said("POSSIBLE_DUPLICATION", 2, new BigDecimal("230000")))
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
		assertThat(kenya.select("tfoot td").first().text()).isEqualTo("230,000");
		Document uganda = page("/coordination/coverage/UGA/12(c)?asOf=2026-06-01");
		assertThat(uganda.select("p.why").text())
			.isEqualTo("GAP: Uganda states a high need in 12(c) and no active initiative on it as of 2026-06-01.");
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
