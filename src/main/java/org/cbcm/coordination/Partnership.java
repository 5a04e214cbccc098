package org.cbcm.coordination;

import java.util.List;

import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ItemCode;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A partnership opportunity (paragraph 13(h)), with what makes it one.
 *
 * @param kind which kind
 * @param element the key element
 * @param region the M49 sub-region (regional) or region (South–South, co-funding)
 * @param countries the countries with a high need in it
 * @param provider the country with adequate capacity (South–South)
 * @param donors the donors active on the element and region (co-funding)
 */
public record Partnership(Kind kind, ItemCode element, @Nullable RegionCode region, List<CountryCode> countries,
		@Nullable CountryCode provider, List<OrganisationId> donors) {

	public Partnership {
		countries = List.copyOf(countries);
		donors = List.copyOf(donors);
	}

	public enum Kind {

		/**
		 * Three or more countries of one sub-region with the same high need and no
		 * regional initiative on it.
		 */
		REGIONAL,

		/**
		 * A country with adequate capacity in an element, in the same region as countries
		 * with a high need in it (14(v)).
		 */
		SOUTH_SOUTH,

		/** Two or more donors active on the same element and region. */
		CO_FUNDING

	}

}
