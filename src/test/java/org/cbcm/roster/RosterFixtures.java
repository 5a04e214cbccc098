package org.cbcm.roster;

import java.time.YearMonth;
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
 * Experts' records for the nomination tests, in the domain's words: a nomination that
 * meets the whole checklist, addresses nobody else uses, and a clean roster.
 */
public final class RosterFixtures {

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

	/** Takes every expert's record off the roster, with its history. */
	public static void clear(JdbcClient jdbc) {
		for (String table : List.of("roster_expert_expertise", "roster_expert_element", "roster_expert_language",
				"roster_expert_nationality", "roster_expert")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		jdbc.sql("DELETE FROM record_revision WHERE record_kind = 'expert'").update();
		jdbc.sql("DELETE FROM record_registry WHERE record_kind = 'expert'").update();
	}

}
