package org.cbcm.records;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Stored values of revisions in the reader's language, for the {@link RecordFields} of
 * each kind: a code by its label, a number with its digits grouped, a date as pages write
 * dates. A value that is not what its field holds now (an old snapshot) stays as stored.
 */
public final class FieldValues {

	private final MessageSource messages;

	private final Locale locale;

	public FieldValues(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** A code by its label: {@code prefix + value} in the bundles. */
	public String label(String prefix, String value) {
		return messages.getMessage(prefix + value, null, value, locale);
	}

	/** A number or an amount, its digits grouped as the reader's language groups them. */
	public String number(String value) {
		try {
			BigDecimal number = new BigDecimal(value);
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMaximumFractionDigits(Math.min(Math.max(number.scale(), 0), 20));
			return format.format(number);
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

	/** A percentage, such as "60 %". */
	public String percentage(String value) {
		return messages.getMessage("record.value.percentage", new Object[] { number(value) }, locale);
	}

	/** A date, such as "1 March 2025". */
	public String date(String value) {
		try {
			return LocalDate.parse(value)
				.format(DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale), locale));
		}
		catch (DateTimeParseException ex) {
			return value;
		}
	}

	/** Yes or no. */
	public String yesNo(String value) {
		return switch (value) {
			case "true" -> messages.getMessage("answer.yes", null, locale);
			case "false" -> messages.getMessage("answer.no", null, locale);
			default -> value;
		};
	}

}
