package org.cbcm.directory;

/**
 * Where a State (or the European Union) stands with the Cartagena Protocol on Biosafety.
 */
public enum CartagenaStatus {

	/**
	 * Bound by the Protocol: it deposited its instrument and the Protocol entered into
	 * force for it.
	 */
	PARTY,

	/** Signed the Protocol but has not become a Party. */
	SIGNATORY,

	/** Neither signed nor joined. */
	NON_PARTY

}
