package org.cbcm.initiatives.internal;

/** The orders a list of initiatives can be read in. */
public enum InitiativeSort {

	/** Most recently published first. */
	NEWEST("e.published_at DESC"),

	/** By title. */
	TITLE("e.sort_title ASC"),

	/** Latest start first. */
	START("e.start_date DESC NULLS LAST"),

	/** Earliest end first. */
	END("e.end_date ASC NULLS LAST"),

	/** Largest budget in US dollars first; those without one last. */
	BUDGET("usd DESC NULLS LAST");

	private final String order;

	InitiativeSort(String order) {
		this.order = order;
	}

	String order() {
		return order + ", e.initiative_id";
	}

}
