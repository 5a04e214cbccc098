package org.cbcm.exchange.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativeImports;
import org.cbcm.initiatives.InitiativeImports.ExternalId;
import org.cbcm.initiatives.ParticipantRole;
import org.cbcm.initiatives.internal.InitiativeManagement;
import org.cbcm.records.RecordStatus;
import org.cbcm.shared.ConflictException;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Paging;
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
 * IATI imports end to end through the use cases, on the real registry: a publisher's file
 * is read into a preview without writing anything, the rule keeps its biosafety
 * activities, proposed key elements are accepted, the run writes them through the
 * registry, and running the same file again changes nothing; a changed activity becomes a
 * revision; what cannot be written is skipped with its reason; an import cut short runs
 * again to the same end; only the Secretariat imports, and a file that is not IATI XML is
 * refused with a message.
 */
@IntegrationTest
class IatiImportsTests {

	static final ExternalId KENYA = new ExternalId("XM-DAC-41116", "XM-DAC-41116-BIOSAFETY-KE-UG");

	static final ExternalId GHANA = new ExternalId("XM-DAC-41116", "XM-DAC-41116-LMO-DETECTION-GH");

	@Autowired
	IatiImports imports;

	@Autowired
	ImportRun run;

	@Autowired
	InitiativeImports registry;

	@Autowired
	InitiativeManagement initiatives;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	Viewer secretariat;

	Viewer focalPoint;

	ImportFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = ImportFixture.of(context);
		secretariat = fixture.secretariat();
		focalPoint = fixture.focalPoint();
	}

	static void clear(JdbcClient jdbc) {
		ImportFixture.clear(jdbc);
	}

	@Test
	void a_file_is_previewed_then_its_biosafety_activities_imported_and_importing_it_again_changes_nothing()
			throws Exception {
		UUID id = upload("import-unep-2.03.xml");

		Imports.Stored stored = imports.get(id, secretariat);
		assertThat(stored.status()).isEqualTo(ImportStatus.READY);
		assertThat(stored.summary().activities()).isEqualTo(4);
		assertThat(stored.summary().versions()).containsExactly("2.03");
		assertThat(stored.summary().publishers()).containsEntry("XM-DAC-41116", 4);
		assertThat(stored.summary().currencies()).containsKeys("USD", "EUR", "XYZ");
		assertThat(stored.summary().foreign()).isNotEmpty();
		assertThat(registry.find(List.of(KENYA, GHANA))).as("nothing written by a preview").isEmpty();
		assertThat(imports.counts(id, secretariat)).containsEntry("kept", 3L).containsEntry("chosen", 3L);
		List<Imports.Activity> kept = imports.activities(id, Imports.Shown.KEPT, new Paging(0, 10), secretariat)
			.content();
		assertThat(kept).extracting(Imports.Activity::identifier)
			.containsExactly(KENYA.identifier(), GHANA.identifier(), "XM-DAC-41116-GMO-REGIONAL");
		assertThat(kept.get(0).proposed()).as("proposed from the words of the Kenyan one").isNotEmpty();
		assertThat(kept.get(1).exact()).isTrue();
		assertThat(kept.get(1).elements()).containsExactly("12(h)=70", "12(b)=30");

		assertThat(imports.acceptProposals(id, secretariat)).isEqualTo(2);
		imports.start(id, true, secretariat);
		Imports.Stored done = finished(id);

		assertThat(done.status()).isEqualTo(ImportStatus.DONE);
		ImportReport report = done.report();
		assertThat(report.created()).isEqualTo(3);
		assertThat(report.organisations().keySet()).anyMatch(name -> name.contains("National Biosafety Authority"));
		assertThat(report.proposed()).as("proposed to the directory, for the Secretariat to accept").isEqualTo(1);
		assertThat(jdbc.sql("SELECT status FROM organisation WHERE name = 'National Biosafety Authority of Kenya'")
			.query(String.class)
			.single()).isEqualTo("SUBMITTED");
		InitiativeId kenya = registry.find(List.of(KENYA)).get(KENYA);
		var view = initiatives.view(kenya, secretariat);
		assertThat(view.status()).isEqualTo(RecordStatus.PUBLISHED);
		InitiativeContent content = view.published();
		assertThat(content.title()).isEqualTo("Implementing national biosafety frameworks in Kenya and Uganda");
		assertThat(content.geography().countries()).extracting(share -> share.country().value())
			.containsExactly("KEN", "UGA");
		assertThat(content.funding().currency()).isEqualTo("USD");
		assertThat(content.funding().totalBudget()).isEqualByComparingTo("1200000");
		assertThat(registry.origin(kenya).orElseThrow().classifications())
			.as("the publisher's sector and marker kept beside it, named")
			.containsExactly(
					new InitiativeImports.Classification(InitiativeImports.Classification.Kind.SECTOR, "1", "41030",
							"Biodiversity", "100"),
					new InitiativeImports.Classification(InitiativeImports.Classification.Kind.POLICY_MARKER, "1", "5",
							"Aid Targeting the Objectives of the Convention on Biological Diversity", "2"));
		assertThat(registry.origin(registry.find(List.of(GHANA)).get(GHANA)).orElseThrow().classifications())
			.as("cbcm's own codes are its key elements, not kept twice")
			.isEmpty();
		assertThat(content.funding().years()).hasSize(2);
		assertThat(content.funding().years().get(1).disbursed()).as("disbursement and expenditure of 2025")
			.isEqualByComparingTo("350000");
		assertThat(content.participants()).extracting(InitiativeContent.Participant::role)
			.contains(ParticipantRole.DONOR, ParticipantRole.IMPLEMENTING_AGENCY);
		assertThat(content.focus().keyElements()).isNotEmpty();
		assertThat(content.results().indicators()).singleElement()
			.satisfies(indicator -> assertThat(indicator.baseline()).isNull());
		InitiativeContent ghana = initiatives.view(registry.find(List.of(GHANA)).get(GHANA), secretariat).published();
		assertThat(ghana.focus().keyElements())
			.extracting(
					share -> share.element().value() + "=" + share.percentage().stripTrailingZeros().toPlainString())
			.containsExactly("12(h)=70", "12(b)=30");

		UUID again = upload("import-unep-2.03.xml");
		assertThat(imports.activities(again, Imports.Shown.KEPT, new Paging(0, 10), secretariat)
			.content()
			.get(0)
			.elements()).as("the elements chosen at the first import")
			.isEqualTo(kept.get(0).proposed().stream().map(Imports.Proposal::element).toList());
		imports.choose(again, List.of(new IatiImports.Choice(kept.get(0).position(), true,
				kept.get(0).proposed().stream().map(Imports.Proposal::element).toList())), secretariat);
		imports.start(again, true, secretariat);
		ImportReport second = finished(again).report();
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.unchanged()).isEqualTo(3);
		assertThat(second.proposed()).as("proposed once").isZero();
		assertThat(initiatives.history(kenya, secretariat)).hasSize(1);

		UUID third = upload("import-unep-2.03.xml");
		imports.choose(third, List.of(new IatiImports.Choice(kept.get(0).position(), true, List.of("12(c)"))),
				secretariat);
		imports.start(third, true, secretariat);
		finished(third);
		assertThat(
				imports.activities(upload("import-unep-2.03.xml"), Imports.Shown.KEPT, new Paging(0, 10), secretariat)
					.content()
					.get(0)
					.elements())
			.as("a choice changed at a later import is remembered in place of the first")
			.containsExactly("12(c)");
	}

	@Test
	void a_changed_activity_becomes_a_revision_and_what_cannot_be_written_is_skipped_with_its_reason()
			throws Exception {
		UUID first = upload("import-unep-2.03.xml");
		imports.start(first, false, secretariat);
		finished(first);
		InitiativeId kenya = registry.find(List.of(KENYA)).get(KENYA);
		assertThat(initiatives.view(kenya, secretariat).status()).as("drafts unless published at once")
			.isEqualTo(RecordStatus.DRAFT);

		String changed = text("import-unep-2.03.xml").replace("in Kenya and Uganda</narrative>",
				"in Kenya and Uganda, phase 2</narrative>");
		UUID second = imports.upload("changed.xml", new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)),
				"en", null, secretariat);
		imports.start(second, false, secretariat);
		ImportReport report = finished(second).report();
		assertThat(report.updated()).isEqualTo(1);
		assertThat(report.unchanged()).isEqualTo(2);
		assertThat(initiatives.view(kenya, secretariat).working().title()).endsWith("phase 2");
		assertThat(initiatives.history(kenya, secretariat).get(0).comment()).contains("changed.xml");

		UUID fao = upload("wild-mixed-1.03-2.01.xml");
		imports.select(fao, "ALL", null, secretariat);
		imports.start(fao, false, secretariat);
		Imports.Stored done = finished(fao);
		assertThat(done.report().created()).isZero();
		assertThat(imports.activities(fao, Imports.Shown.SKIPPED, new Paging(0, 10), secretariat).content())
			.isNotEmpty()
			.allSatisfy(activity -> assertThat(activity.reason()).contains("not in the directory"));
	}

	@Test
	void an_import_cut_short_runs_again_to_the_same_end() throws Exception {
		UUID id = upload("import-unep-2.03.xml");
		jdbc.sql("UPDATE exchange_import SET status = 'RUNNING' WHERE id = :id").param("id", id).update();
		assertThatThrownBy(() -> imports.select(id, "ALL", null, secretariat)).isInstanceOf(ConflictException.class);
		run.interrupted();
		assertThat(imports.get(id, secretariat).status()).isEqualTo(ImportStatus.INTERRUPTED);

		imports.start(id, true, secretariat);
		assertThat(finished(id).report().created()).isEqualTo(3);
		imports.start(id, true, secretariat);
		assertThat(finished(id).report().unchanged()).isEqualTo(3);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative").query(Long.class).single()).isEqualTo(3);
		assertThatThrownBy(() -> imports.cancel(id, secretariat)).isInstanceOf(ConflictException.class);
	}

	@Test
	void a_cancelled_run_stops_before_its_next_batch_and_runs_again_to_the_same_end() throws Exception {
		UUID id = upload("import-unep-2.03.xml");
		jdbc.sql("UPDATE exchange_import SET status = 'CANCELLING' WHERE id = :id").param("id", id).update();

		run.run(id, secretariat);

		Imports.Stored cancelled = imports.get(id, secretariat);
		assertThat(cancelled.status()).isEqualTo(ImportStatus.CANCELLED);
		assertThat(cancelled.report().created()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative").query(Long.class).single()).isZero();
		imports.start(id, true, secretariat);
		assertThat(finished(id).report().created()).isEqualTo(3);
	}

	@Test
	void a_file_of_several_batches_is_written_whole_and_a_file_that_cannot_be_read_again_fails_the_run()
			throws Exception {
		String file = text("import-unep-2.03.xml");
		int ghanaAt = file.indexOf("<iati-activity", file.indexOf("XM-DAC-41116-ENERGY-ML"));
		String ghana = file.substring(ghanaAt, file.indexOf("</iati-activity>", ghanaAt) + "</iati-activity>".length());
		StringBuilder many = new StringBuilder(file.substring(0, file.indexOf("<iati-activity ")));
		int size = ImportRun.BATCH * 2 + 17;
		for (int i = 0; i < size; i++) {
			many.append(ghana.replace(GHANA.identifier(), GHANA.identifier() + "-" + i)).append('\n');
		}
		many.append("</iati-activities>\n");
		UUID id = imports.upload("many.xml", new ByteArrayInputStream(many.toString().getBytes(StandardCharsets.UTF_8)),
				"en", null, secretariat);
		assertThat(imports.counts(id, secretariat)).containsEntry("chosen", (long) size);

		// As drafts: 1,017 copies of one activity published would keep the duplicate
		// detection busy long after this test.
		imports.start(id, false, secretariat);
		Imports.Stored done = finished(id);
		assertThat(done.status()).isEqualTo(ImportStatus.DONE);
		assertThat(done.report().created()).as("every batch, the last one short").isEqualTo(size);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative").query(Long.class).single()).isEqualTo(size);

		// The file kept is no longer IATI XML, as a fault of the storage would leave it.
		java.io.ByteArrayOutputStream broken = new java.io.ByteArrayOutputStream();
		try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(broken)) {
			gzip.write("not xml at all".getBytes(StandardCharsets.UTF_8));
		}
		jdbc.sql("UPDATE exchange_import_file SET content = :content WHERE import_id = :id")
			.param("content", broken.toByteArray())
			.param("id", id)
			.update();
		imports.start(id, false, secretariat);
		Imports.Stored failed = finished(id);
		assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(failed.report().fault()).as("why, for the person").isNotBlank();
		assertThat(failed.report().created() + failed.report().unchanged()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative").query(Long.class).single()).isEqualTo(size);
	}

	@Test
	void only_the_secretariat_imports_and_a_file_that_is_not_iati_xml_is_refused() throws Exception {
		assertThatThrownBy(() -> imports.upload("a.xml", resource("import-unep-2.03.xml"), "en", null, focalPoint))
			.isInstanceOf(ForbiddenException.class);
		for (String bad : List.of("", "not xml at all",
				"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><iati-activities/>")) {
			assertThatThrownBy(
					() -> imports.upload("bad.xml", new ByteArrayInputStream(bad.getBytes()), "en", null, secretariat))
				.as(bad)
				.isInstanceOf(InvalidRequestException.class);
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM exchange_import").query(Long.class).single()).isZero();
		String truncated = text("import-unep-2.03.xml").substring(0, 5000);
		UUID cut = imports.upload("cut.xml", new ByteArrayInputStream(truncated.getBytes(StandardCharsets.UTF_8)), "en",
				null, secretariat);
		assertThat(imports.get(cut, secretariat).summary().broken()).as("where the file broke off").isNotNull();
		assertThatThrownBy(() -> imports.upload("a.xml", resource("import-unep-2.03.xml"), "xx", null, secretariat))
			.isInstanceOf(InvalidRequestException.class);
		assertThatThrownBy(() -> imports.select(UUID.randomUUID(), "ALL", null, secretariat))
			.isInstanceOf(org.cbcm.shared.NotFoundException.class);
		UUID id = upload("import-unep-2.03.xml");
		assertThatThrownBy(() -> imports.select(id, "KEYWORDS", "", secretariat))
			.isInstanceOf(InvalidRequestException.class);
		assertThatThrownBy(() -> imports.start(id, true, focalPoint)).isInstanceOf(ForbiddenException.class);
		assertThat(imports.counts(id, secretariat)).containsEntry("kept", 3L);
	}

	/**
	 * The official examples (2.01, 2.02, 2.03) and a 1.03 file of the wild each map to
	 * content the registry accepts, with what they hold where cbcm holds it; their
	 * publisher, unknown to the directory, is matched once the directory holds it.
	 */
	@Test
	void the_official_examples_and_a_1_0x_file_map_to_initiatives_the_registry_accepts() throws Exception {
		var examplePublisher = new org.cbcm.directory.Organisation(
				new org.cbcm.shared.OrganisationId(UUID.randomUUID()), "Agency A", "AA",
				org.cbcm.directory.OrganisationType.BILATERAL_AGENCY, null, null, null, "AA-AAA-123456789");
		var fao = new org.cbcm.directory.Organisation(new org.cbcm.shared.OrganisationId(UUID.randomUUID()),
				"Food and Agriculture Organization", "FAO", org.cbcm.directory.OrganisationType.UN_BODY, null, null,
				null, null);
		List<org.cbcm.directory.Organisation> organisations = new java.util.ArrayList<>(
				context.getBean(org.cbcm.directory.OrganisationDirectory.class).all());
		organisations.add(examplePublisher);
		organisations.add(fao);
		var countries = context.getBean(org.cbcm.directory.CountryDirectory.class);
		var codelists = context.getBean(org.cbcm.exchange.internal.iati.IatiCodelists.class);
		var mapping = new org.cbcm.exchange.internal.iati.IatiMapping(
				new org.cbcm.exchange.internal.iati.ImportDirectory(countries.all(), countries.regions(),
						organisations),
				java.util.Map.of(), codelists::m49Region);
		for (String file : List.of("examples/activity-standard-example-annotated-2.01.xml",
				"examples/activity-standard-example-annotated-2.02.xml",
				"examples/activity-standard-example-annotated-2.03.xml", "wild-mixed-1.03-2.01.xml")) {
			List<org.cbcm.exchange.internal.iati.IatiMapping.Mapped> mapped = new java.util.ArrayList<>();
			try (InputStream in = resource(file)) {
				new org.cbcm.exchange.internal.iati.IatiReader("en").read(in,
						activity -> mapped.add(mapping.map(activity, List.of())));
			}
			assertThat(mapped).as(file).isNotEmpty();
			for (var one : mapped) {
				org.cbcm.shared.Validation validation = new org.cbcm.shared.Validation();
				one.content().check(validation);
				assertThat(validation.failed() ? validation.problems()
					.problems()
					.stream()
					.map(problem -> problem.parameter() + " " + problem.messageKey() + " "
							+ java.util.Arrays.toString(problem.arguments()))
					.toList() : List.of()).as(file + ": " + one.content().title()).isEmpty();
			}
			InitiativeContent first = mapped.get(0).content();
			assertThat(first.title()).as(file).isNotBlank();
			assertThat(mapped.get(0).owner()).as(file + ": its publisher, by identifier or name").isNotNull();
			assertThat(first.geography().countries()).as(file).isNotEmpty();
			assertThat(first.schedule().start()).as(file).isNotNull();
		}
	}

	private UUID upload(String name) throws IOException {
		return imports.upload(name, resource(name), "en", null, secretariat);
	}

	static InputStream resource(String name) {
		return IatiImportsTests.class.getResourceAsStream("/iati/" + name);
	}

	static String text(String name) throws IOException {
		try (InputStream in = resource(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	Imports.Stored finished(UUID id) throws InterruptedException {
		return fixture.finished(imports, id);
	}

}
