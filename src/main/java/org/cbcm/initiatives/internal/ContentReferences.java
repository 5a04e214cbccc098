package org.cbcm.initiatives.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.directory.Region;
import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.PlanItem;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeContent.Participant;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Validation;

import org.springframework.stereotype.Component;

/**
 * Checks what an initiative names in other records: that its countries, regions and
 * organisations are in the directory, and that its key elements, activities and funding
 * source are items of those kinds in the current Action Plan.
 */
@Component
class ContentReferences {

	private final CountryDirectory countries;

	private final OrganisationDirectory organisations;

	private final ActionPlanCatalogue plan;

	ContentReferences(CountryDirectory countries, OrganisationDirectory organisations, ActionPlanCatalogue plan) {
		this.countries = countries;
		this.organisations = organisations;
		this.plan = plan;
	}

	/** Refuses an owner that is not a country or organisation of the directory. */
	void checkOwner(org.cbcm.records.RecordScope owner, Validation validation) {
		if (owner.country() != null && countries.find(owner.country()).isEmpty()) {
			validation.reject("owner", "country.not-found", owner.country().value());
		}
		if (owner.organisation() != null && organisations.find(owner.organisation()).isEmpty()) {
			validation.reject("owner", "organisation.not-found", owner.organisation().toString());
		}
	}

	void check(InitiativeContent content, Validation validation) {
		known(List.of(content)).check(content, validation);
	}

	/**
	 * What a batch of contents may name, read once for all of them: the directory's
	 * countries and regions, the organisations they name, and the current Action Plan's
	 * items (an import checks a thousand contents with it, not a thousand times six
	 * queries).
	 */
	Known known(java.util.Collection<InitiativeContent> contents) {
		Set<CountryCode> known = countries.all().stream().map(Country::code).collect(Collectors.toSet());
		Set<OrganisationId> named = contents.stream()
			.flatMap(content -> content.participants().stream().map(Participant::organisation))
			.collect(Collectors.toSet());
		Set<OrganisationId> found = named.isEmpty() ? Set.of() : Set.copyOf(organisations.findAll(named).keySet());
		Map<ItemCode, ItemType> items = plan.items(plan.current().code(), ItemFilter.all())
			.stream()
			.collect(Collectors.toMap(PlanItem::code, PlanItem::type));
		return new Known(known, countries.regions(), found, items);
	}

	/** What contents may name, as read for a batch. */
	record Known(Set<CountryCode> countries, List<Region> regions, Set<OrganisationId> organisations,
			Map<ItemCode, ItemType> items) {

		/** Refuses what the content names that is not there; every fault at once. */
		void check(InitiativeContent content, Validation validation) {

			List<InitiativeContent.CountryShare> shares = content.geography().countries();
			for (int index = 0; index < shares.size(); index++) {
				if (!countries.contains(shares.get(index).country())) {
					validation.reject("geography.countries[" + index + "].country", "country.not-found",
							shares.get(index).country().value());
				}
			}
			List<RegionCode> named = content.geography().regions();
			for (int index = 0; index < named.size(); index++) {
				RegionCode region = named.get(index);
				if (regions.stream().noneMatch(top -> top.contains(region))) {
					validation.reject("geography.regions[" + index + "]", "initiative.region.unknown", region.value());
				}
			}
			for (int index = 0; index < content.participants().size(); index++) {
				OrganisationId organisation = content.participants().get(index).organisation();
				if (!organisations.contains(organisation)) {
					validation.reject("participants[" + index + "].organisation", "organisation.not-found",
							organisation.toString());
				}
			}
			for (int index = 0; index < content.focus().keyElements().size(); index++) {
				ItemCode element = content.focus().keyElements().get(index).element();
				ItemType type = items.get(element);
				if (type != ItemType.KEY_ELEMENT && type != ItemType.SUB_ELEMENT) {
					validation.reject("focus.keyElements[" + index + "].element", "initiative.element.unknown",
							element.value());
				}
			}
			for (int index = 0; index < content.focus().activities().size(); index++) {
				ItemCode activity = content.focus().activities().get(index);
				if (items.get(activity) != ItemType.ACTIVITY) {
					validation.reject("focus.activities[" + index + "]", "initiative.activity.unknown",
							activity.value());
				}
			}
			ItemCode source = content.funding().source();
			if (source != null && items.get(source) != ItemType.FUNDING_SOURCE) {
				validation.reject("funding.source", "initiative.source.unknown", source.value());
			}
		}

	}

}
