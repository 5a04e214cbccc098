package org.cbcm.web;

/**
 * What a page is about, for the modules that add sections to it: a country, an
 * organisation, or an item of the Action Plan.
 *
 * @param kind the kind of page
 * @param id the country's code, the organisation's identifier, or the item's code
 */
public record PageSubject(Kind kind, String id) {

	/** The pages other modules may add sections to. */
	public enum Kind {

		/** {@code /countries/{code}} */
		COUNTRY,

		/** {@code /organisations/{id}} */
		ORGANISATION,

		/** {@code /action-plan/items/{code}} */
		PLAN_ITEM

	}

	public static PageSubject country(String code) {
		return new PageSubject(Kind.COUNTRY, code);
	}

	public static PageSubject organisation(String id) {
		return new PageSubject(Kind.ORGANISATION, id);
	}

	public static PageSubject planItem(String code) {
		return new PageSubject(Kind.PLAN_ITEM, code);
	}

}
