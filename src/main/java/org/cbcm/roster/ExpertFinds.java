package org.cbcm.roster;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.cbcm.shared.ResultPage;

/**
 * What a search of the roster found: a page of listed experts and, for each facet, its
 * values with how many listed experts the other facets' choices leave with each (a
 * facet's own choice does not narrow its counts, so that its other values stay in reach).
 *
 * @param experts the page of experts found
 * @param facets each facet's values with their counts, most first
 */
public record ExpertFinds(ResultPage<ExpertSummary> experts, Map<ExpertFacet, List<FacetCount>> facets) {

	/** A value of a facet and how many listed experts it holds. */
	@Schema(name = "ExpertFacetCount")
	public record FacetCount(String value, long count) {
	}

	/** The counts of the facet, none when no expert has a value of it. */
	public List<FacetCount> counts(ExpertFacet facet) {
		return facets.getOrDefault(facet, List.of());
	}

}
