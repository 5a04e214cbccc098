package org.cbcm.initiatives.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How alike two texts are: the cosine similarity of their character-trigram vectors. A
 * text is first normalised: accents taken off (NFD, combining marks removed), lower case,
 * split into words of letters and digits, the common words of English, French and Spanish
 * and of initiative titles ("biosafety", "capacity", "project") removed. Each word gives
 * its trigrams padded with a space on either side ({@code " ke", "ken",
 * "eny", "nya", "ya "}), so that word order does not matter and a plural or a typo costs
 * little. The same text gives 1.0, texts sharing no trigram 0.0. Translations are not
 * matched: only accents and the small words of the three languages are normalised.
 */
public final class TextSimilarity {

	/** Words too common to tell two initiatives apart. */
	static final Set<String> COMMON = Set.of("the", "and", "for", "with", "from", "into", "of", "on", "in", "to", "a",
			"an", "at", "by", "its", "their", "this", "that", "is", "are", "be", "as", "or", "de", "la", "le", "les",
			"et", "des", "du", "au", "aux", "en", "pour", "sur", "dans", "par", "un", "une", "y", "el", "los", "las",
			"del", "con", "para", "por", "una", "al", "project", "projet", "proyecto", "programme", "program",
			"programa", "biosafety", "biosecurite", "bioseguridad", "capacity", "capacite", "capacites", "capacidad",
			"capacidades", "building", "renforcement", "fortalecimiento", "support", "appui", "apoyo", "national",
			"nacional", "development", "implementation", "cartagena", "protocol", "protocole", "protocolo", "phase",
			"fase");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private TextSimilarity() {
	}

	/** The cosine similarity of the two texts' trigram vectors, from 0.0 to 1.0. */
	public static double cosine(@Nullable String one, @Nullable String other) {
		return cosine(vector(one), vector(other));
	}

	/**
	 * A text's trigram vector, worked out once for the many texts it is compared with:
	 * each trigram with its count packed in a {@code long} (the trigram's three UTF-16
	 * units in the high 48 bits, the count in the low 16), sorted, and the vector's
	 * length. Two vectors' dot product is then a merge of two sorted arrays.
	 */
	record Vector(long[] grams, double norm) {

		static final Vector EMPTY = new Vector(new long[0], 0);

	}

	/** The text's trigram vector. */
	static Vector vector(@Nullable String text) {
		Map<String, Integer> counts = trigrams(text);
		if (counts.isEmpty()) {
			return Vector.EMPTY;
		}
		long[] grams = new long[counts.size()];
		long sum = 0;
		int at = 0;
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			String gram = entry.getKey();
			int count = Math.min(entry.getValue(), 0xFFFF);
			grams[at++] = ((long) gram.charAt(0) << 48) | ((long) gram.charAt(1) << 32) | ((long) gram.charAt(2) << 16)
					| count;
			sum += (long) count * count;
		}
		Arrays.sort(grams);
		return new Vector(grams, Math.sqrt(sum));
	}

	static double cosine(Vector one, Vector other) {
		long[] a = one.grams();
		long[] b = other.grams();
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		long dot = 0;
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			// An arithmetic shift keeps the order Arrays.sort gave the packed values.
			long gramA = a[i] >> 16;
			long gramB = b[j] >> 16;
			if (gramA < gramB) {
				i++;
			}
			else if (gramA > gramB) {
				j++;
			}
			else {
				dot += (a[i++] & 0xFFFF) * (b[j++] & 0xFFFF);
			}
		}
		return Math.min(1.0, dot / (one.norm() * other.norm()));
	}

	/** The distinctive words of a text, normalised, in order. */
	static List<String> words(@Nullable String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
			.replaceAll("")
			.toLowerCase(Locale.ROOT);
		for (String word : NOT_WORD.split(plain)) {
			if (word.length() >= 2 && !COMMON.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	/** How often each trigram occurs in the text's distinctive words. */
	static Map<String, Integer> trigrams(@Nullable String text) {
		Map<String, Integer> counts = new HashMap<>();
		for (String word : words(text)) {
			String padded = " " + word + " ";
			for (int index = 0; index + 3 <= padded.length(); index++) {
				counts.merge(padded.substring(index, index + 3), 1, Integer::sum);
			}
		}
		return counts;
	}

}
