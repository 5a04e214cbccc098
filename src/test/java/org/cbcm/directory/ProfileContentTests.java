package org.cbcm.directory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cbcm.shared.Validation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of a country profile's content ({@link ProfileContent#check}): every fault
 * named at its field, all at once. Plain: no application, no database.
 */
class ProfileContentTests {

	static final ProfileContact GOOD = new ProfileContact("Wanjiku Mwangi", "National Biosafety Authority",
			"nfp@biosafety.go.ke", "+254 20 123 4567");

	@Test
	void a_complete_profile_and_an_empty_one_pass() {
		assertThat(faults(profile(List.of(GOOD), List.of(GOOD), "https://www.biosafetykenya.go.ke"))).isEmpty();
		assertThat(faults(ProfileContent.empty())).isEmpty();
	}

	@Test
	void blank_contacts_and_texts_are_dropped_before_the_rules() {
		ProfileContent profile = new ProfileContent(List.of(new ProfileContact(" ", null, "", null)), null, null, "  ",
				null, null, " ", null, null);
		assertThat(profile.focalPoints()).isEmpty();
		assertThat(profile.authorities()).isEmpty();
		assertThat(profile.website()).isNull();
		assertThat(faults(profile)).isEmpty();
	}

	@Test
	void a_contact_needs_a_name_and_a_readable_email_and_phone() {
		ProfileContact nameless = new ProfileContact("", "Ministry", "not-an-email", "call me");
		assertThat(faults(profile(List.of(GOOD, nameless), List.of(), null))).containsExactlyInAnyOrder(
				"focalPoints[1].name profile.field.required", "focalPoints[1].email email.invalid",
				"focalPoints[1].phone profile.phone.invalid");
	}

	@Test
	void texts_have_their_limits() {
		ProfileContact wordy = new ProfileContact("n".repeat(201), "i".repeat(301), null, null);
		ProfileContent profile = new ProfileContent(List.of(), List.of(wordy), FrameworkStatus.values()[0],
				"x".repeat(2001), null, "x".repeat(2000), null, true, "x".repeat(2001));
		assertThat(faults(profile)).containsExactlyInAnyOrder("authorities[0].name profile.field.too-long",
				"authorities[0].institution profile.field.too-long", "frameworkNote profile.field.too-long",
				"centreOfOriginNote profile.field.too-long");
	}

	@Test
	void at_most_ten_contacts_of_each_kind() {
		List<ProfileContact> ten = Collections.nCopies(ProfileContent.MAX_CONTACTS, GOOD);
		List<ProfileContact> eleven = new ArrayList<>(ten);
		eleven.add(GOOD);
		assertThat(faults(profile(ten, ten, null))).isEmpty();
		assertThat(faults(profile(eleven, eleven, null))).containsExactlyInAnyOrder(
				"focalPoints profile.contacts.too-many", "authorities profile.contacts.too-many");
	}

	@Test
	void the_website_is_an_http_address_of_at_most_500_characters() {
		assertThat(faults(profile(List.of(), List.of(), "http://bch.example/kenya"))).isEmpty();
		for (String wrong : List.of("ftp://bch.example", "www.bch.example", "javascript:alert(1)", "https://a b")) {
			assertThat(faults(profile(List.of(), List.of(), wrong))).as(wrong)
				.containsExactly("website profile.website.invalid");
		}
		assertThat(faults(profile(List.of(), List.of(), "https://bch.example/" + "x".repeat(481))))
			.containsExactly("website profile.field.too-long");
	}

	static ProfileContent profile(List<ProfileContact> focalPoints, List<ProfileContact> authorities, String website) {
		return new ProfileContent(focalPoints, authorities, null, null, null, null, website, null, null);
	}

	/** Each fault as "field message-key". */
	static List<String> faults(ProfileContent profile) {
		Validation validation = new Validation();
		profile.check(validation);
		if (!validation.failed()) {
			return List.of();
		}
		return validation.problems()
			.problems()
			.stream()
			.map(problem -> problem.parameter() + " " + problem.messageKey())
			.toList();
	}

}
