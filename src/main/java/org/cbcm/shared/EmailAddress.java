package org.cbcm.shared;

import java.net.IDN;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An address people and mails reach someone at, as cbcm takes it: a local part that is a
 * dot-atom of RFC 5322 (letters, digits and the other signs of its atext, single dots
 * between them), an at sign, and a domain of at least two labels of letters, digits and
 * inner hyphens, ending in a name rather than a number. Quoted local parts, comments,
 * angle brackets, spaces and control characters are refused: a mail server would take
 * some of them, but the pages and mails that show an address should not have to. A domain
 * in another script (bücher.de) is kept in its ASCII form (xn--bcher-kva.de), which every
 * mail server reads.
 *
 * @param value the address, with its domain in ASCII
 */
public record EmailAddress(String value) {

	/** The longest address a mail server has to accept (RFC 5321, 4.5.3.1). */
	public static final int MAX_LENGTH = 254;

	private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";

	private static final Pattern LOCAL_PART = Pattern.compile(ATEXT + "(\\." + ATEXT + ")*");

	private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

	private static final Pattern TOP_LABEL = Pattern.compile(".*[A-Za-z].*");

	public EmailAddress {
		String normalised = normalised(value);
		if (normalised == null) {
			throw new IllegalArgumentException(
					"'%s' is not an email address such as someone@example.org".formatted(value));
		}
		value = normalised;
	}

	public static EmailAddress of(String value) {
		return new EmailAddress(value);
	}

	/** Whether the text is an address cbcm takes, so that making one cannot fail. */
	public static boolean isValid(String value) {
		return normalised(value) != null;
	}

	private static @Nullable String normalised(String text) {
		String value = text.strip();
		int at = value.lastIndexOf('@');
		if (value.length() > MAX_LENGTH || at < 1 || at > 64) {
			return null;
		}
		String local = value.substring(0, at);
		String domain = ascii(value.substring(at + 1));
		if (domain == null || !LOCAL_PART.matcher(local).matches() || !domainIsHostName(domain)) {
			return null;
		}
		String address = local + "@" + domain;
		return (address.length() <= MAX_LENGTH) ? address : null;
	}

	private static @Nullable String ascii(String domain) {
		if (domain.chars().allMatch(c -> c < 0x80)) {
			return domain;
		}
		try {
			return IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean domainIsHostName(String domain) {
		if (domain.length() > 253) {
			return false;
		}
		String[] labels = domain.split("\\.", -1);
		if (labels.length < 2 || !TOP_LABEL.matcher(labels[labels.length - 1]).matches()) {
			return false;
		}
		for (String label : labels) {
			if (!LABEL.matcher(label).matches()) {
				return false;
			}
		}
		return true;
	}

	@Override
	public String toString() {
		return value;
	}

}
