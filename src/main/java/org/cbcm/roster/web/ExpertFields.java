package org.cbcm.roster.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbcm.records.FieldValues;
import org.cbcm.records.RecordFields;

import org.springframework.context.MessageSource;

/**
 * An expert record's fields as readers know them, for its history: a row by its list and
 * number ({@code Degree 2 — Subject}), choices by their words.
 */
final class ExpertFields implements RecordFields {

	private static final Pattern FIELD = Pattern.compile("^(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?$");

	private final MessageSource messages;

	private final Locale locale;

	private final FieldValues values;

	ExpertFields(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.values = new FieldValues(messages, locale);
	}

	@Override
	public String label(String field) {
		Matcher matcher = FIELD.matcher(field);
		if (!matcher.matches()) {
			return field;
		}
		String whole = name(matcher.group(1));
		String row = (matcher.group(2) != null) ? messages.getMessage("expert.label.row",
				new Object[] { whole, Integer.parseInt(matcher.group(2)) + 1 }, whole, locale) : whole;
		return (matcher.group(3) != null)
				? messages.getMessage("expert.label.part", new Object[] { row, name(matcher.group(3)) }, field, locale)
				: row;
	}

	private String name(String part) {
		return messages.getMessage("expert.label." + part, null, part, locale);
	}

	@Override
	public String value(String field, String value) {
		if (field.equals("gender")) {
			return values.label("expert.gender.", value);
		}
		if (field.equals("availability")) {
			return values.label("expert.availability.", value);
		}
		if (field.endsWith(".type")) {
			return values.label("expert.organisation-type.", value);
		}
		if (field.startsWith("degrees") && field.endsWith(".level")) {
			return values.label("expert.degree.", value);
		}
		if (field.startsWith("languages") && field.endsWith(".level")) {
			return values.label("expert.language-level.", value);
		}
		if (field.startsWith("expertise[")) {
			return values.label("roster.expertise.", value);
		}
		if (field.startsWith("publicParts[")) {
			return values.label("expert.part.", value);
		}
		if (field.equals("remote") || field.equals("onSite")) {
			return values.yesNo(value);
		}
		return value;
	}

}
