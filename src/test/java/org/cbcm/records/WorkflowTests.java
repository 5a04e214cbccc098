package org.cbcm.records;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cbcm.records.RecordKind.Audience;
import org.cbcm.shared.ConflictException;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.Grant;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;
import org.cbcm.shared.UserId;
import org.cbcm.shared.Validation;
import org.cbcm.shared.Viewer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The workflow's policies and the shared record that applies them, without Spring: who
 * may write and move which record, what each refusal maps to, and what a record tells.
 */
class WorkflowTests {

	static final CountryCode KENYA = CountryCode.of("KEN");

	static final CountryCode UGANDA = CountryCode.of("UGA");

	static final OrganisationId UNEP = new OrganisationId(UUID.fromString("855f3e8c-8aea-3dd0-9475-6ddc28c6fa7d"));

	static final RecordKind NATIONAL = RecordKind.national("note");

	static final RecordKind ORGANISATIONAL = RecordKind.organisational("note");

	static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	static Viewer viewer(Grant... grants) {
		return new Viewer(new UserId(UUID.randomUUID()), "Someone", "someone@example.org", Set.of(grants));
	}

	static final Viewer FOCAL_POINT = viewer(Grant.of(Role.NATIONAL_FOCAL_POINT, KENYA));

	static final Viewer NATIONAL_USER = viewer(Grant.of(Role.NATIONAL_USER, KENYA));

	static final Viewer OTHER_FOCAL_POINT = viewer(Grant.of(Role.NATIONAL_FOCAL_POINT, UGANDA));

	static final Viewer REPORTER = viewer(Grant.of(Role.ORGANISATION_REPORTER, UNEP));

	static final Viewer SECRETARIAT = viewer(Grant.secretariat());

	@Test
	void theCountrysPeopleAndTheSecretariatWriteANationalRecordOthersDoNot() {
		RecordScope kenya = RecordScope.of(KENYA);
		assertThat(Workflow.mayEdit(NATIONAL, kenya, RecordStatus.DRAFT, NATIONAL_USER).allowed()).isTrue();
		assertThat(Workflow.mayEdit(NATIONAL, kenya, RecordStatus.PUBLISHED, FOCAL_POINT).allowed()).isTrue();
		assertThat(Workflow.mayEdit(NATIONAL, kenya, RecordStatus.DRAFT, SECRETARIAT).allowed()).isTrue();
		assertThat(Workflow.mayEdit(NATIONAL, kenya, RecordStatus.DRAFT, OTHER_FOCAL_POINT).refusal())
			.isEqualTo(Refusal.NOT_YOURS);
		assertThat(Workflow.mayEdit(NATIONAL, kenya, RecordStatus.DRAFT, REPORTER).refusal())
			.isEqualTo(Refusal.NOT_YOURS);
		assertThat(Workflow.mayEdit(NATIONAL, kenya, RecordStatus.DRAFT, Viewer.ANONYMOUS).refusal())
			.isEqualTo(Refusal.NOT_YOURS);
	}

	@Test
	void anArchivedRecordIsNotWrittenEvenByItsOwners() {
		assertThat(Workflow.mayEdit(NATIONAL, RecordScope.of(KENYA), RecordStatus.ARCHIVED, FOCAL_POINT).refusal())
			.isEqualTo(Refusal.ARCHIVED);
		assertThat(Workflow.mayEdit(NATIONAL, RecordScope.of(KENYA), RecordStatus.ARCHIVED, SECRETARIAT).refusal())
			.isEqualTo(Refusal.ARCHIVED);
	}

	@Test
	void onlyTheFocalPointPublishesANationalRecordAndOnlyFromADraftOrSubmission() {
		RecordScope kenya = RecordScope.of(KENYA);
		assertThat(Workflow.mayMove(NATIONAL, kenya, RecordStatus.SUBMITTED, Transition.PUBLISH, FOCAL_POINT).allowed())
			.isTrue();
		assertThat(
				Workflow.mayMove(NATIONAL, kenya, RecordStatus.SUBMITTED, Transition.PUBLISH, NATIONAL_USER).refusal())
			.isEqualTo(Refusal.NOT_ALLOWED);
		assertThat(Workflow.mayMove(NATIONAL, kenya, RecordStatus.SUBMITTED, Transition.PUBLISH, OTHER_FOCAL_POINT)
			.refusal()).isEqualTo(Refusal.NOT_ALLOWED);
		assertThat(Workflow.mayMove(NATIONAL, kenya, RecordStatus.ARCHIVED, Transition.PUBLISH, FOCAL_POINT).refusal())
			.isEqualTo(Refusal.WRONG_STATUS);
		assertThat(Workflow.mayMove(NATIONAL, kenya, RecordStatus.DRAFT, Transition.SUBMIT, NATIONAL_USER).allowed())
			.isTrue();
	}

