package org.cbcm.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cbcm.needs.NeedsContent.Row;
import org.cbcm.needs.internal.NeedsComparison;
import org.cbcm.needs.internal.NeedsComparison.Direction;
import org.cbcm.needs.internal.NeedsComparison.Move;
import org.cbcm.needs.internal.NeedsComparison.Presence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What moved between two assessments, element by element. */
class NeedsComparisonTests {

	@Test
	void priorities_capacities_requirements_and_elements_that_moved() {
		NeedsContent earlier = NeedsFixtures.valid(LocalDate.of(2020, 1, 1));
		NeedsContent later = NeedsFixtures.withRow(NeedsFixtures.valid(LocalDate.of(2024, 1, 1)), "12(e)",
				row -> NeedsFixtures.priority(row, Priority.HIGH));
		later = NeedsFixtures.withRow(later, "12(c)", row -> new Row("12(c)", Capacity.MODERATE, Priority.HIGH, 2027, 3,
				new java.math.BigDecimal("50000"), new java.math.BigDecimal("250000"), "USD", null, null));
		List<Row> rows = new ArrayList<>(later.elements());
		rows.set(1, new Row("12(a)(i)", Capacity.NONE, Priority.MEDIUM, null, null, null, null, null, null, null));
		later = new NeedsContent(later.assessedOn(), null, null, List.of(), rows);

		NeedsComparison comparison = NeedsComparison.of(NeedsAssessmentId.random(), earlier, NeedsAssessmentId.random(),
				later);

		assertThat(comparison.moved()).extracting(move -> move.element().value())
			.containsExactly("12(a)(i)", "12(c)", "12(e)");
		Move awareness = move(comparison, "12(e)");
		assertThat(awareness.priorityMove()).isEqualTo(Direction.UP);
		Move risk = move(comparison, "12(c)");
		assertThat(risk.priorityMove()).isEqualTo(Direction.SAME);
		assertThat(risk.capacityMove()).isEqualTo(Direction.UP);
		assertThat(risk.requirementMove()).isEqualTo(Direction.DOWN);
		assertThat(move(comparison, "12(a)(i)").presence()).isEqualTo(Presence.NEW);
		assertThat(NeedsComparison.of(NeedsAssessmentId.random(), later, NeedsAssessmentId.random(), earlier)
			.moved()
			.get(0)
			.presence()).isEqualTo(Presence.REMOVED);
		assertThat(move(comparison, "12(o)").moved()).isFalse();
	}

	private static Move move(NeedsComparison comparison, String element) {
		return comparison.moves()
			.stream()
			.filter(move -> move.element().value().equals(element))
			.findFirst()
			.orElseThrow();
	}

}
