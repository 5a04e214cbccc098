package org.cbcm.coordination;

import java.math.BigDecimal;
import java.util.List;

import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ItemCode;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ResultPage;

/**
 * Countries × key elements: a page of countries, every element for each.
 *
 * @param filter what was asked
 * @param elements the columns, in the Action Plan's order
 * @param countries the page of rows
 * @param cells the page's cells, row by row, element by element
 * @param apart the active regional and global initiatives that name no country, on the
 * elements shown: they count for no cell and are shown apart
 * @param allocated the US dollars allocated in every cell of the filter that has any, on
 * every page, not only this one: what a chart of the whole selection sums, without asking
 * the analysis again for all its cells
 */
public record CoverageMatrix(AnalysisFilter filter, List<ItemCode> elements, ResultPage<CountryCode> countries,
		List<CoverageCell> cells, List<Apart> apart, List<Allocated> allocated) {

	public CoverageMatrix {
		elements = List.copyOf(elements);
		cells = List.copyOf(cells);
		apart = List.copyOf(apart);
		allocated = List.copyOf(allocated);
	}

	/**
	 * The US dollars active initiatives allocate to a country on an element.
	 *
	 * @param country the country
	 * @param element the key element
	 * @param usd the sum, above zero
	 */
	public record Allocated(CountryCode country, ItemCode element, BigDecimal usd) {
	}

	/**
	 * An active initiative that names regions (or nothing) but no country, on one
	 * element.
	 *
	 * @param element the key element
	 * @param regions the M49 regions it names; empty for a global one
	 * @param initiative the initiative, with its allocation to the element
	 */
	public record Apart(ItemCode element, List<RegionCode> regions, CountedInitiative initiative) {

		public Apart {
			regions = List.copyOf(regions);
		}

	}

}
