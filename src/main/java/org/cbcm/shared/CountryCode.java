package org.cbcm.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Identifies a Party or country in cbcm: its ISO 3166-1 alpha-3 code ({@code KEN}), or
 * {@code EU} for the European Union, a Party to the Protocol that is not a country and
 * has no alpha-3 code. Always upper case.
 *
 * @param value the code, normalised to upper case
 */
public record CountryCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("[A-Z]{3}|EU");

	/** The European Union, a regional economic integration organisation and Party. */
	public static final CountryCode EUROPEAN_UNION = new CountryCode("EU");

	public CountryCode {
		value = value.strip().toUpperCase(Locale.ROOT);
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"A country code is an ISO 3166-1 alpha-3 code such as KEN, or EU; '%s' is neither"
						.formatted(value));
		}
	}

	public static CountryCode of(String value) {
		return new CountryCode(value);
	}

	/**
	 * Whether the text has the form of a country code, so that parsing it cannot fail.
	 */
	public static boolean isValid(String value) {
		return FORMAT.matcher(value.strip().toUpperCase(Locale.ROOT)).matches();
	}

	@Override
	public String toString() {
		return value;
	}

}
