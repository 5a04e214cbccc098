package org.cbcm.roster.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.shared.CountryCode;

/**
 * Names an expert's page shows for codes: a country's in the reader's language, a
 * language's (ISO 639) as the reader's language writes it.
 */
public final class ExpertNames {

	private final CountryDirectory countries;

	private final Locale locale;

	ExpertNames(CountryDirectory countries, Locale locale) {
		this.countries = countries;
		this.locale = locale;
	}

	/** A language offered by the form: its code and name. */
	public record Language(String code, String name) {
	}

	/** A country's name, by its code or its code's text. */
	public String country(Object code) {
		CountryCode country = (code instanceof CountryCode given) ? given : CountryCode.of(code.toString());
		return countries.find(country).map(found -> found.name(locale)).orElse(country.value());
	}

	/** The message key of a region's name, by its code or its code's text. */
	public String regionKey(Object code) {
		return (code instanceof org.cbcm.directory.RegionCode region) ? region.nameKey() : "region." + code;
	}

	public String language(String code) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		return (name.isEmpty() || name.equals(code)) ? code : name;
	}

	/** The languages of ISO 639-1 by their names in the reader's language. */
	static List<Language> languages(Locale locale) {
		Collator order = Collator.getInstance(locale);
		return Arrays.stream(Locale.getISOLanguages())
			.map(code -> new Language(code, Locale.forLanguageTag(code).getDisplayLanguage(locale)))
			.filter(language -> !language.name().isEmpty() && !language.name().equals(language.code()))
			.sorted(Comparator.comparing(Language::name, order))
			.toList();
	}

}
