package org.cbcm.shared;

import java.net.URI;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The checks every kind of content makes of its text fields, written once: blank to
 * nothing, required, a length limit, a web address, an email address, a choice. Each
 * refusal goes to the {@link Validation} that collects all of a record's faults, under
 * the message keys of the kind that asks ({@code initiative.field.required},
 * {@code profile.field.too-long}).
 */
public final class Fields {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s/$.?#][^\\s]*");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	/** The most characters of a refused address that its message repeats. */
	private static final int SHOWN = 100;

	private final String required;

	private final String tooLong;

	private Fields(String prefix) {
		this.required = prefix + ".field.required";
		this.tooLong = prefix + ".field.too-long";
	}

	/**
	 * The checks under a kind's message keys: {@code prefix.field.required} and
	 * {@code prefix.field.too-long} (the most, then the length given).
	 */
	public static Fields keyed(String prefix) {
		return new Fields(prefix);
	}

	/** The text stripped, or null when there is none or it is blank. */
	public static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** Refuses a field left blank, or longer than the most. */
	public void require(Validation validation, String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			validation.reject(field, required);
		}
		else {
			limit(validation, field, value, max);
		}
	}

	/** Refuses a field longer than the most. */
	public void limit(Validation validation, String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			validation.reject(field, tooLong, max, value.length());
		}
	}

	/**
	 * Refuses a web address that is not one ({@code http://} or {@code https://}), or is
	 * longer than the most.
	 * @param invalid the message key of an address that is not one; its argument is the
	 * address, cut to a hundred characters
	 * @param tooLong whether an address beyond the most is refused as too long (else as
	 * not an address)
	 */
	public void link(Validation validation, String field, @Nullable String url, int max, boolean required,
			String invalid, boolean tooLong) {
		if (url == null || url.isBlank()) {
			if (required) {
				validation.reject(field, this.required);
			}
			return;
		}
		if (url.length() > max) {
			if (tooLong) {
				limit(validation, field, url, max);
			}
			else {
				validation.reject(field, invalid, url.substring(0, SHOWN));
			}
			return;
		}
		if (!LINK.matcher(url).matches() || !parses(url)) {
			validation.reject(field, invalid, (url.length() > SHOWN) ? url.substring(0, SHOWN) : url);
		}
	}

	/** Refuses an email address that is not one, under {@code email.invalid}. */
	public static void email(Validation validation, String field, @Nullable String email) {
		if (email != null && (email.length() > EmailAddress.MAX_LENGTH || !EMAIL.matcher(email).matches())) {
			validation.reject(field, "email.invalid", email);
		}
	}

	/**
	 * The choice a field names, or null when it names none; one the field does not offer
	 * is refused under {@code error.type.choice}, with the choices it offers.
	 */
	public static <E extends Enum<E>> @Nullable E choice(Validation validation, Class<E> type, String field,
			@Nullable String value) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			validation.reject(field, "error.type.choice", text,
					String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
			return null;
		}
	}

	private static boolean parses(String uri) {
		try {
			URI.create(uri);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
