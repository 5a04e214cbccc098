package org.cbcm.identity.internal;

import java.util.Locale;

import org.cbcm.shared.InvalidRequestException;

/**
 * The rule every new password keeps ({@code passwordMustBeStrong}): at least 12
 * characters, with at least three of lower case, upper case, digits and other characters,
 * or at least 20 characters (a passphrase); not the email or a part of it; at most 200
 * characters.
 */
final class PasswordPolicy {

	static final int MINIMUM = 12;

	static final int PASSPHRASE = 20;

	static final int MAXIMUM = 200;

	private PasswordPolicy() {
	}

	/**
	 * Refuses a weak password with a message that says why; names the field it came from.
	 */
	static void passwordMustBeStrong(String field, String password, String email) {
		if (password.length() > MAXIMUM) {
			throw new InvalidRequestException(field, "password.too-long", MAXIMUM);
		}
		if (password.length() < MINIMUM) {
			throw new InvalidRequestException(field, "password.too-short", MINIMUM);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String local = email.strip().toLowerCase(Locale.ROOT).replaceAll("@.*", "");
		if (lower.contains(email.strip().toLowerCase(Locale.ROOT)) || (local.length() >= 4 && lower.contains(local))) {
			throw new InvalidRequestException(field, "password.contains-email");
		}
		if (password.length() < PASSPHRASE && kinds(password) < 3) {
			throw new InvalidRequestException(field, "password.too-simple", PASSPHRASE);
		}
		if (password.chars().distinct().count() < 5) {
			throw new InvalidRequestException(field, "password.repetitive");
		}
	}

	private static int kinds(String password) {
		boolean lower = password.chars().anyMatch(Character::isLowerCase);
		boolean upper = password.chars().anyMatch(Character::isUpperCase);
		boolean digit = password.chars().anyMatch(Character::isDigit);
		boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
		return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

}
