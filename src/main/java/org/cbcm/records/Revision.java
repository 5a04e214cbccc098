package org.cbcm.records;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cbcm.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One saved state of a record: a full snapshot of its fields (flat:
 * {@code focalPoints[1].email}), who saved it, when, and why.
 *
 * @param number the revision's number, from 1
 * @param recordVersion the record's optimistic-lock version it saved
 * @param status the record's status after the change
 * @param fields the snapshot, field by field, in the record's order
 * @param author who saved it
 * @param authorName the author's name then
 * @param at when
 * @param comment what the author said of the change
 */
public record Revision(int number, int recordVersion, RecordStatus status, Map<String, String> fields,
		@Nullable UserId author, String authorName, Instant at, @Nullable String comment) {

	public Revision {
		fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	/** When it was saved, in UTC, as pages show it. */
	public java.time.LocalDateTime atUtc() {
		return at.atOffset(java.time.ZoneOffset.UTC).toLocalDateTime();
	}

}
