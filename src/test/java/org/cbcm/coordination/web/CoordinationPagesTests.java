package org.cbcm.coordination.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cbcm.coordination.CoordinationAnalysis;
import org.cbcm.coordination.CoordinationWorld;
import org.cbcm.coordination.internal.CoordinationModel;
import org.cbcm.coordination.Verdict;
import org.cbcm.initiatives.InitiativeApiTests;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The coordination pages and downloads say what the real analysis answers on the small
 * world of {@link CoordinationPagesWorld}, whose answer can be stated exactly. The
 * analysis's rules themselves are tested in {@code CoordinationScenarioTests}.
 */
@IntegrationTest
// The same spies as CoordinationRetryTests, so that the two share one application
// context.
@MockitoSpyBean(types = { CoordinationAnalysis.class, CoordinationModel.class })
class CoordinationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	/** The real analysis, watched: how often a page asks it. */
	@Autowired
	CoordinationAnalysis analysis;

	@BeforeEach
	void world() {
		CoordinationPagesWorld.publish(context);
	}

	Document page(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void the_overview_gives_the_headline_figures_and_links_every_view() throws Exception {
		Document overview = page("/coordination");
		assertThat(overview.select("h1").text()).isEqualTo("The coordination analysis");
		assertThat(overview.select(".coordination-figures li").eachText()).contains(
				"1 Gaps: a high or medium need and no active initiative",
				"1 Possible duplications: overlapping support of different donors",
				"60% Share of funding reaching least developed countries");
		assertThat(overview.select("a[href]").eachAttr("href")).contains("/coordination/coverage", "/coordination/gaps",
				"/coordination/duplications", "/coordination/funding", "/coordination/partnerships");
		assertThat(overview.select("nav.navbar a[href=/coordination]").text()).isEqualTo("Coordination");
	}

	@Test
	void the_heat_map_says_each_verdict_in_words_as_well_as_colour_and_links_its_cell() throws Exception {
		Document coverage = page("/coordination/coverage?asOf=2026-12-04&size=500");
		Element kenya = coverage.select("table.heat-map tbody tr:has(th:containsOwn(Kenya))").first();
		assertThat(kenya.select("th").text()).isEqualTo("Kenya");
		// a cell for each element of the plan, in the columns' order
		assertThat(kenya.select("td")).hasSize(coverage.select("table.heat-map thead th").size() - 1);
		assertThat(kenya.select("td").eachText()).contains("COV 12(a): Covered", "GAP 12(b): Gap");
		assertThat(kenya.select("td a").eachAttr("href")).contains("/coordination/coverage/KEN/12(a)?asOf=2026-12-04",
				"/coordination/coverage/KEN/12(b)?asOf=2026-12-04");
		assertThat(kenya.select("td a[href=/coordination/coverage/KEN/12(b)?asOf=2026-12-04]").attr("title"))
			.isEqualTo("GAP: Kenya states a high need in 12(b) and no active initiative on it as of 2026-12-04.");
		assertThat(coverage.select(".verdict-legend li").eachText()).hasSize(Verdict.values().length);
		assertThat(coverage.select("#chart-elements").text()).isEqualTo("US dollars by key element and country group");
		assertThat(coverage.select(".chart-block svg[role=img] title").first().text())
			.isEqualTo("US dollars by key element and country group");
		assertThat(coverage.select("a[href^=/coordination/coverage.csv]").attr("href"))
			.isEqualTo("/coordination/coverage.csv?asOf=2026-12-04");
	}

	@Test
	void the_heat_map_asks_the_analysis_once_and_charts_the_whole_selection_from_that_answer() throws Exception {
		Document coverage = page("/coordination/coverage?asOf=2026-12-04");
		verify(analysis, times(1)).coverage(any(), any());
		verify(analysis, never()).cells(any());
		// The chart's table sums every page's allocations, which the matrix carries.
		assertThat(coverage.select(".chart-block table tbody td").eachText()).contains("60,000", "180,000");
	}

	@Test
	void initiatives_that_name_no_country_show_fifty_at_a_time_and_the_api_pages_them() throws Exception {
		List<InitiativeContent> regional = new ArrayList<>();
		for (int index = 0; index < 120; index++) {
			regional.add(CoordinationWorld.content("Regional %03d".formatted(index), CoordinationPagesWorld.DONOR,
					CoordinationPagesWorld.B, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), 100));
		}
		InitiativeApiTests.clear(context.getBean(JdbcClient.class));
		CoordinationWorld.empty(context).load(regional);

		Document first = page("/coordination/coverage?asOf=2026-12-04&page=0");
		assertThat(first.select("section.apart tbody tr")).hasSize(50);
		assertThat(first.select("section.apart .apart-count").text()).isEqualTo("120 initiatives; 1 to 50 shown");
		assertThat(first.select("nav.apart-paging a[rel=next]").attr("href"))
			.isEqualTo("/coordination/coverage?asOf=2026-12-04&page=0&apartPage=1#apart-heading");
		Document last = page("/coordination/coverage?asOf=2026-12-04&apartPage=2");
		assertThat(last.select("section.apart tbody tr")).hasSize(20);
		assertThat(last.select("section.apart tbody tr").first().text()).contains("Regional 100");
		assertThat(last.select("section.apart .apart-count").text()).isEqualTo("120 initiatives; 101 to 120 shown");
		assertThat(last.select("nav.apart-paging a[rel=next]")).isEmpty();
		assertThat(mvc.perform(get("/coordination/coverage?apartPage=-1")).andReturn().getResponse().getStatus())
			.isEqualTo(400);

		// The API pages them too, the rows of the matrix apart.
		String json = mvc.perform(get("/api/v1/coordination/coverage?apartPage=2&apartSize=50"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		tools.jackson.databind.JsonNode apart = new tools.jackson.databind.json.JsonMapper().readTree(json)
			.get("apart");
		assertThat(apart.get("content")).hasSize(20);
		assertThat(apart.get("totalElements").asInt()).isEqualTo(120);
		assertThat(apart.get("content").get(0).get("initiative").get("title").asString()).isEqualTo("Regional 100");
		assertThat(mvc.perform(get("/api/v1/coordination/coverage?apartSize=0")).andReturn().getResponse().getStatus())
			.isEqualTo(400);
		assertThat(mvc.perform(get("/api/v1/coordination/coverage?apartSize=501"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("apartSize");
	}

	@Test
	void a_cell_explains_its_verdict_with_the_need_the_initiatives_and_the_sums() throws Exception {
		Document cell = page("/coordination/coverage/KEN/12(a)?asOf=2026-12-04");
		assertThat(cell.select("p.why").text()).startsWith("COVERED: one active initiative works on 12(a) in Kenya");
		assertThat(cell.select("dl").text()).contains("Priority medium", "Current capacity moderate",
				"Requirement (USD) not stated");
		// the cell's own initiative only: not Uganda's, nor those on 12(b)
		assertThat(cell.select("tbody tr")).hasSize(1);
		assertThat(cell.select("tbody tr").first().text()).contains("Biosafety training", "60,000 estimate",
				"Endorsed");
		assertThat(cell.select("tfoot").text()).contains("Sum", "60,000 estimate");

		Document gapCell = page("/coordination/coverage/KEN/12(b)?asOf=2026-12-04");
		assertThat(gapCell.select("p.why").text())
			.isEqualTo("GAP: Kenya states a high need in 12(b) and no active initiative on it as of 2026-12-04.");

		// the cell as of the date asked: before Kenya's assessment and the training began
		Document before = page("/coordination/coverage/KEN/12(a)?asOf=2024-12-31");
		assertThat(before.select("p.why").text())
			.isEqualTo("NO STATED NEED: no published needs assessment of Kenya rates 12(a) as of 2024-12-31.");
		assertThat(before.select("tbody tr")).isEmpty();
	}

	@Test
	void a_cell_of_no_country_or_no_element_is_not_found() throws Exception {
		// QZQ: a well-formed alpha-3 code in the range ISO 3166 leaves to users, no
		// country
		assertThat(mvc.perform(get("/coordination/coverage/QZQ/12(b)")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/coordination/coverage/KEN/13(d)(i)")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/coordination/coverage/KEN/nonsense")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void the_gap_map_colours_countries_by_verdict_with_a_legend_and_a_table() throws Exception {
		Document gaps = page("/coordination/gaps?element=12(b)");
		assertThat(gaps.select("svg.world-map [data-code=KEN]").first().attr("class")).contains("k-GAP");
		assertThat(gaps.select("svg.world-map [data-code=UGA]").first().attr("class"))
			.contains("k-POSSIBLE_DUPLICATION");
		// not a Party, and neither needs nor initiatives: no cell
		assertThat(gaps.select("svg.world-map [data-code=USA]").first().attr("class")).contains("k-nodata");
		assertThat(gaps.select(".verdict-legend li[data-category=GAP]").text())
			.isEqualTo("GAP Gap: a high or medium need and no active initiative (1)");
		assertThat(gaps.select("table.gap-table tbody tr")
			.eachText()
			.stream()
			.filter(row -> !row.contains("No stated need"))
			.toList()).containsExactly("Kenya GAP Gap high 0 0 100,000",
					"United Republic of Tanzania COV Covered high 1 0 not stated",
					"Uganda DUP Possible duplication high 2 180,000 not stated");
	}

	@Test
	void duplications_list_the_candidates_with_their_donors_dates_and_contacts() throws Exception {
		Document duplications = page("/coordination/duplications");
		assertThat(duplications.select("article.overlap")).hasSize(1);
		Element overlap = duplications.select("article.overlap").first();
		assertThat(overlap.select("h3").text()).startsWith("Uganda: 12(b) ");
		assertThat(overlap.select("tbody tr").eachText()).hasSize(2);
		assertThat(overlap.select("tbody tr").first().text()).contains("First", "2025-01-01 to 2027-12-31");
		assertThat(overlap.select("thead th").eachText()).contains("Donors", "Contacts");
		// The world's initiatives are events without records, so they name no contact;
		// the
		// contacts of registered initiatives: CoordinationViewsAgreeTests.
		assertThat(overlap.select("tbody tr td.contacts").eachText()).containsExactly("None named", "None named");
	}

	@Test
	void funding_draws_its_charts_with_tables_and_the_ldc_share() throws Exception {
		Document funding = page("/coordination/funding");
		assertThat(funding.select(".funding-shares").text()).contains("180,000 US dollars (60%)");
		assertThat(funding.select(".chart-block svg[role=img]")).hasSize(3);
		assertThat(funding.select("#chart-adequacy").text()).isEqualTo("Requirements and allocations by country group");
		List<String> rows = funding.select(".chart-block table").first().select("tbody tr").eachText();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).startsWith("13(d)(i) ").endsWith(" 180,000 0 0 0 60,000 0");
		assertThat(rows.get(1)).isEqualTo("No funding source named 0 0 0 0 0 60,000");
	}

	@Test
	void partnerships_say_why() throws Exception {
		Document partnerships = page("/coordination/partnerships");
		assertThat(partnerships.select("h2").eachText()).contains("Regional initiatives", "South-South cooperation",
				"Co-funding");
		assertThat(partnerships.select("li[data-kind=REGIONAL] .why").text()).startsWith(
				"3 countries of Sub-Saharan Africa (Kenya, United Republic of Tanzania, Uganda) state a high need in 12(b)");
		assertThat(partnerships.select("li[data-kind=SOUTH_SOUTH] .why").text()).startsWith("South Africa reports");
	}

	@Test
	void a_filter_value_that_names_nothing_is_shown_beside_its_field() throws Exception {
		MockHttpServletResponse response = mvc
			.perform(get("/coordination/coverage?asOf=yesterday&element=12(z)&region=999&group=RICH"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#asOf-error").text()).contains("'yesterday' is not a date");
		assertThat(page.select("#element-error").text())
			.contains("'12(z)' is not such an item of the current Action Plan");
		assertThat(page.select("#region-error").text()).isNotBlank();
		assertThat(page.select("#group-error").text()).contains("'RICH' is not a country group");
		assertThat(page.select("#asOf").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("table.heat-map")).isEmpty();
		assertThat(mvc.perform(get("/coordination/funding.csv?donor=nobody")).andReturn().getResponse().getStatus())
			.isEqualTo(400);
	}

	@Test
	void downloads_hold_the_views_cells() throws Exception {
		MockHttpServletResponse csv = mvc.perform(get("/coordination/coverage.csv?asOf=2026-12-04&country=KEN"))
			.andReturn()
			.getResponse();
		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getContentType()).startsWith("text/csv");
		assertThat(csv.getHeader("Content-Disposition")).contains("coordination-coverage-");
		List<String> lines = csv.getContentAsString(StandardCharsets.UTF_8).lines().toList();
		// a line for each element of the plan: as many as the heat map's columns
		assertThat(lines).hasSize(page("/coordination/coverage?country=KEN").select("table.heat-map thead th").size());
		assertThat(lines).allMatch(line -> line == lines.get(0) || line.startsWith("KEN,Kenya,"));
		assertThat(lines).anyMatch(line -> line.startsWith("KEN,Kenya,12(b),"));
		List<String> gaps = mvc.perform(get("/coordination/gaps.csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.toList();
		assertThat(gaps).hasSize(2);
		assertThat(gaps.get(1)).startsWith("KEN,Kenya,12(b),");
		for (String view : CoordinationPageEndpoints.VIEWS) {
			MockHttpServletResponse xlsx = mvc.perform(get("/coordination/" + view + ".xlsx"))
				.andReturn()
				.getResponse();
			assertThat(xlsx.getStatus()).as(view).isEqualTo(200);
			assertThat(xlsx.getContentAsByteArray()).as(view).startsWith((byte) 'P', (byte) 'K');
		}
	}

}