	@Test
	void theSecretariatPublishesAnOrganisationsRecordItsReportersSubmitIt() {
		RecordScope unep = RecordScope.of(UNEP);
		assertThat(Workflow.mayMove(ORGANISATIONAL, unep, RecordStatus.DRAFT, Transition.SUBMIT, REPORTER).allowed())
			.isTrue();
		assertThat(
				Workflow.mayMove(ORGANISATIONAL, unep, RecordStatus.SUBMITTED, Transition.PUBLISH, REPORTER).refusal())
			.isEqualTo(Refusal.NOT_ALLOWED);
		assertThat(Workflow.mayMove(ORGANISATIONAL, unep, RecordStatus.SUBMITTED, Transition.PUBLISH, SECRETARIAT)
			.allowed()).isTrue();
	}

	@Test
	void aRefusalForThePersonIs403AndOneForTheRecordsStateIs409() {
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> Workflow.mayEdit(NATIONAL, RecordScope.of(KENYA), RecordStatus.DRAFT, OTHER_FOCAL_POINT)
				.require());
		assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> Workflow
			.mayMove(NATIONAL, RecordScope.of(KENYA), RecordStatus.SUBMITTED, Transition.PUBLISH, NATIONAL_USER)
			.require());
		assertThatExceptionOfType(ConflictException.class).isThrownBy(
				() -> Workflow.mayEdit(NATIONAL, RecordScope.of(KENYA), RecordStatus.ARCHIVED, FOCAL_POINT).require());
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> Workflow
			.mayMove(NATIONAL, RecordScope.of(KENYA), RecordStatus.DRAFT, Transition.RETURN, FOCAL_POINT)
			.require());
	}

	@Test
	void anExpertWritesTheirOwnRecordAndNobodyElsesTheSecretariatWritesItsOwn() {
		UserId expert = new UserId(UUID.randomUUID());
		Viewer self = new Viewer(expert, "Expert", "expert@example.org", Set.of(Grant.expert()));
		Viewer otherExpert = viewer(Grant.expert());
		RecordKind personal = RecordKind.personal("expert");
		assertThat(Workflow.mayEdit(personal, RecordScope.of(expert), RecordStatus.DRAFT, self).allowed()).isTrue();
		assertThat(Workflow.mayEdit(personal, RecordScope.of(expert), RecordStatus.DRAFT, otherExpert).refusal())
			.isEqualTo(Refusal.NOT_YOURS);
		assertThat(RecordScope.of(expert).ownedBy(self)).isTrue();
		assertThat(RecordScope.of(expert).ownedBy(otherExpert)).isFalse();
		assertThat(RecordScope.of(expert).ownedBy(SECRETARIAT)).isTrue();
		RecordKind meetings = RecordKind.secretariat("meeting");
		assertThat(Workflow.mayEdit(meetings, RecordScope.SECRETARIAT, RecordStatus.DRAFT, SECRETARIAT).allowed())
			.isTrue();
		assertThat(Workflow.mayEdit(meetings, RecordScope.SECRETARIAT, RecordStatus.DRAFT, FOCAL_POINT).refusal())
			.isEqualTo(Refusal.NOT_YOURS);
		assertThat(RecordScope.SECRETARIAT.ownedBy(FOCAL_POINT)).isFalse();
	}

	@Test
	void aScopeBelongsToExactlyOneOwner() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new RecordScope(KENYA, UNEP, null, false));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new RecordScope(null, null, null, false));
		assertThat(RecordScope.stored(null, null, null)).isEqualTo(RecordScope.SECRETARIAT);
		assertThat(RecordScope.stored("KEN", null, null)).isEqualTo(RecordScope.of(KENYA));
	}

	@Test
	void editingAPublishedRecordStartsADraftAndKeepsThePublishedCopy() {
		Note note = Note.unsaved(RecordScope.of(KENYA), NATIONAL);
		note.edit(new Text("first"), NATIONAL_USER, NOW);
		assertThat(note.version()).isEqualTo(1);
		assertThat(note.createdByName()).isEqualTo("Someone");
		note.move(Transition.PUBLISH, null, FOCAL_POINT, NOW);
		note.edit(new Text("second"), NATIONAL_USER, NOW);
		assertThat(note.status()).isEqualTo(RecordStatus.DRAFT);
		assertThat(note.published()).isEqualTo(new Text("first"));
		assertThat(note.content()).isEqualTo(new Text("second"));
		assertThat(note.version()).isEqualTo(3);
	}

	@Test
	void aReturnKeepsItsReasonUntilTheNextStepAndArchivingWithdrawsThePublishedCopy() {
		Note note = Note.unsaved(RecordScope.of(KENYA), NATIONAL);
		note.edit(new Text("first"), NATIONAL_USER, NOW);
		note.move(Transition.SUBMIT, null, NATIONAL_USER, NOW);
		note.move(Transition.RETURN, "Name the authority", FOCAL_POINT, NOW);
		assertThat(note.statusNote()).isEqualTo("Name the authority");
		note.move(Transition.PUBLISH, null, FOCAL_POINT, NOW);
		assertThat(note.statusNote()).isNull();
		assertThat(note.publishedAt()).isEqualTo(NOW);
		note.move(Transition.ARCHIVE, null, FOCAL_POINT, NOW);
		assertThat(note.published()).isNull();
		assertThat(note.publishedAt()).isNull();
	}

	@Test
	void aRefusedStepChangesNothingAndRegistersNothing() {
		Note note = Note.unsaved(RecordScope.of(KENYA), NATIONAL);
		note.edit(new Text("first"), NATIONAL_USER, NOW);
		note.clearEvents();
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> note.move(Transition.PUBLISH, null, NATIONAL_USER, NOW));
		assertThat(note.status()).isEqualTo(RecordStatus.DRAFT);
		assertThat(note.version()).isEqualTo(1);
		assertThat(note.events()).isEmpty();
	}

	@Test
	void everyStepTellsWhomTheKindSaysAndPublishingTellsTheKindsOwnEvents() {
		Note note = Note.unsaved(RecordScope.of(KENYA), NATIONAL);
		note.edit(new Text("first"), NATIONAL_USER, NOW);
		assertThat(note.events()).isEmpty();
		note.move(Transition.SUBMIT, null, NATIONAL_USER, NOW);
		RecordMoved submitted = (RecordMoved) note.events().get(0);
		assertThat(submitted.transition()).isEqualTo(Transition.SUBMIT);
		assertThat(submitted.tell()).containsExactly(Audience.PUBLISHERS);
		assertThat(submitted.publishers()).containsExactly(Role.NATIONAL_FOCAL_POINT);
		assertThat(submitted.scope()).isEqualTo(RecordScope.of(KENYA));
		assertThat(submitted.path()).isEqualTo("/notes/1");
		note.clearEvents();
		note.move(Transition.PUBLISH, null, FOCAL_POINT, NOW);
		assertThat(note.events()).hasSize(2).element(1).isEqualTo("first publication");
		note.clearEvents();
		note.edit(new Text("second"), NATIONAL_USER, NOW);
		note.move(Transition.PUBLISH, null, FOCAL_POINT, NOW);
		assertThat(note.events()).element(1).isEqualTo("changed publication");
		note.clearEvents();
		note.move(Transition.ARCHIVE, null, FOCAL_POINT, NOW);
		assertThat(note.events()).hasSize(2).element(1).isEqualTo("archived public record");
	}

	@Test
	void confirmingIsNotAMove() {
		Note note = Note.unsaved(RecordScope.of(KENYA), NATIONAL);
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> note.move(Transition.CONFIRM, null, FOCAL_POINT, NOW));
	}

	/** A record of the least content, as a module's kind would be. */
	record Text(String text) implements RecordContent {

		@Override
		public Map<String, String> fields() {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("text", text);
			return fields;
		}

		@Override
		public void check(Validation validation) {
			if (text.isBlank()) {
				validation.reject("text", "note.text.required");
			}
		}

	}

	static final class Note extends Record<Text> {

		Note(RecordScope owner, RecordKind kind, State<Text> state) {
			super(kind, owner, state);
		}

		static Note unsaved(RecordScope owner, RecordKind kind) {
			return new Note(owner, kind, State.unsaved(new Text(""), NOW));
		}

		@Override
		public String key() {
			return "1";
		}

		@Override
		public String title() {
			return content().text();
		}

		@Override
		public String path() {
			return "/notes/1";
		}

		@Override
		protected void published(boolean first) {
			register(first ? "first publication" : "changed publication");
		}

		@Override
		protected void archived(boolean wasPublic) {
			register(wasPublic ? "archived public record" : "archived draft");
		}

	}

}
