package org.cbcm.initiatives.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * Names an initiative's fields as readers know them, part by part:
 * {@code geography.countries[1].percentage} reads "Where › Countries 2 › Percentage". The
 * parts' names are the form's labels ({@code initiative.label.<part>}).
 */
public final class FieldLabels {

	private static final Pattern PART = Pattern.compile("(\\w+)(?:\\[(\\d+)])?");

	private final MessageSource messages;

	private final Locale locale;

	FieldLabels(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public String of(String field) {
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
			parts.add((matcher.group(2) != null) ? label + " " + (Integer.parseInt(matcher.group(2)) + 1) : label);
		}
		return String.join(" › ", parts);
	}

}
