package org.cbcm.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cbcm.framework.ItemCode;
import org.cbcm.needs.StrategyContent.Document;
import org.cbcm.needs.StrategyContent.Objective;
import org.cbcm.needs.StrategyContent.Output;
import org.cbcm.shared.Validation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of a national strategy's content ({@link StrategyContent#check}): every fault
 * named at its field, all at once. Plain: no application, no database.
 */
class StrategyContentTests {

	static final Objective OBJECTIVE = new Objective("A functional national biosafety framework",
			List.of(ItemCode.of("12(a)"), ItemCode.of("12(a)(ii)")));

	static final Output OUTPUT = new Output("Biosafety regulations adopted", 0, "Regulations gazetted", 2026,
			List.of(ItemCode.of("12(a)(ii)")));

	static final Document DOCUMENT = new Document("The strategy", "https://www.biosafetykenya.go.ke/strategy.pdf");

	@Test
	void a_complete_strategy_passes() {
		assertThat(faults(strategy(List.of(OBJECTIVE), List.of(OUTPUT), List.of(DOCUMENT)))).isEmpty();
	}

	@Test
	void title_period_and_integration_are_needed_all_at_once() {
		StrategyContent bare = StrategyContent.empty();
		assertThat(faults(bare)).containsExactlyInAnyOrder("title strategy.field.required",
				"startYear strategy.field.required", "endYear strategy.field.required",
				"integration strategy.field.required");
	}

	@Test
	void the_period_does_not_end_before_it_starts_and_its_years_are_plausible() {
		assertThat(faults(period(2030, 2020))).containsExactly("endYear strategy.period.backwards");
		assertThat(faults(period(2025, 2025))).isEmpty();
		assertThat(faults(period(1800, 3000))).containsExactlyInAnyOrder("startYear strategy.year.outside",
				"endYear strategy.year.outside");
	}

	@Test
	void texts_have_their_limits() {
		StrategyContent wordy = new StrategyContent("t".repeat(301), null, 2020, 2030, StrategyIntegration.PARTLY,
				"n".repeat(2001), List.of(new Objective("o".repeat(1001), List.of())),
				List.of(new Output("x", 0, "t".repeat(501), null, List.of())), List.of());
		assertThat(faults(wordy)).containsExactlyInAnyOrder("title strategy.field.too-long",
				"integrationNote strategy.field.too-long", "objectives[0].text strategy.field.too-long",
				"outputs[0].target strategy.field.too-long");
	}

	@Test
	void an_objective_and_an_output_need_their_text() {
		assertThat(faults(strategy(List.of(new Objective(" ", List.of())),
				List.of(new Output(null, 0, null, null, List.of())), List.of())))
			.containsExactlyInAnyOrder("objectives[0].text strategy.field.required",
					"outputs[0].text strategy.field.required");
	}

	@Test
	void at_most_twenty_objectives_fifty_outputs_and_ten_documents() {
		List<Objective> twenty = Collections.nCopies(StrategyContent.MAX_OBJECTIVES, OBJECTIVE);
		List<Output> fifty = Collections.nCopies(StrategyContent.MAX_OUTPUTS, OUTPUT);
		List<Document> ten = Collections.nCopies(StrategyContent.MAX_DOCUMENTS, DOCUMENT);
		assertThat(faults(strategy(twenty, fifty, ten))).isEmpty();
		assertThat(faults(strategy(more(twenty, OBJECTIVE), more(fifty, OUTPUT), more(ten, DOCUMENT))))
			.containsExactlyInAnyOrder("objectives strategy.rows.too-many", "outputs strategy.rows.too-many",
					"documents strategy.rows.too-many");
	}

	@Test
	void an_output_belongs_to_an_objective_the_strategy_has() {
		assertThat(faults(strategy(List.of(OBJECTIVE),
				List.of(new Output("a", null, null, null, List.of()), new Output("b", 1, null, null, List.of()),
						new Output("c", -1, null, null, List.of())),
				List.of())))
			.containsExactlyInAnyOrder("outputs[0].objective strategy.field.required",
					"outputs[1].objective strategy.output.objective.unknown",
					"outputs[2].objective strategy.output.objective.unknown");
	}

