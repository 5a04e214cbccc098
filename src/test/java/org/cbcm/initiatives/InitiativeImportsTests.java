package org.cbcm.initiatives;

import java.util.List;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.initiatives.InitiativeImports.ExternalId;
import org.cbcm.initiatives.InitiativeImports.Imported;
import org.cbcm.initiatives.InitiativeImports.Outcome;
import org.cbcm.initiatives.InitiativeImports.Written;
import org.cbcm.initiatives.internal.InitiativeManagement;
import org.cbcm.records.RecordScope;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Imports by the publisher's identifier: the same content again changes nothing, changed
 * content is a new revision of the same initiative naming the import, a refused
 * initiative is reported and the rest of its batch goes on, an archived one is left as it
 * is, and only the Secretariat imports.
 */
@IntegrationTest
class InitiativeImportsTests {

	private static final String IMPORT = "IATI import 1 (undp.xml)";

	private static final ExternalId FIRST = new ExternalId("XM-DAC-41114", "XM-DAC-41114-00012345");

	private static final ExternalId SECOND = new ExternalId("XM-DAC-41114", "XM-DAC-41114-00067890");

	@Autowired
	InitiativeImports imports;

	@Autowired
	InitiativeManagement initiatives;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	Viewer secretariat;

	Viewer focalPoint;

	@BeforeEach
	void setUp() {
		TestAccounts people = TestAccounts.in(context);
		secretariat = TestAccounts.viewerOf(people.admin());
		focalPoint = TestAccounts.viewerOf(people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN")));
		InitiativeApiTests.clear(jdbc);
	}

	@Test
	void the_same_content_again_changes_nothing_and_changed_content_is_a_new_revision() {
		List<Written> first = imports.write(
				List.of(imported(FIRST, "Detection laboratories in Kenya", true),
						imported(SECOND, "Public awareness of biosafety", false)),
				IMPORT, "Imported by " + IMPORT, secretariat);
		assertThat(first).extracting(Written::outcome).containsExactly(Outcome.CREATED, Outcome.CREATED);
		InitiativeId kenya = first.get(0).id();
		assertThat(initiatives.view(kenya, secretariat).status()).isEqualTo(RecordStatus.PUBLISHED);
		assertThat(initiatives.view(first.get(1).id(), secretariat).status()).isEqualTo(RecordStatus.DRAFT);
		assertThat(imports.find(List.of(FIRST, SECOND, new ExternalId("XM-DAC-41114", "other"))))
			.containsEntry(FIRST, kenya)
			.containsEntry(SECOND, first.get(1).id())
			.hasSize(2);
		assertThat(imports.externals(List.of(kenya))).containsEntry(kenya, FIRST);

		List<Written> again = imports.write(
				List.of(imported(FIRST, "Detection laboratories in Kenya", true),
						imported(SECOND, "Public awareness of biosafety", false)),
				"IATI import 2", "Imported by IATI import 2", secretariat);
		assertThat(again).extracting(Written::outcome).containsExactly(Outcome.UNCHANGED, Outcome.UNCHANGED);
		assertThat(again).extracting(Written::id).containsExactly(kenya, first.get(1).id());
		assertThat(initiatives.history(kenya, secretariat)).hasSize(1);

		List<Written> changed = imports.write(
				List.of(imported(FIRST, "Detection laboratories in Kenya, phase 2", true)), "IATI import 3",
				"Imported by IATI import 3", secretariat);
		assertThat(changed).singleElement().satisfies(written -> {
			assertThat(written.outcome()).isEqualTo(Outcome.UPDATED);
			assertThat(written.id()).isEqualTo(kenya);
		});
		var view = initiatives.view(kenya, secretariat);
		assertThat(view.status()).isEqualTo(RecordStatus.PUBLISHED);
		assertThat(view.published().title()).isEqualTo("Detection laboratories in Kenya, phase 2");
		assertThat(initiatives.history(kenya, secretariat)).extracting(org.cbcm.records.Revision::comment)
			.as("the change's revision, then its publication")
			.containsExactly(null, "Imported by IATI import 3", "Imported by " + IMPORT);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void a_refused_initiative_is_reported_and_the_rest_of_its_batch_goes_on() {
		List<Written> written = imports.write(
				List.of(imported(FIRST, "", true), imported(SECOND, "Public awareness of biosafety", true)), IMPORT,
				"Imported", secretariat);

		assertThat(written.get(0).outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(written.get(0).id()).isNull();
		assertThat(written.get(0).problems()).extracting(InvalidRequestException::parameter).contains("title");
		assertThat(written.get(1).outcome()).isEqualTo(Outcome.CREATED);
		assertThat(imports.find(List.of(FIRST, SECOND))).containsOnlyKeys(SECOND);
	}

	@Test
	void an_archived_initiative_is_left_as_it_is() {
		InitiativeId id = imports
			.write(List.of(imported(FIRST, "Detection laboratories in Kenya", true)), IMPORT, "Imported", secretariat)
			.get(0)
			.id();
		initiatives.move(id, initiatives.view(id, secretariat).version(), Transition.ARCHIVE, null, secretariat);

		List<Written> again = imports.write(List.of(imported(FIRST, "Detection laboratories in Kenya, phase 2", true)),
				"IATI import 2", "Imported", secretariat);

		assertThat(again.get(0).outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(again.get(0).problems()).extracting(InvalidRequestException::messageKey)
			.containsExactly("initiative.external.archived");
		assertThat(initiatives.view(id, secretariat).status()).isEqualTo(RecordStatus.ARCHIVED);
	}

	@Test
	void only_the_secretariat_imports_and_a_batch_naming_one_initiative_twice_stores_nothing() {
		assertThatThrownBy(
				() -> imports.write(List.of(imported(FIRST, "Detection", true)), IMPORT, "Imported", focalPoint))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> imports.write(
				List.of(imported(FIRST, "Detection", true), imported(FIRST, "Detection again", true)), IMPORT,
				"Imported", secretariat))
			.isInstanceOf(InvalidRequestException.class);
		assertThatThrownBy(() -> new ExternalId("XM-DAC-41114", " ")).isInstanceOf(InvalidRequestException.class);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative").query(Long.class).single()).isZero();
	}

	private static Imported imported(ExternalId external, String title, boolean publish) {
		InitiativeContent content = new InitiativeContent(title, null, "Imported from a publisher's file.", null,
				InitiativeType.PROJECT, null, ImplementationStatus.ONGOING, null, null, null, null, null, null, null,
				null);
		return new Imported(external, RecordScope.of(InitiativeApiTests.UNEP), content, publish);
	}

}
