package org.cbcm.records;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A revision as the API gives it: its number, the record version it saved, status,
 * author, time and comment, and, when one revision is asked for, its fields.
 */
public record RevisionResource(int number, int version, RecordStatus status, String author, Instant at,
		@Nullable String comment, @Nullable Map<String, String> fields) {

	public static RevisionResource of(Revision revision, boolean withFields) {
		return new RevisionResource(revision.number(), revision.recordVersion(), revision.status(),
				revision.authorName(), revision.at(), revision.comment(), withFields ? revision.fields() : null);
	}

}
