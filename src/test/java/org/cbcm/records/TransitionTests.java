package org.cbcm.records;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where each step starts and ends: plain rules, no Spring. */
class TransitionTests {

	@Test
	void submittingTakesADraftToSubmitted() {
		assertThat(Transition.SUBMIT.startsFrom(RecordStatus.DRAFT)).isTrue();
		assertThat(Transition.SUBMIT.startsFrom(RecordStatus.SUBMITTED)).isFalse();
		assertThat(Transition.SUBMIT.startsFrom(RecordStatus.PUBLISHED)).isFalse();
		assertThat(Transition.SUBMIT.to()).isEqualTo(RecordStatus.SUBMITTED);
	}

	@Test
	void publishingStartsFromADraftOrASubmission() {
		assertThat(Transition.PUBLISH.startsFrom(RecordStatus.DRAFT)).isTrue();
		assertThat(Transition.PUBLISH.startsFrom(RecordStatus.SUBMITTED)).isTrue();
		assertThat(Transition.PUBLISH.startsFrom(RecordStatus.PUBLISHED)).isFalse();
		assertThat(Transition.PUBLISH.startsFrom(RecordStatus.ARCHIVED)).isFalse();
		assertThat(Transition.PUBLISH.to()).isEqualTo(RecordStatus.PUBLISHED);
	}

	@Test
	void onlyASubmissionIsReturned() {
		assertThat(Transition.RETURN.startsFrom(RecordStatus.SUBMITTED)).isTrue();
		assertThat(Transition.RETURN.startsFrom(RecordStatus.DRAFT)).isFalse();
		assertThat(Transition.RETURN.to()).isEqualTo(RecordStatus.DRAFT);
	}

	@Test
	void anythingButAnArchivedRecordIsArchivedAndOnlyThatIsReopened() {
		for (RecordStatus status : RecordStatus.values()) {
			assertThat(Transition.ARCHIVE.startsFrom(status)).isEqualTo(status != RecordStatus.ARCHIVED);
			assertThat(Transition.REOPEN.startsFrom(status)).isEqualTo(status == RecordStatus.ARCHIVED);
		}
		assertThat(Transition.REOPEN.to()).isEqualTo(RecordStatus.DRAFT);
	}

	@Test
	void confirmingKeepsAPublishedRecordPublished() {
		for (RecordStatus status : RecordStatus.values()) {
			assertThat(Transition.CONFIRM.startsFrom(status)).isEqualTo(status == RecordStatus.PUBLISHED);
		}
		assertThat(Transition.CONFIRM.to()).isEqualTo(RecordStatus.PUBLISHED);
	}

	@Test
	void pathsNameEveryStepAndReadBack() {
		RecordTransitions.Names names = new RecordTransitions.Names();
		for (Transition transition : Transition.values()) {
			String name = RecordTransitions.name(transition);
			assertThat(RecordTransitions.STEPS.split("\\|")).contains(name);
			assertThat(names.convert(name)).isEqualTo(transition);
		}
		assertThat(RecordTransitions.STEPS.split("\\|")).hasSize(Transition.values().length);
	}

}
