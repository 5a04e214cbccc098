package org.cbcm.shared;

/**
 * Which page of a result a reader asks for: the page number, counted from 0, and how many
 * rows it holds.
 *
 * @param page the page number, 0 for the first
 * @param size rows per page, from 1 to {@link #MAX_SIZE}
 */
public record Paging(int page, int size) {

	public static final int MAX_SIZE = 500;

	public Paging {
		if (page < 0) {
			throw new InvalidRequestException("page", "error.page.negative", page);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidRequestException("size", "error.page.size", size, MAX_SIZE);
		}
	}

	public long offset() {
		return (long) page * size;
	}

}
