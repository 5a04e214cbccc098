package org.cbcm.initiatives.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * What published initiatives are filed under, each a filter of the search (by its
 * parameter name) and a facet with counts.
 */
public enum Facet {

	/** The countries it works in (ISO alpha-3, or EU). */
	COUNTRY,

	/**
	 * The M49 regions, sub-regions and intermediate regions its countries lie in or it
	 * names (parameter {@code region}).
	 */
	REGION,

	/** The country groups its countries belong to: LDC, LLDC, SIDS, EIT, DEVELOPING. */
	GROUP,

	/** Its donors (organisation identifiers). */
	DONOR,

	/** Its implementing and executing agencies. */
	IMPLEMENTER,

	/** Every organisation taking part, in any role. */
	ORGANISATION,

	/**
	 * The key elements and sub-elements it addresses; a sub-element files it under its
	 * key element too.
	 */
	ELEMENT,

	/** The implementation activities it carries out. */
	ACTIVITY,

	/** Its implementation status. */
	STATUS,

	/** Programme, project, activity. */
	TYPE,

	/** The funding source category of the Action Plan, 13(d)(i)–(vi). */
	SOURCE,

	/** Categories of capacity development. */
	CATEGORY,

	/** Target groups. */
	TARGET,

	/** Geographic scope. */
	SCOPE,

	/**
	 * What the countries it names say of it: ENDORSED, COMMENTED, DISPUTED where one of
	 * them says so, NONE where one of them has not answered.
	 */
	ENDORSEMENT;

	/** The name of its filter parameter and of its facet in the API. */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Facet> ofParameter(String parameter) {
		for (Facet facet : values()) {
			if (facet.parameter().equals(parameter)) {
				return Optional.of(facet);
			}
		}
		return Optional.empty();
	}

}
