package org.cbcm.directory;

import java.util.regex.Pattern;

/**
 * A UN M49 region, sub-region or intermediate region, by its three-digit code: 002
 * Africa, 202 Sub-Saharan Africa, 014 Eastern Africa. Its name is the message
 * {@code region.<code>}.
 *
 * @param value the three digits
 */
public record RegionCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{3}");

	public RegionCode {
		value = value.strip();
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"An M49 region code has three digits, such as 002; '%s' has not".formatted(value));
		}
	}

	public static RegionCode of(String value) {
		return new RegionCode(value);
	}

	public static boolean isValid(String value) {
		return FORMAT.matcher(value.strip()).matches();
	}

	/** The message bundle key of the region's name. */
	public String nameKey() {
		return "region." + value;
	}

	@Override
	public String toString() {
		return value;
	}

}
