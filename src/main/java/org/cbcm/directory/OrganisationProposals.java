package org.cbcm.directory;

import java.util.List;

import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * Organisations proposed to the Secretariat by other modules, such as an import that met
 * organisations the directory does not hold: each is stored as a proposal (submitted),
 * which the Secretariat accepts by publishing it or refuses, as a person's proposal.
 */
public interface OrganisationProposals {

	/**
	 * An organisation to propose.
	 *
	 * @param content the organisation
	 * @param comment why it is proposed: the proposal's comment
	 */
	record Proposal(OrganisationContent content, @Nullable String comment) {
	}

	/**
	 * Proposes each organisation, unless the directory holds or is proposed one with the
	 * same IATI identifier or name (case and accents aside) already, or one proposed
	 * earlier in the list is. One whose IATI identifier alone is not valid is proposed
	 * without it; one not valid otherwise is passed over. The directory is read once for
	 * the whole list.
	 * @return how many proposals were made
	 */
	int proposeUnlessKnown(List<Proposal> proposals, Viewer by);

}
