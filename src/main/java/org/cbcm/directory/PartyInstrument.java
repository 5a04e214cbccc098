package org.cbcm.directory;

import org.jspecify.annotations.Nullable;

/**
 * The act by which a State or a regional economic integration organisation changes where
 * it stands with the Protocol (Articles 36 to 39), as the depositary notifies it, or a
 * correction of what cbcm had recorded.
 */
public enum PartyInstrument {

	/** Signing the Protocol: a signatory, not yet bound. */
	SIGNATURE(CartagenaStatus.SIGNATORY),

	/** Ratification of a signed Protocol: a Party 90 days after the deposit. */
	RATIFICATION(CartagenaStatus.PARTY),

	/** Accession without signing first: a Party 90 days after the deposit. */
	ACCESSION(CartagenaStatus.PARTY),

	/** Acceptance, the equivalent of ratification in some legal systems. */
	ACCEPTANCE(CartagenaStatus.PARTY),

	/** Approval, as the European Union and some States express consent. */
	APPROVAL(CartagenaStatus.PARTY),

	/** Withdrawal under Article 39: no longer a Party from the date it takes effect. */
	WITHDRAWAL(CartagenaStatus.NON_PARTY),

	/** A correction of the recorded status, which may be any status. */
	CORRECTION(null);

	private final @Nullable CartagenaStatus leadsTo;

	PartyInstrument(@Nullable CartagenaStatus leadsTo) {
		this.leadsTo = leadsTo;
	}

	/** Whether the act can lead to the status: a ratification to Party, and so on. */
	public boolean leadsTo(CartagenaStatus status) {
		return leadsTo == null || leadsTo == status;
	}

}
