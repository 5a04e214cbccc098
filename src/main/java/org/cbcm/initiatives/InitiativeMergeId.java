package org.cbcm.initiatives;

import java.util.UUID;

/** Identifies a merge of two initiative records, kept so that it can be undone. */
public record InitiativeMergeId(UUID value) {

	public static InitiativeMergeId random() {
		return new InitiativeMergeId(UUID.randomUUID());
	}

	public static InitiativeMergeId of(String text) {
		return new InitiativeMergeId(UUID.fromString(text));
	}

	public static boolean isValid(String text) {
		return InitiativeId.isValid(text);
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
