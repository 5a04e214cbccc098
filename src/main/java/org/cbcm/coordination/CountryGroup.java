package org.cbcm.coordination;

import org.cbcm.directory.Country;

/**
 * The country groups whose financial resources paragraph 13(e) asks about, each country
 * in the first that holds: least developed, small island developing State, economy in
 * transition, centre of origin or genetic diversity, other developing, developed.
 */
public enum CountryGroup {

	LDC, SIDS, ECONOMY_IN_TRANSITION, CENTRE_OF_ORIGIN, OTHER_DEVELOPING, DEVELOPED;

	/** The group a country's money and requirements count in: the first that holds. */
	public static CountryGroup of(Country country) {
		if (Boolean.TRUE.equals(country.ldc())) {
			return LDC;
		}
		if (Boolean.TRUE.equals(country.sids())) {
			return SIDS;
		}
		if (Boolean.TRUE.equals(country.economyInTransition())) {
			return ECONOMY_IN_TRANSITION;
		}
		if (Boolean.TRUE.equals(country.centreOfOrigin())) {
			return CENTRE_OF_ORIGIN;
		}
		if (Boolean.TRUE.equals(country.developing())) {
			return OTHER_DEVELOPING;
		}
		return DEVELOPED;
	}

}
