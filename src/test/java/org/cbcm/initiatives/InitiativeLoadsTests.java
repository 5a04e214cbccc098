package org.cbcm.initiatives;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.initiatives.InitiativeLoads.Loaded;
import org.cbcm.initiatives.internal.InitiativeManagement;
import org.cbcm.initiatives.internal.InitiativeQueries;
import org.cbcm.records.RecordScope;
import org.cbcm.records.RecordStatus;
import org.cbcm.shared.CountryCode;

import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.TaskPool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registry's bulk use cases: a batch is stored as the workflow leaves each of its
 * initiatives, published or draft, and announced to other modules by one event for the
 * published ones; a removal takes out only what a load created and announces those that
 * were public; only the Secretariat loads and removes, and a batch with a fault stores
 * nothing.
 */
@IntegrationTest
@RecordApplicationEvents
class InitiativeLoadsTests {

	private static final String LOADER = "Bulk test";

	private static final Instant CREATED = Instant.parse("2024-03-01T10:00:00Z");

	private static final Instant PUBLISHED = Instant.parse("2024-03-02T10:00:00Z");

	@Autowired
	InitiativeLoads loads;

	@Autowired
	InitiativeManagement initiatives;

	@Autowired
	InitiativeQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

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
	void a_batch_is_stored_as_the_workflow_leaves_it_and_announced_by_one_event() {
		Loaded first = loaded("Bulk-loaded risk assessment training", true);
		Loaded second = loaded("Bulk-loaded detection laboratory", true);
		Loaded draft = loaded("Bulk-loaded draft", false);

		loads.register(List.of(first, second, draft), LOADER, "Loaded for a test", InitiativeLoads.Duplicates.LOOK_FOR,
				secretariat);

		assertThat(loads.count(LOADER)).isEqualTo(3);
		assertThat(loads.any(LOADER)).isTrue();
		assertThat(loads.any("Nobody")).isFalse();
		assertThat(loads.some(LOADER, 2)).hasSize(2);
		assertThat(loads.published()).isEqualTo(2);
		assertThat(queries.count()).isEqualTo(2);
		var view = initiatives.view(first.id(), secretariat);
		assertThat(view.status()).isEqualTo(RecordStatus.PUBLISHED);
		assertThat(view.published()).isEqualTo(first.content());
		assertThat(view.confirmedOn()).isNotNull();
		assertThat(initiatives.history(first.id(), secretariat)).singleElement().satisfies(revision -> {
			assertThat(revision.status()).isEqualTo(RecordStatus.PUBLISHED);
			assertThat(revision.comment()).isEqualTo("Loaded for a test");
			assertThat(revision.authorName()).isEqualTo(LOADER);
		});
		var drafted = initiatives.view(draft.id(), secretariat);
		assertThat(drafted.status()).isEqualTo(RecordStatus.DRAFT);
		assertThat(drafted.published()).isNull();

		assertThat(events.stream(InitiativesPublished.class)).singleElement()
			.satisfies(published -> assertThat(published.facts()).extracting(InitiativeFacts::id)
				.containsExactly(first.id(), second.id()));
		assertThat(events.stream(InitiativePublished.class)).isEmpty();
	}

