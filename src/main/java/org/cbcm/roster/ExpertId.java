package org.cbcm.roster;

import java.util.UUID;

/**
 * Identifies an expert's roster record for good: its pages and the API name it by this.
 */
public record ExpertId(UUID value) {

	public static ExpertId random() {
		return new ExpertId(UUID.randomUUID());
	}

	public static ExpertId of(String text) {
		return new ExpertId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
