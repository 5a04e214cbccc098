package org.cbcm.coordination;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.cbcm.coordination.internal.CoordinationModel;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.initiatives.InitiativeFacts;
import org.cbcm.initiatives.InitiativePublished;
import org.cbcm.initiatives.InitiativesPublished;
import org.cbcm.initiatives.internal.InitiativeManagement;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cbcm.coordination.CoordinationWorld.ELEMENT;
import static org.cbcm.coordination.CoordinationWorld.GEF;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

/**
 * What happens when the read model's update fails. A single record's event updates the
 * model in the publishing transaction: the failure fails the publication, which leaves
 * nothing changed. A bulk load's event is heard after its commit through the event
 * publication registry: the failure leaves the publication incomplete, and the load is
 * counted once the event is resubmitted.
 */
@IntegrationTest
// The same spies as CoordinationPagesTests, so that the two share one application
// context.
@MockitoSpyBean(types = { CoordinationModel.class, CoordinationAnalysis.class })
class CoordinationRetryTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

	@Autowired
	ApplicationContext context;

	@Autowired
	CoordinationAnalysis analysis;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InitiativeManagement initiatives;

	@Autowired
	CoordinationModel model;

	CoordinationWorld world;

	@BeforeEach
	void emptyWorld() {
		world = CoordinationWorld.empty(context);
	}

	@Test
	void a_load_whose_listener_failed_once_counts_when_its_event_is_resubmitted() {
		world.highNeed("KEN", 100_000);
		doThrow(new IllegalStateException("The database went away for a moment")).doCallRealMethod()
			.when(model)
			.putInitiatives(any(Collection.class));

		InitiativeFacts gef = world
			.load(List.of(CoordinationWorld.content("Biosafety laboratories in Kenya", GEF, ELEMENT,
					LocalDate.of(2025, 3, 1), LocalDate.of(2027, 12, 31), 150_000, "KEN")))
			.get(0);
		assertThat(kenya().verdict()).as("the listener failed").isEqualTo(Verdict.GAP);
		assertThat(incompleteLoads(gef)).as("the registry keeps the failed publication").isEqualTo(1);

		incomplete
			.resubmitIncompletePublications(publication -> publication.getEvent() instanceof InitiativesPublished event
					&& event.facts().stream().anyMatch(facts -> facts.id().equals(gef.id())));
		CoordinationWorld.settle(context);
		CoverageCell cell = kenya();
		assertThat(cell.verdict()).isEqualTo(Verdict.COVERED);
		assertThat(cell.counted()).singleElement().satisfies(counted -> assertThat(counted.id()).isEqualTo(gef.id()));
		assertThat(incompleteLoads(gef)).as("completed on the second delivery").isZero();
	}

	@Test
	void a_load_delivered_after_its_initiative_was_archived_does_not_bring_it_back() {
		world.highNeed("KEN", 100_000);
		doThrow(new IllegalStateException("The database went away for a moment")).doCallRealMethod()
			.when(model)
			.putInitiatives(any(Collection.class));
		InitiativeFacts gef = world
			.load(List.of(CoordinationWorld.content("Biosafety laboratories in Kenya", GEF, ELEMENT,
					LocalDate.of(2025, 3, 1), LocalDate.of(2027, 12, 31), 150_000, "KEN")))
			.get(0);
		Viewer secretariat = TestAccounts.viewerOf(TestAccounts.in(context).admin());
		int version = initiatives.view(gef.id(), secretariat).version();
		initiatives.move(gef.id(), version, Transition.ARCHIVE, "Registered by mistake", secretariat);

		incomplete
			.resubmitIncompletePublications(publication -> publication.getEvent() instanceof InitiativesPublished event
					&& event.facts().stream().anyMatch(facts -> facts.id().equals(gef.id())));
		CoordinationWorld.settle(context);
		assertThat(kenya().verdict()).as("the load's event came late: the initiative is archived now")
			.isEqualTo(Verdict.GAP);
		assertThat(incompleteLoads(gef)).isZero();
	}

	@Test
	void a_publication_whose_update_fails_is_not_committed_and_changes_nothing() {
		world.highNeed("KEN", 100_000);
		doThrow(new IllegalStateException("The database went away for a moment")).when(model)
			.putInitiatives(any(Collection.class));

		InitiativeFacts gef = CoordinationWorld.facts("Biosafety laboratories in Kenya", GEF, LocalDate.of(2025, 3, 1),
				LocalDate.of(2027, 12, 31), 150_000, "KEN");
		assertThatThrownBy(() -> world.publish(new InitiativePublished(gef)))
			.hasMessage("The database went away for a moment");
		assertThat(kenya().verdict()).isEqualTo(Verdict.GAP);

		doCallRealMethod().when(model).putInitiatives(any(Collection.class));
		world.publish(new InitiativePublished(gef));
		assertThat(kenya().verdict()).as("published again, without waiting for anything").isEqualTo(Verdict.COVERED);
	}

	long incompleteLoads(InitiativeFacts facts) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL
				AND listener_id LIKE '%CoordinationListeners%' AND serialized_event LIKE :id""")
			.param("id", "%" + facts.id().value() + "%")
			.query(Long.class)
			.single();
	}

	CoverageCell kenya() {
		return analysis.cells(new AnalysisFilter(AS_OF, null, null, CountryCode.of("KEN"), ELEMENT, null, null)).get(0);
	}

}
