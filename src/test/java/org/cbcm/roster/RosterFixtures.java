package org.cbcm.roster;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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

/** Experts' nominations for tests, complete enough to be listed. */
public final class RosterFixtures {

	/** Everything an expert may agree to show. */
	public static final Set<PublicPart> ALL = EnumSet.allOf(PublicPart.class);

	private RosterFixtures() {
	}

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

	/** Removes every expert's record, with its history. */
	public static void clear(JdbcClient jdbc) {
		for (String table : new String[] { "record_revision", "record_registry", "record_head" }) {
			jdbc.sql("DELETE FROM " + table + " WHERE record_kind = 'expert'").update();
		}
		jdbc.sql("DELETE FROM roster_expert").update();
	}

}
