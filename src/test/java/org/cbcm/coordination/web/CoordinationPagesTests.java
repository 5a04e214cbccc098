package org.cbcm.coordination.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cbcm.coordination.AnalysisFilter;
import org.cbcm.coordination.CoordinationAnalysis;
import org.cbcm.coordination.CountedInitiative;
import org.cbcm.coordination.CountryGroup;
import org.cbcm.coordination.CoverageCell;
import org.cbcm.coordination.CoverageMatrix;
import org.cbcm.coordination.FundingAdequacy;
import org.cbcm.coordination.OverlappingSupport;
import org.cbcm.coordination.Partnership;
import org.cbcm.coordination.Verdict;
import org.cbcm.directory.ProfileContact;
import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ItemCode;
import org.cbcm.initiatives.Endorsement;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.needs.Capacity;
import org.cbcm.needs.Priority;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.ResultPage;
import org.cbcm.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The coordination pages and downloads render what the analysis answers, whatever it is:
 * here a hand-made answer stands in for the analysis, so that what each page shows can be
 * stated exactly. The analysis itself, and the pages on its real answers, are tested with
 * scenarios elsewhere.
 */
@IntegrationTest
class CoordinationPagesTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 12, 4);

	static final CountryCode KEN = CountryCode.of("KEN");

	static final CountryCode UGA = CountryCode.of("UGA");

	static final ItemCode A = ItemCode.of("12(a)");

	static final ItemCode B = ItemCode.of("12(b)");

	static final OrganisationId DONOR = new OrganisationId(UUID.nameUUIDFromBytes("donor".getBytes()));

	static final OrganisationId OTHER = new OrganisationId(UUID.nameUUIDFromBytes("other".getBytes()));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CoordinationAnalysis analysis;

	static final CoverageCell GAP_CELL = new CoverageCell(KEN, B, Priority.HIGH, Capacity.BASIC,
			new BigDecimal("100000"), List.of(), BigDecimal.ZERO, false, Verdict.GAP, List.of());

	static final CoverageCell COVERED_CELL = new CoverageCell(KEN, A, Priority.MEDIUM, Capacity.MODERATE, null,
			List.of(initiative("11111111-1111-1111-1111-111111111111", "Biosafety training", DONOR, "50000", true)),
			new BigDecimal("50000"), true, Verdict.COVERED, List.of());

	static final CoverageCell DUPLICATED_CELL = new CoverageCell(UGA, B, Priority.HIGH, null, null,
			List.of(initiative("22222222-2222-2222-2222-222222222222", "First", DONOR, "10", false),
					initiative("33333333-3333-3333-3333-333333333333", "Second", OTHER, "20", false)),
			new BigDecimal("30"), false, Verdict.POSSIBLE_DUPLICATION, List.of());

	static final CoverageCell NONE_CELL = new CoverageCell(UGA, A, null, null, null, List.of(), BigDecimal.ZERO, false,
			Verdict.NO_STATED_NEED, List.of());

	static CountedInitiative initiative(String id, String title, OrganisationId donor, String usd, boolean estimated) {
		return new CountedInitiative(InitiativeId.of(id), title, List.of(donor), LocalDate.of(2025, 1, 1),
				LocalDate.of(2027, 12, 31), new BigDecimal(usd), estimated, Endorsement.ENDORSED);
	}

	@BeforeEach
	void answers() {
		answer(analysis);
	}

	/**
	 * Has the analysis answer with the hand-made cells, overlap, funding and
	 * partnerships.
	 */
	static void answer(CoordinationAnalysis analysis) {
		when(analysis.coverage(any(), any())).thenAnswer(call -> new CoverageMatrix(call.getArgument(0), List.of(A, B),
				ResultPage.of(List.of(KEN, UGA), call.getArgument(1), 2),
				List.of(COVERED_CELL, GAP_CELL, NONE_CELL, DUPLICATED_CELL), List.of(),
				List.of(new CoverageMatrix.Allocated(KEN, A, COVERED_CELL.allocatedUsd()),
						new CoverageMatrix.Allocated(UGA, B, DUPLICATED_CELL.allocatedUsd()))));
		when(analysis.cells(any())).thenAnswer(call -> {
			AnalysisFilter filter = call.getArgument(0);
			return List.of(COVERED_CELL, GAP_CELL, NONE_CELL, DUPLICATED_CELL)
				.stream()
				.filter(cell -> filter.country() == null || cell.country().equals(filter.country()))
				.filter(cell -> filter.element() == null || cell.element().equals(filter.element()))
				.toList();
		});
		when(analysis.overlaps(any())).thenReturn(List
			.of(new OverlappingSupport(UGA, B, DUPLICATED_CELL.counted(), Map.of(DUPLICATED_CELL.counted().get(0).id(),
					List.of(new ProfileContact("Amina Odhiambo", "UNEP", "amina@example.org", null))))));
		when(analysis.funding(any())).thenAnswer(call -> new FundingAdequacy(call.getArgument(0),
				List.of(new FundingAdequacy.Row(ItemCode.of("13(d)(i)"), CountryGroup.LDC, 2026, new BigDecimal("600")),
						new FundingAdequacy.Row(null, CountryGroup.DEVELOPED, 2027, new BigDecimal("400"))),
				Map.of(CountryGroup.LDC, new BigDecimal("1000")), new BigDecimal("1000"), new BigDecimal("600"),
				BigDecimal.ZERO));
		when(analysis.partnerships(any())).thenReturn(List.of(
				new Partnership(Partnership.Kind.REGIONAL, B, RegionCode.of("014"),
						List.of(KEN, UGA, CountryCode.of("TZA")), null, List.of()),
				new Partnership(Partnership.Kind.SOUTH_SOUTH, B, RegionCode.of("002"), List.of(KEN),
						CountryCode.of("ZAF"), List.of())));
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
		Document coverage = page("/coordination/coverage?asOf=2026-12-04");
		Element kenya = coverage.select("table.heat-map tbody tr").first();
		assertThat(kenya.select("th").text()).isEqualTo("Kenya");
		assertThat(kenya.select("td").eachText()).containsExactly("COV 12(a): Covered", "GAP 12(b): Gap");
		assertThat(kenya.select("td a").eachAttr("href")).containsExactly(
				"/coordination/coverage/KEN/12(a)?asOf=2026-12-04", "/coordination/coverage/KEN/12(b)?asOf=2026-12-04");
		assertThat(kenya.select("td a").get(1).attr("title"))
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
		assertThat(coverage.select(".chart-block table tbody tr")).hasSize(2);
		assertThat(coverage.select(".chart-block table tbody td").eachText()).contains("50,000", "30");
	}

	@Test
	void initiatives_that_name_no_country_show_fifty_at_a_time_and_the_api_pages_them() throws Exception {
		List<CoverageMatrix.Apart> many = new java.util.ArrayList<>();
		for (int index = 0; index < 120; index++) {
			many.add(new CoverageMatrix.Apart(B, List.of(RegionCode.of("014")),
					initiative("00000000-0000-0000-0000-%012d".formatted(index), "Regional %03d".formatted(index),
							DONOR, "100", false)));
		}
		org.mockito.Mockito
			.doAnswer(call -> new CoverageMatrix(call.getArgument(0), List.of(A, B),
					ResultPage.of(List.of(KEN, UGA), call.getArgument(1), 2),
					List.of(COVERED_CELL, GAP_CELL, NONE_CELL, DUPLICATED_CELL), many, List.of()))
			.when(analysis)
			.coverage(any(), any());

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
		assertThat(cell.select("tbody tr").first().text()).contains("Biosafety training", "50,000 estimate",
				"Endorsed");
		assertThat(cell.select("tfoot").text()).contains("Sum", "50,000 estimate");
		ArgumentCaptor<AnalysisFilter> asked = ArgumentCaptor.forClass(AnalysisFilter.class);
		verify(analysis, org.mockito.Mockito.atLeastOnce()).cells(asked.capture());
		assertThat(asked.getValue()).isEqualTo(new AnalysisFilter(AS_OF, null, null, KEN, A, null, null));

		Document gapCell = page("/coordination/coverage/KEN/12(b)?asOf=2026-12-04");
		assertThat(gapCell.select("p.why").text())
			.isEqualTo("GAP: Kenya states a high need in 12(b) and no active initiative on it as of 2026-12-04.");
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
		assertThat(gaps.select("svg.world-map [data-code=FRA]").first().attr("class")).contains("k-nodata");
		assertThat(gaps.select(".verdict-legend li[data-category=GAP]").text())
			.isEqualTo("GAP Gap: a high or medium need and no active initiative (1)");
		assertThat(gaps.select("table.gap-table tbody tr").eachText()).containsExactly("Kenya GAP Gap high 0 0 100,000",
				"Uganda DUP Possible duplication high 2 30 not stated");
	}

	@Test
	void duplications_list_the_candidates_with_their_donors_dates_and_contacts() throws Exception {
		Document duplications = page("/coordination/duplications");
		Element overlap = duplications.select("article.overlap").first();
		assertThat(overlap.select("h3").text()).startsWith("Uganda: 12(b) ");
		assertThat(overlap.select("tbody tr").eachText()).hasSize(2);
		assertThat(overlap.select("tbody tr").first().text()).contains("First", "2025-01-01 to 2027-12-31");
		assertThat(overlap.select("thead th").eachText()).contains("Donors", "Contacts");
		assertThat(overlap.select("tbody tr").first().select("td.contacts").text())
			.isEqualTo("Amina Odhiambo, UNEP amina@example.org");
		assertThat(overlap.select("tbody tr").first().select("td.contacts a").attr("href"))
			.isEqualTo("mailto:amina@example.org");
		assertThat(overlap.select("tbody tr").get(1).select("td.contacts").text()).isEqualTo("None named");
	}

	@Test
	void funding_draws_its_charts_with_tables_and_the_ldc_share() throws Exception {
		Document funding = page("/coordination/funding");
		assertThat(funding.select(".funding-shares").text()).contains("600 US dollars (60%)");
		assertThat(funding.select(".chart-block svg[role=img]")).hasSize(3);
		assertThat(funding.select("#chart-adequacy").text()).isEqualTo("Requirements and allocations by country group");
		List<String> rows = funding.select(".chart-block table").first().select("tbody tr").eachText();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).startsWith("13(d)(i) ").endsWith(" 600 0 0 0 0 0");
		assertThat(rows.get(1)).isEqualTo("No funding source named 0 0 0 0 0 400");
	}

	@Test
	void partnerships_say_why() throws Exception {
		Document partnerships = page("/coordination/partnerships");
		assertThat(partnerships.select("h2").eachText()).contains("Regional initiatives", "South-South cooperation",
				"Co-funding");
		assertThat(partnerships.select("li[data-kind=REGIONAL] .why").text())
			.startsWith("3 countries of Eastern Africa (Kenya, Uganda, Tanzania) state a high need in 12(b)");
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
		MockHttpServletResponse csv = mvc.perform(get("/coordination/coverage.csv?asOf=2026-12-04"))
			.andReturn()
			.getResponse();
		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getContentType()).startsWith("text/csv");
		assertThat(csv.getHeader("Content-Disposition")).contains("coordination-coverage-");
		List<String> lines = csv.getContentAsString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(5);
		assertThat(lines.get(2)).startsWith("KEN,Kenya,12(b),");
		List<String> gaps = mvc.perform(get("/coordination/gaps.csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.toList();
		assertThat(gaps).hasSize(2);
		for (String view : CoordinationPageEndpoints.VIEWS) {
			MockHttpServletResponse xlsx = mvc.perform(get("/coordination/" + view + ".xlsx"))
				.andReturn()
				.getResponse();
			assertThat(xlsx.getStatus()).as(view).isEqualTo(200);
			assertThat(xlsx.getContentAsByteArray()).as(view).startsWith((byte) 'P', (byte) 'K');
		}
	}

}
