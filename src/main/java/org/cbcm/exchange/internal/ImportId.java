package org.cbcm.exchange.internal;

import java.util.UUID;
import java.util.regex.Pattern;

/** An import's identifier, as its addresses name it. */
public record ImportId(UUID value) {

	private static final Pattern FORMAT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	public static boolean isValid(String text) {
		return FORMAT.matcher(text).matches();
	}

	public static ImportId of(String text) {
		return new ImportId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
