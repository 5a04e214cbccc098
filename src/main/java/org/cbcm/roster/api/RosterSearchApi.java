package org.cbcm.roster.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.cbcm.roster.ExpertContent.Availability;
import org.cbcm.roster.ExpertContent.LanguageLevel;
import org.cbcm.roster.ExpertFacet;
import org.cbcm.roster.ExpertFinds;
import org.cbcm.roster.ExpertFinds.FacetCount;
import org.cbcm.roster.ExpertSummary;
import org.cbcm.roster.Expertise;
import org.cbcm.roster.ExpertiseArea;
import org.cbcm.roster.internal.ExpertSearch;
import org.cbcm.shared.PagedAnswer;
import org.cbcm.shared.ResultPage;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The roster's search through the REST API: listed experts by words and facets, a page at
 * a time, with each facet's counts under the other facets' choices. Only what experts
 * agreed to show is returned.
 */
@RestController
@Tag(name = "Roster", description = "The roster of biosafety experts: experts' records, nominated by Parties "
		+ "and listed by the Secretariat; listed experts by expertise, region, language")
class RosterSearchApi {

	private final ExpertSearch search;

	RosterSearchApi(ExpertSearch search) {
		this.search = search;
	}

	/** A listed expert as everybody may see them. */
	record ExpertResource(String id,
			@Schema(description = "The name, where the expert agreed to show it") @Nullable String publicName,
			String country, @Nullable String region, List<Expertise> expertise, List<ExpertiseArea> areas,
			Map<String, LanguageLevel> languages, @Nullable Availability availability, boolean remote, boolean onSite,
			String href) {

		static ExpertResource of(ExpertSummary expert) {
			return new ExpertResource(expert.id().toString(), expert.publicName(), expert.country().value(),
					expert.region(), expert.expertise(), List.copyOf(expert.areas()), expert.languages(),
					expert.availability(), expert.remote(), expert.onSite(), "/roster/experts/" + expert.id());
		}

	}

	/** A page of experts found and each facet's values with their counts. */
	record SearchResource(ResultPage<ExpertResource> experts,
			Map<String, List<FacetCount>> facets) implements PagedAnswer {

		@Override
		public ResultPage<?> listed() {
			return experts;
		}

	}

	@GetMapping(path = "/api/v1/roster/experts", produces = "application/json")
	@Operation(summary = "Listed experts by words and facets, a page at a time, with facet counts",
			description = "Filters (each repeatable; values of one filter are alternatives, filters narrow each other): "
					+ "q (words, each must match), expertise, area, element (such as 12(c)), region (M49, such as 002), "
					+ "nationality (ISO alpha-3), language (ISO 639) with level (1 fair, 2 good, 3 excellent: the least), "
					+ "gender, availability, work (REMOTE, ON_SITE); page (from 0) and size (1 to 100). "
					+ "A value the roster does not know is refused with 400 naming the parameter.")
	SearchResource experts(HttpServletRequest request, @Parameter(description = "Words, each to be found",
			example = "risk") @RequestParam(required = false) @Nullable String q) {
		Map<String, String[]> parameters = request.getParameterMap();
		ExpertFinds finds = search.search(search.filter(parameters), search.paging(parameters, 20));
		Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
		for (ExpertFacet facet : ExpertFacet.values()) {
			facets.put(facet.parameter(), finds.counts(facet));
		}
		return new SearchResource(finds.experts().map(ExpertResource::of), facets);
	}

}
