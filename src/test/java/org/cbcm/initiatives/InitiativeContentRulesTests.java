package org.cbcm.initiatives;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cbcm.framework.ItemCode;
import org.cbcm.initiatives.InitiativeContent.CountryShare;
import org.cbcm.initiatives.InitiativeContent.ElementShare;
import org.cbcm.initiatives.InitiativeContent.Evaluation;
import org.cbcm.initiatives.InitiativeContent.Focus;
import org.cbcm.initiatives.InitiativeContent.Funding;
import org.cbcm.initiatives.InitiativeContent.Geography;
import org.cbcm.initiatives.InitiativeContent.Participant;
import org.cbcm.initiatives.InitiativeContent.Schedule;
import org.cbcm.initiatives.InitiativeContent.YearFunding;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Validation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of an initiative's content ({@link InitiativeContent#check}): percentages
 * within 0–100 with two decimals and totals of at most 100 (exactly 100 when all are
 * given), no participant twice in a role, donors' shares, ratings from 1 to 4, dates in
 * order, money in a known currency. Every fault named at its field, all at once. Plain:
 * no application, no database.
 */
class InitiativeContentRulesTests {

	static final OrganisationId GEF = new OrganisationId(UUID.nameUUIDFromBytes("gef".getBytes()));

	static final OrganisationId UNEP = new OrganisationId(UUID.nameUUIDFromBytes("unep".getBytes()));

	static final CountryCode KENYA = CountryCode.of("KEN");

	static final CountryCode UGANDA = CountryCode.of("UGA");

	@Test
	void a_titled_record_passes_and_an_untitled_one_does_not() {
		assertThat(faults(InitiativeContent.titled("Biosafety training"))).isEmpty();
		assertThat(faults(InitiativeContent.titled("  "))).containsExactly("title initiative.field.required");
	}

	@Test
	void country_percentages_total_100_when_all_are_given_and_never_more() {
		assertThat(faults(countries(share(KENYA, "60"), share(UGANDA, "40")))).isEmpty();
		assertThat(faults(countries(share(KENYA, "60"), share(UGANDA, null)))).as("the rest is split").isEmpty();
		assertThat(faults(countries(share(KENYA, "60"), share(UGANDA, "30"))))
			.containsExactly("geography.countries initiative.percentage.under-100");
		assertThat(faults(countries(share(KENYA, "60"), share(UGANDA, "50"))))
			.containsExactly("geography.countries initiative.percentage.over-100");
		assertThat(faults(countries(share(KENYA, "70.5"), share(UGANDA, null)))).isEmpty();
	}

	@Test
	void a_percentage_is_between_0_and_100_with_at_most_two_decimals() {
		assertThat(faults(countries(share(KENYA, "100.00")))).isEmpty();
		assertThat(faults(countries(share(KENYA, "-1"), share(UGANDA, null))))
			.containsExactly("geography.countries[0].percentage initiative.percentage.range");
		assertThat(faults(countries(share(KENYA, "101"))))
			.containsExactly("geography.countries[0].percentage initiative.percentage.range");
		assertThat(faults(countries(share(KENYA, "33.333"), share(UGANDA, null))))
			.containsExactly("geography.countries[0].percentage initiative.percentage.decimals");
	}

	@Test
	void key_element_percentages_follow_the_same_rules() {
		ItemCode first = ItemCode.of("12(a)");
		ItemCode second = ItemCode.of("12(b)");
		assertThat(faults(elements(new ElementShare(first, pct("50")), new ElementShare(second, pct("50"))))).isEmpty();
		assertThat(faults(elements(new ElementShare(first, pct("80")), new ElementShare(second, pct("30")))))
			.containsExactly("focus.keyElements initiative.percentage.over-100");
		assertThat(faults(elements(new ElementShare(first, pct("50")), new ElementShare(first, null))))
			.containsExactly("focus.keyElements[1].element initiative.element.twice");
	}

	@Test
	void a_country_is_listed_once() {
		assertThat(faults(countries(share(KENYA, null), share(KENYA, null))))
			.containsExactly("geography.countries[1].country initiative.country.twice");
	}

