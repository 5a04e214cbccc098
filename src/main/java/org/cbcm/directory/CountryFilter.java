package org.cbcm.directory;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Which countries a reader asks for. Every criterion is optional; a classification is
 * asked for as true (in the group) or false (not in it); countries without a value for it
 * match neither.
 *
 * @param region an M49 region, sub-region or intermediate region code
 * @param classifications the groups asked for, each true or false
 * @param name part of one of the country's names in any of the six UN languages, or its
 * code
 * @param includeRegionalOrganisations whether the European Union is listed too
 */
public record CountryFilter(@Nullable RegionCode region, Map<Classification, Boolean> classifications,
		@Nullable String name, boolean includeRegionalOrganisations) {

	public CountryFilter {
		classifications = classifications.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(classifications));
		name = (name == null || name.isBlank()) ? null : name.strip();
	}

	public static CountryFilter everything() {
		return new CountryFilter(null, Map.of(), null, true);
	}

	boolean matches(Country country, Locale language) {
		if (region != null && !country.isIn(region)) {
			return false;
		}
		if (!includeRegionalOrganisations && country.regionalOrganisation()) {
			return false;
		}
		for (Map.Entry<Classification, Boolean> wanted : classifications.entrySet()) {
			if (!wanted.getValue().equals(wanted.getKey().of(country))) {
				return false;
			}
		}
		if (name != null) {
			return country.answersTo(name);
		}
		return true;
	}

}
