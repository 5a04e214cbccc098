package org.cbcm.needs;

import java.time.LocalDate;
import java.util.List;

import org.cbcm.shared.CountryCode;

/**
 * What a published needs assessment of a country says, for other modules.
 *
 * @param id the assessment
 * @param country the country it assesses
 * @param assessedOn the date of the assessment; the latest published one on or before a
 * date is what the country stated then
 * @param elements the elements it rates, in the Action Plan's order
 */
public record NeedsFacts(NeedsAssessmentId id, CountryCode country, LocalDate assessedOn, List<ElementNeed> elements) {

	public NeedsFacts {
		elements = List.copyOf(elements);
	}

}
