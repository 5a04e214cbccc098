package org.cbcm.roster;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cbcm.directory.RegionCode;
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

/**
 * Expert records' content for tests: a complete nomination that meets the checklist, to
 * change one field at a time through {@link Draft}.
 */
public final class ExpertFixtures {

	public static final String PROFILE = "Molecular biologist with twenty years of work on the risk assessment of "
			+ "living modified crops in East Africa, adviser to the National Biosafety Authority, trainer of "
			+ "regulators and author of national guidelines on confined field trials and detection.";

	private ExpertFixtures() {
	}

	/** A complete nomination's fields, each changeable before {@link #content()}. */
	public static final class Draft {

		public String givenName = "Amina";

		public String familyName = "Otieno";

		public String profile = PROFILE;

		public Contact contact = new Contact("amina.otieno@example.org", "+254 20 123456", "P.O. Box 1, Nairobi");

		public Integer yearOfBirth = 1975;

		public CountryCode countryOfBirth = CountryCode.of("KEN");

		public List<CountryCode> nationalities = new ArrayList<>(List.of(CountryCode.of("KEN")));

		public Gender gender = Gender.WOMAN;

		public Job currentJob = new Job("National Biosafety Authority", "Risk assessment", "Head of unit",
				YearMonth.of(2015, 3), null, OrganisationType.GOVERNMENT, "Leads the risk assessments of LMOs.");

		public List<Job> previousJobs = new ArrayList<>(List.of(new Job("University of Nairobi", "Biochemistry",
				"Lecturer", YearMonth.of(2005, 9), YearMonth.of(2015, 2), OrganisationType.ACADEMIC, "Teaching.")));

		public List<CountryCode> countriesWorkedIn = new ArrayList<>(List.of(CountryCode.of("KEN")));

		public List<RegionCode> regionsWorkedIn = new ArrayList<>();

		public List<Degree> degrees = new ArrayList<>(
				List.of(new Degree(DegreeLevel.DOCTORATE, "Molecular biology", "University of Nairobi", 2004)));

		public List<String> qualifications = new ArrayList<>();

		public List<Expertise> expertise = new ArrayList<>(List.of(Expertise.RISK_ASSESSMENT));

		public String otherExpertise;

		public List<String> publications = new ArrayList<>(List.of("Confined field trials of Bt maize (2012)"));

		public List<String> memberships = new ArrayList<>();

		public List<String> panels = new ArrayList<>();

		public String motherTongue = "sw";

		public List<LanguageSkill> languages = new ArrayList<>(
				List.of(new LanguageSkill("en", LanguageLevel.EXCELLENT), new LanguageSkill("fr", LanguageLevel.FAIR)));

		public String orcid = "0000-0002-1825-0097";

		public String otherInformation;

		public Set<PublicPart> publicParts = new LinkedHashSet<>(
				Set.of(PublicPart.NAME, PublicPart.PROFILE, PublicPart.EXPERTISE, PublicPart.LANGUAGES));

		public ExpertContent content() {
			return new ExpertContent(givenName, familyName, profile, contact, yearOfBirth, countryOfBirth,
					nationalities, gender, currentJob, previousJobs, countriesWorkedIn, regionsWorkedIn, degrees,
					qualifications, expertise, otherExpertise, publications, memberships, panels, motherTongue,
					languages, orcid, otherInformation, Availability.AVAILABLE, true, false, publicParts);
		}

	}

	/** A complete nomination. */
	public static ExpertContent complete() {
		return new Draft().content();
	}

}
