package org.cbcm.initiatives;

/**
 * How far an initiative got (BCH {@code cbiStatus}, IATI activity status), not to be
 * confused with where its record stands in the publication workflow.
 */
public enum ImplementationStatus {

	/** Proposed, not yet approved (IATI 1, pipeline). */
	PROPOSED,

	/** Approved, not yet started (IATI 1). */
	APPROVED,

	/** Being carried out (IATI 2). */
	ONGOING,

	/** Finished (IATI 4). */
	COMPLETED,

	/** Stopped before its end (IATI 5). */
	CANCELLED,

	/** On hold (IATI 6). */
	SUSPENDED

}
