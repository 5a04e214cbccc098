package org.cbcm.needs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.needs.internal.NeedsManagement;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.RecordView;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A needs assessment on the shared lifecycle: a national user drafts, the focal point
 * publishes, and publishing (the first time and again) tells other modules what it says;
 * archiving tells that it no longer does. Readers see only published copies.
 */
@IntegrationTest
@RecordApplicationEvents
public class NeedsPublishingTests {

	static final CountryCode KENYA = CountryCode.of("KEN");

	@Autowired
	NeedsManagement needs;

	@Autowired
	NeedsAssessments assessments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	Viewer user;

	Viewer focalPoint;

	@BeforeEach
	void setUp() {
		TestAccounts people = TestAccounts.in(context);
		user = TestAccounts.viewerOf(people.holding(Role.NATIONAL_USER, KENYA));
		focalPoint = TestAccounts.viewerOf(people.holding(Role.NATIONAL_FOCAL_POINT, KENYA));
		clear(jdbc);
	}

	/** Removes every needs assessment and its lifecycle rows. */
	public static void clear(JdbcClient jdbc) {
		for (String table : new String[] { "record_revision", "record_registry", "record_head" }) {
			jdbc.sql("DELETE FROM " + table + " WHERE record_kind = 'needs'").update();
		}
		jdbc.sql("DELETE FROM needs_assessment").update();
	}

