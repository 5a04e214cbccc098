package org.cbcm.exchange.internal;

/** Where an import stands. */
public enum ImportStatus {

	/** Read and waiting for the person's choices; nothing written yet. */
	READY,
	/** Writing, in the background. */
	RUNNING,
	/** Asked to stop: stops after the batch it is writing. */
	CANCELLING,
	/** Stopped by the person; what it wrote stays, and it may be run again. */
	CANCELLED,
	/** Cut short when the server stopped; it may be run again. */
	INTERRUPTED,
	/** Done: its report says what it did. */
	DONE,
	/** Stopped by a fault; its report says which, and it may be run again. */
	FAILED;

	/** Whether it is writing now, or about to stop. */
	public boolean active() {
		return this == RUNNING || this == CANCELLING;
	}

}
