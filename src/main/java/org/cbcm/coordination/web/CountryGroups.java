package org.cbcm.coordination.web;

import org.cbcm.coordination.CountryGroup;
import org.cbcm.directory.Country;

/**
 * The country group a country falls in for the charts, as {@link CountryGroup} states the
 * rule: the first that holds.
 */
final class CountryGroups {

	private CountryGroups() {
	}

	static CountryGroup of(Country country) {
		if (Boolean.TRUE.equals(country.ldc())) {
			return CountryGroup.LDC;
		}
		if (Boolean.TRUE.equals(country.sids())) {
			return CountryGroup.SIDS;
		}
		if (Boolean.TRUE.equals(country.economyInTransition())) {
			return CountryGroup.ECONOMY_IN_TRANSITION;
		}
		if (Boolean.TRUE.equals(country.centreOfOrigin())) {
			return CountryGroup.CENTRE_OF_ORIGIN;
		}
		if (Boolean.TRUE.equals(country.developing())) {
			return CountryGroup.OTHER_DEVELOPING;
		}
		return CountryGroup.DEVELOPED;
	}

}
