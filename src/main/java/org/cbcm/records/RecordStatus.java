package org.cbcm.records;

/** Where a record stands in its life. */
public enum RecordStatus {

	/** Being written by its owners; only they and the Secretariat see it. */
	DRAFT,

	/**
	 * Handed in by its owners for authorisation (by a focal point or the Secretariat).
	 */
	SUBMITTED,

	/**
	 * Authorised and public. Edits start a new draft; the published text stays public
	 * until republished.
	 */
	PUBLISHED,

	/**
	 * No longer current; kept for history, shown to nobody but its owners and the
	 * Secretariat.
	 */
	ARCHIVED

}
