package org.cbcm.initiatives.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.PlanItem;
import org.cbcm.initiatives.internal.Facet;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What pages call the codes an initiative names, in the reader's language: countries by
 * name, organisations by acronym or name, Action Plan items by code and heading, values
 * of facets by their labels. One set is read per page, so that a list never looks a name
 * up row by row.
 */
public final class Labels {

	/** Reads the names a page needs at once. */
	@Component
	static class Source {

		private final CountryDirectory countries;

		private final OrganisationDirectory organisations;

		private final ActionPlanCatalogue plan;

		private final MessageSource messages;

		Source(CountryDirectory countries, OrganisationDirectory organisations, ActionPlanCatalogue plan,
				MessageSource messages) {
			this.countries = countries;
			this.organisations = organisations;
			this.plan = plan;
			this.messages = messages;
		}

		/** Labels for a page, with the organisations it names. */
		Labels of(Collection<String> organisationIds, Locale locale) {
			return new Labels(
					countries.all()
						.stream()
						.collect(Collectors.toMap(country -> country.code().value(), Function.identity())),
					organisations(organisationIds),
					plan.items(plan.current().code(), ItemFilter.all())
						.stream()
						.collect(Collectors.toMap(item -> item.code().value(), Function.identity())),
					messages, locale);
		}

		/**
		 * The same labels with other organisations: a download names each chunk's at
		 * once, without reading the countries and items again.
		 */
		Labels naming(Labels labels, Collection<String> organisationIds) {
			return new Labels(labels.countries, organisations(organisationIds), labels.items, messages, labels.locale);
		}

		private Map<String, Organisation> organisations(Collection<String> organisationIds) {
			Map<OrganisationId, Organisation> named = organisations.findAll(organisationIds.stream()
				.filter(OrganisationId::isValid)
				.map(OrganisationId::of)
				.collect(Collectors.toSet()));
			Map<String, Organisation> byId = new HashMap<>();
			named.forEach((id, organisation) -> byId.put(id.toString(), organisation));
			return byId;
		}

	}

	private final Map<String, Country> countries;

	private final Map<String, Organisation> organisations;

	private final Map<String, PlanItem> items;

	private final MessageSource messages;

	private final Locale locale;

	Labels(Map<String, Country> countries, Map<String, Organisation> organisations, Map<String, PlanItem> items,
			MessageSource messages, Locale locale) {
		this.countries = countries;
		this.organisations = organisations;
		this.items = items;
		this.messages = messages;
		this.locale = locale;
	}

	public String country(String code) {
		Country country = countries.get(code);
		return (country != null) ? country.name(locale) : code;
	}

	public String country(CountryCode code) {
		return country(code.value());
	}

	/** The organisation's acronym, or its name. */
	public String organisation(String id) {
		Organisation organisation = organisations.get(id);
		return (organisation != null) ? organisation.shortName() : id;
	}

	public String organisation(OrganisationId id) {
		return organisation(id.toString());
	}

	/** The organisations' acronyms or names, joined by commas. */
	public String organisations(java.util.List<String> ids) {
		return String.join(", ", ids.stream().map(this::organisation).toList());
	}

	/** The organisation's full name. */
	public String organisationName(String id) {
		Organisation organisation = organisations.get(id);
		return (organisation != null) ? organisation.name() : id;
	}

	public String organisationName(OrganisationId id) {
		return organisationName(id.toString());
	}

	/** An Action Plan item's heading, or the start of its text. */
	public String item(String code) {
		PlanItem item = items.get(code);
		if (item == null) {
			return code;
		}
		String label = item.label();
		return (label.length() > 90) ? label.substring(0, 88).strip() + "…" : label;
	}

	public String item(ItemCode code) {
		return item(code.value());
	}

	/** The item's code and heading, such as "12(c) Risk assessment…". */
	public String coded(String code) {
		return code + " " + item(code);
	}

	public String region(String code) {
		return messages.getMessage("region." + code, null, code, locale);
	}

	/** A value of a facet as a reader knows it. */
	public String facet(Facet facet, String value) {
		return switch (facet) {
			case COUNTRY -> country(value);
			case REGION -> region(value);
			case GROUP -> message("classification." + value, value);
			case DONOR, IMPLEMENTER, ORGANISATION -> organisation(value);
			case ELEMENT, ACTIVITY, SOURCE -> coded(value);
			case STATUS -> message("initiative.status." + value, value);
			case TYPE -> message("initiative.type." + value, value);
			case CATEGORY -> message("initiative.category." + value, value);
			case TARGET -> message("initiative.target." + value, value);
			case SCOPE -> message("initiative.scope." + value, value);
			case ENDORSEMENT -> message("endorsement." + value, value);
		};
	}

	private String message(String key, @Nullable String fallback) {
		return messages.getMessage(key, null, fallback, locale);
	}

}
