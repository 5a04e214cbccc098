package org.cbcm.shared;

/**
 * An API answer that holds a page of a list beside other things (a search's facet counts,
 * a matrix's columns): the API's paging links ({@code Link}, RFC 8288) and total lead
 * through that list, paged by the {@code page} parameter, as they do for an answer that
 * is a page ({@link ResultPage}).
 */
public interface PagedAnswer {

	/** The page the answer's paging links lead on from. */
	ResultPage<?> listed();

}
