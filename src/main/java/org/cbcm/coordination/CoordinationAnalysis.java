package org.cbcm.coordination;

import java.util.List;

import org.cbcm.shared.Paging;
import org.cbcm.shared.Viewer;

/**
 * The coordination analysis: read by anyone, from the coordination read model, which the
 * events of initiatives and needs keep current (the next read after a publication
 * reflects it).
 */
public interface CoordinationAnalysis {

	/**
	 * The coverage matrix: a page of the filtered countries, every key element for each.
	 */
	CoverageMatrix coverage(AnalysisFilter filter, Paging countries);

	/**
	 * Every cell of the filtered countries and elements (the gap map reads those of one
	 * element).
	 */
	List<CoverageCell> cells(AnalysisFilter filter);

	/** Overlapping support: coordination candidates, most initiatives first. */
	List<OverlappingSupport> overlaps(AnalysisFilter filter);

	/** Funding adequacy. */
	FundingAdequacy funding(AnalysisFilter filter);

	/** Partnership opportunities. */
	List<Partnership> partnerships(AnalysisFilter filter);

	/**
	 * Rebuilds the read model from scratch from the registry and the published needs.
	 * @throws org.cbcm.shared.ForbiddenException unless the Secretariat asks
	 */
	void rebuild(Viewer by);

}
