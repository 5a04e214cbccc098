package org.cbcm.coordination.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cbcm.coordination.CountedInitiative;
import org.cbcm.coordination.CountryGroup;
import org.cbcm.coordination.CoverageCell;
import org.cbcm.coordination.Partnership;
import org.cbcm.coordination.Verdict;
import org.cbcm.directory.Country;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.PlanItem;
import org.cbcm.initiatives.Endorsement;
import org.cbcm.needs.Capacity;
import org.cbcm.needs.Priority;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * The words of the coordination pages and downloads in the reader's language: the names
 * of countries, elements, regions and organisations, the labels of verdicts, priorities,
 * capacities, groups and endorsements, and the sentence that says why a cell has its
 * verdict or why a partnership is suggested. Plain: built for one request from what the
 * directories and the plan hold.
 */
final class CoordinationTexts {

	private final MessageSource messages;

	private final Locale locale;

	private final Map<CountryCode, Country> countries;

	private final Map<ItemCode, PlanItem> items;

	private final Map<OrganisationId, Organisation> organisations = new HashMap<>();

	private final NumberFormat usd;

	CoordinationTexts(MessageSource messages, Locale locale, Collection<Country> countries,
			Collection<PlanItem> items) {
		this.messages = messages;
		this.locale = locale;
		this.countries = new HashMap<>();
		countries.forEach(country -> this.countries.put(country.code(), country));
		this.items = new HashMap<>();
		items.forEach(item -> this.items.put(item.code(), item));
		this.usd = NumberFormat.getIntegerInstance(locale);
	}

	/** Names these organisations too (for a page's or a chunk's donors). */
	CoordinationTexts naming(Map<OrganisationId, Organisation> found) {
		organisations.putAll(found);
		return this;
	}

	Locale locale() {
		return locale;
	}

	String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	String country(CountryCode code) {
		Country country = countries.get(code);
		return (country != null) ? country.name(locale) : code.value();
	}

	@Nullable Country countryOf(CountryCode code) {
		return countries.get(code);
	}

	/** An element's code and short title, such as "12(b) Risk assessment". */
	String element(ItemCode code) {
		PlanItem item = items.get(code);
		return (item != null && item.title() != null) ? code.value() + " " + item.title() : code.value();
	}

	/** An element's or funding source's short title, or its code where it has none. */
	String title(ItemCode code) {
		PlanItem item = items.get(code);
		return (item != null && item.title() != null) ? item.title() : code.value();
	}

	String organisation(OrganisationId id) {
		Organisation organisation = organisations.get(id);
		return (organisation != null) ? organisation.fullName() : id.toString();
	}

	String organisations(List<OrganisationId> ids) {
		return String.join("; ", ids.stream().map(this::organisation).toList());
	}

	String region(@Nullable RegionCode code) {
		return (code == null) ? "" : messages.getMessage(code.nameKey(), null, code.value(), locale);
	}

	String verdict(Verdict verdict) {
		return message("coordination.verdict." + verdict.name());
	}

	/** The verdict's abbreviation on the heat map, such as "GAP" or "DUP". */
	String abbreviation(Verdict verdict) {
		return message("coordination.verdict.short." + verdict.name());
	}

	String priority(@Nullable Priority priority) {
		return (priority == null) ? message("coordination.not-stated") : message("coordination.priority." + priority);
	}

	String capacity(@Nullable Capacity capacity) {
		return (capacity == null) ? message("coordination.not-stated") : message("coordination.capacity." + capacity);
	}

	String group(CountryGroup group) {
		return message("coordination.group." + group.name());
	}

	String endorsement(@Nullable Endorsement endorsement) {
		return (endorsement == null) ? message("coordination.endorsement.none")
				: message("coordination.endorsement." + endorsement.name());
	}

	String kind(Partnership.Kind kind) {
		return message("coordination.partnership.kind." + kind.name());
	}

	/** US dollars, whole, grouped as the language writes them. */
	String usd(@Nullable BigDecimal amount) {
		return (amount == null) ? message("coordination.not-stated")
				: usd.format(amount.setScale(0, RoundingMode.HALF_UP));
	}

	/** A share as a percentage of a total, one decimal; none of nothing. */
	String share(BigDecimal part, BigDecimal total) {
		if (total.signum() == 0) {
			return message("coordination.not-applicable");
		}
		NumberFormat percent = NumberFormat.getPercentInstance(locale);
		percent.setMaximumFractionDigits(1);
		return percent.format(part.divide(total, 6, RoundingMode.HALF_UP).doubleValue());
	}

	/**
	 * Why the cell has its verdict, in one sentence that names the rule, the need, the
	 * initiatives counted and the amounts: "GAP: Kenya states a high need in 12(b) and no
	 * active initiative on it as of 2026-12-04."
	 */
	String why(CoverageCell cell, LocalDate asOf) {
		String country = country(cell.country());
		String element = cell.element().value();
		String date = asOf.toString();
		String priority = priority(cell.priority());
		int count = cell.initiatives();
		return switch (cell.verdict()) {
			case NO_STATED_NEED ->
				(cell.priority() == null) ? message("coordination.why.NO_STATED_NEED.none", country, element, date)
						: message("coordination.why.NO_STATED_NEED", country, priority, element, date);
			case GAP -> message("coordination.why.GAP", country, priority, element, date);
			case POSSIBLE_DUPLICATION ->
				message("coordination.why.POSSIBLE_DUPLICATION", count, cell.donors(), element, country, date);
			case UNDER_FUNDED -> message("coordination.why.UNDER_FUNDED", country, priority, element,
					usd(cell.requirementUsd()), count, usd(cell.allocatedUsd()), date);
			case COVERED -> (cell.requirementUsd() == null)
					? message("coordination.why.COVERED.no-requirement", count, element, country, date,
							usd(cell.allocatedUsd()))
					: message("coordination.why.COVERED", count, element, country, date, usd(cell.allocatedUsd()),
							usd(cell.requirementUsd()));
		};
	}

	/** Why the partnership is suggested, in one sentence. */
	String why(Partnership partnership) {
		String element = element(partnership.element());
		String region = region(partnership.region());
		String countries = String.join(", ", partnership.countries().stream().map(this::country).toList());
		return switch (partnership.kind()) {
			case REGIONAL -> message("coordination.partnership.why.REGIONAL", partnership.countries().size(), region,
					countries, element);
			case SOUTH_SOUTH -> message("coordination.partnership.why.SOUTH_SOUTH",
					(partnership.provider() != null) ? country(partnership.provider()) : "", element, region,
					countries);
			case CO_FUNDING -> message("coordination.partnership.why.CO_FUNDING", organisations(partnership.donors()),
					element, region);
		};
	}

	/** The different donors of the initiatives. */
	static Set<OrganisationId> donors(List<CountedInitiative> initiatives) {
		Set<OrganisationId> donors = new LinkedHashSet<>();
		initiatives.forEach(initiative -> donors.addAll(initiative.donors()));
		return donors;
	}

}
