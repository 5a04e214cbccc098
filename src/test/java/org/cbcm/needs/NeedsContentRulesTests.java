package org.cbcm.needs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cbcm.needs.NeedsContent.Row;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Validation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cbcm.needs.NeedsFixtures.FRAME;
import static org.cbcm.needs.NeedsFixtures.priority;
import static org.cbcm.needs.NeedsFixtures.valid;
import static org.cbcm.needs.NeedsFixtures.withRow;

/**
 * The rules of a needs assessment's content, each fault a field error, all of them
 * reported at once.
 */
class NeedsContentRulesTests {

	@Test
	void a_complete_assessment_passes() {
		assertThat(faults(valid())).isEmpty();
	}

	@Test
	void the_date_is_required_and_not_in_the_future() {
		NeedsContent undated = new NeedsContent(null, null, null, List.of(), valid().elements());
		assertThat(faults(undated)).containsEntry("assessedOn", "needs.field.required");
		assertThat(faults(valid(FRAME.today().plusDays(1)))).containsEntry("assessedOn", "needs.assessed-on.future");
		assertThat(faults(valid(FRAME.today()))).isEmpty();
	}

	@Test
	void an_unknown_element_is_refused() {
		assertThat(faults(withRow(valid(), "12(a)(v)", row -> Row.empty("12(z)")))).containsEntry("elements[5].element",
				"needs.element.unknown");
		assertThat(faults(withRow(valid(), "12(a)(v)", row -> Row.empty("12(b)(i)"))))
			.containsEntry("elements[5].element", "needs.element.unknown");
		assertThat(faults(withRow(valid(), "12(a)(v)", row -> Row.empty("risk")))).containsEntry("elements[5].element",
				"needs.element.unknown");
	}

	@Test
	void an_element_appears_once() {
		assertThat(faults(withRow(valid(), "12(a)(v)", row -> Row.empty("12(a)(iv)"))))
			.containsEntry("elements[5].element", "needs.element.duplicate");
	}

	@Test
	void every_key_element_needs_a_priority_and_a_filled_sub_element_too() {
		assertThat(faults(withRow(valid(), "12(b)", row -> priority(row, null)))).containsEntry("elements[6].priority",
				"needs.priority.required");
		// an empty sub-element is fine, a filled one needs its priority
		assertThat(faults(withRow(valid(), "12(a)(ii)",
				row -> new Row("12(a)(ii)", Capacity.NONE, null, null, null, null, null, null, null, null))))
			.containsEntry("elements[2].priority", "needs.priority.required");
		// a key element left out altogether
		List<Row> without = new ArrayList<>(valid().elements());
		without.removeIf(row -> "12(o)".equals(row.element()));
		assertThat(faults(new NeedsContent(FRAME.today(), null, null, List.of(), without))).containsEntry("elements",
				"needs.element.missing");
	}

	@Test
	void requirements_are_not_negative_and_have_a_currency() {
		NeedsContent negative = withRow(valid(), "12(d)", row -> new Row("12(d)", null, Priority.LOW, null, null,
				new BigDecimal("-1"), BigDecimal.ONE, "USD", null, null));
		assertThat(faults(negative)).containsEntry("elements[8].shortTermRequirement", "needs.amount.negative");
		NeedsContent noCurrency = withRow(valid(), "12(d)",
				row -> new Row("12(d)", null, Priority.LOW, null, null, null, BigDecimal.TEN, null, null, null));
		assertThat(faults(noCurrency)).containsEntry("elements[8].currency", "needs.currency.missing");
		NeedsContent unknown = withRow(valid(), "12(d)",
				row -> new Row("12(d)", null, Priority.LOW, null, null, null, BigDecimal.TEN, "XYZ", null, null));
		assertThat(faults(unknown)).containsEntry("elements[8].currency", "needs.currency.unknown");
	}

	@Test
	void the_national_share_is_a_percentage() {
		NeedsContent share = withRow(valid(), "12(d)",
				row -> new Row("12(d)", null, Priority.LOW, null, null, null, null, null, new BigDecimal("101"), null));
		assertThat(faults(share)).containsEntry("elements[8].nationalSharePercent", "needs.share.out-of-range");
	}

	@Test
	void at_most_the_configured_number_of_high_priorities() {
		NeedsContent five = valid();
		for (String element : List.of("12(d)", "12(e)", "12(f)")) {
			five = withRow(five, element, row -> priority(row, Priority.HIGH));
		}
		assertThat(faults(five)).isEmpty();
		NeedsContent six = withRow(five, "12(g)", row -> priority(row, Priority.HIGH));
		assertThat(faults(six)).containsEntry("elements", "needs.priority.too-many-high");
		NeedsContent.Frame seven = new NeedsContent.Frame(FRAME.today(), 7, FRAME.keyElements(), FRAME.subElements());
		Validation validation = new Validation();
		six.check(validation, seven);
		assertThat(validation.failed()).isFalse();
	}

	@Test
	void every_fault_is_reported_at_once() {
		NeedsContent bad = withRow(withRow(valid(FRAME.today().plusYears(1)), "12(b)", row -> priority(row, null)),
				"12(d)",
				row -> new Row("12(d)", null, Priority.LOW, null, null, new BigDecimal("-5"), null, null, null, null));
		assertThat(faults(bad)).containsKeys("assessedOn", "elements[6].priority", "elements[8].shortTermRequirement",
				"elements[8].currency");
	}

	@Test
	void the_facts_list_the_rated_elements_in_the_plans_order() {
		NeedsFacts facts = valid().facts(NeedsAssessmentId.random(), org.cbcm.shared.CountryCode.of("KEN"));
		assertThat(facts.assessedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
		assertThat(facts.elements()).hasSize(15);
		assertThat(facts.elements().get(2).element().value()).isEqualTo("12(c)");
		assertThat(facts.elements().get(2).priority()).isEqualTo(Priority.HIGH);
		assertThat(facts.elements().get(2).requirement()).isEqualByComparingTo("350000");
	}

	/** Every fault, field by field (the first message key of each field). */
	static Map<String, String> faults(NeedsContent content) {
		Validation validation = new Validation();
		content.check(validation);
		content.check(validation, FRAME);
		if (!validation.failed()) {
			return Map.of();
		}
		InvalidRequestException problems = validation.problems();
		return problems.problems()
			.stream()
			.collect(Collectors.toMap(InvalidRequestException::parameter, InvalidRequestException::messageKey,
					(first, second) -> first));
	}

}
