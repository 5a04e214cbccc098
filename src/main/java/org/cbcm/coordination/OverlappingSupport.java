package org.cbcm.coordination;

import java.util.List;

import org.cbcm.framework.ItemCode;
import org.cbcm.shared.CountryCode;

/**
 * Overlapping support, a coordination candidate: two or more active initiatives of
 * different donors on the same country and key element, with overlapping dates.
 *
 * @param country the country
 * @param element the key element
 * @param initiatives the initiatives, at least two
 */
public record OverlappingSupport(CountryCode country, ItemCode element, List<CountedInitiative> initiatives) {

	public OverlappingSupport {
		initiatives = List.copyOf(initiatives);
	}

}
