package org.cbcm.initiatives.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.cbcm.directory.ProfileContact;
import org.cbcm.initiatives.InitiativeContent;
import org.jspecify.annotations.Nullable;

/**
 * What the initiative form shows in its fields: typed by the writer (so that nothing
 * typed is lost when a save is refused) or taken from the record. Single fields by their
 * path ({@code funding.currency}, {@code geography.countries[0].percentage}), ticked
 * boxes by their group ({@code focus.categories}).
 */
public final class FormValues {

	/** The fields that are groups of boxes. */
	static final Set<String> GROUPS = Set.of("focus.elements", "focus.activities", "focus.categories",
			"focus.targetGroups", "geography.regions");

	/**
	 * The lists of rows the form has, each with the most rows a record holds: a row
	 * beyond that is refused at once, never counted up to.
	 */
	static final Map<String, Integer> LISTS = lists();

	private final Map<String, String> values;

	private final Map<String, Set<String>> ticked;

	/** How many rows of each list the values fill, within its limit. */
	private final Map<String, Integer> rows = new HashMap<>();

	/** The lists given a row beyond their limit, with the limit. */
	private final Map<String, Integer> overfull = new TreeMap<>();

	private FormValues(Map<String, String> values, Map<String, Set<String>> ticked) {
		this.values = values;
		this.ticked = ticked;
		values.keySet().forEach(this::count);
	}

