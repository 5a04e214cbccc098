package org.cbcm.records;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A record as a reader may see it.
 *
 * @param <K> the record's identifier
 * @param <C> what it holds
 * @param id the record
 * @param kind its kind
 * @param owner whose it is
 * @param status where the working copy stands
 * @param version the working copy's version, to base a change on
 * @param working the working copy, for its owners and the Secretariat; null for others
 * @param published the published copy; null until published
 * @param publishedAt when it was last published
 * @param confirmedOn when the published copy was last published or confirmed
 * @param notConfirmedSince that day, when it is longer ago than the confirmation period
 * @param createdAt when the record was first saved
 * @param updatedAt when the working copy last changed
 * @param updatedByName by whom (for owners; blank for others)
 * @param statusNote why it was returned, when it was (for owners)
 */
public record RecordView<K, C>(K id, RecordKind kind, RecordScope owner, RecordStatus status, int version,
		@Nullable C working, @Nullable C published, @Nullable Instant publishedAt, @Nullable LocalDate confirmedOn,
		@Nullable LocalDate notConfirmedSince, Instant createdAt, Instant updatedAt, String updatedByName,
		@Nullable String statusNote) {

	/** Whether the reader is one of the owners (or the Secretariat). */
	public boolean owned() {
		return working != null;
	}

	public boolean hasPublished() {
		return published != null;
	}

	/**
	 * Whether anybody has saved the record yet; version 0 is a record not yet started.
	 */
	public boolean started() {
		return version > 0;
	}

	/**
	 * What the reader sees: the published copy, or the working copy of an unpublished
	 * record.
	 */
	public C shown() {
		return (published != null) ? published : Objects.requireNonNull(working);
	}

	/** When the working copy was last changed, in UTC, as pages show it. */
	public LocalDateTime updatedAtUtc() {
		return updatedAt.atOffset(ZoneOffset.UTC).toLocalDateTime();
	}

	/** The day (UTC) the record was last published. */
	public @Nullable LocalDate publishedOn() {
		return (publishedAt != null) ? publishedAt.atOffset(ZoneOffset.UTC).toLocalDate() : null;
	}

}
