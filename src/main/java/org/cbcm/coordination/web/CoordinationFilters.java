package org.cbcm.coordination.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cbcm.coordination.AnalysisFilter;
import org.cbcm.coordination.CountryGroup;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.PlanItem;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Reads the analysis's filters from a request's parameters, as the pages and downloads
 * name them: {@code asOf} (an ISO date, today when blank), {@code region} (an M49 code),
 * {@code group} (a {@link CountryGroup}), {@code country}, {@code element} (a key element
 * or sub-element of the current Action Plan), {@code donor} (an organisation) and
 * {@code source} (a funding source category 13(d)(i)–(vi)). Every value that names
 * nothing is refused at once, each under its own parameter, so that a page shows each
 * message beside its field.
 */
@Component
class CoordinationFilters {

	/** The parameters, in the order the form shows them. */
	static final List<String> PARAMETERS = List.of("asOf", "region", "group", "country", "element", "donor", "source");

	private final CountryDirectory countries;

	private final OrganisationDirectory organisations;

	private final ActionPlanCatalogue plan;

	private final Clock clock;

	CoordinationFilters(CountryDirectory countries, OrganisationDirectory organisations, ActionPlanCatalogue plan,
			Clock clock) {
		this.countries = countries;
		this.organisations = organisations;
		this.plan = plan;
		this.clock = clock;
	}

	/** Today, the date an analysis looks at unless asked otherwise. */
	LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * The filter the parameters name.
	 * @throws InvalidRequestException naming every parameter whose value names nothing
	 */
	AnalysisFilter read(Map<String, String[]> parameters) {
		List<InvalidRequestException> problems = new ArrayList<>();
		LocalDate asOf = checked(problems, () -> asOf(first(parameters, "asOf")));
		RegionCode region = checked(problems, () -> countries.region("region", first(parameters, "region")));
		CountryGroup group = checked(problems, () -> group(first(parameters, "group")));
		CountryCode country = checked(problems, () -> countries.country("country", first(parameters, "country")));
		ItemCode element = checked(problems, () -> item("element", first(parameters, "element"),
				type -> type == ItemType.KEY_ELEMENT || type == ItemType.SUB_ELEMENT));
		OrganisationId donor = checked(problems, () -> donor(first(parameters, "donor")));
		ItemCode source = checked(problems,
				() -> item("source", first(parameters, "source"), type -> type == ItemType.FUNDING_SOURCE));
		if (!problems.isEmpty()) {
			throw InvalidRequestException.of(problems);
		}
		return new AnalysisFilter((asOf != null) ? asOf : today(), region, group, country, element, donor, source);
	}

	/**
	 * The parameters as given, for a form to show again: the filter's names, each with
	 * its first value (blank for none).
	 */
	static Map<String, String> given(Map<String, String[]> parameters) {
		Map<String, String> given = new LinkedHashMap<>();
		for (String name : PARAMETERS) {
			String value = first(parameters, name);
			given.put(name, (value != null) ? value : "");
		}
		return given;
	}

	/** The key elements and their sub-elements of the current Action Plan, in order. */
	List<PlanItem> elements() {
		return plan.items(plan.current().code(), ItemFilter.all())
			.stream()
			.filter(item -> item.type() == ItemType.KEY_ELEMENT || item.type() == ItemType.SUB_ELEMENT)
			.toList();
	}

	/** The funding source categories of the current Action Plan, in order. */
	List<PlanItem> sources() {
		return plan.items(plan.current().code(), ItemFilter.ofType(ItemType.FUNDING_SOURCE));
	}

	private interface Reading<T> {

		@Nullable T read();

	}

	private static <T> @Nullable T checked(List<InvalidRequestException> problems, Reading<T> reading) {
		try {
			return reading.read();
		}
		catch (InvalidRequestException ex) {
			problems.add(ex);
			return null;
		}
	}

	private static @Nullable LocalDate asOf(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (date.getYear() < 1950 || date.getYear() > 2100) {
				throw new InvalidRequestException("asOf", "coordination.filter.as-of.range", text);
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException("asOf", "coordination.filter.as-of.invalid", text);
		}
	}

	private static @Nullable CountryGroup group(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return CountryGroup.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("group", "coordination.filter.group.unknown", text);
		}
	}

	private @Nullable OrganisationId donor(@Nullable String text) {
		if (text == null) {
			return null;
		}
		if (!OrganisationId.isValid(text.strip()) || organisations.find(OrganisationId.of(text.strip())).isEmpty()) {
			throw new InvalidRequestException("donor", "organisation.not-found", text);
		}
		return OrganisationId.of(text.strip());
	}

	private @Nullable ItemCode item(String parameter, @Nullable String text,
			java.util.function.Predicate<ItemType> kind) {
		if (text == null) {
			return null;
		}
		if (ItemCode.isValid(text)) {
			ItemCode code = ItemCode.of(text);
			if (plan.findItem(plan.current().code(), code).filter(item -> kind.test(item.type())).isPresent()) {
				return code;
			}
		}
		throw new InvalidRequestException(parameter, "coordination.filter." + parameter + ".unknown", text);
	}

	private static @Nullable String first(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) ? null : values[0];
	}

}
