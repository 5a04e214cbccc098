package org.cbcm.directory;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A UN grouping of countries that the Action Plan cares about (paragraph 9: developing
 * countries, in particular the least developed and small island developing States, and
 * countries with economies in transition), and being a Party. Filters and maps use them.
 */
public enum Classification {

	/** Least developed country (UN-OHRLLS list, as in UNSD M49). */
	LDC(Country::ldc),

	/** Land-locked developing country. */
	LLDC(Country::lldc),

	/** Small island developing State (the UNSD M49 flag). */
	SIDS(Country::sids),

	/** Developing country in the UNSD M49 grouping (about 2017). */
	DEVELOPING(Country::developing),

	/** Economy in transition (UN DESA, World Economic Situation and Prospects). */
	EIT(Country::economyInTransition),

	/** Party to the Cartagena Protocol. */
	PARTY(country -> country.cartagenaParty());

	private final Function<Country, @Nullable Boolean> flag;

	Classification(Function<Country, @Nullable Boolean> flag) {
		this.flag = flag;
	}

	/** Whether the country falls in the group; null when the source says nothing. */
	public @Nullable Boolean of(Country country) {
		return flag.apply(country);
	}

}
