package org.cbcm.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.needs.NeedsArchived;
import org.cbcm.needs.NeedsAssessments;
import org.cbcm.needs.NeedsFacts;
import org.cbcm.needs.NeedsPublished;
import org.cbcm.needs.Priority;
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

	private static boolean isVulnerable(Country country) {
		return Boolean.TRUE.equals(country.ldc()) || Boolean.TRUE.equals(country.sids());
	}

	private static long highs(NeedsFacts facts) {
		return facts.elements().stream().filter(need -> need.priority() == Priority.HIGH).count();
	}

}
