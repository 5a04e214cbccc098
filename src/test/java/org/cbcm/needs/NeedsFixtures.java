package org.cbcm.needs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.cbcm.framework.ItemCode;
import org.cbcm.needs.NeedsContent.Row;

/** Needs assessments for tests: valid ones, changed one row at a time. */
public final class NeedsFixtures {

	/** The key elements 12(a)–(o) of the 2006 plan. */
	public static final List<ItemCode> KEY_ELEMENTS = "abcdefghijklmno".chars()
		.mapToObj(letter -> ItemCode.of("12(" + (char) letter + ")"))
		.toList();

	/** The sub-elements of 12(a). */
	public static final List<ItemCode> SUB_ELEMENTS = List.of("i", "ii", "iii", "iv", "v")
		.stream()
		.map(roman -> ItemCode.of("12(a)(" + roman + ")"))
		.toList();

	public static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	public static final NeedsContent.Frame FRAME = new NeedsContent.Frame(TODAY, 5, KEY_ELEMENTS, SUB_ELEMENTS);

	private NeedsFixtures() {
	}

	/**
	 * A valid assessment: 12(c) and 12(i) high, the other key elements medium or low, the
	 * sub-elements left empty.
	 */
	public static NeedsContent valid(LocalDate assessedOn) {
		List<Row> rows = new ArrayList<>();
		for (ItemCode key : KEY_ELEMENTS) {
			Priority priority = switch (key.value()) {
				case "12(c)", "12(i)" -> Priority.HIGH;
				case "12(e)" -> Priority.MEDIUM;
				default -> Priority.LOW;
			};
			rows.add(new Row(key.value(), Capacity.BASIC, priority, 2027, 3, new BigDecimal("100000"),
					new BigDecimal("250000"), "USD", new BigDecimal("20"), null));
			if (key.value().equals("12(a)")) {
				SUB_ELEMENTS.forEach(sub -> rows.add(Row.empty(sub.value())));
			}
		}
		return new NeedsContent(assessedOn, "National stocktaking workshop", "Ministry of Environment, NBA",
				List.of(new NeedsContent.Document("Stocktaking report", "https://example.org/report.pdf")), rows);
	}

	public static NeedsContent valid() {
		return valid(LocalDate.of(2026, 6, 1));
	}

	/** The content with the row of an element changed. */
	public static NeedsContent withRow(NeedsContent content, String element, UnaryOperator<Row> change) {
		List<Row> rows = content.elements()
			.stream()
			.map(row -> element.equals(row.element()) ? change.apply(row) : row)
			.toList();
		return new NeedsContent(content.assessedOn(), content.method(), content.participants(), content.documents(),
				rows);
	}

	public static Row priority(Row row, Priority priority) {
		return new Row(row.element(), row.capacity(), priority, row.startYear(), row.durationYears(),
				row.shortTermRequirement(), row.longTermRequirement(), row.currency(), row.nationalSharePercent(),
				row.narrative());
	}

}
