package org.cbcm.initiatives.internal;

/**
 * The orders a list of initiatives can be read in, each with the initiative's identifier
 * last, so that every order is total and a list can be walked by keyset
 * ({@link RegistryCursor}) as well as by page.
 */
public enum InitiativeSort {

	/** Most recently published first. */
	NEWEST("e.published_at", true),

	/** By title. */
	TITLE("e.sort_title", false),

	/** Latest start first. */
	START("e.start_date", true),

	/** Earliest end first. */
	END("e.end_date", false),

	/** Largest budget in US dollars first; those without one last. */
	BUDGET(InitiativeQueries.USD, true);

	private final String key;

	private final boolean descending;

	InitiativeSort(String key, boolean descending) {
		this.key = key;
		this.descending = descending;
	}

	String order() {
		return ((this == BUDGET) ? "usd" : key) + (descending ? " DESC" : " ASC") + " NULLS LAST, e.initiative_id";
	}

	/** The expression the order sorts by, before the identifier. */
	String key() {
		return key;
	}

	boolean descending() {
		return descending;
	}

}
