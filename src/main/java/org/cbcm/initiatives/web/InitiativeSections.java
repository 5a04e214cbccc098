package org.cbcm.initiatives.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.PlanItem;
import org.cbcm.initiatives.internal.Facet;
import org.cbcm.initiatives.internal.InitiativeFilter;
import org.cbcm.initiatives.internal.InitiativeQueries;
import org.cbcm.initiatives.internal.InitiativeQueries.FacetCount;
import org.cbcm.initiatives.internal.InitiativeSort;
import org.cbcm.initiatives.internal.InitiativeSummary;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.web.PageSection;
import org.cbcm.web.PageSections;
import org.cbcm.web.PageSubject;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Adds to the pages of countries, organisations and Action Plan items (key elements,
 * activities, funding sources) the initiatives filed under them: how many in each status,
 * the latest, and links to the filtered list and map.
 */
@Component
class InitiativeSections implements PageSections.Contributor {

	/** The latest initiatives a section lists. */
	static final int LATEST = 5;

	private final InitiativeQueries queries;

	private final ActionPlanCatalogue plan;

	private final MessageSource messages;

	InitiativeSections(InitiativeQueries queries, ActionPlanCatalogue plan, MessageSource messages) {
		this.queries = queries;
		this.plan = plan;
		this.messages = messages;
	}

	/** A status with how many of the subject's initiatives are in it. */
	public record StatusCount(String label, long count, String href) {
	}

	@Override
	public List<PageSection> sections(PageSubject subject, Locale locale) {
		return facetOf(subject).map(facet -> section(facet, subject.id(), locale)).stream().toList();
	}

	private Optional<Facet> facetOf(PageSubject subject) {
		return switch (subject.kind()) {
			case COUNTRY -> Optional.of(Facet.COUNTRY);
			case ORGANISATION -> Optional.of(Facet.ORGANISATION);
			case PLAN_ITEM -> {
				if (!ItemCode.isValid(subject.id())) {
					yield Optional.empty();
				}
				ItemType type = plan.findItem(plan.current().code(), ItemCode.of(subject.id()))
					.map(PlanItem::type)
					.orElse(null);
				yield (type == ItemType.KEY_ELEMENT || type == ItemType.SUB_ELEMENT) ? Optional.of(Facet.ELEMENT)
						: (type == ItemType.ACTIVITY) ? Optional.of(Facet.ACTIVITY)
								: (type == ItemType.FUNDING_SOURCE) ? Optional.of(Facet.SOURCE) : Optional.empty();
			}
		};
	}

	private PageSection section(Facet facet, String value, Locale locale) {
		InitiativeFilter filter = InitiativeFilter.of(facet, value);
		ResultPage<InitiativeSummary> latest = queries.search(filter, InitiativeSort.NEWEST, new Paging(0, LATEST));
		List<StatusCount> byStatus = new ArrayList<>();
		Map<Facet, List<FacetCount>> counts = queries.facets(filter, EnumSet.of(Facet.STATUS));
		for (FacetCount count : counts.get(Facet.STATUS)) {
			byStatus.add(new StatusCount(messages.getMessage("initiative.status." + count.value(), null, locale),
					count.count(),
					link("/initiatives", facet, value).queryParam("status", count.value()).toUriString()));
		}
		return new PageSection("initiatives/sections", 100,
				Map.of("total", latest.totalElements(), "latest", latest.content(), "byStatus", byStatus, "listHref",
						link("/initiatives", facet, value).toUriString(), "mapHref",
						link("/initiatives/map", facet, value).toUriString(), "none",
						messages.getMessage("initiatives.section.none." + facet.name(), null, locale)));
	}

	private static UriComponentsBuilder link(String path, Facet facet, String value) {
		return UriComponentsBuilder.fromPath(path).queryParam(facet.parameter(), value).encode();
	}

}
