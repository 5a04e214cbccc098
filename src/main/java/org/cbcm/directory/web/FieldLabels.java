package org.cbcm.directory.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * Names a profile's fields as readers know them: {@code focalPoints[1].email} reads
 * "National focal point 2: email". Templates call
 * {@code ${fieldLabels.of(change.field)}}.
 */
public final class FieldLabels {

	private static final Pattern LISTED = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

	private final MessageSource messages;

	private final Locale locale;

	FieldLabels(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public String of(String field) {
		Matcher listed = LISTED.matcher(field);
		if (listed.matches()) {
			String list = messages.getMessage("profile.list." + listed.group(1),
					new Object[] { Integer.parseInt(listed.group(2)) + 1 }, listed.group(1), locale);
			String part = messages.getMessage("profile.contact." + listed.group(3), null, listed.group(3), locale);
			return list + ": " + part;
		}
		return messages.getMessage("profile.label." + field, null, field, locale);
	}

}
