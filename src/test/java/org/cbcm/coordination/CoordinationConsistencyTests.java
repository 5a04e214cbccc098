package org.cbcm.coordination;

import java.time.LocalDate;
import java.util.Map;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.initiatives.InitiativeApiTests;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.needs.NeedsAssessmentId;
import org.cbcm.needs.NeedsFixtures;
import org.cbcm.needs.internal.NeedsManagement;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cbcm.coordination.CoordinationWorld.ELEMENT;
import static org.cbcm.coordination.CoordinationWorld.FAO;
import static org.cbcm.coordination.CoordinationWorld.GEF;

/**
 * The read model follows the registry: after an initiative is published, changed or
 * archived through the real use cases, the next read reflects it; and a rebuild from the
 * registry gives exactly the answers the incremental updates gave.
 */
@IntegrationTest
class CoordinationConsistencyTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

	@Autowired
	ApplicationContext context;

	@Autowired
	CoordinationAnalysis analysis;

	@Autowired
	JdbcClient jdbc;

	CoordinationWorld world;

	Registry registry;

	@Autowired
	NeedsManagement needs;

	@BeforeEach
	void emptyRegistry() {
		InitiativeApiTests.clear(jdbc);
		for (String table : new String[] { "record_revision", "record_registry", "record_head" }) {
			jdbc.sql("DELETE FROM " + table + " WHERE record_kind = 'needs'").update();
		}
		jdbc.sql("DELETE FROM needs_assessment").update();
		world = CoordinationWorld.empty(context);
		registry = new Registry(context);
	}

	/** The cell as the next read gives it: nothing is waited for. */
	CoverageCell cell(String country) {
		return analysis.cells(new AnalysisFilter(AS_OF, null, null, CountryCode.of(country), ELEMENT, null, null))
			.get(0);
	}

	@Test
	void the_next_read_reflects_a_publication_a_change_and_an_archiving() throws Exception {
		world.highNeed("KEN", 100_000);
		assertThat(cell("KEN").verdict()).isEqualTo(Verdict.GAP);

		String id = registry
			.publish(Registry.initiative("Laboratories in Kenya", GEF, "2025-01-01", "2027-12-31", 200_000, "KEN"));
		CoverageCell covered = cell("KEN");
		assertThat(covered.verdict()).isEqualTo(Verdict.COVERED);
		assertThat(covered.counted()).singleElement().satisfies(counted -> {
			assertThat(counted.id()).isEqualTo(InitiativeId.of(id));
			assertThat(counted.allocatedUsd()).isEqualByComparingTo("140000");
		});

		registry.change(id, Registry.initiative("Laboratories in Kenya and Uganda", GEF, "2025-01-01", "2027-12-31",
				200_000, "KEN", "UGA"));
		CoverageCell changed = cell("KEN");
		assertThat(changed.verdict()).isEqualTo(Verdict.UNDER_FUNDED);
		assertThat(changed.counted()).singleElement().satisfies(counted -> {
			assertThat(counted.title()).isEqualTo("Laboratories in Kenya and Uganda");
			assertThat(counted.allocatedUsd()).isEqualByComparingTo("70000");
			assertThat(counted.estimated()).isTrue();
		});
		assertThat(cell("UGA").counted()).hasSize(1);

		registry.archive(id);
		assertThat(cell("KEN").verdict()).isEqualTo(Verdict.GAP);
		assertThat(cell("UGA").counted()).isEmpty();
	}

	/** The country's focal point publishes its assessment: 12(c) and 12(i) high. */
	NeedsAssessmentId publishedNeeds(String country) {
		Viewer focalPoint = TestAccounts
			.viewerOf(TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of(country)));
		NeedsAssessmentId id = needs.create(CountryCode.of(country), NeedsFixtures.valid(), null, focalPoint);
		needs.move(id, 1, Transition.PUBLISH, null, focalPoint);
		return id;
	}

	@Test
	void the_next_read_reflects_a_published_and_an_archived_needs_assessment() {
		assertThat(cell("KEN").verdict()).isEqualTo(Verdict.NO_STATED_NEED);

		NeedsAssessmentId id = publishedNeeds("KEN");
		CoverageCell gap = cell("KEN");
		assertThat(gap.verdict()).isEqualTo(Verdict.GAP);
		assertThat(gap.requirementUsd()).isEqualByComparingTo("350000");

		Viewer focalPoint = TestAccounts
			.viewerOf(TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN")));
		needs.move(id, needs.view(id, focalPoint).version(), Transition.ARCHIVE, "superseded", focalPoint);
		assertThat(cell("KEN").verdict()).isEqualTo(Verdict.NO_STATED_NEED);
	}

	@Test
	void a_rebuild_gives_the_answers_the_incremental_updates_gave() throws Exception {
		for (String country : new String[] { "KEN", "UGA", "BOL", "ECU", "PER" }) {
			publishedNeeds(country);
		}
		String kenya = registry
			.publish(Registry.initiative("Laboratories in Kenya", GEF, "2025-01-01", "2027-12-31", 200_000, "KEN"));
		registry.publish(Registry.initiative("Detection in East Africa", FAO, "2026-01-01", "2028-06-30", 300_000,
				"KEN", "UGA", "TZA"));
		String andean = registry
			.publish(Registry.initiative("Andean network", GEF, "2024-01-01", "2026-12-31", 90_000, "BOL", "ECU"));
		registry.publish(Registry.initiative("Ended already", FAO, "2020-01-01", "2021-12-31", 10_000, "PER"));
		registry.change(kenya,
				Registry.initiative("Laboratories in Kenya, phase 2", GEF, "2025-01-01", "2028-12-31", 250_000, "KEN"));
		registry.archive(andean);

		Map<String, Object> incremental = answers();
		assertThat(analysis.partnerships(AnalysisFilter.asOf(AS_OF))).as("a world with something in it")
			.extracting(Partnership::kind)
			.contains(Partnership.Kind.REGIONAL, Partnership.Kind.CO_FUNDING);
		analysis.rebuild(TestAccounts.viewerOf(TestAccounts.in(context).admin()));
		Map<String, Object> rebuilt = answers();
		assertThat(rebuilt).isEqualTo(incremental);
	}

	Map<String, Object> answers() {
		AnalysisFilter all = AnalysisFilter.asOf(AS_OF);
		return Map.of("cells", analysis.cells(all), "coverage", analysis.coverage(all, new Paging(0, 500)), "overlaps",
				analysis.overlaps(all), "funding", analysis.funding(all), "partnerships", analysis.partnerships(all),
				"later", analysis.cells(AnalysisFilter.asOf(LocalDate.of(2028, 1, 1))));
	}

	@Test
	void only_the_secretariat_rebuilds() {
		Viewer focalPoint = TestAccounts
			.viewerOf(TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN")));
		assertThatThrownBy(() -> analysis.rebuild(focalPoint)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> analysis.rebuild(Viewer.ANONYMOUS)).isInstanceOf(ForbiddenException.class);
	}

}
