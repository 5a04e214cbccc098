package org.cbcm.coordination;

import java.time.LocalDate;

import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ItemCode;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * What an analysis looks at: the state on a date and the countries, elements and support
 * chosen. A null filter value means all.
 *
 * @param asOf the date: initiatives active then, the latest needs assessed on or before
 * it
 * @param region an M49 region, sub-region or intermediate region
 * @param group a country group
 * @param country one country
 * @param element a key element (12(a)–(o)) or sub-element of 12(a)
 * @param donor an organisation funding the initiatives counted
 * @param fundingSource a funding source category 13(d)(i)–(vi)
 */
public record AnalysisFilter(LocalDate asOf, @Nullable RegionCode region, @Nullable CountryGroup group,
		@Nullable CountryCode country, @Nullable ItemCode element, @Nullable OrganisationId donor,
		@Nullable ItemCode fundingSource) {

	/** Everything, as of the date. */
	public static AnalysisFilter asOf(LocalDate date) {
		return new AnalysisFilter(date, null, null, null, null, null, null);
	}

}
