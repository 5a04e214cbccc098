package org.cbcm.roster;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * What a search of the roster asks for: words that every listed expert found holds in the
 * text they agreed to show, and values of facets ({@link ExpertFacet}); a language is
 * spoken at {@code level} or better (1 fair, 2 good, 3 excellent).
 *
 * @param text the words as typed, or null
 * @param values the values chosen, facet by facet
 * @param level the least level of the languages chosen, from 1 to 3
 */
public record ExpertFilter(@Nullable String text, Map<ExpertFacet, Set<String>> values, int level) {

	/** The longest text a search takes. */
	public static final int MAX_TEXT = 200;

	/** The most words a search takes. */
	public static final int MAX_WORDS = 10;

	/** The most values of one facet a search takes. */
	public static final int MAX_VALUES = 50;

	/** Everything listed. */
	public static final ExpertFilter NONE = new ExpertFilter(null, Map.of(), 1);

	public ExpertFilter {
		text = (text == null || text.isBlank()) ? null : text.strip();
		Map<ExpertFacet, Set<String>> copy = new EnumMap<>(ExpertFacet.class);
		values.forEach((facet, chosen) -> {
			if (!chosen.isEmpty()) {
				copy.put(facet, Collections.unmodifiableSet(new TreeSet<>(chosen)));
			}
		});
		values = Collections.unmodifiableMap(copy);
		if (level < 1 || level > 3) {
			throw new IllegalArgumentException("A language level is 1, 2 or 3: " + level);
		}
	}

	/** The values chosen of the facet, none when it does not filter. */
	public Set<String> values(ExpertFacet facet) {
		return values.getOrDefault(facet, Set.of());
	}

	/** The same filter without the facet's values, to count that facet. */
	public ExpertFilter without(ExpertFacet facet) {
		Map<ExpertFacet, Set<String>> rest = new EnumMap<>(ExpertFacet.class);
		rest.putAll(values);
		rest.remove(facet);
		return new ExpertFilter(text, rest, level);
	}

	/** The words of the text, lower case, each to be found. */
	public List<String> words() {
		if (text == null) {
			return List.of();
		}
		return List.of(text.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
	}

	/** Whether it filters at all. */
	public boolean isEmpty() {
		return text == null && values.isEmpty();
	}

}
