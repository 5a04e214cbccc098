package org.cbcm.roster;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cbcm.roster.ExpertContent.Availability;
import org.cbcm.roster.ExpertContent.LanguageLevel;
import org.cbcm.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * A listed expert as a search shows it to everybody: only what the expert agreed to show
 * and what the roster's facets hold; without a public name, an expert nominated by the
 * Party.
 *
 * @param id the expert's record
 * @param publicName the name, where the expert agreed to show it
 * @param country the nominating Party
 * @param region the nominating Party's M49 region
 * @param expertise the areas of expertise (second level), in their order
 * @param languages the languages spoken, each with its level, best first
 * @param availability whether the expert can take assignments now
 * @param remote whether the expert works on assignments remotely
 * @param onSite whether the expert travels for assignments
 */
public record ExpertSummary(ExpertId id, @Nullable String publicName, CountryCode country, @Nullable String region,
		List<Expertise> expertise, Map<String, LanguageLevel> languages, @Nullable Availability availability,
		boolean remote, boolean onSite) {

	public ExpertSummary {
		expertise = List.copyOf(expertise);
		languages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(languages));
	}

	/** The top-level areas of the expertise. */
	public Set<ExpertiseArea> areas() {
		Set<ExpertiseArea> areas = new java.util.TreeSet<>();
		expertise.forEach(item -> areas.add(item.area()));
		return areas;
	}

}
