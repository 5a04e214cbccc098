package org.cbcm.shared;

import java.math.BigDecimal;

/**
 * The decimal numbers cbcm takes from a form or a request body: at most
 * {@value #INTEGER_DIGITS} digits before the decimal point and {@value #DECIMALS} after
 * it, far beyond any amount, percentage, rate or indicator it holds, and small enough
 * that every sum, comparison and message about them is cheap. A number such as
 * {@code 1e999999999} is refused as it is read, before anything writes it out in full
 * (which would take gigabytes).
 */
public final class Decimals {

	/** The most digits before the decimal point. */
	public static final int INTEGER_DIGITS = 30;

	/** The most digits after the decimal point. */
	public static final int DECIMALS = 30;

	/** The longest text read as a number. */
	static final int LONGEST_TEXT = 100;

	private Decimals() {
	}

	/** Whether the number is within what cbcm takes. */
	public static boolean readable(BigDecimal number) {
		if (number.signum() == 0) {
			return number.scale() <= DECIMALS && number.scale() >= -INTEGER_DIGITS;
		}
		// Neither value below writes the number out: both read its unscaled digits and
		// scale.
		long decimals = number.scale();
		long integerDigits = (long) number.precision() - number.scale();
		if (decimals > DECIMALS) {
			// Trailing zeros after the point do not count: 1.50000 is 1.5.
			BigDecimal stripped = (number.precision() > INTEGER_DIGITS + DECIMALS + 20) ? number
					: number.stripTrailingZeros();
			decimals = stripped.scale();
		}
		return integerDigits <= INTEGER_DIGITS && decimals <= DECIMALS;
	}

	/**
	 * The number a field's text gives, refused at the field when it is not a number or
	 * beyond what cbcm takes. Spaces, no-break spaces and thousands commas are ignored.
	 * @param field the field, named in a refusal
	 * @param text the text typed
	 */
	public static BigDecimal parse(String field, String text) {
		String digits = text.strip().replace(",", "").replace(" ", "").replace("\u00a0", "");
		if (digits.length() > LONGEST_TEXT) {
			throw new InvalidRequestException(field, "error.number.range", INTEGER_DIGITS, DECIMALS);
		}
		BigDecimal number;
		try {
			number = new BigDecimal(digits);
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException(field, "error.number.invalid", text);
		}
		check(field, number);
		return number;
	}

	/** Refuses a number beyond what cbcm takes, at its field. */
	public static void check(String field, BigDecimal number) {
		if (!readable(number)) {
			throw new InvalidRequestException(field, "error.number.range", INTEGER_DIGITS, DECIMALS);
		}
	}

}
