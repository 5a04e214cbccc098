package org.cbcm.roster;

import java.util.Locale;
import java.util.Optional;

/**
 * What the roster's search filters listed experts on, each a filter (by its parameter
 * name) and a facet with counts. Values of one facet are alternatives (any of them);
 * facets narrow each other (all of them).
 */
public enum ExpertFacet {

	/** The second level of the areas of expertise ({@link Expertise}). */
	EXPERTISE,

	/** The top level of the areas of expertise ({@link ExpertiseArea}). */
	AREA,

	/** The key elements of the Action Plan the expertise serves, such as 12(c). */
	ELEMENT,

	/** The M49 region of the nominating Party, such as 002 (Africa). */
	REGION,

	/** The nationalities the expert agreed to show. */
	NATIONALITY,

	/** The languages spoken, at the filter's level or better. */
	LANGUAGE,

	/** The gender the expert agreed to show. */
	GENDER,

	/** Whether the expert can take assignments now. */
	AVAILABILITY,

	/** How the expert works on assignments: REMOTE, ON_SITE. */
	WORK;

	/** The name of its filter parameter and of its facet in the API. */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ExpertFacet> ofParameter(String parameter) {
		for (ExpertFacet facet : values()) {
			if (facet.parameter().equals(parameter)) {
				return Optional.of(facet);
			}
		}
		return Optional.empty();
	}

	/** The ways of working on an assignment, the values of {@link #WORK}. */
	public enum Work {

		REMOTE, ON_SITE

	}

}
