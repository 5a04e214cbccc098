package org.cbcm.directory.internal;

import java.util.List;

import org.cbcm.directory.OrganisationContent;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.directory.OrganisationType;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.OrganisationId;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference-data import writes organisations as published records, follows the file
 * for those nobody saved, and never overwrites what the Secretariat saved.
 */
@IntegrationTest
class OrganisationImportTests {

	@Autowired
	OrganisationImport imports;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void clear() {
		jdbc.sql("DELETE FROM record_revision WHERE record_kind = 'organisation'").update();
		jdbc.sql("DELETE FROM organisation WHERE reference_key LIKE 'test-%'").update();
	}

	static OrganisationImport.Entry entry(String key, String name) {
		return new OrganisationImport.Entry(key, name, null, OrganisationType.NGO, "KEN", null, null);
	}

	@Test
	void the_file_is_followed_until_the_secretariat_saves_an_organisation() {
		imports.importEntries(List.of(entry("test-a", "Alpha"), entry("test-b", "Beta")));
		OrganisationId a = new OrganisationId(OrganisationImport.idOf("test-a"));
		OrganisationId b = new OrganisationId(OrganisationImport.idOf("test-b"));
		assertThat(directory.get(a).name()).isEqualTo("Alpha");

		var secretariat = TestAccounts.viewerOf(TestAccounts.in(context).admin());
		organisations.save(a, 1,
				new OrganisationContent("Alpha Foundation", null, OrganisationType.NGO, null, null, null, null), null,
				secretariat);
		imports.importEntries(List.of(entry("test-a", "Alpha renamed"), entry("test-b", "Beta renamed")));

		assertThat(organisations.view(a, secretariat).working().name()).isEqualTo("Alpha Foundation");
		assertThat(directory.get(a).name()).isEqualTo("Alpha");
		assertThat(directory.get(b).name()).isEqualTo("Beta renamed");
	}

}