	@Test
	void an_output_is_due_within_the_period() {
		assertThat(faults(strategy(List.of(OBJECTIVE),
				List.of(new Output("early", 0, null, 2019, List.of()), new Output("first", 0, null, 2020, List.of()),
						new Output("last", 0, null, 2030, List.of()), new Output("late", 0, null, 2031, List.of())),
				List.of())))
			.containsExactlyInAnyOrder("outputs[0].dueYear strategy.output.due.outside",
					"outputs[3].dueYear strategy.output.due.outside");
	}

	@Test
	void key_elements_are_12a_to_12o_or_parts_of_12a_each_once() {
		Objective wrong = new Objective("x", List.of(ItemCode.of("12(p)"), ItemCode.of("13(a)"),
				ItemCode.of("12(b)(i)"), ItemCode.of("12(o)"), ItemCode.of("12(a)(v)"), ItemCode.of("12(o)")));
		Output alsoWrong = new Output("y", 0, null, null, List.of(ItemCode.of("12")));
		assertThat(faults(strategy(List.of(wrong), List.of(alsoWrong), List.of()))).containsExactlyInAnyOrder(
				"objectives[0].keyElements strategy.element.unknown",
				"objectives[0].keyElements strategy.element.unknown",
				"objectives[0].keyElements strategy.element.unknown",
				"objectives[0].keyElements strategy.element.twice", "outputs[0].keyElements strategy.element.unknown");
	}

	@Test
	void codes_of_the_wrong_form_are_refused_at_their_place() {
		Validation validation = new Validation();
		List<ItemCode> codes = StrategyContent.codes(validation, "objectives[0].keyElements",
				List.of("12(a)", "twelve", " ", "12(c)"));
		assertThat(codes).containsExactly(ItemCode.of("12(a)"), ItemCode.of("12(c)"));
		assertThat(faults(validation)).containsExactly("objectives[0].keyElements strategy.element.unknown");
	}

	@Test
	void a_document_needs_a_title_and_a_web_address() {
		assertThat(faults(strategy(List.of(), List.of(),
				List.of(new Document(null, "https://example.org/a.pdf"), new Document("Plan", "ftp://example.org"),
						new Document("Plan", null)))))
			.containsExactlyInAnyOrder("documents[0].title strategy.field.required",
					"documents[1].url strategy.url.invalid", "documents[2].url strategy.field.required");
	}

	@Test
	void the_fields_are_flat_and_name_the_objective_by_its_number() {
		assertThat(strategy(List.of(OBJECTIVE), List.of(OUTPUT), List.of()).fields())
			.containsEntry("objectives[0].keyElements", "12(a), 12(a)(ii)")
			.containsEntry("outputs[0].objective", "1")
			.containsEntry("integration", "PARTLY")
			.containsEntry("adoptedOn", "2021-03-15");
	}

	static StrategyContent strategy(List<Objective> objectives, List<Output> outputs, List<Document> documents) {
		return new StrategyContent("Kenya National Biosafety Capacity-Building Strategy", LocalDate.of(2021, 3, 15),
				2020, 2030, StrategyIntegration.PARTLY, "Vision 2030, Medium-Term Plan IV", objectives, outputs,
				documents);
	}

	static StrategyContent period(int start, int end) {
		return new StrategyContent("Strategy", null, start, end, StrategyIntegration.INTEGRATED, null, List.of(),
				List.of(), List.of());
	}

	static <T> List<T> more(List<T> list, T one) {
		List<T> more = new ArrayList<>(list);
		more.add(one);
		return more;
	}

	static List<String> faults(StrategyContent content) {
		Validation validation = new Validation();
		content.check(validation);
		return faults(validation);
	}

	static List<String> faults(Validation validation) {
		return validation.failed() ? validation.problems()
			.problems()
			.stream()
			.map(problem -> problem.parameter() + " " + problem.messageKey())
			.toList() : List.of();
	}

}