	@Test
	void a_removal_takes_out_only_what_a_load_created_and_announces_the_public_ones() {
		Loaded published = loaded("Bulk-loaded and published", true);
		Loaded kept = loaded("Bulk-loaded and kept", true);
		Loaded draft = loaded("Bulk-loaded draft", false);
		loads.register(List.of(published, kept, draft), LOADER, null, InitiativeLoads.Duplicates.LOOK_FOR, secretariat);
		InitiativeId real = initiatives.create(RecordScope.of(InitiativeApiTests.UNEP),
				InitiativeContent.titled("Registered by a person"), null, secretariat);

		assertThat(loads.remove(List.of(published.id(), draft.id(), real), secretariat)).isEqualTo(2);

		assertThat(loads.count(LOADER)).isEqualTo(1);
		assertThat(loads.published()).isEqualTo(1);
		assertThat(initiatives.view(real, secretariat).status()).isEqualTo(RecordStatus.DRAFT);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM record_revision WHERE record_kind = 'initiative'")
			.query(Long.class)
			.single()).as("the revisions of the kept one and of the real one").isEqualTo(2);
		assertThat(events.stream(InitiativesArchived.class)).singleElement()
			.satisfies(archived -> assertThat(archived.ids()).containsExactly(published.id()));
		assertThat(events.stream(InitiativeArchived.class)).isEmpty();
	}

	@Test
	void only_the_secretariat_loads_or_removes_and_a_batch_with_a_fault_stores_nothing() {
		Loaded valid = loaded("A valid one", true);
		assertThatThrownBy(
				() -> loads.register(List.of(valid), LOADER, null, InitiativeLoads.Duplicates.LOOK_FOR, focalPoint))
			.isInstanceOf(ForbiddenException.class);
		Loaded untitled = loaded("", true);
		assertThatThrownBy(() -> loads.register(List.of(valid, untitled), LOADER, null,
				InitiativeLoads.Duplicates.LOOK_FOR, secretariat))
			.isInstanceOf(InvalidRequestException.class);
		List<Loaded> tooMany = new ArrayList<>(Collections.nCopies(InitiativeLoads.MAX_BATCH, valid));
		tooMany.add(valid);
		assertThatThrownBy(
				() -> loads.register(tooMany, LOADER, null, InitiativeLoads.Duplicates.LOOK_FOR, secretariat))
			.isInstanceOf(InvalidRequestException.class);
		assertThat(loads.count(LOADER)).isZero();
		assertThat(loads.published()).isZero();
		assertThat(events.stream(InitiativesPublished.class)).isEmpty();

		loads.register(List.of(valid), LOADER, null, InitiativeLoads.Duplicates.LOOK_FOR, secretariat);
		assertThatThrownBy(() -> loads.remove(List.of(valid.id()), focalPoint)).isInstanceOf(ForbiddenException.class);
		assertThat(loads.count(LOADER)).isEqualTo(1);
		assertThat(events.stream(InitiativesArchived.class)).isEmpty();
	}

	/** A new initiative of UNEP's with a title only. */
	@Test
	void a_load_is_looked_at_for_records_registered_twice_unless_its_loader_expects_none() {
		DuplicateRecords duplicates = context.getBean(DuplicateRecords.class);
		jdbc.sql("DELETE FROM initiative_duplicate").update();
		Loaded original = twin("Detecting living modified organisms in Kenya and Uganda",
				"Builds the capacity of risk assessors and laboratories to detect living modified organisms.");
		Loaded generated = twin("Detecting living modified organisms in Kenya and Uganda (UNEP)",
				"Builds the capacity of risk assessors and laboratories to detect living modified organisms.");
		loads.register(List.of(original, generated), LOADER, null, InitiativeLoads.Duplicates.NONE_EXPECTED,
				secretariat);
		detected();
		assertThat(duplicates.open(new Paging(0, 10)).totalElements()).as("generated data, said to hold no twins")
			.isZero();

		Loaded imported = twin("Support to detecting living modified organisms in Kenya and Uganda",
				"Builds the capacity of risk assessors and laboratories to detect living modified organisms.");
		loads.register(List.of(imported), LOADER, null, InitiativeLoads.Duplicates.LOOK_FOR, secretariat);
		detected();
		assertThat(duplicates.open(new Paging(0, 10)).content()).as("an import is looked at against what is there")
			.isNotEmpty();
	}

	@Test
	void a_pair_of_one_batch_is_found_whichever_of_the_two_comes_first() {
		DuplicateRecords duplicates = context.getBean(DuplicateRecords.class);
		jdbc.sql("DELETE FROM initiative_duplicate").update();
		Loaded inKenya = twin("Detecting living modified organisms in Kenya and Uganda",
				"Builds the capacity of risk assessors and laboratories to detect living modified organisms.");
		// The same project without its countries: found by its organisation, while the
		// other, naming countries, finds its candidates by country only.
		Loaded nowhere = new Loaded(InitiativeId.random(), inKenya.owner(),
				new InitiativeContent(inKenya.content().title(), null, inKenya.content().description(), null,
						inKenya.content().type(), null, null, inKenya.content().schedule(), null,
						inKenya.content().participants(), null, null, null, null, null),
				true, CREATED, PUBLISHED);
		loads.register(List.of(inKenya, nowhere), LOADER, null, InitiativeLoads.Duplicates.LOOK_FOR, secretariat);
		detected();
		assertThat(duplicates.open(new Paging(0, 10)).content()).as("the record with countries came first")
			.isNotEmpty();
	}

	@Test
	void a_component_is_not_its_programmes_duplicate_though_their_words_are_the_same() {
		DuplicateRecords duplicates = context.getBean(DuplicateRecords.class);
		jdbc.sql("DELETE FROM initiative_duplicate").update();
		Loaded programme = twin("Detecting living modified organisms in Kenya and Uganda",
				"Builds the capacity of risk assessors and laboratories to detect living modified organisms.");
		loads.register(List.of(programme), LOADER, null, InitiativeLoads.Duplicates.LOOK_FOR, secretariat);
		InitiativeContent same = programme.content();
		Loaded component = new Loaded(InitiativeId.random(), programme.owner(),
				new InitiativeContent(same.title(), null, same.description(), null, same.type(), programme.id(), null,
						same.schedule(), same.geography(), same.participants(), null, null, null, null, null),
				true, CREATED, PUBLISHED);
		Loaded stranger = twin(same.title(), same.description());
		loads.register(List.of(component, stranger), LOADER, null, InitiativeLoads.Duplicates.LOOK_FOR, secretariat);
		detected();

		assertThat(duplicates.open(new Paging(0, 10)).content())
			.extracting(pair -> java.util.Set.of(pair.first().id(), pair.second().id()))
			.as("the component (its parent read from what was published) is apart from its programme only")
			.containsExactlyInAnyOrder(java.util.Set.of(programme.id(), stranger.id()),
					java.util.Set.of(component.id(), stranger.id()));
	}

	@Test
	void records_whose_titles_differ_but_descriptions_agree_are_a_pair() {
		DuplicateRecords duplicates = context.getBean(DuplicateRecords.class);
		jdbc.sql("DELETE FROM initiative_duplicate").update();
		String description = "Builds the capacity of risk assessors and laboratories to detect living modified organisms.";
		Loaded first = twin("Detecting living modified organisms in Kenya and Uganda", description);
		Loaded second = twin("Laboratory network for Kenya and Uganda", description);
		assertThat(
				org.cbcm.initiatives.internal.TextSimilarity.cosine(first.content().title(), second.content().title()))
			.as("titles alone too unlike")
			.isLessThan(0.5);
		loads.register(List.of(first), LOADER, null, InitiativeLoads.Duplicates.LOOK_FOR, secretariat);
		loads.register(List.of(second), LOADER, null, InitiativeLoads.Duplicates.LOOK_FOR, secretariat);
		detected();

		assertThat(duplicates.open(new Paging(0, 10)).content())
			.as("the descriptions, read from what was published, make them alike")
			.singleElement()
			.satisfies(pair -> assertThat(pair.reasons()).extracting(DuplicateRecords.Reason::code)
				.contains("description"));
	}

	/** Waits until the registry's duplicate detection has heard every load. */
	private void detected() {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
		while (jdbc.sql("""
				SELECT COUNT(*) FROM event_publication
				WHERE listener_id LIKE '%DuplicateListener%' AND completion_date IS NULL""")
			.query(Long.class)
			.single() > 0) {
			assertThat(System.nanoTime()).as("detection within 20 s").isLessThan(deadline);
			TaskPool.settle(context);
		}
	}

	/** A published project of UNEP's in Kenya and Uganda, 2025 to 2027. */
	private static Loaded twin(String title, String description) {
		InitiativeContent content = new InitiativeContent(title, null, description, null, InitiativeType.PROJECT, null,
				null,
				new InitiativeContent.Schedule(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2027, 12, 31),
						null, null),
				new InitiativeContent.Geography(null, null,
						List.of(new InitiativeContent.CountryShare(CountryCode.of("KEN"), null),
								new InitiativeContent.CountryShare(CountryCode.of("UGA"), null)),
						List.of()),
				List.of(new InitiativeContent.Participant(InitiativeApiTests.UNEP, ParticipantRole.IMPLEMENTING_AGENCY,
						null)),
				null, null, null, null, null);
		return new Loaded(InitiativeId.random(), RecordScope.of(InitiativeApiTests.UNEP), content, true, CREATED,
				PUBLISHED);
	}

	private static Loaded loaded(String title, boolean publish) {
		return new Loaded(InitiativeId.random(), RecordScope.of(InitiativeApiTests.UNEP),
				InitiativeContent.titled(title), publish, CREATED, PUBLISHED);
	}

}
