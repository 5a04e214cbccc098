package org.cbcm.demo.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.cbcm.roster.ExpertContent;
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
import org.cbcm.roster.ExpertLoads;
import org.cbcm.roster.Expertise;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo experts for the roster: listed experts of Parties in every region, the same ones
 * for the same seed, written in batches through the roster's {@link ExpertLoads} in the
 * demo's name and removed with the rest of the demo data. Skewed as the real roster is:
 * more experts of scientific and technical fields, more men than women, English most
 * spoken; some experts show no name.
 */
@Component
class DemoExperts {

	private static final Logger log = LoggerFactory.getLogger(DemoExperts.class);

	/** Nominating Parties, with the mother tongues their experts speak. */
	private static final String[][] PARTIES = { { "KEN", "sw" }, { "UGA", "en" }, { "NGA", "en" }, { "GHA", "en" },
			{ "SEN", "fr" }, { "CMR", "fr" }, { "ETH", "am" }, { "ZAF", "af" }, { "EGY", "ar" }, { "MAR", "ar" },
			{ "BRA", "pt" }, { "MEX", "es" }, { "COL", "es" }, { "PER", "es" }, { "CUB", "es" }, { "JAM", "en" },
			{ "IND", "hi" }, { "CHN", "zh" }, { "IDN", "id" }, { "PHL", "tl" }, { "VNM", "vi" }, { "MYS", "ms" },
			{ "IRN", "fa" }, { "JOR", "ar" }, { "DEU", "de" }, { "FRA", "fr" }, { "NOR", "no" }, { "POL", "pl" },
			{ "UKR", "uk" }, { "BLR", "ru" }, { "FJI", "en" }, { "NZL", "en" } };

	private static final String[] GIVEN = { "Amina", "Kwame", "Fatou", "Chen", "Priya", "Luis", "Olga", "Ahmed",
			"Maria", "John", "Aiko", "Samuel", "Nadia", "Pedro", "Grace", "Ivan", "Leila", "Tomas", "Mei", "Joseph" };

	private static final String[] FAMILY = { "Odhiambo", "Mensah", "Diop", "Wei", "Sharma", "Garcia", "Petrova",
			"Hassan", "Silva", "Okafor", "Tanaka", "Kiprop", "Haddad", "Lopez", "Achieng", "Kovalenko", "Rahimi",
			"Novak", "Lin", "Mwangi" };

	private static final String[] ORGANISATIONS = { "National Biosafety Authority", "University of Agriculture",
			"National Research Institute", "Ministry of Environment", "Food Safety Agency", "Plant Health Service" };

	private static final String[] SUBJECTS = { "Plant molecular biology", "Environmental law", "Ecology",
			"Food science", "Public policy", "Agronomy", "Microbiology", "Biotechnology" };

	private static final String[] CROPS = { "maize", "cassava", "cotton", "rice", "soybean", "banana", "cowpea",
			"mosquitoes", "fish", "wheat" };

	private static final String[] OTHER_LANGUAGES = { "en", "en", "en", "fr", "fr", "es", "ar", "ru", "zh", "pt" };

	private final ExpertLoads loads;

	private final int size;

	DemoExperts(ExpertLoads loads, @Value("${cbcm.demo.experts:300}") int size) {
		this.loads = loads;
		this.size = size;
	}

	long count() {
		return loads.count(DemoInitiatives.AUTHOR);
	}

	/**
	 * Lists the configured number of demo experts unless there are some already (the
	 * Secretariat).
	 * @return how many it listed
	 */
	int loadIfNone(long seed, Viewer by) {
		if (count() > 0 || size <= 0) {
			return 0;
		}
		List<ExpertLoads.Loaded> all = generate(size, seed);
		for (int from = 0; from < all.size(); from += ExpertLoads.MAX_BATCH) {
			loads.list(all.subList(from, Math.min(all.size(), from + ExpertLoads.MAX_BATCH)), DemoInitiatives.AUTHOR,
					by);
		}
		log.info("Listed {} demo experts", all.size());
		return all.size();
	}

