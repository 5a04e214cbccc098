package org.cbcm.directory;

/** The orders a list of countries can take. */
public enum CountrySort {

	/** By name in the reader's language. */
	NAME,

	/** By region, sub-region, then name. */
	REGION,

	/**
	 * Parties first, in the order the Protocol entered into force for them, then the
	 * others by name.
	 */
	PARTY_SINCE

}
