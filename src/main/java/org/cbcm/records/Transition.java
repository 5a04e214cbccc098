package org.cbcm.records;

import java.util.Set;

/** A move of a record from one status to another, and the statuses it may start from. */
public enum Transition {

	/** Hands a draft in for authorisation. */
	SUBMIT(Set.of(RecordStatus.DRAFT), RecordStatus.SUBMITTED),

	/** Authorises and publishes a draft or a submitted record. */
	PUBLISH(Set.of(RecordStatus.DRAFT, RecordStatus.SUBMITTED), RecordStatus.PUBLISHED),

	/** Sends a submitted record back to its owners, with a reason. */
	RETURN(Set.of(RecordStatus.SUBMITTED), RecordStatus.DRAFT),

	/** Takes a record out of use. */
	ARCHIVE(Set.of(RecordStatus.DRAFT, RecordStatus.SUBMITTED, RecordStatus.PUBLISHED), RecordStatus.ARCHIVED),

	/** Brings an archived record back as a draft. */
	REOPEN(Set.of(RecordStatus.ARCHIVED), RecordStatus.DRAFT),

	/** Says that a published record is still right, without changing it. */
	CONFIRM(Set.of(RecordStatus.PUBLISHED), RecordStatus.PUBLISHED);

	private final Set<RecordStatus> from;

	private final RecordStatus to;

	Transition(Set<RecordStatus> from, RecordStatus to) {
		this.from = from;
		this.to = to;
	}

	public boolean startsFrom(RecordStatus status) {
		return from.contains(status);
	}

	public RecordStatus to() {
		return to;
	}

}
