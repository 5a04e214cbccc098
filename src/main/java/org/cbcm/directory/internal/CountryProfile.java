package org.cbcm.directory.internal;

import org.cbcm.directory.ProfileContent;
import org.cbcm.records.Record;
import org.cbcm.records.RecordKind;
import org.cbcm.records.RecordRef;
import org.cbcm.records.RecordScope;
import org.cbcm.shared.CountryCode;

/**
 * A country's profile, a national record and a thin kind of the shared {@link Record}:
 * its national users and focal points write it, its focal point publishes it. Every
 * country has one to start, at version 0, until somebody saves it.
 */
public final class CountryProfile extends Record<ProfileContent> {

	/**
	 * The kind of record a country profile is: national, authorised by the focal point.
	 */
	public static final RecordKind KIND = RecordKind.national("country-profile");

	private final CountryCode country;

	private final String countryName;

	/**
	 * @param country whose profile
	 * @param countryName the country's name in English, for reminders and notices
	 * @param state the record as stored
	 */
	CountryProfile(CountryCode country, String countryName, State<ProfileContent> state) {
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
		return "Country profile of " + countryName;
	}

	@Override
	public String path() {
		return "/countries/" + country.value();
	}

	public static RecordRef ref(CountryCode country) {
		return new RecordRef(KIND.name(), country.value());
	}

	public CountryCode country() {
		return country;
	}

}
