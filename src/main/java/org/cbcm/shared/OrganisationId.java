package org.cbcm.shared;

import java.util.UUID;

/**
 * Identifies an organisation in the directory.
 *
 * @param value the identifier
 */
public record OrganisationId(UUID value) {

	public static OrganisationId of(String value) {
		return new OrganisationId(UUID.fromString(value));
	}

	/** Whether the text is an identifier, so that parsing it cannot fail. */
	public static boolean isValid(String value) {
		try {
			UUID.fromString(value);
			return value.length() == 36;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