	int removeAll(Viewer by) {
		return loads.removeAll(DemoInitiatives.AUTHOR, by);
	}

	/** The demo experts: the same ones for the same size and seed. */
	static List<ExpertLoads.Loaded> generate(int size, long seed) {
		Random random = new Random(seed ^ 0x5EED_E4E4L);
		List<ExpertLoads.Loaded> experts = new ArrayList<>();
		Expertise[] fields = Expertise.values();
		for (int n = 0; n < size; n++) {
			String[] party = PARTIES[random.nextInt(PARTIES.length)];
			String given = GIVEN[random.nextInt(GIVEN.length)];
			String family = FAMILY[random.nextInt(FAMILY.length)];
			List<Expertise> expertise = new ArrayList<>();
			// Scientific and technical fields (the first nine) twice as often.
			int count = 1 + random.nextInt(3);
			while (expertise.size() < count) {
				Expertise field = (random.nextInt(3) < 2) ? fields[random.nextInt(9)]
						: fields[random.nextInt(fields.length)];
				if (!expertise.contains(field)) {
					expertise.add(field);
				}
			}
			String mother = party[1];
			List<LanguageSkill> languages = new ArrayList<>();
			for (int k = 0; k < 1 + random.nextInt(2); k++) {
				String other = OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)];
				if (!other.equals(mother) && languages.stream().noneMatch(skill -> other.equals(skill.language()))) {
					languages.add(new LanguageSkill(other, LanguageLevel.values()[random.nextInt(3)]));
				}
			}
			int draw = random.nextInt(100);
			Gender gender = (draw < 38) ? Gender.WOMAN
					: (draw < 92) ? Gender.MAN : (draw < 94) ? Gender.ANOTHER : Gender.UNDISCLOSED;
			Set<PublicPart> shown = EnumSet.of(PublicPart.PROFILE, PublicPart.EXPERTISE, PublicPart.LANGUAGES,
					PublicPart.EMPLOYMENT, PublicPart.EDUCATION);
			if (random.nextInt(10) < 8) {
				shown.add(PublicPart.NAME);
			}
			if (random.nextInt(10) < 6) {
				shown.add(PublicPart.NATIONALITY);
				shown.add(PublicPart.GENDER);
			}
			String crop = CROPS[random.nextInt(CROPS.length)];
			String organisation = ORGANISATIONS[random.nextInt(ORGANISATIONS.length)];
			String profile = ("%s %s has worked for %d years on the biosafety of %s and other living modified"
					+ " organisms at the %s, reviewing applications, training regulators and inspectors, and advising"
					+ " the national authority on risk assessment, detection and public participation in decisions.")
				.formatted(given, family, 5 + random.nextInt(25), crop, organisation);
			Availability availability = Availability.values()[(random.nextInt(10) < 6) ? 0 : 1 + random.nextInt(2)];
			experts.add(new ExpertLoads.Loaded(CountryCode.of(party[0]),
					new ExpertContent(given, family, profile,
							new Contact(("demo.expert." + n + "@example.org"), null, null), 1960 + random.nextInt(35),
							CountryCode.of(party[0]), List.of(CountryCode.of(party[0])), gender,
							new Job(organisation, "Biosafety unit", "Senior scientific officer",
									YearMonth.of(2005 + random.nextInt(18), 1 + random.nextInt(12)), null,
									OrganisationType.values()[random.nextInt(3)], "Risk assessment and regulation."),
							List.of(), List.of(), List.of(),
							List.of(new Degree(DegreeLevel.values()[random.nextInt(3)],
									SUBJECTS[random.nextInt(SUBJECTS.length)], null, 1985 + random.nextInt(30))),
							List.of(), expertise, null, List.of(), List.of(), List.of(), mother, languages, null, null,
							availability, random.nextBoolean() || availability == Availability.LIMITED,
							random.nextInt(3) > 0, shown)));
		}
		return experts;
	}

}
