package org.cbcm.directory.internal;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.shared.CountryCode;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing the reference files again never overwrites what people edited in cbcm. */
@IntegrationTest
class CountryImportTests {

	@Autowired
	CountryImport countryImport;

	@Autowired
	OrganisationImport organisationImport;

	@Autowired
	CountryDirectory countries;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void restore() {
		jdbc.sql(
				"UPDATE country SET centre_of_origin = NULL, centre_of_origin_note = NULL, ldc = FALSE WHERE code = 'MEX'")
			.update();
		jdbc.sql("UPDATE organisation SET version = 0 WHERE reference_key = 'gef'").update();
		jdbc.sql("DELETE FROM reference_data_import WHERE name IN ('countries', 'organisations')").update();
		countryImport.importIfChanged();
		organisationImport.importIfChanged();
	}

	@Test
	void keeps_the_centre_of_origin_and_restores_the_classifications() {
		jdbc.sql(
				"UPDATE country SET centre_of_origin = TRUE, centre_of_origin_note = 'Maize', ldc = TRUE WHERE code = 'MEX'")
			.update();
		jdbc.sql("DELETE FROM reference_data_import WHERE name = 'countries'").update();

		countryImport.importIfChanged();

		assertThat(countries.get(CountryCode.of("MEX"))).satisfies(mexico -> {
			assertThat(mexico.centreOfOrigin()).isTrue();
			assertThat(mexico.centreOfOriginNote()).isEqualTo("Maize");
			assertThat(mexico.ldc()).isFalse();
		});
		assertThat(countries.all()).hasSize(250);
	}

	@Test
	void keeps_an_organisation_edited_in_cbcm() {
		// Saved by the Secretariat as a record: a later version, with who saved it.
		jdbc.sql("UPDATE organisation SET name = 'Edited', version = 2, updated_by = :by, updated_by_name = 'S' "
				+ "WHERE reference_key = 'gef'")
			.param("by", java.util.UUID.randomUUID())
			.update();
		jdbc.sql("UPDATE organisation SET name = 'Also edited' WHERE reference_key = 'unep'").update();
		jdbc.sql("DELETE FROM reference_data_import WHERE name = 'organisations'").update();

		organisationImport.importIfChanged();

		assertThat(name("gef")).isEqualTo("Edited");
		assertThat(name("unep")).isEqualTo("United Nations Environment Programme");
		jdbc.sql("UPDATE organisation SET name = 'Global Environment Facility', version = 1, updated_by = NULL, "
				+ "updated_by_name = '' WHERE reference_key = 'gef'")
			.update();
	}

	private String name(String key) {
		return jdbc.sql("SELECT name FROM organisation WHERE reference_key = :key")
			.param("key", key)
			.query(String.class)
			.single();
	}

}
