package org.cbcm.coordination;

import java.util.List;

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
 */
public record CoverageMatrix(AnalysisFilter filter, List<ItemCode> elements, ResultPage<CountryCode> countries,
		List<CoverageCell> cells) {

	public CoverageMatrix {
		elements = List.copyOf(elements);
		cells = List.copyOf(cells);
	}

}
