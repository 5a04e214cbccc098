package org.cbcm.coordination.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cbcm.coordination.CountedInitiative;
import org.cbcm.coordination.CoverageCell;
import org.cbcm.coordination.OverlappingSupport;
import org.cbcm.coordination.Partnership;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemFilter;
import org.cbcm.shared.OrganisationId;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link CoordinationTexts} of a request: every country, every item of the
 * current Action Plan, and the organisations the answer names, read in one query.
 */
@Component
class CoordinationTextSource {

	private final MessageSource messages;

	private final CountryDirectory countries;

	private final ActionPlanCatalogue plan;

	private final OrganisationDirectory organisations;

	CoordinationTextSource(MessageSource messages, CountryDirectory countries, ActionPlanCatalogue plan,
			OrganisationDirectory organisations) {
		this.messages = messages;
		this.countries = countries;
		this.plan = plan;
		this.organisations = organisations;
	}

	/** The texts, naming the organisations given. */
	CoordinationTexts of(Locale locale, Collection<OrganisationId> named) {
		CoordinationTexts texts = new CoordinationTexts(messages, locale, countries.all(),
				plan.items(plan.current().code(), ItemFilter.all()));
		if (!named.isEmpty()) {
			texts.naming(organisations.findAll(named));
		}
		return texts;
	}

	/** The donors of the initiatives the cells count. */
	static Set<OrganisationId> donorsOfCells(List<CoverageCell> cells) {
		Set<OrganisationId> donors = new LinkedHashSet<>();
		cells.forEach(cell -> cell.counted().forEach(initiative -> donors.addAll(initiative.donors())));
		return donors;
	}

	/** The donors of the overlaps' initiatives. */
	static Set<OrganisationId> donorsOfOverlaps(List<OverlappingSupport> overlaps) {
		Set<OrganisationId> donors = new LinkedHashSet<>();
		overlaps
			.forEach(overlap -> overlap.initiatives().stream().map(CountedInitiative::donors).forEach(donors::addAll));
		return donors;
	}

	/** The donors the partnerships name. */
	static Set<OrganisationId> donorsOfPartnerships(List<Partnership> partnerships) {
		Set<OrganisationId> donors = new LinkedHashSet<>();
		partnerships.forEach(partnership -> donors.addAll(partnership.donors()));
		return donors;
	}

}
