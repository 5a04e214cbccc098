package org.cbcm.directory;

import java.util.List;
import java.util.Map;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations another module proposes (an import's unknown ones): each once, none the
 * directory holds by name, acronym (case, accents and spaces aside) or IATI identifier,
 * one with a bad IATI identifier without it (a proposed one counts as held), one without
 * a name not at all.
 */
@IntegrationTest
class OrganisationProposalsTests {

	@Autowired
	OrganisationProposals proposals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	Viewer secretariat;

	@BeforeEach
	void setUp() {
		secretariat = TestAccounts.viewerOf(TestAccounts.in(context).admin());
		clear();
	}

	@AfterEach
	void clear() {
		jdbc.sql("DELETE FROM record_revision WHERE record_kind = 'organisation' AND record_id IN "
				+ "(SELECT CAST(id AS VARCHAR(36)) FROM organisation WHERE status <> 'PUBLISHED')")
			.update();
		jdbc.sql("DELETE FROM organisation WHERE status <> 'PUBLISHED'").update();
	}

	@Test
	void each_is_proposed_once_unless_the_directory_holds_it_and_a_bad_identifier_is_left_out() {
		Map<String, Object> known = jdbc.sql(
				"SELECT name, acronym FROM organisation WHERE acronym IS NOT NULL ORDER BY name FETCH FIRST 1 ROWS ONLY")
			.query()
			.singleRow();
		assertThat(proposals.proposeUnlessKnown(List.of(proposal("Fondation Biosécurité Sahel", "SN-RC-2019-B-12345")),
				secretariat))
			.isEqualTo(1);

		int proposed = proposals.proposeUnlessKnown(
				List.of(proposal("Réseau Biosécurité Océan Indien", "not an identifier"),
						proposal("  RESEAU biosecurite   océan  indien ", null),
						proposal(((String) known.get("name")).toUpperCase(java.util.Locale.ROOT), null),
						proposal(" " + ((String) known.get("acronym")).toLowerCase(java.util.Locale.ROOT), null),
						proposal("A name the directory lacks", "sn-rc-2019-b-12345"), proposal("", "XM-DAC-99999")),
				secretariat);

		assertThat(proposed).isEqualTo(1);
		assertThat(jdbc
			.sql("SELECT name, iati_identifier, status FROM organisation WHERE status <> 'PUBLISHED' "
					+ "AND name <> 'Fondation Biosécurité Sahel'")
			.query()
			.listOfRows()).singleElement().satisfies(row -> {
				assertThat(row.get("name")).isEqualTo("Réseau Biosécurité Océan Indien");
				assertThat(row.get("iati_identifier")).as("the bad identifier left out").isNull();
				assertThat(row.get("status")).isEqualTo("SUBMITTED");
			});
		assertThat(
				proposals.proposeUnlessKnown(List.of(proposal("reseau biosecurite ocean indien", null)), secretariat))
			.as("proposed already")
			.isZero();
	}

	private static OrganisationProposals.Proposal proposal(String name, String iatiIdentifier) {
		return new OrganisationProposals.Proposal(
				new OrganisationContent(name, null, OrganisationType.NGO, null, iatiIdentifier, null, null),
				"Named in a file");
	}

}
