package org.cbcm.web;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The cells of a download as text, as a CSV file holds them and as a spreadsheet may
 * safely show them: dates and moments in ISO 8601, amounts without exponent, and text
 * that a spreadsheet would take for a formula made harmless.
 */
public final class DownloadText {

	/** What may be typed in a cell before a spreadsheet reads it as a formula. */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private DownloadText() {
	}

	/** A cell as text: nothing for null, dates and moments in ISO 8601, plain amounts. */
	public static String of(@Nullable Object cell) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof BigDecimal amount) {
			return amount.toPlainString();
		}
		if (cell instanceof String text) {
			return harmless(text);
		}
		if (cell instanceof Instant moment) {
			return moment.toString();
		}
		return cell.toString();
	}

	/**
	 * The text with an apostrophe before it when a spreadsheet would read it as a formula
	 * (it starts with = + - @, a tab or a carriage return): a title such as
	 * {@code =HYPERLINK(…)} stays a title.
	 */
	public static String harmless(String text) {
		return (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

}
