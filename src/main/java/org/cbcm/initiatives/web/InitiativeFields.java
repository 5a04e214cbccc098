package org.cbcm.initiatives.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.internal.InitiativeQueries;
import org.cbcm.records.FieldChange;
import org.cbcm.records.FieldValues;
import org.cbcm.records.RecordFields;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An initiative's fields as readers know them. A field reads part by part:
 * {@code geography.countries[1].percentage} is Where › Countries 2 › Percentage, the
 * parts named by the form's labels ({@code initiative.label.<part>}). A value reads as
 * the initiative's page shows it: a status or type by its label, an amount with its
 * digits grouped, a date written out, a country, organisation, Action Plan item or
 * programme by its name.
 */
public final class InitiativeFields implements RecordFields {

	private static final Pattern PART = Pattern.compile("(\\w+)(?:\\[([^\\]]+)])?");

	private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

	/** Reads the names the fields of some changes need, at once. */
	@Component
	static class Source {

		private final Labels.Source labels;

		private final InitiativeQueries queries;

		private final MessageSource messages;

		Source(Labels.Source labels, InitiativeQueries queries, MessageSource messages) {
			this.labels = labels;
			this.queries = queries;
			this.messages = messages;
		}

		/** The fields of an initiative, with the names the changes' values need. */
		InitiativeFields of(Collection<FieldChange> changes, Locale locale) {
			Set<String> organisations = new LinkedHashSet<>();
			Map<String, String> titles = new LinkedHashMap<>();
			for (FieldChange change : changes) {
				String shape = shape(change.field());
				for (String value : java.util.Arrays.asList(change.before(), change.after())) {
					if (value == null) {
						continue;
					}
					if (shape.equals("participants[].organisation")) {
						organisations.add(value);
					}
					else if (shape.equals("parent") && InitiativeId.isValid(value)) {
						queries.title(InitiativeId.of(value)).ifPresent(title -> titles.put(value, title));
					}
				}
			}
			return new InitiativeFields(messages, locale, labels.of(organisations, locale), titles);
		}

		/** The fields' names only, where no value is shown. */
		InitiativeFields names(Locale locale) {
			return of(List.of(), locale);
		}

	}

	private final MessageSource messages;

	private final Locale locale;

	private final Labels labels;

	private final Map<String, String> titles;

	private final FieldValues values;

	InitiativeFields(MessageSource messages, Locale locale, Labels labels, Map<String, String> titles) {
		this.messages = messages;
		this.locale = locale;
		this.labels = labels;
		this.titles = titles;
		this.values = new FieldValues(messages, locale);
	}

	@Override
	public String label(String field) {
		List<String> parts = new ArrayList<>();
		for (String part : field.split("\\.")) {
			Matcher matcher = PART.matcher(part);
			if (!matcher.matches()) {
				parts.add(part);
				continue;
			}
			String name = matcher.group(1);
			String label = name.matches("[A-Z_]+")
					? messages.getMessage("initiative.criterion." + name, null, name, locale)
					: messages.getMessage("initiative.label." + name, null, name, locale);
			String key = matcher.group(2);
			if (key == null) {
				parts.add(label);
			}
			else if (key.matches("\\d{1,9}")) {
				parts.add(label + " " + (Integer.parseInt(key) + 1));
			}
			else {
				// A keyed field of the form: focus.share[12(c)], ratings[RELEVANCE].
				parts.add(label);
				parts.add(key.matches("[A-Z_]+") ? messages.getMessage("initiative.criterion." + key, null, key, locale)
						: key);
			}
		}
		return String.join(" › ", parts);
	}

	@Override
	public String value(String field, String value) {
		String shape = shape(field);
		if (shape.startsWith("evaluations[].ratings.")) {
			return values.label("initiative.rating.", value);
		}
		return switch (shape) {
			case "type" -> values.label("initiative.type.", value);
			case "implementation" -> values.label("initiative.status.", value);
			case "parent" -> titles.getOrDefault(value, value);
			case "schedule.plannedStart", "schedule.plannedEnd", "schedule.actualStart", "schedule.actualEnd",
					"results.indicators[].baselineDate", "results.indicators[].targetDate",
					"results.indicators[].actualDate", "evaluations[].date" ->
				values.date(value);
			case "geography.scope" -> values.label("initiative.scope.", value);
			case "geography.countries[].country" -> labels.country(value);
			case "geography.regions[]" -> labels.region(value);
			case "geography.countries[].percentage", "participants[].share", "focus.keyElements[].percentage" ->
				values.percentage(value);
			case "participants[].organisation" -> labels.organisationName(value);
			case "participants[].role" -> values.label("initiative.role.", value);
			case "funding.totalBudget", "funding.coFinancing", "funding.years[].committed", "funding.years[].disbursed",
					"results.indicators[].baseline", "results.indicators[].target", "results.indicators[].actual" ->
				values.number(value);
			case "funding.source", "focus.keyElements[].element", "focus.activities[]" -> labels.coded(value);
			case "funding.type" -> values.label("initiative.funding-type.", value);
			case "focus.categories[]" -> values.label("initiative.category.", value);
			case "focus.targetGroups[]" -> values.label("initiative.target.", value);
			default -> value;
		};
	}

	/** The field without its rows' numbers: {@code participants[].role}. */
	static String shape(String field) {
		return INDEX.matcher(field).replaceAll("[]");
	}

}
