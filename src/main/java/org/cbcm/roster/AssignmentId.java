package org.cbcm.roster;

import java.util.UUID;

/**
 * Identifies an assignment: an expert offered, and then serving, a Party's request.
 */
public record AssignmentId(UUID value) {

	public static AssignmentId random() {
		return new AssignmentId(UUID.randomUUID());
	}

	public static AssignmentId of(String text) {
		return new AssignmentId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
