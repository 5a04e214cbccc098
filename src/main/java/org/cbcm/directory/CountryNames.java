package org.cbcm.directory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The names of the countries in the six UN languages, as a UN body writes them:
 * {@code reference/country-names-un.csv}, the UNSD M49 names (short, as lists show them)
 * and the UN Terminology Database's formal names ("the Republic of Kenya"). Reference
 * data like the Java runtime's own locale data, read once from the class path; the
 * runtime's CLDR names ("Laos", "Kenia") stay as other names a search finds a country by.
 */
final class CountryNames {

	/** The languages of the file, in its column order. */
	static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar");

	private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/**
	 * The European Union, a Party that is not in the M49 list: its name as the Union
	 * writes it in each language.
	 */
	private static final Names EUROPEAN_UNION = new Names(
			Map.of("en", "European Union", "fr", "Union européenne", "es", "Unión Europea", "ru", "Европейский союз",
					"zh", "欧洲联盟", "ar", "الاتحاد الأوروبي"),
			Map.of("en", "the European Union", "fr", "l’Union européenne", "es", "la Unión Europea", "ru",
					"Европейский союз", "zh", "欧洲联盟", "ar", "الاتحاد الأوروبي"));

	private static final Map<String, Names> BY_ISO3 = read();

	private static final Map<String, List<String>> SEARCH_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

	private CountryNames() {
	}

	/**
	 * The short name of the country in the language (English where the language is not
	 * one of the six); null when the file does not name it.
	 */
	static @Nullable String name(@Nullable String iso3, Locale language) {
		Names names = names(iso3);
		return (names != null) ? names.of(names.shortNames, language) : null;
	}

	/** The formal name ("the Republic of Kenya"), else the short name. */
	static @Nullable String formalName(@Nullable String iso3, Locale language) {
		Names names = names(iso3);
		if (names == null) {
			return null;
		}
		String formal = names.formal.get(language.getLanguage());
		return (formal != null) ? formal : names.of(names.shortNames, language);
	}

	/**
	 * Whether the text names the country: part of any of its names in the six languages
	 * (UN and CLDR), ignoring case, accents, spaces and punctuation, or one of its codes.
	 */
	static boolean answersTo(Country country, String text) {
		if (country.code().value().equalsIgnoreCase(text.strip()) || country.iso2().equalsIgnoreCase(text.strip())
				|| text.strip().equals(country.m49())) {
			return true;
		}
		String wanted = searchKey(text);
		if (wanted.isEmpty()) {
			return false;
		}
		return SEARCH_KEYS.computeIfAbsent(country.code().value(), code -> keys(country))
			.stream()
			.anyMatch(key -> key.contains(wanted));
	}

	/**
	 * Lower case, without accents, spaces or punctuation: "Côte d’Ivoire" is cotedivoire.
	 */
	static String searchKey(String text) {
		String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		return NOT_A_LETTER_OR_DIGIT.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
	}

	private static List<String> keys(Country country) {
		Set<String> keys = new LinkedHashSet<>();
		Names names = names(country.iso3());
		if (names != null) {
			names.shortNames.values().forEach(name -> keys.add(searchKey(name)));
			names.formal.values().forEach(name -> keys.add(searchKey(name)));
		}
		keys.add(searchKey(country.officialNameEn()));
		for (String language : LANGUAGES) {
			keys.add(searchKey(new Locale("", country.iso2()).getDisplayCountry(Locale.forLanguageTag(language))));
		}
		keys.remove("");
		return List.copyOf(keys);
	}

	private static @Nullable Names names(@Nullable String iso3) {
		return (iso3 == null) ? EUROPEAN_UNION : BY_ISO3.get(iso3);
	}

	private static Map<String, Names> read() {
		var resource = CountryNames.class.getResourceAsStream("/reference/country-names-un.csv");
		if (resource == null) {
			throw new IllegalStateException("reference/country-names-un.csv is not on the class path");
		}
		try (Reader reader = new InputStreamReader(resource, StandardCharsets.UTF_8)) {
			Map<String, Names> names = new HashMap<>();
			for (CSVRecord row : CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				Map<String, String> shortNames = new HashMap<>();
				Map<String, String> formal = new HashMap<>();
				for (String language : LANGUAGES) {
					shortNames.put(language, row.get("m49_name_" + language).strip());
					String formalName = row.get("unterm_formal_" + language).strip();
					if (!formalName.isEmpty()) {
						formal.put(language, formalName);
					}
				}
				names.put(row.get("iso3"), new Names(Map.copyOf(shortNames), Map.copyOf(formal)));
			}
			return Map.copyOf(names);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A country's names by language code. */
	private record Names(Map<String, String> shortNames, Map<String, String> formal) {

		String of(Map<String, String> names, Locale language) {
			String name = names.get(language.getLanguage());
			return (name != null) ? name : names.get("en");
		}

	}

}
