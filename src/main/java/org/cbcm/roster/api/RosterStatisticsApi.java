package org.cbcm.roster.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbcm.roster.RosterReview;
import org.cbcm.roster.internal.RosterStatistics;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review of the roster's operation and use, as the page shows it, with codes. */
@RestController
@Tag(name = "Roster of experts", description = "The roster of biosafety experts")
class RosterStatisticsApi {

	private final RosterStatistics statistics;

	RosterStatisticsApi(RosterStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/api/v1/roster/statistics")
	@Operation(summary = "The review of the roster's operation and use: every figure, each a table of counts",
			description = "Each figure names its dimension (REGION: M49 codes; COUNTRY: country codes; GENDER,"
					+ " AREA, EXPERTISE, LANGUAGE: ISO 639; YEAR; MONTHS ahead) and its measures; each row"
					+ " gives a count per measure. Gender is counted only where the expert agreed to show it.")
	RosterReview statistics(@Parameter(
			description = "A calendar year: the breakdowns count the experts listed now whose listing began that year") @RequestParam(
					required = false) @Nullable String year) {
		return statistics.review(statistics.year(year));
	}

}
