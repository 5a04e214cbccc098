package org.cbcm.roster;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cbcm.roster.ExpertContent.Availability;
import org.cbcm.roster.ExpertContent.Contact;
import org.cbcm.roster.ExpertContent.Degree;
import org.cbcm.roster.ExpertContent.DegreeLevel;
import org.cbcm.roster.ExpertContent.Gender;
import org.cbcm.roster.ExpertContent.Job;
import org.cbcm.roster.ExpertContent.LanguageLevel;
import org.cbcm.roster.ExpertContent.LanguageSkill;
import org.cbcm.roster.ExpertContent.OrganisationType;
import org.cbcm.roster.ExpertContent.PublicPart;
import org.cbcm.shared.CountryCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Experts' records for tests, in the domain's words: nominations complete enough to be
 * listed, addresses nobody else uses, and a clean roster.
 */
public final class RosterFixtures {

	/** Everything an expert may agree to show. */
	public static final Set<PublicPart> ALL = EnumSet.allOf(PublicPart.class);

	/**
	 * A nomination that meets the checklist: the expert's name, a profile of 30 words and
	 * more with the words given, a post, a degree, the expertise, the mother tongue and
	 * other languages.
	 */
	public static ExpertContent expert(String given, String family, String words, List<Expertise> expertise,
			String motherTongue, List<LanguageSkill> languages, @Nullable Gender gender, List<String> nationalities,
			Availability availability, boolean remote, boolean onSite, Set<PublicPart> shown) {
		String profile = words + " works on biosafety regulation and risk assessment of living modified organisms"
				+ " with national authorities and regional networks, trains reviewers and advises governments"
				+ " on frameworks, detection and public participation across many countries.";
		return new ExpertContent(given, family, profile,
				new Contact(given.toLowerCase() + "." + family.toLowerCase() + "@experts.test", "+254 700 000 000",
						null),
				1975, CountryCode.of("KEN"), nationalities.stream().map(CountryCode::of).toList(), gender,
				new Job("National Biosafety Authority", "Risk assessment", "Senior officer", YearMonth.of(2015, 1),
						null, OrganisationType.GOVERNMENT, "Leads risk assessments."),
				List.of(), List.of(), List.of(),
				List.of(new Degree(DegreeLevel.DOCTORATE, "Plant molecular biology", "University of Nairobi", 2005)),
				List.of(), expertise, null, List.of(), List.of(), List.of(), motherTongue, languages, null, null,
				availability, remote, onSite, shown);
	}

	/** A skill in a language. */
	public static LanguageSkill speaks(String language, LanguageLevel level) {
		return new LanguageSkill(language, level);
	}

	private RosterFixtures() {
	}

	/** An address no other test uses. */
	public static String freshEmail(String name) {
		return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@experts.test";
	}

	/** A nomination that meets every requirement of the checklist. */
	public static ExpertContent complete(String givenName, String familyName, String email, CountryCode nationality) {
		return complete(givenName, familyName, email, nationality, null);
	}

	/** A complete nomination with other information, as an update may add. */
	public static ExpertContent complete(String givenName, String familyName, String email, CountryCode nationality,
			@Nullable String otherInformation) {
		return new ExpertContent(givenName, familyName,
				"A molecular biologist with twenty years of work on the risk assessment of living modified organisms, "
						+ "who has trained regulators across the region and advised national biosafety authorities on "
						+ "the review of applications for field trials and commercial release.",
				new Contact(email, null, null), 1975, nationality, List.of(nationality), Gender.WOMAN,
				new Job("National Biosafety Authority", "Risk assessment", "Senior scientist", YearMonth.of(2015, 3),
						null, OrganisationType.GOVERNMENT, "Leads the scientific review of applications."),
				List.of(), List.of(), List.of(),
				List.of(new Degree(DegreeLevel.DOCTORATE, "Molecular biology", "University of Nairobi", 2004)),
				List.of(), List.of(Expertise.RISK_ASSESSMENT, Expertise.BIOSAFETY_LAW), null, List.of(), List.of(),
				List.of(), "en", List.of(new LanguageSkill("fr", LanguageLevel.GOOD)), null, otherInformation,
				Availability.AVAILABLE, true, true,
				Set.of(PublicPart.NAME, PublicPart.PROFILE, PublicPart.EXPERTISE, PublicPart.LANGUAGES));
	}

	/**
	 * Takes every expert's record off the roster, with its history, and the requests and
	 * assignments that name them.
	 */
	public static void clear(JdbcClient jdbc) {
		for (String table : List.of("roster_assignment", "roster_request", "roster_expert_expertise",
				"roster_expert_element", "roster_expert_language", "roster_expert_nationality", "roster_expert")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		for (String table : List.of("record_revision", "record_registry", "record_head")) {
			jdbc.sql("DELETE FROM " + table + " WHERE record_kind = 'expert'").update();
		}
	}

}
