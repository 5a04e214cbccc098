package org.cbcm.initiatives.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

	private TextSimilarity() {
	}

	/** The cosine similarity of the two texts' trigram vectors, from 0.0 to 1.0. */
	public static double cosine(@Nullable String one, @Nullable String other) {
		return cosine(trigrams(one), trigrams(other));
	}

	static double cosine(Map<String, Integer> one, Map<String, Integer> other) {
		if (one.isEmpty() || other.isEmpty()) {
			return 0;
		}
		long dot = 0;
		for (Map.Entry<String, Integer> entry : one.entrySet()) {
			Integer count = other.get(entry.getKey());
			if (count != null) {
				dot += (long) entry.getValue() * count;
			}
		}
		double similarity = dot / (norm(one) * norm(other));
		return Math.min(1.0, similarity);
	}

	/** The distinctive words of a text, normalised, in order. */
	static List<String> words(@Nullable String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT);
		for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
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

	private static double norm(Map<String, Integer> vector) {
		long sum = 0;
		for (int count : vector.values()) {
			sum += (long) count * count;
		}
		return Math.sqrt(sum);
	}

}