	@Test
	void publishing_tells_what_the_assessment_says_the_first_time_and_again() {
		NeedsAssessmentId id = needs.create(KENYA, NeedsFixtures.valid(), "first draft", user);
		int version = needs.move(id, 1, Transition.SUBMIT, null, user);
		assertThat(events.stream(NeedsPublished.class)).isEmpty();
		assertThat(assessments.latest(KENYA)).isEmpty();

		version = needs.move(id, version, Transition.PUBLISH, null, focalPoint);

		assertThat(events.stream(NeedsPublished.class)).singleElement().satisfies(published -> {
			NeedsFacts facts = published.facts();
			assertThat(facts.id()).isEqualTo(id);
			assertThat(facts.country()).isEqualTo(KENYA);
			assertThat(facts.assessedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
			assertThat(facts.elements()).hasSize(15);
			assertThat(facts.elements()).filteredOn(need -> need.priority() == Priority.HIGH)
				.extracting(need -> need.element().value())
				.containsExactly("12(c)", "12(i)");
		});
		assertThat(assessments.latest(KENYA)).map(NeedsFacts::id).contains(id);

		// a change is a draft until published again: readers keep the published copy
		NeedsContent changed = NeedsFixtures.withRow(NeedsFixtures.valid(), "12(e)",
				row -> NeedsFixtures.priority(row, Priority.HIGH));
		version = needs.save(id, version, changed, "awareness is urgent", user);
		assertThat(assessments.latest(KENYA).orElseThrow().elements())
			.filteredOn(need -> need.priority() == Priority.HIGH)
			.hasSize(2);
		needs.move(id, needs.move(id, version, Transition.SUBMIT, null, user), Transition.PUBLISH, null, focalPoint);
		assertThat(events.stream(NeedsPublished.class)).hasSize(2)
			.last()
			.satisfies(published -> assertThat(published.facts().elements())
				.filteredOn(need -> need.priority() == Priority.HIGH)
				.hasSize(3));
		assertThat(needs.view(id, focalPoint).status()).isEqualTo(RecordStatus.PUBLISHED);
	}

	@Test
	void archiving_a_published_assessment_tells_it_no_longer_states_needs() {
		NeedsAssessmentId id = needs.create(KENYA, NeedsFixtures.valid(), null, focalPoint);
		int version = needs.move(id, 1, Transition.PUBLISH, null, focalPoint);
		needs.move(id, version, Transition.ARCHIVE, "superseded", focalPoint);

		assertThat(events.stream(NeedsArchived.class)).singleElement().isEqualTo(new NeedsArchived(id, KENYA));
		assertThat(assessments.latest(KENYA)).isEmpty();
		assertThat(assessments.published()).isEmpty();
	}

	@Test
	void the_latest_published_is_the_latest_by_date_and_drafts_stay_with_the_owners() {
		NeedsAssessmentId older = needs.create(KENYA, NeedsFixtures.valid(LocalDate.of(2020, 1, 1)), null, focalPoint);
		needs.move(older, 1, Transition.PUBLISH, null, focalPoint);
		NeedsAssessmentId newer = needs.create(KENYA, NeedsFixtures.valid(LocalDate.of(2024, 1, 1)), null, focalPoint);
		needs.move(newer, 1, Transition.PUBLISH, null, focalPoint);
		NeedsAssessmentId draft = needs.create(KENYA, NeedsFixtures.valid(LocalDate.of(2025, 1, 1)), null, user);

		assertThat(assessments.latest(KENYA)).map(NeedsFacts::id).contains(newer);
		assertThat(assessments.published()).extracting(NeedsFacts::id).containsExactly(older, newer);
		assertThat(needs.ofCountry(KENYA, user)).extracting(view -> view.id()).containsExactly(draft, newer, older);
		assertThat(needs.ofCountry(KENYA, Viewer.ANONYMOUS)).extracting(view -> view.id())
			.containsExactly(newer, older);
	}

	/**
	 * The list reads the confirmations of all its assessments at once
	 * ({@code RecordLifecycle.views}): each still shows when it was confirmed and whether
	 * that is too long ago, as its own page does.
	 */
	@Test
	void a_listed_assessment_shows_its_confirmation_as_its_page_does() {
		NeedsAssessmentId stale = needs.create(KENYA, NeedsFixtures.valid(LocalDate.of(2020, 1, 1)), null, focalPoint);
		needs.move(stale, 1, Transition.PUBLISH, null, focalPoint);
		NeedsAssessmentId fresh = needs.create(KENYA, NeedsFixtures.valid(LocalDate.of(2024, 1, 1)), null, focalPoint);
		needs.move(fresh, 1, Transition.PUBLISH, null, focalPoint);
		NeedsAssessmentId draft = needs.create(KENYA, NeedsFixtures.valid(LocalDate.of(2025, 1, 1)), null, user);
		OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minusMonths(13);
		jdbc.sql("UPDATE record_registry SET confirmed_at = :old WHERE record_kind = 'needs' AND record_id = :id")
			.param("old", longAgo)
			.param("id", stale.toString())
			.update();

		List<RecordView<NeedsAssessmentId, NeedsContent>> listed = needs.ofCountry(KENYA, user);

		assertThat(listed).extracting(RecordView::id).containsExactly(draft, fresh, stale);
		assertThat(listed).extracting(RecordView::confirmedOn, RecordView::notConfirmedSince)
			.containsExactly(tuple(null, null), tuple(LocalDate.now(ZoneOffset.UTC), null),
					tuple(longAgo.toLocalDate(), longAgo.toLocalDate()));
		for (RecordView<NeedsAssessmentId, NeedsContent> view : listed) {
			RecordView<NeedsAssessmentId, NeedsContent> alone = needs.view(view.id(), user);
			assertThat(view.confirmedOn()).isEqualTo(alone.confirmedOn());
			assertThat(view.notConfirmedSince()).isEqualTo(alone.notConfirmedSince());
		}
	}

	@Test
	void a_faulty_assessment_is_refused_with_every_fault_and_nothing_saved() {
		NeedsContent faulty = NeedsFixtures.withRow(NeedsFixtures.valid(LocalDate.now().plusDays(3)), "12(b)",
				row -> NeedsFixtures.priority(row, null));
		assertThatThrownBy(() -> needs.create(KENYA, faulty, null, user)).isInstanceOfSatisfying(
				InvalidRequestException.class,
				ex -> assertThat(ex.problems()).extracting(InvalidRequestException::parameter)
					.contains("assessedOn", "elements[6].priority"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM needs_assessment").query(Long.class).single()).isZero();
	}

}
