package org.cbcm.exchange.internal.iati;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds words and phrases in a text the way a person searching it would: whatever the
 * case and the accents ({@code BIOSÉCURITÉ} is {@code biosecurite}), only whole words
 * ({@code LMO} is not in {@code palmoil}), a space, a line break or a hyphen between the
 * words of a phrase alike ({@code genetically-modified} is {@code genetically modified}),
 * and the last word also in its plural in {@code s} or {@code es} ({@code GMO} finds
 * {@code GMOs}). Signs are matched as they are written, one by one ({@code C++} is the
 * word {@code c} followed by two {@code +}), never as a pattern.
 * <p>
 * The text is cut once into words (runs of letters and digits) and signs (any other
 * character but spaces and hyphens), and each word is looked up in a tree of the terms'
 * words: the time grows with the text, not with the number of terms, and nothing is
 * compiled per text.
 */
final class TermMatcher {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private final Node root = new Node();

	private final List<String> terms;

	/**
	 * @param terms the words and phrases, as the person wrote them; a term with no word
	 * nor sign in it is never found
	 */
	TermMatcher(List<String> terms) {
		this.terms = List.copyOf(terms);
		for (int index = 0; index < this.terms.size(); index++) {
			List<String> tokens = tokens(this.terms.get(index));
			if (tokens.isEmpty()) {
				continue;
			}
			Node node = root;
			for (String token : tokens) {
				node = node.children.computeIfAbsent(token, key -> new Node());
			}
			if (node.term < 0) {
				node.term = index;
			}
		}
	}

	/** Whether the term holds a word or a sign that can be looked for. */
	static boolean searchable(String term) {
		return !tokens(term).isEmpty();
	}

	/** The term's words and signs as they are compared: lower case, no accents. */
	static String normalised(String term) {
		return String.join(" ", tokens(term));
	}

	List<String> terms() {
		return terms;
	}

	/**
	 * The terms found in the text, each once, in the order of their first place in it. A
	 * term found only inside a longer one found at the same place is not counted there
	 * ({@code awareness} in {@code public awareness}): it is the longer one the text
	 * says.
	 * @return the indexes of the terms, as given to the constructor
	 */
	List<Integer> find(@Nullable CharSequence text) {
		List<Integer> found = new ArrayList<>();
		if (text == null || text.length() == 0) {
			return found;
		}
		boolean[] seen = new boolean[terms.size()];
		List<String> tokens = tokens(text);
		List<int[]> here = new ArrayList<>();
		int reached = 0;
		for (int start = 0; start < tokens.size(); start++) {
			here.clear();
			Node node = root;
			for (int at = start; at < tokens.size(); at++) {
				String token = tokens.get(at);
				Node plural = singular(node, token);
				if (plural != null) {
					here.add(new int[] { plural.term, at + 1 });
				}
				node = node.children.get(token);
				if (node == null) {
					break;
				}
				if (node.term >= 0) {
					here.add(new int[] { node.term, at + 1 });
				}
			}
			if (here.isEmpty()) {
				continue;
			}
			int longest = here.get(here.size() - 1)[1];
			for (int[] match : here) {
				if (match[1] == longest && longest > reached && !seen[match[0]]) {
					seen[match[0]] = true;
					found.add(match[0]);
				}
			}
			reached = Math.max(reached, longest);
		}
		return found;
	}

	/** The term ending here whose last word is this token's singular, if any. */
	private static @Nullable Node singular(Node node, String token) {
		if (node.children.isEmpty() || token.length() < 2 || token.charAt(token.length() - 1) != 's') {
			return null;
		}
		Node child = node.children.get(token.substring(0, token.length() - 1));
		if (child != null && child.term >= 0) {
			return child;
		}
		if (token.length() > 2 && token.charAt(token.length() - 2) == 'e') {
			child = node.children.get(token.substring(0, token.length() - 2));
			if (child != null && child.term >= 0) {
				return child;
			}
		}
		return null;
	}

	/**
	 * The text cut into words (letters, digits and the marks on them) and signs, lower
	 * case and without accents; spaces, hyphens and other separators cut but are not
	 * kept.
	 */
	static List<String> tokens(CharSequence text) {
		List<String> tokens = new ArrayList<>();
		int length = text.length();
		int index = 0;
		while (index < length) {
			char c = text.charAt(index);
			if (wordy(c)) {
				int start = index;
				boolean plain = true;
				while (index < length && wordy(text.charAt(index))) {
					plain &= text.charAt(index) < 128;
					index++;
				}
				if (plain) {
					char[] lower = new char[index - start];
					for (int at = start; at < index; at++) {
						char letter = text.charAt(at);
						lower[at - start] = (letter >= 'A' && letter <= 'Z') ? (char) (letter + 32) : letter;
					}
					tokens.add(new String(lower));
				}
				else {
					tokens.add(word(text.subSequence(start, index).toString()));
				}
			}
			else if (Character.isHighSurrogate(c) && index + 1 < length) {
				int codePoint = Character.codePointAt(text, index);
				int count = Character.charCount(codePoint);
				if (Character.isLetterOrDigit(codePoint)) {
					tokens.add(word(text.subSequence(index, index + count).toString()));
				}
				index += count;
			}
			else {
				if (!separator(c)) {
					tokens.add(String.valueOf(c));
				}
				index++;
			}
		}
		return tokens;
	}

	/** A word with letters beyond ASCII, lower case and without its marks. */
	private static String word(String word) {
		String bare = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("");
		return bare.toLowerCase(Locale.ROOT);
	}

	private static boolean wordy(char c) {
		if (c < 128) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		}
		if (Character.isSurrogate(c)) {
			return false;
		}
		int type = Character.getType(c);
		return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
				|| type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
	}

	/**
	 * Spaces, control characters, hyphens and dashes, and the apostrophes and quotation
	 * marks around words: they part words and are not looked for.
	 */
	private static boolean separator(char c) {
		if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
			return true;
		}
		int type = Character.getType(c);
		return type == Character.DASH_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
				|| type == Character.FINAL_QUOTE_PUNCTUATION || c == '\'' || c == '"' || c == '\u00ad';
	}

	private static final class Node {

		final Map<String, Node> children = new HashMap<>(4);

		int term = -1;

	}

}
