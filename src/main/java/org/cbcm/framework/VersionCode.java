package org.cbcm.framework;

import java.util.regex.Pattern;

/**
 * Identifies a version of the Action Plan, such as {@code lg-cb-3-2006} for the draft
 * update proposed by the third meeting of the Liaison Group.
 *
 * @param value lower-case letters, digits and hyphens
 */
public record VersionCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	public VersionCode {
		value = value.strip();
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"A version code has lower-case letters, digits and hyphens; '%s' does not".formatted(value));
		}
	}

	public static VersionCode of(String value) {
		return new VersionCode(value);
	}

	public static boolean isValid(String value) {
		return FORMAT.matcher(value.strip()).matches();
	}

	@Override
	public String toString() {
		return value;
	}

}
