package org.cbcm.needs;

import java.util.UUID;

/** Identifies a needs assessment for good: its pages and the API name it by this. */
public record NeedsAssessmentId(UUID value) {

	public static NeedsAssessmentId random() {
		return new NeedsAssessmentId(UUID.randomUUID());
	}

	public static NeedsAssessmentId of(String text) {
		return new NeedsAssessmentId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
