package org.cbcm.directory.internal;

import org.cbcm.directory.ProfileContent;
import org.cbcm.records.RecordLifecycle.Readers;
import org.cbcm.records.RecordLifecycle.Rules;
import org.cbcm.records.RecordLifecycles;
import org.cbcm.records.RecordUseCases;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of country profiles, on the shared record lifecycle: anyone reads the
 * published profile, the country's people and the Secretariat the working copy and its
 * history; only its history's owners read that. Publishing also states publicly whether
 * the country is a centre of origin; archiving withdraws that.
 */
@Service
@Transactional
public class ProfileManagement extends RecordUseCases<CountryCode, ProfileContent, CountryProfile> {

	private final JdbcClient jdbc;

	ProfileManagement(CountryProfiles profiles, RecordLifecycles lifecycles, JdbcClient jdbc) {
		super(lifecycles.of(CountryProfile.KIND.name(), profiles, Readers.OWNERS_READ_HISTORY, Rules.none(),
				code -> new NotFoundException("country.not-found", code)));
		this.jdbc = jdbc;
	}

	@Override
	protected void moved(CountryCode country, CountryProfile profile, Transition transition) {
		if (transition == Transition.PUBLISH || transition == Transition.ARCHIVE) {
			// What the country says publicly goes with its published profile.
			ProfileContent published = profile.published();
			jdbc.sql("UPDATE country SET centre_of_origin = :centre, centre_of_origin_note = :note WHERE code = :code")
				.param("centre", (published != null) ? published.centreOfOrigin() : null)
				.param("note", (published != null) ? published.centreOfOriginNote() : null)
				.param("code", country.value())
				.update();
		}
	}

}
