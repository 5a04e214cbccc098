package org.cbcm.directory;

import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * Organisations proposed to the Secretariat by other modules, such as an import that met
 * organisations the directory does not hold: each is stored as a proposal (submitted),
 * which the Secretariat accepts by publishing it or refuses, as a person's proposal.
 */
public interface OrganisationProposals {

	/**
	 * Proposes the organisation, unless the directory holds or is proposed one with the
	 * same IATI identifier or name (case and accents aside) already.
	 * @return whether a proposal was made
	 * @throws org.cbcm.shared.InvalidRequestException when the content is not valid
	 */
	boolean proposeUnlessKnown(OrganisationContent content, @Nullable String comment, Viewer by);

}
