package org.cbcm.exchange.internal.iati;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cbcm.directory.Country;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.Region;
import org.cbcm.directory.RegionCode;
import org.cbcm.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * What an import matches an activity's codes and names against, read once per import: the
 * countries by their ISO alpha-2 code (IATI's), the M49 regions, and the directory's
 * organisations by IATI organisation identifier, then by name or acronym (case and
 * accents aside).
 */
public final class ImportDirectory {

	/** The prefix of the reference of an organisation that has no IATI identifier. */
	public static final String OWN_REFERENCE = "cbcm:";

	private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

	private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

	private final Map<String, CountryCode> countries = new HashMap<>();

	private final Map<String, String> countryNames = new HashMap<>();

	private final Set<String> regions = new HashSet<>();

	private final Map<String, Organisation> byRef = new HashMap<>();

	private final Map<String, Organisation> byName = new HashMap<>();

	public ImportDirectory(Collection<Country> countries, List<Region> regions,
			Collection<Organisation> organisations) {
		for (Country country : countries) {
			String iso2 = country.iso2().toUpperCase(Locale.ROOT);
			this.countries.put(iso2, country.code());
			countryNames.put(key(iso2), iso2);
			if (country.iso3() != null) {
				countryNames.put(key(country.iso3()), iso2);
			}
			if (country.m49() != null) {
				countryNames.put(key(country.m49()), iso2);
			}
			countryNames.putIfAbsent(key(country.officialNameEn()), iso2);
			countryNames.putIfAbsent(key(country.name(Locale.ENGLISH)), iso2);
		}
		regions.forEach(region -> add(region));
		for (Organisation organisation : organisations) {
			if (organisation.iatiIdentifier() != null) {
				byRef.putIfAbsent(key(organisation.iatiIdentifier()), organisation);
			}
			byRef.put(key(OWN_REFERENCE + organisation.id().value()), organisation);
			byName.putIfAbsent(key(organisation.name()), organisation);
			if (organisation.acronym() != null) {
				byName.putIfAbsent(key(organisation.acronym()), organisation);
			}
		}
	}

	private void add(Region region) {
		regions.add(region.code().value());
		region.subRegions().forEach(this::add);
	}

	/** The country of an ISO 3166-1 alpha-2 code, if the directory has it. */
	public @Nullable CountryCode country(String iso2) {
		return countries.get(iso2.strip().toUpperCase(Locale.ROOT));
	}

	/**
	 * The ISO alpha-2 code of a country a person wrote: by its alpha-2, alpha-3 or M49
	 * code, or its English name, case and accents aside.
	 */
	public @Nullable String countryNamed(String text) {
		return countryNames.get(key(text));
	}

	/**
	 * How an import refers to an organisation of the directory: by its IATI identifier,
	 * else by cbcm's own identifier of it.
	 */
	public static String reference(Organisation organisation) {
		return (organisation.iatiIdentifier() != null) ? organisation.iatiIdentifier()
				: OWN_REFERENCE + organisation.id().value();
	}

	/** The M49 region of a code, if the directory has it. */
	public @Nullable RegionCode region(String m49) {
		return regions.contains(m49.strip()) ? RegionCode.of(m49.strip()) : null;
	}

	/**
	 * The directory's organisation an activity names: by its identifier, else by its name
	 * or acronym.
	 */
	public @Nullable Organisation organisation(@Nullable String ref, @Nullable String name) {
		if (ref != null && !ref.isBlank()) {
			Organisation found = byRef.get(key(ref));
			if (found != null) {
				return found;
			}
		}
		return (name != null && !name.isBlank()) ? byName.get(key(name)) : null;
	}

	static String key(String text) {
		String plain = MARKS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFD)).replaceAll("");
		return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ");
	}

}