	@Test
	void an_organisation_takes_each_role_once_but_may_take_two_roles() {
		assertThat(faults(participants(new Participant(GEF, ParticipantRole.DONOR, null),
				new Participant(GEF, ParticipantRole.IMPLEMENTING_AGENCY, null))))
			.isEmpty();
		assertThat(faults(participants(new Participant(GEF, ParticipantRole.DONOR, null),
				new Participant(UNEP, ParticipantRole.DONOR, null), new Participant(GEF, ParticipantRole.DONOR, null))))
			.containsExactly("participants[2].organisation initiative.participant.twice");
	}

	@Test
	void the_shares_of_a_role_total_at_most_100() {
		assertThat(faults(participants(new Participant(GEF, ParticipantRole.DONOR, pct("70")),
				new Participant(UNEP, ParticipantRole.DONOR, pct("30")),
				new Participant(UNEP, ParticipantRole.IMPLEMENTING_AGENCY, pct("100")))))
			.isEmpty();
		assertThat(faults(participants(new Participant(GEF, ParticipantRole.DONOR, pct("70")),
				new Participant(UNEP, ParticipantRole.DONOR, pct("30.01")))))
			.containsExactly("participants initiative.share.role-over-100");
		assertThat(faults(participants(new Participant(GEF, ParticipantRole.DONOR, pct("120")))))
			.containsExactlyInAnyOrder("participants[0].share initiative.percentage.range",
					"participants initiative.share.role-over-100");
	}

	@Test
	void ratings_run_from_1_to_4() {
		Map<DacCriterion, Integer> good = new EnumMap<>(DacCriterion.class);
		good.put(DacCriterion.RELEVANCE, 1);
		good.put(DacCriterion.IMPACT, 4);
		assertThat(faults(evaluated(good))).isEmpty();
		Map<DacCriterion, Integer> bad = new EnumMap<>(DacCriterion.class);
		bad.put(DacCriterion.RELEVANCE, 0);
		bad.put(DacCriterion.IMPACT, 5);
		bad.put(DacCriterion.EFFICIENCY, 3);
		assertThat(faults(evaluated(bad))).containsExactlyInAnyOrder(
				"evaluations[0].ratings.RELEVANCE initiative.rating.range",
				"evaluations[0].ratings.IMPACT initiative.rating.range");
	}

	@Test
	void an_evaluation_names_its_evaluator_and_links_to_a_web_address() {
		Evaluation nameless = new Evaluation(" ", null, Map.of(), null, "not a link");
		assertThat(faults(with(content -> new InitiativeContent(content.title(), null, null, null, null, null, null,
				null, null, null, null, null, null, List.of(nameless), null))))
			.containsExactlyInAnyOrder("evaluations[0].evaluator initiative.field.required",
					"evaluations[0].url initiative.link.invalid");
	}

	@Test
	void an_end_comes_after_its_start_and_dates_lie_between_1950_and_2100() {
		LocalDate start = LocalDate.of(2024, 1, 1);
		assertThat(faults(scheduled(new Schedule(start, start.plusYears(3), start, null)))).isEmpty();
		assertThat(faults(scheduled(new Schedule(start, start.minusDays(1), start, start.minusDays(1)))))
			.containsExactlyInAnyOrder("schedule.plannedEnd initiative.date.end-before-start",
					"schedule.actualEnd initiative.date.end-before-start");
		assertThat(faults(scheduled(new Schedule(LocalDate.of(1949, 12, 31), null, null, null))))
			.containsExactly("schedule initiative.date.out-of-range");
	}

	@Test
	void money_needs_a_known_currency_and_years_are_listed_once() {
		assertThat(faults(funded(new Funding(pct("1000"), "KES", null, null, null, List.of())))).isEmpty();
		assertThat(faults(funded(new Funding(pct("1000"), null, null, null, null, List.of()))))
			.containsExactly("funding.currency initiative.currency.missing");
		assertThat(faults(funded(new Funding(pct("1000"), "XYZ", null, null, null, List.of()))))
			.containsExactly("funding.currency initiative.currency.unknown");
		assertThat(faults(funded(new Funding(pct("-1"), "USD", null, null, null,
				List.of(new YearFunding(2024, pct("1.005"), null), new YearFunding(2024, null, null))))))
			.containsExactlyInAnyOrder("funding.totalBudget initiative.amount.negative",
					"funding.years[0].committed initiative.amount.decimals",
					"funding.years[1].year initiative.year.twice");
	}

