package org.cbcm.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer result, with what a reader needs to move through the rest.
 *
 * @param content the rows of this page
 * @param page the page number, 0 for the first
 * @param size the rows a full page holds
 * @param totalElements the rows of the whole result
 * @param totalPages the pages the whole result fills
 */
public record ResultPage<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public ResultPage {
		content = List.copyOf(content);
	}

	public static <T> ResultPage<T> of(List<T> content, Paging paging, long totalElements) {
		return new ResultPage<>(content, paging.page(), paging.size(), totalElements,
				(int) Math.min(Integer.MAX_VALUE, (totalElements + paging.size() - 1) / paging.size()));
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) page + 1 < totalPages;
	}

	/** Whether the page asked for lies past the last page of a result that has rows. */
	public boolean pastTheEnd() {
		return content.isEmpty() && totalElements > 0;
	}

	/**
	 * The number of the first row on this page, counted from 1 (0 when the page is
	 * empty).
	 */
	public long firstRow() {
		return content.isEmpty() ? 0 : (long) page * size + 1;
	}

	/** The number of the last row on this page (0 when the page is empty). */
	public long lastRow() {
		return content.isEmpty() ? 0 : (long) page * size + content.size();
	}

	public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
		return new ResultPage<>(content.stream().<R>map(mapper).toList(), page, size, totalElements, totalPages);
	}

}
