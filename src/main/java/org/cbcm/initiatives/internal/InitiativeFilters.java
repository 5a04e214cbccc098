package org.cbcm.initiatives.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.cbcm.directory.Classification;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.PlanItem;
import org.cbcm.initiatives.CapacityCategory;
import org.cbcm.initiatives.GeographicScope;
import org.cbcm.initiatives.ImplementationStatus;
import org.cbcm.initiatives.InitiativeType;
import org.cbcm.initiatives.TargetGroup;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Reads a search of initiatives from request parameters, as pages and the API take them:
 * {@code q}, one parameter per facet (repeatable: any of its values), {@code from} and
 * {@code to} years. A value that names nothing is refused at its parameter.
 */
@Component
public class InitiativeFilters {

	/** The most values one facet may be given. */
	static final int MAX_VALUES = 50;

	private final CountryDirectory countries;

	private final OrganisationDirectory organisations;

	private final ActionPlanCatalogue plan;

	InitiativeFilters(CountryDirectory countries, OrganisationDirectory organisations, ActionPlanCatalogue plan) {
		this.countries = countries;
		this.organisations = organisations;
		this.plan = plan;
	}

	public InitiativeFilter read(Map<String, String[]> parameters) {
		String text = first(parameters, "q");
		if (text != null && text.length() > 200) {
			throw new InvalidRequestException("q", "initiative.field.too-long", 200, text.length());
		}
		Map<Facet, Set<String>> tags = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			String[] given = parameters.get(facet.parameter());
			if (given == null) {
				continue;
			}
			Set<String> values = new LinkedHashSet<>();
			for (String value : given) {
				if (value != null && !value.isBlank()) {
					values.add(checked(facet, value.strip()));
				}
			}
			if (values.size() > MAX_VALUES) {
				throw new InvalidRequestException(facet.parameter(), "initiative.filter.too-many", MAX_VALUES);
			}
			if (!values.isEmpty()) {
				tags.put(facet, values);
			}
		}
		Integer from = year(parameters, "from");
		Integer to = year(parameters, "to");
		if (from != null && to != null && to < from) {
			throw new InvalidRequestException("to", "initiative.filter.years-reversed", String.valueOf(to),
					String.valueOf(from));
		}
		return new InitiativeFilter(text, tags, from, to);
	}

	private String checked(Facet facet, String value) {
		return switch (facet) {
			case COUNTRY -> {
				CountryCode code = countries.country(facet.parameter(), value.toUpperCase(java.util.Locale.ROOT));
				yield java.util.Objects.requireNonNull(code).value();
			}
			case REGION -> java.util.Objects.requireNonNull(countries.region(facet.parameter(), value)).value();
			case GROUP -> choice(facet, value, names(Classification.values()));
			case DONOR, IMPLEMENTER, ORGANISATION -> organisation(facet, value);
			case ELEMENT -> item(facet, value, type -> type == ItemType.KEY_ELEMENT || type == ItemType.SUB_ELEMENT);
			case ACTIVITY -> item(facet, value, type -> type == ItemType.ACTIVITY);
			case SOURCE -> item(facet, value, type -> type == ItemType.FUNDING_SOURCE);
			case STATUS -> choice(facet, value, names(ImplementationStatus.values()));
			case TYPE -> choice(facet, value, names(InitiativeType.values()));
			case CATEGORY -> choice(facet, value, names(CapacityCategory.values()));
			case TARGET -> choice(facet, value, names(TargetGroup.values()));
			case SCOPE -> choice(facet, value, names(GeographicScope.values()));
			case ENDORSEMENT -> choice(facet, value, ENDORSEMENT_VALUES);
		};
	}

	/** The values of the endorsement facet: what a country said, or NONE. */
	static final List<String> ENDORSEMENT_VALUES = List.of("ENDORSED", "COMMENTED", "DISPUTED", "NONE");

	private String organisation(Facet facet, String value) {
		if (!OrganisationId.isValid(value) || organisations.find(OrganisationId.of(value)).isEmpty()) {
			throw new InvalidRequestException(facet.parameter(), "organisation.not-found", value);
		}
		return OrganisationId.of(value).toString();
	}

	private String item(Facet facet, String value, Predicate<ItemType> kind) {
		if (ItemCode.isValid(value)) {
			ItemCode code = ItemCode.of(value);
			for (PlanItem item : plan.items(plan.current().code(), ItemFilter.all())) {
				if (item.code().equals(code) && kind.test(item.type())) {
					return code.value();
				}
			}
		}
		throw new InvalidRequestException(facet.parameter(), "initiative.filter.item-unknown", value);
	}

	private static String choice(Facet facet, String value, List<String> allowed) {
		String upper = value.toUpperCase(java.util.Locale.ROOT);
		if (!allowed.contains(upper)) {
			throw new InvalidRequestException(facet.parameter(), "error.type.choice", value,
					String.join(", ", allowed));
		}
		return upper;
	}

	private static @Nullable Integer year(Map<String, String[]> parameters, String name) {
		String text = first(parameters, name);
		if (text == null) {
			return null;
		}
		try {
			int year = Integer.parseInt(text.strip());
			if (year < 1950 || year > 2100) {
				throw new InvalidRequestException(name, "initiative.year.out-of-range", text);
			}
			return year;
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException(name, "initiative.filter.year", text);
		}
	}

	private static @Nullable String first(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) ? null : values[0];
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}