	@Test
	void a_national_initiative_names_one_country_and_a_sub_national_one_its_area() {
		assertThat(faults(
				geography(new Geography(GeographicScope.NATIONAL, null, List.of(share(KENYA, null)), List.of()))))
			.isEmpty();
		assertThat(faults(geography(new Geography(GeographicScope.SUB_NATIONAL, null,
				List.of(share(KENYA, null), share(UGANDA, null)), List.of()))))
			.containsExactlyInAnyOrder("geography.countries initiative.scope.one-country",
					"geography.area initiative.field.required");
		assertThat(faults(geography(new Geography(GeographicScope.REGIONAL, null, List.of(), List.of()))))
			.containsExactly("geography.regions initiative.scope.region-needed");
	}

	@Test
	void every_fault_is_named_at_once() {
		InitiativeContent content = new InitiativeContent("", null, null, null, null, null, null, null,
				new Geography(null, null, List.of(share(KENYA, "101")), List.of()),
				List.of(new Participant(GEF, ParticipantRole.DONOR, null),
						new Participant(GEF, ParticipantRole.DONOR, null)),
				null, null, null, List.of(new Evaluation("E", null, Map.of(DacCriterion.IMPACT, 9), null, null)), null);
		assertThat(faults(content)).containsExactlyInAnyOrder("title initiative.field.required",
				"geography.countries[0].percentage initiative.percentage.range",
				"participants[1].organisation initiative.participant.twice",
				"evaluations[0].ratings.IMPACT initiative.rating.range");
	}

	static BigDecimal pct(String value) {
		return new BigDecimal(value);
	}

	static CountryShare share(CountryCode country, String percentage) {
		return new CountryShare(country, (percentage == null) ? null : pct(percentage));
	}

	static InitiativeContent countries(CountryShare... shares) {
		return geography(new Geography(null, null, List.of(shares), List.of()));
	}

	static InitiativeContent geography(Geography geography) {
		return new InitiativeContent("T", null, null, null, null, null, null, null, geography, null, null, null, null,
				null, null);
	}

	static InitiativeContent elements(ElementShare... shares) {
		return new InitiativeContent("T", null, null, null, null, null, null, null, null, null, null,
				new Focus(List.of(shares), List.of(), List.of(), List.of()), null, null, null);
	}

	static InitiativeContent participants(Participant... participants) {
		return new InitiativeContent("T", null, null, null, null, null, null, null, null, List.of(participants), null,
				null, null, null, null);
	}

	static InitiativeContent evaluated(Map<DacCriterion, Integer> ratings) {
		return new InitiativeContent("T", null, null, null, null, null, null, null, null, null, null, null, null,
				List.of(new Evaluation("Independent evaluator", null, ratings, null, "https://example.org/e.pdf")),
				null);
	}

	static InitiativeContent scheduled(Schedule schedule) {
		return new InitiativeContent("T", null, null, null, null, null, null, schedule, null, null, null, null, null,
				null, null);
	}

	static InitiativeContent funded(Funding funding) {
		return new InitiativeContent("T", null, null, null, null, null, null, null, null, null, funding, null, null,
				null, null);
	}

	static InitiativeContent with(java.util.function.UnaryOperator<InitiativeContent> change) {
		return change.apply(InitiativeContent.titled("T"));
	}

	/** Each fault as "field message-key". */
	static List<String> faults(InitiativeContent content) {
		Validation validation = new Validation();
		content.check(validation);
		List<String> faults = new ArrayList<>();
		if (validation.failed()) {
			validation.problems()
				.problems()
				.forEach(problem -> faults.add(problem.parameter() + " " + problem.messageKey()));
		}
		return faults;
	}

}
