package org.cbcm.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.needs.NeedsArchived;
import org.cbcm.needs.NeedsAssessments;
import org.cbcm.needs.NeedsFacts;
import org.cbcm.needs.NeedsPublished;
import org.cbcm.needs.Priority;
import org.cbcm.needs.StrategyContent;
import org.cbcm.needs.StrategyIntegration;
import org.cbcm.needs.internal.StrategyManagement;
import org.cbcm.shared.CountryCode;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo needs assessments: about 120 Parties, published and announced one by one,
 * skewed as reality is (least developed and small island States with more high
 * priorities; risk assessment, detection and awareness high most often), never more than
 * five high, the same for the same seed, and removed with the demo data.
 */
@IntegrationTest
@RecordApplicationEvents
class DemoNeedsTests {

	@Autowired
	DemoNeeds demo;

	@Autowired
	NeedsAssessments assessments;

	@Autowired
	CountryDirectory countries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	StrategyManagement strategies;

	@BeforeEach
	void clear() {
		demo.removeAll(DemoInitiatives.GENERATOR);
		jdbc.sql("DELETE FROM needs_assessment").update();
	}

	@Test
	void plausible_assessments_for_about_120_parties_and_removed_with_the_demo_data() {
		assertThat(demo.generate(7)).isEqualTo(demo.generate(7));
		int written = demo.loadIfNone(7, DemoInitiatives.GENERATOR);
		assertThat(written).isBetween(100, 120);
		assertThat(demo.loadIfNone(7, DemoInitiatives.GENERATOR)).isZero();
		assertThat(events.stream(NeedsPublished.class)).hasSize(written);

		List<NeedsFacts> published = assessments.published();
		assertThat(published).hasSize(written);
		Map<String, Country> byCode = countries.all()
			.stream()
			.collect(Collectors.toMap(country -> country.code().value(), Function.identity()));
		double vulnerable = published.stream()
			.filter(facts -> isVulnerable(byCode.get(facts.country().value())))
			.mapToLong(DemoNeedsTests::highs)
			.average()
			.orElse(0);
		double others = published.stream()
			.filter(facts -> !isVulnerable(byCode.get(facts.country().value())))
			.mapToLong(DemoNeedsTests::highs)
			.average()
			.orElse(0);
		assertThat(vulnerable).isGreaterThan(others);
		assertThat(published).allSatisfy(facts -> assertThat(highs(facts)).isBetween(1L, 5L));
		Map<String, Long> highByElement = published.stream()
			.flatMap(facts -> facts.elements().stream())
			.filter(need -> need.priority() == Priority.HIGH)
			.collect(Collectors.groupingBy(need -> need.element().value(), Collectors.counting()));
		List<String> top = highByElement.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(3)
			.map(Map.Entry::getKey)
			.toList();
		assertThat(top).containsAnyOf("12(c)", "12(i)", "12(e)");
		assertThat(highByElement.get("12(c)")).isGreaterThan(highByElement.getOrDefault("12(o)", 0L));

		assertThat(demo.removeAll(DemoInitiatives.GENERATOR)).isEqualTo(written);
		assertThat(assessments.published()).isEmpty();
		assertThat(events.stream(NeedsArchived.class)).hasSize(written);
	}

	@Test
	void plausible_strategies_for_most_assessed_parties_tied_to_their_high_priorities() {
		List<String> before = jdbc.sql("SELECT country_code FROM national_strategy").query(String.class).list();
		int assessed = demo.loadIfNone(7, DemoInitiatives.GENERATOR);
		List<String> written = jdbc
			.sql("SELECT country_code FROM national_strategy WHERE created_by IS NULL AND created_by_name = :name")
			.param("name", DemoInitiatives.AUTHOR)
			.query(String.class)
			.list();
		assertThat(written).as("the assessed Parties with a strategy, but for those that had one")
			.hasSizeBetween(assessed * 45 / 100, assessed * 75 / 100)
			.noneMatch(before::contains);
		assertThat(demo.strategies()).isEqualTo(written.size());

		Map<String, NeedsFacts> needs = assessments.published()
			.stream()
			.collect(Collectors.toMap(facts -> facts.country().value(), Function.identity()));
		List<StrategyContent> published = written.stream()
			.map(code -> strategies.published(CountryCode.of(code)).orElseThrow())
			.toList();
		for (String code : written) {
			StrategyContent strategy = strategies.published(CountryCode.of(code)).orElseThrow();
			NeedsFacts assessment = needs.get(code);
			Set<String> high = assessment.elements()
				.stream()
				.filter(need -> need.priority() == Priority.HIGH)
				.map(need -> need.element().value())
				.collect(Collectors.toSet());
			assertThat(strategy.objectives()).as("objectives of %s", code).isNotEmpty();
			assertThat(strategy.elements()).as("the elements %s's strategy serves", code)
				.allSatisfy(element -> assertThat(high).contains(element.value()));
			assertThat(strategy.adoptedOn()).isAfter(assessment.assessedOn());
			assertThat(strategy.outputs()).isNotEmpty()
				.allSatisfy(output -> assertThat(output.dueYear()).isBetween(strategy.startYear(), strategy.endYear()))
				.allSatisfy(output -> assertThat(output.target()).isNotBlank());
		}
		assertThat(published).extracting(StrategyContent::integration)
			.contains(StrategyIntegration.INTEGRATED, StrategyIntegration.NOT_INTEGRATED);

		assertThat(demo.loadIfNone(7, DemoInitiatives.GENERATOR)).isZero();
		assertThat(demo.strategies()).isEqualTo(written.size());
		demo.removeAll(DemoInitiatives.GENERATOR);
		assertThat(demo.strategies()).isZero();
		assertThat(strategies.published(CountryCode.of(written.get(0)))).isEmpty();
	}

	private static boolean isVulnerable(Country country) {
		return Boolean.TRUE.equals(country.ldc()) || Boolean.TRUE.equals(country.sids());
	}

	private static long highs(NeedsFacts facts) {
		return facts.elements().stream().filter(need -> need.priority() == Priority.HIGH).count();
	}

}
