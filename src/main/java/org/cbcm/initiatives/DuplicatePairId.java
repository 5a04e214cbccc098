package org.cbcm.initiatives;

import java.util.UUID;

/** Identifies a pair of initiative records that may be the same initiative. */
public record DuplicatePairId(UUID value) {

	public static DuplicatePairId random() {
		return new DuplicatePairId(UUID.randomUUID());
	}

	public static DuplicatePairId of(String text) {
		return new DuplicatePairId(UUID.fromString(text));
	}

	public static boolean isValid(String text) {
		return InitiativeId.isValid(text);
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
