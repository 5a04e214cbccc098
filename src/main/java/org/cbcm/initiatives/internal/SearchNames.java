package org.cbcm.initiatives.internal;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.cbcm.directory.Country;
import org.jspecify.annotations.Nullable;

/**
 * The names a text search finds a published initiative by besides its own words: those of
 * the countries it names (the M49 English name, the names in the six UN languages, the
 * ISO alpha-3 code, each also without its accents) and of the regions it names (their M49
 * names), so that kenya, KEN, Кения or eastern africa find it. The regions its countries
 * lie in are not among them: the region facet finds those, and a word such as africa
 * would otherwise match a third of the registry, which a search then has to count. The
 * index writes the names with the rest of an entry; {@link SearchNamesMigration} gave
 * them to the entries written before.
 */
final class SearchNames {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** Each country's names, by its code (ISO alpha-3, or EU). */
	private final Map<String, List<String>> countries;

	/** Each region's name, by its M49 code. */
	private final Map<String, String> regions;

	SearchNames(Map<String, List<String>> countries, Map<String, String> regions) {
		this.countries = Map.copyOf(countries);
		this.regions = Map.copyOf(regions);
	}

	/** A country's names, as {@link #ofCountry(String, String, String)} gives them. */
	static List<String> ofCountry(Country country) {
		return ofCountry(country.iso2(), country.iso3(), country.officialNameEn());
	}

	/**
	 * A country's names from its codes: as the UN writes them in the six languages, its
	 * M49 English name, the Java runtime's (CLDR) names, its alpha-3 code, and each
	 * without its accents.
	 */
	static List<String> ofCountry(String iso2, @Nullable String iso3, String officialNameEn) {
		Set<String> names = new LinkedHashSet<>(Country.unNames(iso3));
		names.add(officialNameEn);
		for (Locale language : Country.UN_LANGUAGES) {
			names.add(new Locale("", iso2).getDisplayCountry(language));
		}
		if (iso3 != null) {
			names.add(iso3);
		}
		for (String name : List.copyOf(names)) {
			if (latin(name)) {
				names.add(plain(name));
			}
		}
		return List.copyOf(names);
	}

	/**
	 * The names of the countries and regions, a line each, in lower case, in the order of
	 * their codes: what the entry's searchable text holds after the initiative's words.
	 */
	String text(Collection<String> countryCodes, Collection<String> regionCodes) {
		Set<String> lines = new LinkedHashSet<>();
		countryCodes.stream()
			.sorted()
			.forEach(code -> countries.getOrDefault(code, List.of(code))
				.forEach(name -> lines.add(name.toLowerCase(Locale.ROOT))));
		regionCodes.stream()
			.sorted()
			.map(regions::get)
			.filter(java.util.Objects::nonNull)
			.forEach(name -> lines.add(name.toLowerCase(Locale.ROOT)));
		StringBuilder text = new StringBuilder();
		lines.forEach(line -> text.append(line).append('\n'));
		return text.toString();
	}

	private static boolean latin(String name) {
		return name.codePoints()
			.filter(Character::isLetter)
			.allMatch(letter -> Character.UnicodeScript.of(letter) == Character.UnicodeScript.LATIN);
	}

	/** The name without accents and with plain apostrophes: "Cote d'Ivoire". */
	static String plain(String name) {
		return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").replace('\u2019', '\'');
	}

}
