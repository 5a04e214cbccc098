package org.cbcm.shared;

import java.util.UUID;

/**
 * Identifies a person's account in cbcm.
 *
 * @param value the identifier
 */
public record UserId(UUID value) {

	public static UserId of(String value) {
		return new UserId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
