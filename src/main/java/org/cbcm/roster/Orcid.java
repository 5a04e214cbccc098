package org.cbcm.roster;

import java.util.regex.Pattern;

/**
 * An ORCID iD, such as 0000-0002-1825-0097: sixteen characters in four groups, the last a
 * check digit (ISO 7064 MOD 11-2, X for ten). A typing mistake in any one digit, or two
 * neighbouring digits swapped, fails the check.
 */
public final class Orcid {

	private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");

	private static final String PREFIX = "https://orcid.org/";

	private Orcid() {
	}

	/** The iD as typed, without the address people often paste with it. */
	public static String normalised(String text) {
		String stripped = text.strip().toUpperCase(java.util.Locale.ROOT);
		for (String prefix : new String[] { PREFIX.toUpperCase(java.util.Locale.ROOT), "HTTP://ORCID.ORG/",
				"ORCID.ORG/" }) {
			if (stripped.startsWith(prefix)) {
				return stripped.substring(prefix.length());
			}
		}
		return stripped;
	}

	/** Whether the text is written as an ORCID iD is (four groups of four). */
	public static boolean wellFormed(String text) {
		return FORMAT.matcher(text).matches();
	}

	/** Whether a well-formed iD's last character is its check digit. */
	public static boolean checksumHolds(String text) {
		String digits = text.replace("-", "");
		int total = 0;
		for (int i = 0; i < 15; i++) {
			total = (total + (digits.charAt(i) - '0')) * 2;
		}
		int result = (12 - total % 11) % 11;
		char check = (result == 10) ? 'X' : (char) ('0' + result);
		return digits.charAt(15) == check;
	}

	/** The iD's public page. */
	public static String link(String text) {
		return PREFIX + text;
	}

}
