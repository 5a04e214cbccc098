package org.cbcm.needs.internal;

import org.cbcm.needs.StrategyContent;
import org.cbcm.records.Record;
import org.cbcm.records.RecordKind;
import org.cbcm.records.RecordScope;
import org.cbcm.shared.CountryCode;

/**
 * A country's national capacity-building strategy and action plan, a national record and
 * a thin kind of the shared {@link Record}: its national users and focal points write it,
 * its focal point publishes it. Every country has one to start, at version 0, until
 * somebody saves it.
 */
public final class StrategyRecord extends Record<StrategyContent> {

	/** The kind of record a strategy is: national, authorised by the focal point. */
	public static final RecordKind KIND = RecordKind.national("strategy");

	private final CountryCode country;

	private final String countryName;

	StrategyRecord(CountryCode country, String countryName, State<StrategyContent> state) {
		super(KIND, RecordScope.of(country), state);
		this.country = country;
		this.countryName = countryName;
	}

	@Override
	public String key() {
		return country.value();
	}

	@Override
	public String title() {
		return "National capacity-building strategy of " + countryName;
	}

	@Override
	public String path() {
		return "/countries/" + country.value() + "/strategy";
	}

	public CountryCode country() {
		return country;
	}

}
