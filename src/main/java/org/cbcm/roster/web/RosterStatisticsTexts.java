package org.cbcm.roster.web;

import java.text.NumberFormat;
import java.util.Locale;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.RegionCode;
import org.cbcm.roster.RosterFigure;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the review's figures in a language: a figure's title and description
 * ({@code roster.statistics.figure.<name>}), its measures
 * ({@code roster.statistics.measure.<name>}) and its categories, named by their dimension
 * (a region, a country as the UN names it, a language as the JDK names it in the
 * language, an area of expertise).
 */
@Component
class RosterStatisticsTexts {

	private final MessageSource messages;

	private final CountryDirectory countries;

	RosterStatisticsTexts(MessageSource messages, CountryDirectory countries) {
		this.messages = messages;
		this.countries = countries;
	}

	String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	String title(RosterFigure figure, Locale locale) {
		return message("roster.statistics.figure." + figure.name(), locale);
	}

	String description(RosterFigure figure, Locale locale) {
		return message("roster.statistics.figure." + figure.name() + ".description", locale);
	}

	String measure(String measure, Locale locale) {
		return message("roster.statistics.measure." + measure, locale);
	}

	String dimension(RosterFigure.Dimension dimension, Locale locale) {
		return message("roster.statistics.dimension." + dimension.name(), locale);
	}

	/**
	 * The countries by code, read once for a whole review (a country read one at a time
	 * would cost a statement per row).
	 */
	java.util.Map<String, Country> countries() {
		java.util.Map<String, Country> byCode = new java.util.HashMap<>();
		countries.all().forEach(country -> byCode.put(country.code().value(), country));
		return byCode;
	}

	/** The name of a row's category in the language. */
	String category(RosterFigure.Dimension dimension, String code, java.util.Map<String, Country> named,
			Locale locale) {
		switch (dimension) {
			case REGION -> {
				return RegionCode.isValid(code) ? message(RegionCode.of(code).nameKey(), locale)
						: message("roster.statistics.region.none", locale);
			}
			case COUNTRY -> {
				Country country = named.get(code);
				return (country != null) ? country.name(locale) : code;
			}
			case GENDER, AREA -> {
				return measure(code, locale);
			}
			case EXPERTISE -> {
				return message("roster.expertise." + code, locale);
			}
			case LANGUAGE -> {
				String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
				return (name.isEmpty() || name.equals(code)) ? code : name;
			}
			case MONTHS -> {
				return message("roster.statistics.months", locale, Integer.valueOf(code));
			}
			default -> {
				return code;
			}
		}
	}

	String number(long value, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

}
