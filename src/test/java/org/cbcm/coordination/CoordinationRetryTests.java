package org.cbcm.coordination;

import java.time.LocalDate;
import java.util.Collection;

import org.cbcm.coordination.internal.CoordinationModel;
import org.cbcm.initiatives.InitiativeFacts;
import org.cbcm.initiatives.InitiativePublished;
import org.cbcm.shared.CountryCode;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cbcm.coordination.CoordinationWorld.ELEMENT;
import static org.cbcm.coordination.CoordinationWorld.GEF;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

/**
 * A listener that fails leaves its event publication incomplete in the registry; the
 * event is delivered again when incomplete publications are resubmitted, and then the
 * read model reflects it.
 */
@IntegrationTest
class CoordinationRetryTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

	@Autowired
	ApplicationContext context;

	@Autowired
	CoordinationAnalysis analysis;

	@Autowired
	IncompleteEventPublications incomplete;

	@MockitoSpyBean
	CoordinationModel model;

	CoordinationWorld world;

	@BeforeEach
	void emptyWorld() {
		world = CoordinationWorld.empty(context);
	}

	@Test
	void a_listener_that_failed_once_succeeds_when_its_event_is_resubmitted() {
		world.highNeed("KEN", 100_000);
		doThrow(new IllegalStateException("The database went away for a moment")).doCallRealMethod()
			.when(model)
			.putInitiatives(any(Collection.class));

		InitiativeFacts gef = world.initiative("Biosafety laboratories in Kenya", GEF, LocalDate.of(2025, 3, 1),
				LocalDate.of(2027, 12, 31), 150_000, "KEN");
		assertThat(kenya().verdict()).as("the listener failed").isEqualTo(Verdict.GAP);

		incomplete
			.resubmitIncompletePublications(publication -> publication.getEvent() instanceof InitiativePublished event
					&& event.facts().id().equals(gef.id()));
		CoverageCell cell = kenya();
		assertThat(cell.verdict()).isEqualTo(Verdict.COVERED);
		assertThat(cell.counted()).singleElement().satisfies(counted -> assertThat(counted.id()).isEqualTo(gef.id()));
	}

	CoverageCell kenya() {
		CoordinationWorld.settle(context);
		return analysis.cells(new AnalysisFilter(AS_OF, null, null, CountryCode.of("KEN"), ELEMENT, null, null)).get(0);
	}

}
