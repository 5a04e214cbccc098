package org.cbcm.coordination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cbcm.initiatives.Endorsement;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * An active initiative as a cell of the analysis counts it.
 *
 * @param id the initiative
 * @param title its title
 * @param donors the organisations funding it
 * @param start when it starts
 * @param end when it ends
 * @param allocatedUsd the US dollars it allocates to the cell's country and element; null
 * when it states no budget, or its currency has no rate for its start year (the cell says
 * which in {@link CoverageCell#missingRates()})
 * @param estimated whether that amount is an estimate (an even split, no explicit share)
 * @param endorsement what the country's focal point said of it, if anything
 */
public record CountedInitiative(InitiativeId id, String title, List<OrganisationId> donors, @Nullable LocalDate start,
		@Nullable LocalDate end, @Nullable BigDecimal allocatedUsd, boolean estimated,
		@Nullable Endorsement endorsement) {

	public CountedInitiative {
		donors = List.copyOf(donors);
	}

}
