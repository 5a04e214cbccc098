package org.cbcm.coordination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cbcm.initiatives.InitiativeFacts;
import org.cbcm.needs.Capacity;
import org.cbcm.needs.Priority;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Paging;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cbcm.coordination.CoordinationWorld.ELEMENT;
import static org.cbcm.coordination.CoordinationWorld.FAO;
import static org.cbcm.coordination.CoordinationWorld.GEF;
import static org.cbcm.coordination.CoordinationWorld.UNEP;

/**
 * Small hand-made worlds whose right answers can be stated: each rule of the verdict, of
 * overlapping support and of regional partnerships, and what stops an initiative
 * counting. Needs and initiatives arrive as their modules' events.
 */
@IntegrationTest
class CoordinationScenarioTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

	static final CountryCode KEN = CountryCode.of("KEN");

	@Autowired
	ApplicationContext context;

	@Autowired
	CoordinationAnalysis analysis;

	CoordinationWorld world;

	@BeforeEach
	void emptyWorld() {
		world = CoordinationWorld.empty(context);
	}

	CoverageCell kenya(LocalDate asOf) {
		AnalysisFilter filter = new AnalysisFilter(asOf, null, null, KEN, ELEMENT, null, null);
		List<CoverageCell> cells = analysis.cells(filter);
		assertThat(cells).hasSize(1);
		return cells.get(0);
	}

	CoverageCell kenya() {
		return kenya(AS_OF);
	}

	@Test
	void a_high_need_with_no_initiative_is_a_gap() {
		world.highNeed("KEN", 100_000);

		CoverageCell cell = kenya();
		assertThat(cell.verdict()).isEqualTo(Verdict.GAP);
		assertThat(cell.priority()).isEqualTo(Priority.HIGH);
		assertThat(cell.requirementUsd()).isEqualByComparingTo("100000");
		assertThat(cell.counted()).isEmpty();
	}

	@Test
	void a_low_need_or_none_is_no_stated_need() {
		assertThat(kenya().verdict()).isEqualTo(Verdict.NO_STATED_NEED);
		world.needs("KEN", LocalDate.of(2025, 1, 10), Priority.LOW, Capacity.MODERATE, 100_000);
		assertThat(kenya().verdict()).isEqualTo(Verdict.NO_STATED_NEED);
	}

	@Test
	void publishing_an_initiative_on_it_makes_it_covered() {
		world.highNeed("KEN", 100_000);
		InitiativeFacts gef = world.initiative("Biosafety laboratories in Kenya", GEF, LocalDate.of(2025, 3, 1),
				LocalDate.of(2027, 12, 31), 150_000, "KEN");

		CoverageCell cell = kenya();
		assertThat(cell.verdict()).isEqualTo(Verdict.COVERED);
		assertThat(cell.counted()).singleElement().satisfies(counted -> {
			assertThat(counted.id()).isEqualTo(gef.id());
			assertThat(counted.donors()).containsExactly(GEF);
			assertThat(counted.allocatedUsd()).isEqualByComparingTo("150000");
			assertThat(counted.estimated()).isFalse();
		});
		assertThat(cell.allocatedUsd()).isEqualByComparingTo("150000");
	}

	@Test
	void a_second_donors_overlapping_initiative_makes_it_a_possible_duplication() {
		world.highNeed("KEN", 100_000);
		InitiativeFacts gef = world.initiative("Biosafety laboratories in Kenya", GEF, LocalDate.of(2025, 3, 1),
				LocalDate.of(2027, 12, 31), 150_000, "KEN");
		InitiativeFacts fao = world.initiative("Detection capacity, Kenya", FAO, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), 80_000, "KEN");

		assertThat(kenya().verdict()).isEqualTo(Verdict.POSSIBLE_DUPLICATION);
		assertThat(analysis.overlaps(AnalysisFilter.asOf(AS_OF))).singleElement().satisfies(overlap -> {
			assertThat(overlap.country()).isEqualTo(KEN);
			assertThat(overlap.element()).isEqualTo(ELEMENT);
			assertThat(overlap.initiatives()).extracting(CountedInitiative::id).containsExactly(gef.id(), fao.id());
		});
	}

	@Test
	void a_second_initiative_of_the_same_donor_is_no_duplication() {
		world.highNeed("KEN", 100_000);
		world.initiative("Biosafety laboratories in Kenya", GEF, LocalDate.of(2025, 3, 1), LocalDate.of(2027, 12, 31),
				150_000, "KEN");
		world.initiative("More laboratories in Kenya", GEF, LocalDate.of(2026, 1, 1), null, 80_000, "KEN");

		assertThat(kenya().verdict()).isEqualTo(Verdict.COVERED);
		assertThat(analysis.overlaps(AnalysisFilter.asOf(AS_OF))).isEmpty();
	}

	@Test
	void one_funded_below_the_requirement_is_under_funded() {
		world.highNeed("KEN", 100_000);
		world.initiative("Biosafety laboratories in Kenya", GEF, LocalDate.of(2025, 3, 1), LocalDate.of(2027, 12, 31),
				60_000, "KEN");

		CoverageCell cell = kenya();
		assertThat(cell.verdict()).isEqualTo(Verdict.UNDER_FUNDED);
		assertThat(cell.allocatedUsd()).isEqualByComparingTo("60000");
	}

	@Test
	void an_even_split_is_an_estimate() {
		world.highNeed("KEN", 90_000);
		world.initiative("East African laboratories", GEF, LocalDate.of(2025, 3, 1), LocalDate.of(2027, 12, 31),
				300_000, "KEN", "UGA", "TZA");

		CoverageCell cell = kenya();
		assertThat(cell.allocatedUsd()).isCloseTo(new BigDecimal("100000"),
				org.assertj.core.data.Offset.offset(BigDecimal.ONE));
		assertThat(cell.estimated()).isTrue();
		assertThat(cell.verdict()).isEqualTo(Verdict.COVERED);
	}

	@Test
	void three_andean_countries_with_the_same_high_need_are_a_regional_opportunity() {
		world.highNeed("BOL", 50_000);
		world.highNeed("ECU", 50_000);
		assertThat(regional()).isEmpty();

		world.highNeed("PER", 50_000);
		assertThat(regional()).singleElement().satisfies(partnership -> {
			assertThat(partnership.region().value()).isEqualTo("419");
			assertThat(partnership.element()).isEqualTo(ELEMENT);
			assertThat(partnership.countries()).extracting(CountryCode::value).containsExactly("BOL", "ECU", "PER");
		});

		// An initiative for one of them is national; one naming two of them is regional.
		world.initiative("Bolivia's laboratories", GEF, LocalDate.of(2025, 1, 1), null, 50_000, "BOL");
		assertThat(regional()).hasSize(1);
		world.initiative("Andean biosafety network", UNEP, LocalDate.of(2025, 1, 1), null, 90_000, "ECU", "PER");
		assertThat(regional()).isEmpty();
	}

	List<Partnership> regional() {
		return analysis.partnerships(AnalysisFilter.asOf(AS_OF))
			.stream()
			.filter(partnership -> partnership.kind() == Partnership.Kind.REGIONAL)
			.toList();
	}

	@Test
	void an_archived_initiative_stops_counting() {
		world.highNeed("KEN", 100_000);
		InitiativeFacts gef = world.initiative("Biosafety laboratories in Kenya", GEF, LocalDate.of(2025, 3, 1),
				LocalDate.of(2027, 12, 31), 150_000, "KEN");
		assertThat(kenya().verdict()).isEqualTo(Verdict.COVERED);

		world.archive(gef);
		assertThat(kenya().verdict()).isEqualTo(Verdict.GAP);
		assertThat(kenya().counted()).isEmpty();
	}

	@Test
	void an_initiative_ending_before_the_as_of_date_stops_counting() {
		world.highNeed("KEN", 100_000);
		world.initiative("Biosafety laboratories in Kenya", GEF, LocalDate.of(2024, 3, 1), LocalDate.of(2026, 5, 31),
				150_000, "KEN");

		assertThat(kenya(LocalDate.of(2026, 5, 31)).verdict()).isEqualTo(Verdict.COVERED);
		assertThat(kenya(LocalDate.of(2026, 6, 1)).verdict()).isEqualTo(Verdict.GAP);
	}

	@Test
	void an_initiative_starting_after_the_as_of_date_does_not_count_yet() {
		world.highNeed("KEN", 100_000);
		world.initiative("Biosafety laboratories in Kenya", GEF, LocalDate.of(2026, 7, 1), null, 150_000, "KEN");

		assertThat(kenya().verdict()).isEqualTo(Verdict.GAP);
		assertThat(kenya(LocalDate.of(2026, 7, 1)).verdict()).isEqualTo(Verdict.COVERED);
	}

	@Test
	void the_needs_are_those_of_the_latest_assessment_on_or_before_the_date() {
		world.needs("KEN", LocalDate.of(2024, 1, 1), Priority.HIGH, Capacity.NONE, 100_000);
		world.needs("KEN", LocalDate.of(2026, 9, 1), Priority.LOW, Capacity.MODERATE, 100_000);

		assertThat(kenya().verdict()).isEqualTo(Verdict.GAP);
		assertThat(kenya(LocalDate.of(2026, 9, 1)).verdict()).isEqualTo(Verdict.NO_STATED_NEED);
		assertThat(kenya(LocalDate.of(2023, 12, 31)).priority()).isNull();
	}

	@Test
	void a_requirement_in_a_currency_without_rate_is_not_converted_and_the_cell_says_so() {
		world.needs("KEN", LocalDate.of(2025, 1, 10), Priority.HIGH, Capacity.BASIC, null);
		context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("UPDATE coord_need SET requirement = 90000, currency = 'XOF'")
			.update();
		world.initiative("Biosafety laboratories in Kenya", GEF, LocalDate.of(2025, 3, 1), null, 1_000, "KEN");

		CoverageCell cell = kenya();
		assertThat(cell.requirementUsd()).isNull();
		assertThat(cell.missingRates()).containsExactly("XOF 2025");
		assertThat(cell.verdict()).isEqualTo(Verdict.COVERED);
	}

	@Test
	void the_matrix_pages_the_parties_and_shows_apart_what_names_no_country() {
		world.highNeed("KEN", 100_000);
		CoverageMatrix matrix = analysis.coverage(AnalysisFilter.asOf(AS_OF), new Paging(0, 10));
		assertThat(matrix.elements()).hasSize(20).startsWith(org.cbcm.framework.ItemCode.of("12(a)"));
		assertThat(matrix.countries().content()).hasSize(10);
		assertThat(matrix.countries().totalElements()).isGreaterThan(150);
		assertThat(matrix.cells()).hasSize(10 * 20);

		CoverageMatrix kenya = analysis.coverage(new AnalysisFilter(AS_OF, null, null, KEN, null, null, null),
				new Paging(0, 10));
		assertThat(kenya.countries().content()).containsExactly(KEN);
		assertThat(kenya.cells()).filteredOn(cell -> cell.element().equals(ELEMENT))
			.singleElement()
			.extracting(CoverageCell::verdict)
			.isEqualTo(Verdict.GAP);
		assertThat(kenya.apart()).isEmpty();
	}

	@Test
	void funding_is_spread_over_the_years_by_source_and_group() {
		world.highNeed("KEN", 100_000);
		world.initiative("Biosafety laboratories in Kenya", GEF, LocalDate.of(2025, 3, 1), LocalDate.of(2027, 12, 31),
				150_000, "KEN");

		FundingAdequacy funding = analysis.funding(AnalysisFilter.asOf(AS_OF));
		assertThat(funding.total()).isEqualByComparingTo("150000");
		assertThat(funding.rows()).extracting(FundingAdequacy.Row::year).containsExactly(2025, 2026, 2027);
		assertThat(funding.rows()).allSatisfy(row -> {
			assertThat(row.usd()).isEqualByComparingTo("50000");
			assertThat(row.source()).isEqualTo(CoordinationWorld.SOURCE);
			assertThat(row.group()).isEqualTo(CountryGroup.OTHER_DEVELOPING);
		});
		assertThat(funding.requirements()).containsEntry(CountryGroup.OTHER_DEVELOPING, new BigDecimal("100000.00"));
	}

}
