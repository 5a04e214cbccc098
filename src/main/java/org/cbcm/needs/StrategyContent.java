package org.cbcm.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cbcm.framework.ItemCode;
import org.cbcm.records.RecordContent;
import org.cbcm.shared.Fields;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

/**
 * What a country's national capacity-building strategy and action plan says (seed
 * paragraph 14(c)): its objectives and the outputs that serve them, with targets and
 * timelines tied to the key elements of the Action Plan, and whether biosafety is
 * integrated in the national development plans (14(d)). Blank texts are kept as null.
 *
 * @param title the strategy's title
 * @param adoptedOn when the country adopted it, where it has
 * @param startYear the first year of its period
 * @param endYear the last year of its period, not before the first
 * @param integration whether biosafety is integrated in national development plans; null
 * only in a form not yet checked
 * @param integrationNote which plans, and how
 * @param objectives its objectives, in order
 * @param outputs its outputs, each belonging to one objective by its index
 * @param documents links to the strategy's documents
 */
public record StrategyContent(@Nullable String title, @Nullable LocalDate adoptedOn, @Nullable Integer startYear,
		@Nullable Integer endYear, @Nullable StrategyIntegration integration, @Nullable String integrationNote,
		List<Objective> objectives, List<Output> outputs, List<Document> documents) implements RecordContent {

	public static final int MAX_TITLE = 300;

	public static final int MAX_NOTE = 2000;

	public static final int MAX_TEXT = 1000;

	public static final int MAX_TARGET = 500;

	public static final int MAX_URL = 500;

	public static final int MAX_OBJECTIVES = 20;

	public static final int MAX_OUTPUTS = 50;

	public static final int MAX_DOCUMENTS = 10;

	/** The earliest and latest years a strategy's period may name. */
	public static final int FIRST_YEAR = 1990;

	public static final int LAST_YEAR = 2100;

	/** The key elements, 12(a)–(o), and the sub-elements of 12(a). */
	private static final java.util.regex.Pattern ELEMENT = java.util.regex.Pattern
		.compile("12\\(([a-o])\\)|12\\(a\\)\\([ivx]+\\)");

	static final Fields FIELDS = Fields.keyed("strategy");

	public StrategyContent {
		title = Fields.blankToNull(title);
		integrationNote = Fields.blankToNull(integrationNote);
		objectives = (objectives == null) ? List.of() : List.copyOf(objectives);
		outputs = (outputs == null) ? List.of() : List.copyOf(outputs);
		documents = (documents == null) ? List.of() : List.copyOf(documents);
	}

	public static StrategyContent empty() {
		return new StrategyContent(null, null, null, null, null, null, List.of(), List.of(), List.of());
	}

	/**
	 * An objective of the strategy.
	 *
	 * @param text what it aims at
	 * @param keyElements the key elements it serves
	 */
	public record Objective(@Nullable String text, List<ItemCode> keyElements) {

		public Objective {
			text = Fields.blankToNull(text);
			keyElements = (keyElements == null) ? List.of() : List.copyOf(keyElements);
		}

	}

	/**
	 * An output of the strategy: what is delivered, for which objective, by when.
	 *
	 * @param text what is delivered
	 * @param objective the index of the objective it belongs to (0 for the first)
	 * @param target how its delivery is measured
	 * @param dueYear the year it is due, within the strategy's period
	 * @param keyElements the key elements it serves
	 */
	public record Output(@Nullable String text, @Nullable Integer objective, @Nullable String target,
			@Nullable Integer dueYear, List<ItemCode> keyElements) {

		public Output {
			text = Fields.blankToNull(text);
			target = Fields.blankToNull(target);
			keyElements = (keyElements == null) ? List.of() : List.copyOf(keyElements);
		}

	}

	/**
	 * A document of the strategy, by its address.
	 *
	 * @param title what it is
	 * @param url where it is
	 */
	public record Document(@Nullable String title, @Nullable String url) {

		public Document {
			title = Fields.blankToNull(title);
			url = Fields.blankToNull(url);
		}

	}

	/**
	 * The codes a form or request gives, each refused at its list
	 * ({@code objectives[0].keyElements}), naming it, when it is no Action Plan code.
	 */
	public static List<ItemCode> codes(Validation validation, String field, @Nullable List<String> texts) {
		List<ItemCode> codes = new ArrayList<>();
		if (texts == null) {
			return codes;
		}
		for (int index = 0; index < texts.size(); index++) {
			String text = Fields.blankToNull(texts.get(index));
			if (text == null) {
				continue;
			}
			if (ItemCode.isValid(text)) {
				codes.add(ItemCode.of(text));
			}
			else {
				validation.reject(field, "strategy.element.unknown",
						(text.length() > 20) ? text.substring(0, 20) : text);
			}
		}
		return codes;
	}

	/** Whether a code names a key element (12(a)–(o)) or a sub-element of 12(a). */
	public static boolean element(ItemCode code) {
		return ELEMENT.matcher(code.value()).matches();
	}

	/**
	 * Refuses content a strategy cannot hold, naming every field at fault at once:
	 * {@code title}, {@code endYear}, {@code outputs[3].dueYear}.
	 */
	@Override
	public void check(Validation validation) {
		FIELDS.require(validation, "title", title, MAX_TITLE);
		boolean period = year(validation, "startYear", startYear) & year(validation, "endYear", endYear);
		if (period && endYear < startYear) {
			validation.reject("endYear", "strategy.period.backwards", startYear, endYear);
			period = false;
		}
		if (integration == null) {
			validation.reject("integration", "strategy.field.required");
		}
		FIELDS.limit(validation, "integrationNote", integrationNote, MAX_NOTE);
		if (objectives.size() > MAX_OBJECTIVES) {
			validation.reject("objectives", "strategy.rows.too-many", MAX_OBJECTIVES);
		}
		for (int index = 0; index < objectives.size(); index++) {
			Objective objective = objectives.get(index);
			String prefix = "objectives[" + index + "].";
			FIELDS.require(validation, prefix + "text", objective.text(), MAX_TEXT);
			elements(validation, prefix + "keyElements", objective.keyElements());
		}
		if (outputs.size() > MAX_OUTPUTS) {
			validation.reject("outputs", "strategy.rows.too-many", MAX_OUTPUTS);
		}
		for (int index = 0; index < outputs.size(); index++) {
			Output output = outputs.get(index);
			String prefix = "outputs[" + index + "].";
			FIELDS.require(validation, prefix + "text", output.text(), MAX_TEXT);
			if (output.objective() == null) {
				validation.reject(prefix + "objective", "strategy.field.required");
			}
			else if (output.objective() < 0 || output.objective() >= objectives.size()) {
				validation.reject(prefix + "objective", "strategy.output.objective.unknown", output.objective() + 1);
			}
			FIELDS.limit(validation, prefix + "target", output.target(), MAX_TARGET);
			Integer due = output.dueYear();
			if (due != null && period && (due < startYear || due > endYear)) {
				validation.reject(prefix + "dueYear", "strategy.output.due.outside", due, startYear, endYear);
			}
			else if (due != null && (due < FIRST_YEAR || due > LAST_YEAR)) {
				validation.reject(prefix + "dueYear", "strategy.year.outside", FIRST_YEAR, LAST_YEAR);
			}
			elements(validation, prefix + "keyElements", output.keyElements());
		}
		if (documents.size() > MAX_DOCUMENTS) {
			validation.reject("documents", "strategy.rows.too-many", MAX_DOCUMENTS);
		}
		for (int index = 0; index < documents.size(); index++) {
			Document document = documents.get(index);
			String prefix = "documents[" + index + "].";
			FIELDS.require(validation, prefix + "title", document.title(), MAX_TITLE);
			FIELDS.link(validation, prefix + "url", document.url(), MAX_URL, true, "strategy.url.invalid", true);
		}
	}

	/** Refuses a missing year or one outside the years a period may name. */
	private static boolean year(Validation validation, String field, @Nullable Integer year) {
		if (year == null) {
			validation.reject(field, "strategy.field.required");
			return false;
		}
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			validation.reject(field, "strategy.year.outside", FIRST_YEAR, LAST_YEAR);
			return false;
		}
		return true;
	}

	/**
	 * Refuses a code that is no key element or sub-element of 12(a), or one given twice.
	 */
	private static void elements(Validation validation, String field, List<ItemCode> codes) {
		List<ItemCode> seen = new ArrayList<>();
		for (int index = 0; index < codes.size(); index++) {
			ItemCode code = codes.get(index);
			if (!element(code)) {
				validation.reject(field, "strategy.element.unknown", code.value());
			}
			else if (seen.contains(code)) {
				validation.reject(field, "strategy.element.twice", code.value());
			}
			seen.add(code);
		}
	}

	/** Every key element the strategy names, in its objectives and outputs. */
	public List<ItemCode> elements() {
		List<ItemCode> all = new ArrayList<>();
		objectives
			.forEach(objective -> objective.keyElements().stream().filter(c -> !all.contains(c)).forEach(all::add));
		outputs.forEach(output -> output.keyElements().stream().filter(c -> !all.contains(c)).forEach(all::add));
		return all;
	}

	/** The outputs of one objective, by its index. */
	public List<Output> outputsOf(int objective) {
		return outputs.stream()
			.filter(output -> output.objective() != null && output.objective() == objective)
			.toList();
	}

	/**
	 * The strategy field by field, flat and in order, for revisions and their comparison.
	 */
	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		put(fields, "title", title);
		put(fields, "adoptedOn", adoptedOn);
		put(fields, "startYear", startYear);
		put(fields, "endYear", endYear);
		put(fields, "integration", (integration != null) ? integration.name() : null);
		put(fields, "integrationNote", integrationNote);
		for (int index = 0; index < objectives.size(); index++) {
			Objective objective = objectives.get(index);
			put(fields, "objectives[" + index + "].text", objective.text());
			put(fields, "objectives[" + index + "].keyElements", codes(objective.keyElements()));
		}
		for (int index = 0; index < outputs.size(); index++) {
			Output output = outputs.get(index);
			String prefix = "outputs[" + index + "].";
			put(fields, prefix + "text", output.text());
			put(fields, prefix + "objective", (output.objective() != null) ? output.objective() + 1 : null);
			put(fields, prefix + "target", output.target());
			put(fields, prefix + "dueYear", output.dueYear());
			put(fields, prefix + "keyElements", codes(output.keyElements()));
		}
		for (int index = 0; index < documents.size(); index++) {
			put(fields, "documents[" + index + "].title", documents.get(index).title());
			put(fields, "documents[" + index + "].url", documents.get(index).url());
		}
		return fields;
	}

	private static @Nullable String codes(List<ItemCode> codes) {
		return codes.isEmpty() ? null : String.join(", ", codes.stream().map(ItemCode::value).toList());
	}

	private static void put(Map<String, String> fields, String field, @Nullable Object value) {
		if (value != null) {
			fields.put(field, value.toString());
		}
	}

}
