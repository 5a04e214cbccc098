package org.cbcm.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text-field checks that every kind of content shares refuse under that kind's
 * message keys, and all at once.
 */
class FieldsTests {

	static final Fields INITIATIVE = Fields.keyed("initiative");

	static final Fields PROFILE = Fields.keyed("profile");

	@Test
	void blank_is_nothing_and_text_is_stripped() {
		assertThat(Fields.blankToNull(null)).isNull();
		assertThat(Fields.blankToNull(" \t ")).isNull();
		assertThat(Fields.blankToNull("  Kenya ")).isEqualTo("Kenya");
	}

	@Test
	void every_fault_is_kept_under_the_kinds_keys() {
		Validation validation = new Validation();
		INITIATIVE.require(validation, "title", " ", 500);
		INITIATIVE.limit(validation, "projectNumber", "x".repeat(101), 100);
		PROFILE.require(validation, "focalPoints[0].name", null, 200);
		PROFILE.limit(validation, "frameworkNote", "ok", 2000);
		INITIATIVE.link(validation, "results.documents[0].url", "javascript:alert(1)", 1000, true,
				"initiative.link.invalid", false);
		INITIATIVE.link(validation, "evaluations[0].url", null, 1000, false, "initiative.link.invalid", false);
		PROFILE.link(validation, "website", "https://" + "x".repeat(600), 500, false, "profile.website.invalid", true);
		PROFILE.link(validation, "website", "https://biosafety.go.ke", 500, false, "profile.website.invalid", true);
		Fields.email(validation, "contacts[0].email", "not-an-email");
		Fields.email(validation, "contacts[1].email", "focal.point@environment.go.ke");
		Fields.choice(validation, Role.class, "role", "EMPEROR");
		assertThat(Fields.choice(validation, Role.class, "role", " SECRETARIAT ")).isEqualTo(Role.SECRETARIAT);

		List<InvalidRequestException> problems = validation.problems().problems();
		assertThat(problems).extracting(p -> p.parameter() + " " + p.messageKey())
			.containsExactly("title initiative.field.required", "projectNumber initiative.field.too-long",
					"focalPoints[0].name profile.field.required", "results.documents[0].url initiative.link.invalid",
					"website profile.field.too-long", "contacts[0].email email.invalid", "role error.type.choice");
		assertThat(problems.get(1).arguments()).containsExactly(100, 101);
	}

}
