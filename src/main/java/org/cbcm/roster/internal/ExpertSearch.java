package org.cbcm.roster.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.Region;
import org.cbcm.roster.ExpertContent;
import org.cbcm.roster.ExpertContent.Availability;
import org.cbcm.roster.ExpertContent.Gender;
import org.cbcm.roster.ExpertFacet;
import org.cbcm.roster.ExpertFilter;
import org.cbcm.roster.ExpertFinds;
import org.cbcm.roster.ExpertFinds.FacetCount;
import org.cbcm.roster.ExpertSummary;
import org.cbcm.roster.Expertise;
import org.cbcm.roster.ExpertiseArea;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Finds listed experts by the words they agreed to show and by the roster's facets, with
 * each facet's counts under the other facets' choices. Only listed experts (published and
 * not lapsed) are found, and only through the facts their listing keeps: a public name
 * only with the expert's consent, nationalities and gender likewise. A search combines
 * the bit sets of the {@link RosterIndex}, which asks the database one question per
 * search (whether the listing changed) and reads the listed experts again only when it
 * did.
 */
@Service
public class ExpertSearch {

	/** The most rows a page of the search holds. */
	public static final int MAX_SIZE = 100;

	/** The furthest row a page may start from; the roster holds far fewer experts. */
	public static final long MAX_OFFSET = 100_000;

