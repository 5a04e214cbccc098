package org.cbcm.directory.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbcm.records.FieldValues;
import org.cbcm.records.RecordFields;

import org.springframework.context.MessageSource;

/**
 * A profile's fields as readers know them: {@code focalPoints[1].email} reads "National
 * focal point 2: email"; {@code BEING_ESTABLISHED} reads "Being established", as the
 * country's page shows it.
 */
public final class ProfileFields implements RecordFields {

	private static final Pattern LISTED = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

	private final MessageSource messages;

	private final Locale locale;

	private final FieldValues values;

	ProfileFields(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.values = new FieldValues(messages, locale);
	}

	@Override
	public String label(String field) {
		Matcher listed = LISTED.matcher(field);
		if (listed.matches()) {
			String list = messages.getMessage("profile.list." + listed.group(1),
					new Object[] { Integer.parseInt(listed.group(2)) + 1 }, listed.group(1), locale);
			String part = messages.getMessage("profile.contact." + listed.group(3), null, listed.group(3), locale);
			return list + ": " + part;
		}
		return messages.getMessage("profile.label." + field, null, field, locale);
	}

	@Override
	public String value(String field, String value) {
		return switch (field) {
			case "framework" -> values.label("profile.framework.", value);
			case "mechanism" -> values.label("profile.mechanism.", value);
			case "centreOfOrigin" -> values.yesNo(value);
			default -> value;
		};
	}

}
