package org.cbcm.records;

import java.util.Map;
import java.util.Set;

import org.cbcm.records.RecordKind.Audience;
import org.cbcm.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Who writes and moves each kind of record, and whom its steps tell: plain rules. */
class RecordKindTests {

	@Test
	void aNationalRecordIsWrittenByTheCountrysPeopleAndAuthorisedByTheFocalPoint() {
		RecordKind kind = RecordKind.national("country-profile");
		assertThat(kind.editors()).containsExactlyInAnyOrder(Role.NATIONAL_FOCAL_POINT, Role.NATIONAL_USER);
		assertThat(kind.allowedFor(Transition.SUBMIT)).containsExactlyInAnyOrder(Role.NATIONAL_FOCAL_POINT,
				Role.NATIONAL_USER);
		for (Transition transition : Set.of(Transition.PUBLISH, Transition.RETURN, Transition.ARCHIVE,
				Transition.REOPEN, Transition.CONFIRM)) {
			assertThat(kind.allowedFor(transition)).as(transition.name()).containsExactly(Role.NATIONAL_FOCAL_POINT);
		}
	}

	@Test
	void anOrganisationsRecordIsPublishedByTheSecretariatOnly() {
		RecordKind kind = RecordKind.organisational("initiative");
		assertThat(kind.editors()).containsExactly(Role.ORGANISATION_REPORTER);
		assertThat(kind.allowedFor(Transition.SUBMIT)).containsExactly(Role.ORGANISATION_REPORTER);
		assertThat(kind.allowedFor(Transition.CONFIRM)).containsExactly(Role.ORGANISATION_REPORTER);
		assertThat(kind.allowedFor(Transition.REOPEN)).containsExactly(Role.ORGANISATION_REPORTER);
		assertThat(kind.allowedFor(Transition.PUBLISH)).isEmpty();
		assertThat(kind.allowedFor(Transition.RETURN)).isEmpty();
		assertThat(kind.allowedFor(Transition.ARCHIVE)).isEmpty();
	}

	@Test
	void aPersonsRecordIsWrittenByThePersonAndPublishedByTheSecretariat() {
		RecordKind kind = RecordKind.personal("expert");
		assertThat(kind.editors()).containsExactly(Role.EXPERT);
		assertThat(kind.allowedFor(Transition.SUBMIT)).containsExactly(Role.EXPERT);
		assertThat(kind.allowedFor(Transition.PUBLISH)).isEmpty();
	}

	@Test
	void theSecretariatsRecordIsTheSecretariatsAlone() {
		RecordKind kind = RecordKind.secretariat("meeting");
		assertThat(kind.editors()).containsExactly(Role.SECRETARIAT);
		for (Transition transition : Transition.values()) {
			assertThat(kind.allowedFor(transition)).isEmpty();
		}
	}

	@Test
	void stepsTellAsUsualUnlessTheKindSaysOtherwise() {
		RecordKind kind = RecordKind.national("country-profile");
		assertThat(kind.noticesOf(Transition.SUBMIT)).containsExactly(Audience.PUBLISHERS);
		assertThat(kind.noticesOf(Transition.RETURN)).containsExactly(Audience.AUTHOR);
		assertThat(kind.noticesOf(Transition.PUBLISH)).containsExactly(Audience.OWNERS);
		assertThat(kind.noticesOf(Transition.ARCHIVE)).containsExactly(Audience.OWNERS);
		assertThat(kind.noticesOf(Transition.CONFIRM)).isEmpty();
		assertThat(kind.noticesOf(Transition.REOPEN)).isEmpty();
		RecordKind quiet = kind.withNotices(Map.of(Transition.PUBLISH, Set.of(Audience.AUTHOR)));
		assertThat(quiet.noticesOf(Transition.SUBMIT)).isEmpty();
		assertThat(quiet.noticesOf(Transition.PUBLISH)).containsExactly(Audience.AUTHOR);
	}

	@Test
	void aKindsNameIsWhatPathsAndRevisionsCanHold() {
		assertThatIllegalArgumentException().isThrownBy(() -> RecordKind.national("Country Profile"));
		assertThatIllegalArgumentException().isThrownBy(() -> RecordKind.national(""));
		assertThatIllegalArgumentException().isThrownBy(() -> RecordKind.national("a".repeat(41)));
	}

}