	private static final Set<String> ELEMENTS = Arrays.stream(Expertise.values())
		.flatMap(expertise -> expertise.keyElements().stream())
		.map(code -> code.value())
		.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));

	private final RosterIndex index;

	private final CountryDirectory countries;

	ExpertSearch(RosterIndex index, CountryDirectory countries) {
		this.index = index;
		this.countries = countries;
	}

	/**
	 * The key elements the roster's expertise serves, the values of the element facet.
	 */
	public static Set<String> elements() {
		return ELEMENTS;
	}

	/**
	 * The filter the request's parameters ask for: {@code q} (words), each facet's
	 * parameter (repeated for several values) and {@code level} (1 to 3).
	 * @throws InvalidRequestException naming the parameter of a value the roster does not
	 * know (an unknown expertise, language, country or region, a level other than 1 to 3,
	 * too long a text, too many values)
	 */
	public ExpertFilter filter(Map<String, String[]> parameters) {
		String text = first(parameters, "q");
		if (text != null) {
			if (text.length() > ExpertFilter.MAX_TEXT) {
				throw new InvalidRequestException("q", "roster.search.q.too-long", ExpertFilter.MAX_TEXT);
			}
			if (!text.isBlank() && text.strip().split("\\s+").length > ExpertFilter.MAX_WORDS) {
				throw new InvalidRequestException("q", "roster.search.q.too-many-words", ExpertFilter.MAX_WORDS);
			}
		}
		Map<ExpertFacet, Set<String>> values = new EnumMap<>(ExpertFacet.class);
		for (ExpertFacet facet : ExpertFacet.values()) {
			String[] given = parameters.get(facet.parameter());
			if (given == null) {
				continue;
			}
			Set<String> chosen = new LinkedHashSet<>();
			for (String value : given) {
				if (value != null && !value.isBlank()) {
					chosen.add(valid(facet, value.strip()));
				}
			}
			if (chosen.size() > ExpertFilter.MAX_VALUES) {
				throw new InvalidRequestException(facet.parameter(), "roster.search.too-many-values",
						ExpertFilter.MAX_VALUES);
			}
			values.put(facet, chosen);
		}
		int level = 1;
		String levelText = first(parameters, "level");
		if (levelText != null && !levelText.isBlank()) {
			level = switch (levelText.strip()) {
				case "1" -> 1;
				case "2" -> 2;
				case "3" -> 3;
				default -> throw new InvalidRequestException("level", "roster.search.level.unknown", levelText);
			};
		}
		return new ExpertFilter(text, values, level);
	}

	/**
	 * The page the parameters {@code page} (from 0) and {@code size} ask for.
	 * @throws InvalidRequestException naming the parameter of a number that is not one, a
	 * size beyond {@link #MAX_SIZE} or a page beyond {@link #MAX_OFFSET} rows
	 */
	public Paging paging(Map<String, String[]> parameters, int defaultSize) {
		int size = number(parameters, "size", defaultSize);
		int page = number(parameters, "page", 0);
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidRequestException("size", "error.page.size", size, MAX_SIZE);
		}
		if (page < 0) {
			throw new InvalidRequestException("page", "error.page.negative", page);
		}
		if ((long) page * size > MAX_OFFSET) {
			throw new InvalidRequestException("page", "roster.search.page.too-far", page);
		}
		return new Paging(page, size);
	}

	private static int number(Map<String, String[]> parameters, String name, int otherwise) {
		String text = first(parameters, name);
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException(name, "roster.search.number", text);
		}
	}

	private static @Nullable String first(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return (values == null || values.length == 0) ? null : values[0];
	}

	private String valid(ExpertFacet facet, String value) {
		String upper = value.toUpperCase(Locale.ROOT);
		boolean known = switch (facet) {
			case EXPERTISE -> Arrays.stream(Expertise.values()).anyMatch(item -> item.name().equals(upper));
			case AREA -> Arrays.stream(ExpertiseArea.values()).anyMatch(item -> item.name().equals(upper));
			case GENDER -> Arrays.stream(Gender.values()).anyMatch(item -> item.name().equals(upper));
			case AVAILABILITY -> Arrays.stream(Availability.values()).anyMatch(item -> item.name().equals(upper));
			case WORK -> Arrays.stream(ExpertFacet.Work.values()).anyMatch(item -> item.name().equals(upper));
			case ELEMENT -> ELEMENTS.contains(value);
			case REGION -> countries.regions().stream().map(Region::code).anyMatch(code -> code.value().equals(value));
			case NATIONALITY -> CountryCode.isValid(upper) && countries.find(CountryCode.of(upper)).isPresent();
			case LANGUAGE -> ExpertContent.knownLanguage(value.toLowerCase(Locale.ROOT));
		};
		if (!known) {
			throw new InvalidRequestException(facet.parameter(), "roster.search." + facet.parameter() + ".unknown",
					value);
		}
		return switch (facet) {
			case ELEMENT, REGION -> value;
			case LANGUAGE -> value.toLowerCase(Locale.ROOT);
			default -> upper;
		};
	}

	/**
	 * A page of the listed experts the filter finds, and every facet's counts under the
	 * other facets' choices and the words.
	 */
	public ExpertFinds search(ExpertFilter filter, Paging paging) {
		RosterIndex.Listed listed = index.listed();
		Map<ExpertFacet, BitSet> chosen = new EnumMap<>(ExpertFacet.class);
		for (Map.Entry<ExpertFacet, Set<String>> facet : filter.values().entrySet()) {
			BitSet holding = new BitSet();
			for (String value : facet.getValue()) {
				holding.or(listed.holding(facet.getKey(), value, filter.level()));
			}
			chosen.put(facet.getKey(), holding);
		}
		BitSet words = new BitSet();
		words.set(0, listed.size());
		for (String word : filter.words()) {
			words.and(listed.saying(word));
		}
		BitSet found = matching(words, chosen, null);
		List<ExpertSummary> page = new ArrayList<>();
		long offset = paging.offset();
		int position = found.nextSetBit(0);
		for (long skipped = 0; position >= 0 && skipped < offset; skipped++) {
			position = found.nextSetBit(position + 1);
		}
		while (position >= 0 && page.size() < paging.size()) {
			page.add(listed.experts().get(position));
			position = found.nextSetBit(position + 1);
		}
		Map<ExpertFacet, List<FacetCount>> counts = new EnumMap<>(ExpertFacet.class);
		for (ExpertFacet facet : ExpertFacet.values()) {
			BitSet others = matching(words, chosen, facet);
			List<FacetCount> values = new ArrayList<>();
			for (String value : listed.valuesOf(facet)) {
				BitSet both = (BitSet) listed.holding(facet, value, filter.level()).clone();
				both.and(others);
				if (!both.isEmpty()) {
					values.add(new FacetCount(value, both.cardinality()));
				}
			}
			values.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
			counts.put(facet, values);
		}
		return new ExpertFinds(ResultPage.of(page, paging, found.cardinality()), counts);
	}

	/**
	 * The experts who say the words and hold the chosen values of every facet but one.
	 */
	private static BitSet matching(BitSet words, Map<ExpertFacet, BitSet> chosen, @Nullable ExpertFacet except) {
		BitSet matching = (BitSet) words.clone();
		chosen.forEach((facet, holding) -> {
			if (facet != except) {
				matching.and(holding);
			}
		});
		return matching;
	}

}
