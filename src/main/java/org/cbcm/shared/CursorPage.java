package org.cbcm.shared;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Some rows of a long list walked by cursor rather than by page number: the next rows are
 * those after {@code next}, however many came before, with no count of the whole.
 *
 * @param content the rows, in the list's order
 * @param size the rows a chunk holds at most
 * @param next the cursor to send for the rows that follow; null after the last
 */
public record CursorPage<T>(List<T> content, int size, @Nullable String next) {

	/** The most rows a chunk holds. */
	public static final int MAX_SIZE = 1000;

	public CursorPage {
		content = List.copyOf(content);
	}

	/**
	 * The size a client asked for, refused as the {@code size} parameter when out of
	 * range.
	 */
	public static int size(int size) {
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidRequestException("size", "error.page.size", size, MAX_SIZE);
		}
		return size;
	}

	public <R> CursorPage<R> map(Function<? super T, ? extends R> mapper) {
		return new CursorPage<>(content.stream().<R>map(mapper).toList(), size, next);
	}

}
