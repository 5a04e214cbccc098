package org.cbcm.records;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Grant;
import org.cbcm.shared.Role;
import org.cbcm.shared.UserId;
import org.cbcm.shared.Viewer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A person's record co-owned by a country (an expert's roster record and the nominating
 * Party): the person and the country's focal points own it, nobody else of the country.
 */
class CoOwnedScopeTests {

	static final CountryCode KENYA = CountryCode.of("KEN");

	static final CountryCode UGANDA = CountryCode.of("UGA");

	static final UserId EXPERT_ID = new UserId(UUID.randomUUID());

	static final RecordScope SCOPE = RecordScope.of(EXPERT_ID, KENYA);

	static final Viewer EXPERT = new Viewer(EXPERT_ID, "Expert", "e@example.org", Set.of(Grant.expert()));

	static final Viewer OTHER_EXPERT = new Viewer(new UserId(UUID.randomUUID()), "Other", "o@example.org",
			Set.of(Grant.expert()));

	static final Viewer FOCAL_POINT = viewer(Grant.of(Role.NATIONAL_FOCAL_POINT, KENYA));

	static final Viewer NATIONAL_USER = viewer(Grant.of(Role.NATIONAL_USER, KENYA));

	static final Viewer OTHER_FOCAL_POINT = viewer(Grant.of(Role.NATIONAL_FOCAL_POINT, UGANDA));

	static final RecordKind KIND = new RecordKind("expert-like", Set.of(Role.EXPERT, Role.NATIONAL_FOCAL_POINT),
			Map.of(Transition.SUBMIT, Set.of(Role.NATIONAL_FOCAL_POINT)));

	static Viewer viewer(Grant grant) {
		return new Viewer(new UserId(UUID.randomUUID()), "Someone", "s@example.org", Set.of(grant));
	}

	@Test
	void the_person_and_the_countrys_focal_points_own_it_nobody_else() {
		assertThat(SCOPE.coOwned()).isTrue();
		assertThat(SCOPE.ownedBy(EXPERT)).isTrue();
		assertThat(SCOPE.ownedBy(FOCAL_POINT)).isTrue();
		assertThat(SCOPE.ownedBy(NATIONAL_USER)).as("a national user does not read an expert's personal data")
			.isFalse();
		assertThat(SCOPE.ownedBy(OTHER_EXPERT)).isFalse();
		assertThat(SCOPE.ownedBy(OTHER_FOCAL_POINT)).isFalse();
	}

	@Test
	void each_owner_acts_with_the_roles_the_kind_gives_it() {
		assertThat(Workflow.mayEdit(KIND, SCOPE, RecordStatus.DRAFT, EXPERT).allowed()).isTrue();
		assertThat(Workflow.mayEdit(KIND, SCOPE, RecordStatus.DRAFT, FOCAL_POINT).allowed()).isTrue();
		assertThat(Workflow.mayEdit(KIND, SCOPE, RecordStatus.DRAFT, NATIONAL_USER).allowed()).isFalse();
		assertThat(Workflow.mayEdit(KIND, SCOPE, RecordStatus.DRAFT, OTHER_EXPERT).allowed()).isFalse();
		assertThat(Workflow.mayMove(KIND, SCOPE, RecordStatus.DRAFT, Transition.SUBMIT, FOCAL_POINT).allowed())
			.isTrue();
		assertThat(Workflow.mayMove(KIND, SCOPE, RecordStatus.DRAFT, Transition.SUBMIT, EXPERT).allowed())
			.as("the expert does not submit; the Party nominates")
			.isFalse();
		assertThat(Workflow.mayMove(KIND, SCOPE, RecordStatus.DRAFT, Transition.SUBMIT, OTHER_FOCAL_POINT).allowed())
			.isFalse();
	}

	@Test
	void is_stored_and_read_back_with_both_owners() {
		assertThat(RecordScope.stored("KEN", null, EXPERT_ID.value())).isEqualTo(SCOPE);
		assertThat(RecordScope.stored("KEN", null, null)).isEqualTo(RecordScope.of(KENYA));
		assertThat(RecordScope.of(KENYA).coOwned()).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new RecordScope(KENYA, null, EXPERT_ID, true));
	}

}
