package org.cbcm.records;

/**
 * Why the workflow refuses something. A refusal for who is asking is a 403; one for the
 * state the record is in is a 409. This is the one place that says which.
 */
public enum Refusal {

	/** The person holds no role that writes the record's owner's records. */
	NOT_YOURS("record.edit.not-yours", false),

	/** The person holds no role that may make the transition on the record. */
	NOT_ALLOWED("record.transition.not-allowed", false),

	/** The transition does not start from the record's status. */
	WRONG_STATUS("record.transition.wrong-status", true),

	/** An archived record is not written; it must be reopened first. */
	ARCHIVED("record.edit.archived", true);

	private final String messageKey;

	private final boolean conflict;

	Refusal(String messageKey, boolean conflict) {
		this.messageKey = messageKey;
		this.conflict = conflict;
	}

	/** The message that tells the person why. */
	public String messageKey() {
		return messageKey;
	}

	/**
	 * Whether the refusal is about the record's state (409) rather than the person (403).
	 */
	public boolean conflict() {
		return conflict;
	}

}