	/**
	 * Counts a field such as {@code participants[3].role} as a row of its list: the list
	 * then fills at least four rows. An index at or beyond the list's limit (such as
	 * {@code [2147483648]} or a hundred digits) makes the list overfull, at no cost.
	 */
	private void count(String name) {
		int open = name.indexOf('[');
		if (open <= 0) {
			return;
		}
		Integer limit = LISTS.get(name.substring(0, open));
		if (limit == null) {
			return;
		}
		int close = name.indexOf(']', open);
		String digits = (close < 0) ? "" : name.substring(open + 1, close);
		if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return;
		}
		String significant = digits.replaceFirst("^0+(?=.)", "");
		String list = name.substring(0, open);
		if (significant.length() > 9 || Integer.parseInt(significant) >= limit) {
			overfull.put(list, limit);
			return;
		}
		rows.merge(list, Integer.parseInt(significant) + 1, Math::max);
	}

	static FormValues of(HttpServletRequest request) {
		Map<String, String> values = new HashMap<>();
		Map<String, Set<String>> ticked = new HashMap<>();
		request.getParameterMap().forEach((name, given) -> {
			if (GROUPS.contains(name)) {
				ticked.put(name, new LinkedHashSet<>(List.of(given)));
			}
			else if (given.length > 0) {
				values.put(name, given[0]);
			}
		});
		return new FormValues(values, ticked);
	}

	static FormValues of(InitiativeContent content) {
		Map<String, String> values = new HashMap<>();
		Map<String, Set<String>> ticked = new HashMap<>();
		put(values, "title", content.title());
		put(values, "projectNumber", content.projectNumber());
		put(values, "description", content.description());
		put(values, "objectives", content.objectives());
		put(values, "type", content.type());
		put(values, "parent", content.parent());
		put(values, "implementation", content.implementation());
		put(values, "schedule.plannedStart", content.schedule().plannedStart());
		put(values, "schedule.plannedEnd", content.schedule().plannedEnd());
		put(values, "schedule.actualStart", content.schedule().actualStart());
		put(values, "schedule.actualEnd", content.schedule().actualEnd());
		put(values, "geography.scope", content.geography().scope());
		put(values, "geography.area", content.geography().area());
		for (int index = 0; index < content.geography().countries().size(); index++) {
			var share = content.geography().countries().get(index);
			put(values, "geography.countries[" + index + "].country", share.country().value());
			put(values, "geography.countries[" + index + "].percentage", share.percentage());
		}
		ticked.put("geography.regions", set(content.geography().regions().stream().map(r -> r.value()).toList()));
		for (int index = 0; index < content.participants().size(); index++) {
			var participant = content.participants().get(index);
			put(values, "participants[" + index + "].organisation", participant.organisation());
			put(values, "participants[" + index + "].role", participant.role());
			put(values, "participants[" + index + "].share", participant.share());
		}
		var funding = content.funding();
		put(values, "funding.totalBudget", funding.totalBudget());
		put(values, "funding.currency", funding.currency());
		put(values, "funding.source", (funding.source() != null) ? funding.source().value() : null);
		put(values, "funding.type", funding.type());
		put(values, "funding.coFinancing", funding.coFinancing());
		for (int index = 0; index < funding.years().size(); index++) {
			var year = funding.years().get(index);
			put(values, "funding.years[" + index + "].year", year.year());
			put(values, "funding.years[" + index + "].committed", year.committed());
			put(values, "funding.years[" + index + "].disbursed", year.disbursed());
		}
		var focus = content.focus();
		ticked.put("focus.elements", set(focus.keyElements().stream().map(e -> e.element().value()).toList()));
		focus.keyElements().forEach(e -> put(values, "focus.share." + e.element().value(), e.percentage()));
		ticked.put("focus.activities", set(focus.activities().stream().map(a -> a.value()).toList()));
		ticked.put("focus.categories", set(focus.categories().stream().map(Enum::name).toList()));
		ticked.put("focus.targetGroups", set(focus.targetGroups().stream().map(Enum::name).toList()));
		var results = content.results();
		put(values, "results.outputs", results.outputs());
		put(values, "results.outcomes", results.outcomes());
		put(values, "results.achievements", results.achievements());
		put(values, "results.lessons", results.lessons());
		for (int index = 0; index < results.indicators().size(); index++) {
			var indicator = results.indicators().get(index);
			String prefix = "results.indicators[" + index + "].";
			put(values, prefix + "name", indicator.name());
			put(values, prefix + "unit", indicator.unit());
			put(values, prefix + "baseline", indicator.baseline());
			put(values, prefix + "baselineDate", indicator.baselineDate());
			put(values, prefix + "target", indicator.target());
			put(values, prefix + "targetDate", indicator.targetDate());
			put(values, prefix + "actual", indicator.actual());
			put(values, prefix + "actualDate", indicator.actualDate());
		}
		for (int index = 0; index < results.documents().size(); index++) {
			put(values, "results.documents[" + index + "].title", results.documents().get(index).title());
			put(values, "results.documents[" + index + "].url", results.documents().get(index).url());
		}
		for (int index = 0; index < content.evaluations().size(); index++) {
			var evaluation = content.evaluations().get(index);
			String prefix = "evaluations[" + index + "].";
			put(values, prefix + "evaluator", evaluation.evaluator());
			put(values, prefix + "date", evaluation.date());
			evaluation.ratings().forEach((criterion, rating) -> put(values, prefix + "ratings." + criterion, rating));
			put(values, prefix + "summary", evaluation.summary());
			put(values, prefix + "url", evaluation.url());
		}
		for (int index = 0; index < content.contacts().size(); index++) {
			ProfileContact contact = content.contacts().get(index);
			String prefix = "contacts[" + index + "].";
			put(values, prefix + "name", contact.name());
			put(values, prefix + "institution", contact.institution());
			put(values, prefix + "email", contact.email());
			put(values, prefix + "phone", contact.phone());
		}
		return new FormValues(values, ticked);
	}

	/** The value of a field, empty when it has none. */
	public String v(String path) {
		return values.getOrDefault(path, "");
	}

	/** The value of a field, or null when it has none. */
	@Nullable String get(String path) {
		String value = values.get(path);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** Whether a box of a group is ticked. */
	public boolean has(String group, String value) {
		return ticked.getOrDefault(group, Set.of()).contains(value);
	}

	Set<String> ticked(String group) {
		return ticked.getOrDefault(group, Set.of());
	}

	/**
	 * How many rows of a list the values fill: one past the highest row given, never more
	 * than the list holds.
	 */
	public int filled(String list) {
		return rows.getOrDefault(list, 0);
	}

	/**
	 * The lists given a row beyond the most a record holds, each with that most: the form
	 * refuses them at their list.
	 */
	Map<String, Integer> overfull() {
		return overfull;
	}

	/**
	 * A field's path as an element identifier: {@code geography-countries-0-percentage}.
	 */
	public String id(String path) {
		return path.replaceAll("[\\[\\].()]+", "-").replaceAll("-+$", "");
	}

	private static void put(Map<String, String> values, String path, @Nullable Object value) {
		if (value instanceof BigDecimal number) {
			values.put(path, number.stripTrailingZeros().toPlainString());
		}
		else if (value instanceof Enum<?> constant) {
			values.put(path, constant.name());
		}
		else if (value != null) {
			values.put(path, String.valueOf(value));
		}
	}

	private static Map<String, Integer> lists() {
		Map<String, Integer> lists = new LinkedHashMap<>();
		lists.put("geography.countries", InitiativeContent.MAX_COUNTRIES);
		for (String list : List.of("participants", "funding.years", "results.indicators", "results.documents",
				"evaluations", "contacts")) {
			lists.put(list, InitiativeContent.MAX_ROWS);
		}
		return java.util.Collections.unmodifiableMap(lists);
	}

	private static Set<String> set(List<String> values) {
		return new LinkedHashSet<>(values);
	}

}
