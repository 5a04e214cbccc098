package org.cbcm.coordination;

/**
 * The country groups whose financial resources paragraph 13(e) asks about, each country
 * in the first that holds: least developed, small island developing State, economy in
 * transition, centre of origin or genetic diversity, other developing, developed.
 */
public enum CountryGroup {

	LDC, SIDS, ECONOMY_IN_TRANSITION, CENTRE_OF_ORIGIN, OTHER_DEVELOPING, DEVELOPED

}
