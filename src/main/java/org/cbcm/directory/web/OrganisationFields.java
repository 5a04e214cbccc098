package org.cbcm.directory.web;

import java.util.Locale;

import org.cbcm.records.FieldValues;
import org.cbcm.records.RecordFields;

import org.springframework.context.MessageSource;

/** An organisation's fields as readers know them, for its history. */
final class OrganisationFields implements RecordFields {

	private final MessageSource messages;

	private final Locale locale;

	private final FieldValues values;

	OrganisationFields(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.values = new FieldValues(messages, locale);
	}

	@Override
	public String label(String field) {
		return messages.getMessage("organisation.label." + field, null, field, locale);
	}

	@Override
	public String value(String field, String value) {
		return "type".equals(field) ? values.label("organisation.type.", value) : value;
	}

}
