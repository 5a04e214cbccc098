package org.cbcm.initiatives.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which published initiatives to show: words of their text, tags facet by facet (any of a
 * facet's values, every facet given), and the years they run in.
 *
 * @param text words that must all occur in the title, description, objectives, results,
 * or the names of the participants and of the countries and regions it names
 * @param tags the values asked for, facet by facet
 * @param fromYear running in this year or later
 * @param toYear running in this year or earlier
 */
public record InitiativeFilter(@Nullable String text, Map<Facet, Set<String>> tags, @Nullable Integer fromYear,
		@Nullable Integer toYear) {

	/** The most words a text search looks for. */
	static final int MAX_TERMS = 8;

	public InitiativeFilter {
		text = (text == null || text.isBlank()) ? null : text.strip();
		Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
		if (tags != null) {
			tags.forEach((facet, values) -> {
				if (values != null && !values.isEmpty()) {
					copy.put(facet, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
				}
			});
		}
		tags = Collections.unmodifiableMap(copy);
	}

	public static InitiativeFilter none() {
		return new InitiativeFilter(null, Map.of(), null, null);
	}

	/** Only the initiatives filed under one value of one facet. */
	public static InitiativeFilter of(Facet facet, String value) {
		return new InitiativeFilter(null, Map.of(facet, Set.of(value)), null, null);
	}

	/** The same filter without the facet's values: what its own counts are taken over. */
	public InitiativeFilter without(Facet facet) {
		Map<Facet, Set<String>> rest = new EnumMap<>(Facet.class);
		rest.putAll(tags);
		rest.remove(facet);
		return new InitiativeFilter(text, rest, fromYear, toYear);
	}

	public Set<String> values(Facet facet) {
		return tags.getOrDefault(facet, Set.of());
	}

	public boolean isEmpty() {
		return text == null && tags.isEmpty() && fromYear == null && toYear == null;
	}

	/** The words of the text search, in lower case. */
	public List<String> terms() {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+"))
			.filter(term -> !term.isBlank())
			.distinct()
			.limit(MAX_TERMS)
			.toList();
	}

}
