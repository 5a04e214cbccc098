package org.cbcm.coordination;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.cbcm.framework.ItemCode;
import org.jspecify.annotations.Nullable;

/**
 * US dollars by funding source category 13(d)(i)–(vi), country group and year, against
 * the requirements the groups' countries state (paragraph 13(e)).
 *
 * @param filter what was asked
 * @param rows the allocations
 * @param requirements the stated requirements in US dollars, by group
 * @param total all allocations
 * @param toLdc what reaches least developed countries
 * @param toSids what reaches small island developing States
 */
public record FundingAdequacy(AnalysisFilter filter, List<Row> rows, Map<CountryGroup, BigDecimal> requirements,
		BigDecimal total, BigDecimal toLdc, BigDecimal toSids) {

	public FundingAdequacy {
		rows = List.copyOf(rows);
		requirements = Map.copyOf(requirements);
	}

	/**
	 * What a funding source gave a country group in a year.
	 *
	 * @param source the funding source category; null when the initiatives name none
	 * @param group the country group
	 * @param year the year (an initiative's amount is spread evenly over its years)
	 * @param usd the US dollars
	 */
	public record Row(@Nullable ItemCode source, CountryGroup group, int year, BigDecimal usd) {
	}

}
