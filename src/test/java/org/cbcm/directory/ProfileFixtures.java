package org.cbcm.directory;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Removes the country profiles a test class wrote, with their revisions and their place
 * in the record registry: before each test, and after it, so that the next class in the
 * same test JVM (which two JVMs spread differently from run to run) reads the countries
 * as the reference data has them (Kenya is no centre of origin there).
 */
public final class ProfileFixtures {

	private ProfileFixtures() {
	}

	public static void clear(JdbcClient jdbc, String... countries) {
		List<String> codes = List.of(countries);
		jdbc.sql("DELETE FROM country_profile WHERE country_code IN (:codes)").param("codes", codes).update();
		// What a published profile wrote on the country, which the reference data leaves
		// unsaid.
		jdbc.sql("UPDATE country SET centre_of_origin = NULL, centre_of_origin_note = NULL WHERE code IN (:codes)")
			.param("codes", codes)
			.update();
		jdbc.sql("DELETE FROM record_revision WHERE record_kind = 'country-profile' AND record_id IN (:codes)")
			.param("codes", codes)
			.update();
		jdbc.sql("DELETE FROM record_registry WHERE record_kind = 'country-profile' AND record_id IN (:codes)")
			.param("codes", codes)
			.update();
	}

}
