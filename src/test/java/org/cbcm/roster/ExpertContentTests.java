package org.cbcm.roster;

import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cbcm.roster.ExpertContent.Job;
import org.cbcm.roster.ExpertContent.LanguageLevel;
import org.cbcm.roster.ExpertContent.LanguageSkill;
import org.cbcm.roster.ExpertContent.OrganisationType;
import org.cbcm.roster.ExpertContent.PublicPart;
import org.cbcm.roster.ExpertFixtures.Draft;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Validation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of an expert's nomination form, each alone: lengths and counts, the ORCID
 * iD's check digit, posts in order, languages once, and the checklist a nomination must
 * meet before it is listed; and what its public projection leaves out.
 */
class ExpertContentTests {

	@Test
	void a_complete_nomination_passes_and_meets_the_checklist() {
		assertThat(faults(ExpertFixtures.complete())).isEmpty();
		assertThat(ExpertChecklist.unmet(ExpertFixtures.complete())).isEmpty();
	}

	@Test
	void an_expert_is_listed_only_with_the_expertise_and_languages_shown_which_searches_match_on() {
		ExpertFixtures.Draft draft = new ExpertFixtures.Draft();
		draft.publicParts = java.util.Set.of(PublicPart.NAME, PublicPart.EXPERTISE);
		assertThat(ExpertChecklist.unmet(draft.content())).containsExactly(ExpertChecklist.CONSENT);
		draft.publicParts = java.util.Set.of(PublicPart.LANGUAGES);
		assertThat(ExpertChecklist.unmet(draft.content())).containsExactly(ExpertChecklist.CONSENT);
		draft.publicParts = java.util.Set.of(PublicPart.EXPERTISE, PublicPart.LANGUAGES);
		assertThat(ExpertChecklist.unmet(draft.content())).isEmpty();
	}

	@Test
	void an_orcid_id_is_checked_by_its_check_digit() {
		Draft draft = new Draft();
		draft.orcid = "0000-0002-1825-0097";
		assertThat(faults(draft.content())).isEmpty();
		draft.orcid = "https://orcid.org/0000-0002-1825-0097";
		assertThat(draft.content().orcid()).isEqualTo("0000-0002-1825-0097");
		assertThat(faults(draft.content())).isEmpty();
		draft.orcid = "0000-0002-1825-0098";
		assertThat(faults(draft.content())).containsEntry("orcid", "expert.orcid.checksum");
		draft.orcid = "0000-0002-1825";
		assertThat(faults(draft.content())).containsEntry("orcid", "expert.orcid.malformed");
		draft.orcid = "0000-0002-1694-233X";
		assertThat(faults(draft.content())).isEmpty();
	}

	@Test
	void a_post_cannot_end_before_it_starts() {
		Draft draft = new Draft();
		draft.previousJobs = List.of(new Job("University", null, null, YearMonth.of(2015, 3), YearMonth.of(2014, 1),
				OrganisationType.ACADEMIC, null));
		assertThat(faults(draft.content())).containsEntry("previousJobs[0].end", "expert.job.ends-before-start");
	}

	@Test
	void a_previous_post_names_its_employer() {
		Draft draft = new Draft();
		draft.previousJobs = List.of(new Job(null, null, "Lecturer", null, null, null, null));
		assertThat(faults(draft.content())).containsEntry("previousJobs[0].organisation", "expert.field.required");
	}

	@Test
	void the_profile_has_at_most_150_words_and_other_information_300() {
		Draft draft = new Draft();
		draft.profile = String.join(" ", Collections.nCopies(151, "word"));
		assertThat(faults(draft.content())).containsEntry("profile", "expert.field.too-many-words");
		draft.profile = String.join(" ", Collections.nCopies(150, "word"));
		draft.otherInformation = String.join(" ", Collections.nCopies(301, "word"));
		assertThat(faults(draft.content())).doesNotContainKey("profile")
			.containsEntry("otherInformation", "expert.field.too-many-words");
	}

