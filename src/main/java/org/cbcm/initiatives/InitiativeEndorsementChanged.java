package org.cbcm.initiatives;

import org.cbcm.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * A country's focal point endorsed, commented on or disputed an initiative that names the
 * country, or withdrew what it said.
 *
 * @param id the initiative
 * @param country the country that spoke
 * @param endorsement what it says now; null when it withdrew it
 * @param note the comment, or the reason of a dispute
 */
public record InitiativeEndorsementChanged(InitiativeId id, CountryCode country, @Nullable Endorsement endorsement,
		@Nullable String note) {
}
