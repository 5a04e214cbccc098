package org.cbcm.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.ItemType;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Reads an {@link AnalysisFilter} from a request's parameters, as the API and the pages
 * name them: {@code asOf} (an ISO date; today when absent), {@code region} (an M49 code
 * the countries lie in), {@code group} (a {@link CountryGroup}), {@code country} (an ISO
 * alpha-3 code of the directory), {@code element} (a key element or sub-element of the
 * current Action Plan), {@code donor} (an organisation's identifier), {@code source} (a
 * funding source category). A value that names nothing is refused with an
 * {@link InvalidRequestException} naming its parameter.
 */
@Service
public class AnalysisFilters {

	private final CountryDirectory countries;

	private final OrganisationDirectory organisations;

	private final ActionPlanCatalogue plan;

	private final Clock clock;

	AnalysisFilters(CountryDirectory countries, OrganisationDirectory organisations, ActionPlanCatalogue plan,
			Clock clock) {
		this.countries = countries;
		this.organisations = organisations;
		this.plan = plan;
		this.clock = clock;
	}

	public AnalysisFilter read(Map<String, String[]> parameters) {
		return new AnalysisFilter(asOf(first(parameters, "asOf")),
				countries.region("region", first(parameters, "region")), group(first(parameters, "group")),
				countries.country("country", first(parameters, "country")),
				item("element", first(parameters, "element"),
						type -> type == ItemType.KEY_ELEMENT || type == ItemType.SUB_ELEMENT),
				donor(first(parameters, "donor")),
				item("source", first(parameters, "source"), type -> type == ItemType.FUNDING_SOURCE));
	}

	private LocalDate asOf(@Nullable String text) {
		if (text == null) {
			return LocalDate.now(clock);
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException("asOf", "coordination.filter.date", text);
		}
	}

	private static @Nullable CountryGroup group(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return CountryGroup.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("group", "coordination.filter.group", text);
		}
	}

	private @Nullable OrganisationId donor(@Nullable String text) {
		if (text == null) {
			return null;
		}
		if (!OrganisationId.isValid(text) || organisations.find(OrganisationId.of(text)).isEmpty()) {
			throw new InvalidRequestException("donor", "organisation.not-found", text);
		}
		return OrganisationId.of(text);
	}

	private @Nullable ItemCode item(String parameter, @Nullable String text, Predicate<ItemType> kind) {
		if (text == null) {
			return null;
		}
		if (ItemCode.isValid(text)) {
			ItemCode code = ItemCode.of(text);
			boolean known = plan.items(plan.current().code(), ItemFilter.all())
				.stream()
				.anyMatch(item -> item.code().equals(code) && kind.test(item.type()));
			if (known) {
				return code;
			}
		}
		throw new InvalidRequestException(parameter, "coordination.filter.item", text);
	}

	private static @Nullable String first(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		if (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) {
			return null;
		}
		return values[0].strip();
	}

	/** The filter's values as request parameters, for links that keep it. */
	public static Map<String, String> parameters(AnalysisFilter filter) {
		Map<String, String> parameters = new java.util.LinkedHashMap<>();
		parameters.put("asOf", filter.asOf().toString());
		put(parameters, "region", filter.region());
		put(parameters, "group", filter.group());
		put(parameters, "country", filter.country());
		put(parameters, "element", filter.element());
		put(parameters, "donor", filter.donor());
		put(parameters, "source", filter.fundingSource());
		return parameters;
	}

	private static void put(Map<String, String> parameters, String name, @Nullable Object value) {
		if (value instanceof RegionCode region) {
			parameters.put(name, region.value());
		}
		else if (value instanceof CountryCode country) {
			parameters.put(name, country.value());
		}
		else if (value instanceof ItemCode item) {
			parameters.put(name, item.value());
		}
		else if (value != null) {
			parameters.put(name, value.toString());
		}
	}

}
