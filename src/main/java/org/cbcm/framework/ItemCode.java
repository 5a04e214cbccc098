package org.cbcm.framework;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citation of an Action Plan item as the plan numbers it: a paragraph ({@code 9}), a
 * lettered sub-paragraph ({@code 12(i)}) or a sub-item in roman numerals
 * ({@code 12(a)(i)}). Codes are unique within a version of the plan.
 *
 * @param value the code, such as {@code 13(d)(vi)}
 */
public record ItemCode(String value) implements Comparable<ItemCode> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{1,3})(?:\\(([a-z]{1,2})\\))?(?:\\(([ivxl]{1,6})\\))?");

	public ItemCode {
		value = value.strip();
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"An Action Plan code is a paragraph number with an optional letter and roman numeral, such as 12(a)(i); '%s' is not"
						.formatted(value));
		}
	}

	public static ItemCode of(String value) {
		return new ItemCode(value);
	}

	public static boolean isValid(String value) {
		return FORMAT.matcher(value.strip()).matches();
	}

	/** The paragraph number, 12 for {@code 12(a)(i)}. */
	public int paragraph() {
		return Integer.parseInt(parts().group(1));
	}

	/**
	 * The item this one is part of: {@code 12(a)} for {@code 12(a)(i)}, {@code 12} for
	 * {@code 12(a)}, none for {@code 12}.
	 */
	public Optional<ItemCode> parent() {
		int open = value.lastIndexOf('(');
		return (open < 0) ? Optional.empty() : Optional.of(new ItemCode(value.substring(0, open)));
	}

	/**
	 * How deep the item sits: 0 for a paragraph, 1 for a lettered sub-paragraph, 2 below
	 * that.
	 */
	public int depth() {
		return (int) value.chars().filter(c -> c == '(').count();
	}

	private Matcher parts() {
		Matcher matcher = FORMAT.matcher(value);
		matcher.matches();
		return matcher;
	}

	/** Orders codes as the plan does: by paragraph, then letter, then roman numeral. */
	@Override
	public int compareTo(ItemCode other) {
		Matcher mine = parts();
		Matcher theirs = other.parts();
		int byParagraph = Integer.compare(Integer.parseInt(mine.group(1)), Integer.parseInt(theirs.group(1)));
		if (byParagraph != 0) {
			return byParagraph;
		}
		int byLetter = compareLetters(mine.group(2), theirs.group(2));
		if (byLetter != 0) {
			return byLetter;
		}
		return Integer.compare(roman(mine.group(3)), roman(theirs.group(3)));
	}

	private static int compareLetters(String a, String b) {
		if (a == null || b == null) {
			return (a == null) ? ((b == null) ? 0 : -1) : 1;
		}
		return (a.length() != b.length()) ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
	}

	private static int roman(String numeral) {
		if (numeral == null) {
			return 0;
		}
		int total = 0;
		int previous = 0;
		for (int i = numeral.length() - 1; i >= 0; i--) {
			int value = switch (numeral.charAt(i)) {
				case 'i' -> 1;
				case 'v' -> 5;
				case 'x' -> 10;
				default -> 50;
			};
			total += (value < previous) ? -value : value;
			previous = Math.max(previous, value);
		}
		return total;
	}

	@Override
	public String toString() {
		return value;
	}

}
