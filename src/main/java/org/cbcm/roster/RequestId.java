package org.cbcm.roster;

import java.util.UUID;

/**
 * Identifies a Party's request for an expert: its page and the API name it by this.
 */
public record RequestId(UUID value) {

	public static RequestId random() {
		return new RequestId(UUID.randomUUID());
	}

	public static RequestId of(String text) {
		return new RequestId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