	@Test
	void a_language_is_given_once_the_mother_tongue_counting_as_one() {
		Draft draft = new Draft();
		draft.languages = List.of(new LanguageSkill("en", LanguageLevel.GOOD),
				new LanguageSkill("EN", LanguageLevel.FAIR));
		assertThat(faults(draft.content())).containsEntry("languages[1].language", "expert.language.repeated");
		draft.languages = List.of(new LanguageSkill("sw", LanguageLevel.GOOD));
		assertThat(faults(draft.content())).containsEntry("languages[0].language", "expert.language.repeated");
		draft.languages = List.of(new LanguageSkill("xx", LanguageLevel.GOOD));
		assertThat(faults(draft.content())).containsEntry("languages[0].language", "expert.language.unknown");
		draft.languages = List.of(new LanguageSkill("en", null));
		assertThat(faults(draft.content())).containsEntry("languages[0].level", "expert.field.required");
	}

	@Test
	void at_most_three_degrees_publications_memberships_and_panels() {
		Draft draft = new Draft();
		draft.degrees = Collections.nCopies(4, draft.degrees.get(0));
		draft.publications = List.of("a", "b", "c", "d");
		draft.panels = List.of("a", "b", "c", "d");
		assertThat(faults(draft.content())).containsEntry("degrees", "expert.field.too-many")
			.containsEntry("publications", "expert.field.too-many")
			.containsEntry("panels", "expert.field.too-many");
	}

	@Test
	void a_nationality_is_given_once_and_a_year_of_birth_is_one() {
		Draft draft = new Draft();
		draft.nationalities = List.of(CountryCode.of("KEN"), CountryCode.of("KEN"));
		draft.yearOfBirth = 1850;
		assertThat(faults(draft.content())).containsEntry("nationalities[1]", "expert.field.repeated")
			.containsEntry("yearOfBirth", "expert.year-of-birth.out-of-range");
	}

	@Test
	void the_checklist_names_what_a_draft_misses() {
		Draft draft = new Draft();
		draft.degrees = List.of();
		draft.expertise = List.of();
		draft.profile = "Too short.";
		assertThat(ExpertChecklist.unmet(draft.content())).containsExactly(ExpertChecklist.PROFILE,
				ExpertChecklist.DEGREE, ExpertChecklist.EXPERTISE);
		assertThat(faults(draft.content())).isEmpty();
	}

	@Test
	void the_public_view_shows_only_the_consented_parts_and_never_the_contact() {
		Draft draft = new Draft();
		draft.publicParts = new java.util.HashSet<>(List.of(PublicPart.PROFILE, PublicPart.EXPERTISE));
		PublicExpert shown = PublicExpert.of(ExpertId.random(), CountryCode.of("KEN"), draft.content(), false, null);
		assertThat(shown.name()).isNull();
		assertThat(shown.contact()).isNull();
		assertThat(shown.profile()).isEqualTo(ExpertFixtures.PROFILE);
		assertThat(shown.expertise()).containsExactly(Expertise.RISK_ASSESSMENT);
		assertThat(shown.currentJob()).isNull();
		assertThat(shown.degrees()).isEmpty();
		assertThat(shown.languages()).isEmpty();
		assertThat(shown.motherTongue()).isNull();
		assertThat(shown.nationalities()).isEmpty();
		assertThat(shown.gender()).isNull();
		assertThat(shown.publications()).isEmpty();
		assertThat(shown.orcid()).isNull();
		draft.publicParts.add(PublicPart.NAME);
		assertThat(PublicExpert.of(ExpertId.random(), CountryCode.of("KEN"), draft.content(), true, null))
			.satisfies(expert -> {
				assertThat(expert.name()).isEqualTo("Amina Otieno");
				assertThat(expert.contact().email()).isEqualTo("amina.otieno@example.org");
			});
	}

	private static Map<String, String> faults(ExpertContent content) {
		Validation validation = new Validation();
		content.check(validation);
		if (!validation.failed()) {
			return Map.of();
		}
		InvalidRequestException problems = validation.problems();
		return problems.problems()
			.stream()
			.collect(Collectors.toMap(InvalidRequestException::parameter, InvalidRequestException::messageKey,
					(first, second) -> first));
	}

}
