package org.cbcm.framework.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.cbcm.framework.internal.PlanFile.ResolutionData;

/**
 * Derives an item's clean wording from the seed's printed text, by the rules the data
 * file states: apply each resolution, make runs of white space single spaces, and for
 * sub-items drop the list punctuation that joins an item to the next (a trailing ";", ";
 * and" or ".", and a trailing ":" where the item has no sub-items).
 */
final class CleanWording {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern LIST_END = Pattern.compile("(; and|;|\\.)$");

	private static final Pattern COLON_END = Pattern.compile(":$");

	private CleanWording() {
	}

	static String derive(String seed, List<ResolutionData> resolutions, boolean subItem, boolean hasSubItems) {
		String text = seed;
		for (ResolutionData resolution : resolutions) {
			text = text.replace(resolution.seed(), resolution.reading());
		}
		text = SPACES.matcher(text).replaceAll(" ").strip();
		if (subItem) {
			text = LIST_END.matcher(text).replaceFirst("");
			if (!hasSubItems) {
				text = COLON_END.matcher(text).replaceFirst("");
			}
		}
		return text;
	}

	static int occurrences(String text, String fragment) {
		int count = 0;
		for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) {
			count++;
		}
		return count;
	}

}
