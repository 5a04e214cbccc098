package org.cbcm.needs.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbcm.framework.ItemCode;
import org.cbcm.records.FieldValues;
import org.cbcm.records.RecordFields;

import org.springframework.context.MessageSource;

/**
 * A needs assessment's fields as readers know them, for its history: an element row by
 * its element ({@code 12(c) — Priority}), choices by their words.
 */
final class NeedsFields implements RecordFields {

	private static final Pattern ROW = Pattern.compile("^(elements|documents)\\[(\\d+)]\\.(\\w+)$");

	private final MessageSource messages;

	private final Locale locale;

	private final FieldValues values;

	private final List<ItemCode> elements;

	/**
	 * @param elements the elements in the order the form lists them, which is the order
	 * of the rows
	 */
	NeedsFields(MessageSource messages, Locale locale, List<ItemCode> elements) {
		this.messages = messages;
		this.locale = locale;
		this.values = new FieldValues(messages, locale);
		this.elements = List.copyOf(elements);
	}

	@Override
	public String label(String field) {
		Matcher row = ROW.matcher(field);
		if (row.matches()) {
			int index = Integer.parseInt(row.group(2));
			String part = messages.getMessage("needs.label." + row.group(3), null, row.group(3), locale);
			if (row.group(1).equals("documents")) {
				return messages.getMessage("needs.label.document-row", new Object[] { index + 1, part }, field, locale);
			}
			String element = (index < elements.size()) ? elements.get(index).value() : "#" + (index + 1);
			return messages.getMessage("needs.label.element-row", new Object[] { element, part }, field, locale);
		}
		return messages.getMessage("needs.label." + field, null, field, locale);
	}

	@Override
	public String value(String field, String value) {
		if (field.endsWith(".priority")) {
			return values.label("needs.priority.", value);
		}
		if (field.endsWith(".capacity")) {
			return values.label("needs.capacity.", value);
		}
		return value;
	}

}
