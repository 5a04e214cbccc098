package org.cbcm.roster;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cbcm.framework.ItemCode;
import org.cbcm.records.Transition;
import org.cbcm.roster.ExpertContent.Availability;
import org.cbcm.roster.ExpertContent.Gender;
import org.cbcm.roster.ExpertContent.LanguageLevel;
import org.cbcm.roster.ExpertContent.PublicPart;
import org.cbcm.roster.internal.ExpertManagement;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Listed experts and requests for the requests' tests, made through the real use cases:
 * the Secretariat nominates an expert, writes a complete form and lists it.
 */
public final class RequestFixtures {

	public static final CountryCode KENYA = CountryCode.of("KEN");

	public static final CountryCode UGANDA = CountryCode.of("UGA");

	private RequestFixtures() {
	}

	/** Empties the requests and takes every expert out of searches. */
	public static void clear(JdbcClient jdbc) {
		for (String sql : List.of("DELETE FROM roster_assignment", "DELETE FROM roster_request_expertise",
				"DELETE FROM roster_request_element", "DELETE FROM roster_request_language",
				"DELETE FROM roster_request", "DELETE FROM roster_expert_expertise",
				"DELETE FROM roster_expert_element", "DELETE FROM roster_expert_language",
				"DELETE FROM roster_expert_nationality", "UPDATE roster_expert SET listed = FALSE")) {
			jdbc.sql(sql).update();
		}
	}

	/** What an expert to list is like. */
	public record Expert(String name, CountryCode country, Gender gender, List<Expertise> expertise,
			Map<String, LanguageLevel> languages, Availability availability, boolean remote, boolean onSite) {

		public Expert(String name, CountryCode country, Gender gender, List<Expertise> expertise,
				Map<String, LanguageLevel> languages) {
			this(name, country, gender, expertise, languages, Availability.AVAILABLE, true, true);
		}

		public Expert available(Availability to) {
			return new Expert(name, country, gender, expertise, languages, to, remote, onSite);
		}

		/** An email for the expert's account, new each time. */
		String newEmail() {
			return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "-"
					+ java.util.UUID.randomUUID().toString().substring(0, 8) + "@experts.test";
		}

	}

	/** A listed expert and the email of their account. */
	public record Listed(ExpertId id, String email) {
	}

	/** Nominates, writes and lists the expert, as the Secretariat. */
	public static Listed listed(ExpertManagement experts, Viewer secretariat, Expert expert) {
		String email = expert.newEmail();
		String given = expert.name().split(" ")[0];
		String family = expert.name().substring(given.length()).strip();
		ExpertId id = experts
			.nominate(expert.country(), new ExpertManagement.Nomination(given, family, email, "en"), secretariat)
			.expert();
		List<String> spoken = new ArrayList<>(expert.languages().keySet());
		List<ExpertContent.LanguageSkill> others = spoken.stream()
			.skip(1)
			.map(code -> new ExpertContent.LanguageSkill(code, expert.languages().get(code)))
			.toList();
		ExpertContent content = new ExpertContent(given, family, profile(expert.name()),
				new ExpertContent.Contact(email, "+254 20 000 000", null), 1975, expert.country(),
				List.of(expert.country()), expert.gender(),
				new ExpertContent.Job("National Biosafety Authority", "Risk assessment", "Senior officer",
						YearMonth.of(2015, 1), null, ExpertContent.OrganisationType.GOVERNMENT,
						"Reviews applications for the release of living modified organisms."),
				List.of(), List.of(), List.of(),
				List.of(new ExpertContent.Degree(ExpertContent.DegreeLevel.DOCTORATE, "Molecular biology",
						"University of Nairobi", 2003)),
				List.of(), expert.expertise(), null, List.of(), List.of(), List.of(), spoken.get(0), others, null, null,
				expert.availability(), expert.remote(), expert.onSite(), Set.of(PublicPart.NAME, PublicPart.PROFILE,
						PublicPart.EXPERTISE, PublicPart.LANGUAGES, PublicPart.GENDER));
		int version = experts.save(id, 1, content, null, secretariat);
		experts.move(id, version, Transition.PUBLISH, null, secretariat);
		return new Listed(id, email);
	}

	private static String profile(String name) {
		return name + " has worked for twenty years on the biosafety of living modified organisms, "
				+ "assessing and managing their risks to biological diversity, training regulators and "
				+ "laboratory staff, and advising governments on their national biosafety frameworks.";
	}

	/** A request for risk assessment and detection, in French, either way, in Africa. */
	public static RequestContent request(String title) {
		return new RequestContent(title,
				"Review the draft risk assessment guidelines and train the staff of the competent authority.",
				List.of(Expertise.RISK_ASSESSMENT, Expertise.LMO_DETECTION), List.of(new ItemCode("12(i)")),
				List.of("fr"), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30), WorkMode.EITHER, null);
	}

}
