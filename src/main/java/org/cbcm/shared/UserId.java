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

	/** Whether the text is an identifier, so that parsing it cannot fail. */
	public static boolean isValid(String value) {
		return OrganisationId.isValid(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
