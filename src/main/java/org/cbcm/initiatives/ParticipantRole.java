package org.cbcm.initiatives;

/**
 * The part an organisation takes in an initiative, as the Biosafety Clearing-House
 * defines it (DOMAIN.md §3.3), with the IATI organisation role it maps to.
 */
public enum ParticipantRole {

	/** Provides the funds: the primary funding source (IATI 1 Funding). */
	DONOR(1),

	/**
	 * Responsible for developing the initiative and overseeing its implementation,
	 * monitoring and evaluation, accountable to the donor (IATI 3 Extending, not 4).
	 */
	IMPLEMENTING_AGENCY(3),

	/**
	 * Directly manages the initiative day to day: planning, coordination and execution
	 * (IATI 4 Implementing).
	 */
	EXECUTING_AGENCY(4),

	/**
	 * Makes a significant financial or other contribution, or actively supports it (IATI
	 * 1 when money flows).
	 */
	COLLABORATING_PARTNER(1);

	private final int iatiRole;

	ParticipantRole(int iatiRole) {
		this.iatiRole = iatiRole;
	}

	/** The IATI OrganisationRole code. */
	public int iatiRole() {
		return iatiRole;
	}

}
