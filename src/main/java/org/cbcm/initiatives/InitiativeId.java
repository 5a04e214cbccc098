package org.cbcm.initiatives;

import java.util.UUID;

/** Identifies an initiative for good: its pages and the API name it by this. */
public record InitiativeId(UUID value) {

	public static InitiativeId random() {
		return new InitiativeId(UUID.randomUUID());
	}

	public static InitiativeId of(String text) {
		return new InitiativeId(UUID.fromString(text));
	}

	public static boolean isValid(String text) {
		return text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
