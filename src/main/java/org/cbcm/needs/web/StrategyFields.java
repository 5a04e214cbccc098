package org.cbcm.needs.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbcm.records.FieldValues;
import org.cbcm.records.RecordFields;

import org.springframework.context.MessageSource;

/**
 * A strategy's fields as readers know them: {@code outputs[1].dueYear} reads "Output 2:
 * due year"; {@code NOT_INTEGRATED} reads as the page shows it.
 */
final class StrategyFields implements RecordFields {

	private static final Pattern LISTED = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

	private final MessageSource messages;

	private final Locale locale;

	private final FieldValues values;

	StrategyFields(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.values = new FieldValues(messages, locale);
	}

	@Override
	public String label(String field) {
		Matcher listed = LISTED.matcher(field);
		if (listed.matches()) {
			String list = messages.getMessage("strategy.list." + listed.group(1),
					new Object[] { Integer.parseInt(listed.group(2)) + 1 }, listed.group(1), locale);
			String part = messages.getMessage("strategy.label." + listed.group(1) + "." + listed.group(3), null,
					listed.group(3), locale);
			return list + ": " + part;
		}
		return messages.getMessage("strategy.label." + field, null, field, locale);
	}

	@Override
	public String value(String field, String value) {
		return switch (field) {
			case "integration" -> values.label("strategy.integration.", value);
			case "adoptedOn" -> values.date(value);
			default -> value;
		};
	}

}
