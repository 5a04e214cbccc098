package org.cbcm.roster;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.cbcm.directory.RegionCode;
import org.cbcm.records.RecordContent;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Fields;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

/**
 * What an expert's nomination form says (the real roster's form in seven tabs, decision
 * BS-IV/4, with cbcm's ORCID iD, self-declared gender and consent to public display): who
 * the expert is, how they are reached, their work, education, expertise, languages and
 * writings, and what they agree to show publicly. Contact details are never public.
 * <p>
 * {@link #check(Validation)} holds the rules of form (lengths, counts, an ORCID iD's
 * check digit, dates in order); what a nomination must hold before it is listed is the
 * {@link ExpertChecklist}, which a draft need not meet. Field names nest as forms and the
 * API name them: {@code degrees[1].subject}.
 *
 * @param givenName the expert's given name(s)
 * @param familyName the expert's family name
 * @param profile a brief profile, at most 150 words
 * @param contact how the expert is reached; never public
 * @param yearOfBirth the year of birth
 * @param countryOfBirth the country of birth
 * @param nationalities the expert's nationalities
 * @param gender the gender the expert declares, for the roster's balance
 * @param currentJob the current employment
 * @param previousJobs earlier employment, latest first
 * @param countriesWorkedIn countries the expert has worked in
 * @param regionsWorkedIn M49 regions the expert has worked in
 * @param degrees up to three degrees
 * @param qualifications up to three other professional qualifications
 * @param expertise the areas of expertise (second level; the top level follows)
 * @param otherExpertise expertise the list does not name
 * @param publications up to three publications
 * @param memberships up to three professional societies
 * @param panels up to three panels or committees served on
 * @param motherTongue the mother tongue, as an ISO 639 language code
 * @param languages other languages and how well the expert speaks them
 * @param orcid the ORCID iD
 * @param otherInformation anything else, at most 300 words
 * @param availability whether the expert can take assignments now
 * @param remote whether the expert works on assignments remotely
 * @param onSite whether the expert travels for assignments
 * @param publicParts what the expert agrees to show publicly
 */
public record ExpertContent(@Nullable String givenName, @Nullable String familyName, @Nullable String profile,
		Contact contact, @Nullable Integer yearOfBirth, @Nullable CountryCode countryOfBirth,
		List<CountryCode> nationalities, @Nullable Gender gender, Job currentJob, List<Job> previousJobs,
		List<CountryCode> countriesWorkedIn, List<RegionCode> regionsWorkedIn, List<Degree> degrees,
		List<String> qualifications, List<Expertise> expertise, @Nullable String otherExpertise,
		List<String> publications, List<String> memberships, List<String> panels, @Nullable String motherTongue,
		List<LanguageSkill> languages, @Nullable String orcid, @Nullable String otherInformation,
		@Nullable Availability availability, boolean remote, boolean onSite,
		Set<PublicPart> publicParts) implements RecordContent {

	public static final int MAX_NAME = 100;

	public static final int MAX_TEXT = 4000;

	public static final int MAX_LINE = 300;

	public static final int PROFILE_WORDS = 150;

	public static final int OTHER_WORDS = 300;

	/** The most of degrees, qualifications, publications, memberships and panels. */
	public static final int MAX_THREE = 3;

	public static final int MAX_PREVIOUS_JOBS = 5;

	public static final int MAX_COUNTRIES = 60;

	public static final int MAX_NATIONALITIES = 4;

	public static final int MAX_LANGUAGES = 12;

	public static final int FIRST_YEAR = 1900;

	static final Fields FIELDS = Fields.keyed("expert");

	/** How an expert is reached: never shown publicly. */
	public record Contact(@Nullable String email, @Nullable String phone, @Nullable String address) {

		public Contact {
			email = Fields.blankToNull(email);
			phone = Fields.blankToNull(phone);
			address = Fields.blankToNull(address);
		}

		static final Contact NONE = new Contact(null, null, null);

	}

	/** A post the expert holds or held. */
	public record Job(@Nullable String organisation, @Nullable String department, @Nullable String title,
			@Nullable YearMonth start, @Nullable YearMonth end, @Nullable OrganisationType type,
			@Nullable String responsibilities) {

		public Job {
			organisation = Fields.blankToNull(organisation);
			department = Fields.blankToNull(department);
			title = Fields.blankToNull(title);
			responsibilities = Fields.blankToNull(responsibilities);
		}

		static final Job NONE = new Job(null, null, null, null, null, null, null);

		boolean blank() {
			return equals(NONE);
		}

	}

	/** A degree. */
	public record Degree(@Nullable DegreeLevel level, @Nullable String subject, @Nullable String institution,
			@Nullable Integer year) {

		public Degree {
			subject = Fields.blankToNull(subject);
			institution = Fields.blankToNull(institution);
		}

	}

	/** A language other than the mother tongue, and how well the expert speaks it. */
	public record LanguageSkill(@Nullable String language, @Nullable LanguageLevel level) {

		public LanguageSkill {
			language = normalisedLanguage(language);
		}

	}

	public enum Gender {

		WOMAN, MAN, ANOTHER, UNDISCLOSED

	}

	/** The kinds of employer of the real form. */
	public enum OrganisationType {

		GOVERNMENT, ACADEMIC, RESEARCH, INTERGOVERNMENTAL, NON_GOVERNMENTAL, PRIVATE_SECTOR, INDEPENDENT, OTHER

	}

	public enum DegreeLevel {

		BACHELOR, MASTER, DOCTORATE, OTHER

	}

	/** The levels of the real form. */
	public enum LanguageLevel {

		EXCELLENT, GOOD, FAIR

	}

	public enum Availability {

		AVAILABLE, LIMITED, UNAVAILABLE

	}

	/**
	 * What an expert may agree to show publicly. Without {@link #NAME} the public sees an
	 * expert of the nominating Party, with the parts agreed to.
	 */
	public enum PublicPart {

		NAME, PROFILE, EMPLOYMENT, EDUCATION, EXPERTISE, LANGUAGES, NATIONALITY, GENDER, PUBLICATIONS, ORCID

	}

	public ExpertContent {
		givenName = Fields.blankToNull(givenName);
		familyName = Fields.blankToNull(familyName);
		profile = Fields.blankToNull(profile);
		contact = (contact == null) ? Contact.NONE : contact;
		nationalities = copy(nationalities);
		currentJob = (currentJob == null) ? Job.NONE : currentJob;
		previousJobs = copy(previousJobs);
		countriesWorkedIn = copy(countriesWorkedIn);
		regionsWorkedIn = copy(regionsWorkedIn);
		degrees = copy(degrees);
		qualifications = copy(qualifications);
		expertise = copy(expertise);
		otherExpertise = Fields.blankToNull(otherExpertise);
		publications = copy(publications);
		memberships = copy(memberships);
		panels = copy(panels);
		motherTongue = normalisedLanguage(motherTongue);
		languages = copy(languages);
		orcid = (Fields.blankToNull(orcid) != null) ? Orcid.normalised(orcid) : null;
		otherInformation = Fields.blankToNull(otherInformation);
		publicParts = (publicParts == null) ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(publicParts));
	}

	/**
	 * A nomination nobody has written yet, with the name and address it was started with.
	 */
	public static ExpertContent started(@Nullable String givenName, @Nullable String familyName,
			@Nullable String email) {
		return new ExpertContent(givenName, familyName, null, new Contact(email, null, null), null, null, List.of(),
				null, Job.NONE, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(),
				List.of(), List.of(), null, List.of(), null, null, Availability.AVAILABLE, true, true,
				Set.of(PublicPart.NAME, PublicPart.PROFILE, PublicPart.EXPERTISE, PublicPart.LANGUAGES));
	}

	/** The expert's name as written, given name first; empty while neither is written. */
	public String name() {
		return String.join(" ",
				java.util.stream.Stream.of(givenName, familyName).filter(java.util.Objects::nonNull).toList());
	}

	/** The top-level areas of the expert's expertise. */
	public Set<ExpertiseArea> areas() {
		Set<ExpertiseArea> areas = new TreeSet<>();
		expertise.stream().filter(java.util.Objects::nonNull).forEach(item -> areas.add(item.area()));
		return areas;
	}

	/** The languages the expert speaks, the mother tongue first, each with its level. */
	public Map<String, LanguageLevel> spoken() {
		Map<String, LanguageLevel> spoken = new LinkedHashMap<>();
		if (motherTongue != null) {
			spoken.put(motherTongue, LanguageLevel.EXCELLENT);
		}
		languages.stream()
			.filter(skill -> skill != null && skill.language() != null && skill.level() != null)
			.forEach(skill -> spoken.putIfAbsent(skill.language(), skill.level()));
		return spoken;
	}

	public boolean shows(PublicPart part) {
		return publicParts.contains(part);
	}

	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		put(fields, "givenName", givenName);
		put(fields, "familyName", familyName);
		put(fields, "profile", profile);
		put(fields, "contact.email", contact.email());
		put(fields, "contact.phone", contact.phone());
		put(fields, "contact.address", contact.address());
		put(fields, "yearOfBirth", yearOfBirth);
		put(fields, "countryOfBirth", (countryOfBirth != null) ? countryOfBirth.value() : null);
		list(fields, "nationalities", nationalities, CountryCode::value);
		put(fields, "gender", gender);
		job(fields, "currentJob", currentJob);
		for (int i = 0; i < previousJobs.size(); i++) {
			job(fields, "previousJobs[" + i + "]", previousJobs.get(i));
		}
		list(fields, "countriesWorkedIn", countriesWorkedIn, CountryCode::value);
		list(fields, "regionsWorkedIn", regionsWorkedIn, RegionCode::value);
		for (int i = 0; i < degrees.size(); i++) {
			Degree degree = degrees.get(i);
			if (degree != null) {
				put(fields, "degrees[" + i + "].level", degree.level());
				put(fields, "degrees[" + i + "].subject", degree.subject());
				put(fields, "degrees[" + i + "].institution", degree.institution());
				put(fields, "degrees[" + i + "].year", degree.year());
			}
		}
		list(fields, "qualifications", qualifications, Function.identity());
		list(fields, "expertise", expertise, Expertise::name);
		put(fields, "otherExpertise", otherExpertise);
		list(fields, "publications", publications, Function.identity());
		list(fields, "memberships", memberships, Function.identity());
		list(fields, "panels", panels, Function.identity());
		put(fields, "motherTongue", motherTongue);
		for (int i = 0; i < languages.size(); i++) {
			LanguageSkill skill = languages.get(i);
			if (skill != null) {
				put(fields, "languages[" + i + "].language", skill.language());
				put(fields, "languages[" + i + "].level", skill.level());
			}
		}
		put(fields, "orcid", orcid);
		put(fields, "otherInformation", otherInformation);
		put(fields, "availability", availability);
		fields.put("remote", String.valueOf(remote));
		fields.put("onSite", String.valueOf(onSite));
		list(fields, "publicParts", List.copyOf(publicParts), PublicPart::name);
		return fields;
	}

	@Override
	public void check(Validation validation) {
		FIELDS.limit(validation, "givenName", givenName, MAX_NAME);
		FIELDS.limit(validation, "familyName", familyName, MAX_NAME);
		FIELDS.limit(validation, "profile", profile, MAX_TEXT);
		words(validation, "profile", profile, PROFILE_WORDS);
		if (contact.email() != null) {
			Fields.email(validation, "contact.email", contact.email());
		}
		FIELDS.limit(validation, "contact.phone", contact.phone(), MAX_NAME);
		FIELDS.limit(validation, "contact.address", contact.address(), MAX_LINE);
		if (yearOfBirth != null && (yearOfBirth < FIRST_YEAR || yearOfBirth > 9999)) {
			validation.reject("yearOfBirth", "expert.year-of-birth.out-of-range", yearOfBirth);
		}
		most(validation, "nationalities", nationalities, MAX_NATIONALITIES);
		noDuplicates(validation, "nationalities", nationalities);
		checkJob(validation, "currentJob", currentJob, true);
		most(validation, "previousJobs", previousJobs, MAX_PREVIOUS_JOBS);
		for (int i = 0; i < previousJobs.size(); i++) {
			Job job = previousJobs.get(i);
			if (job == null) {
				validation.reject("previousJobs[" + i + "]", "expert.field.required");
			}
			else {
				checkJob(validation, "previousJobs[" + i + "]", job, false);
			}
		}
		most(validation, "countriesWorkedIn", countriesWorkedIn, MAX_COUNTRIES);
		noDuplicates(validation, "countriesWorkedIn", countriesWorkedIn);
		most(validation, "regionsWorkedIn", regionsWorkedIn, MAX_COUNTRIES);
		noDuplicates(validation, "regionsWorkedIn", regionsWorkedIn);
		most(validation, "degrees", degrees, MAX_THREE);
		for (int i = 0; i < degrees.size(); i++) {
			Degree degree = degrees.get(i);
			String field = "degrees[" + i + "]";
			if (degree == null) {
				validation.reject(field, "expert.field.required");
				continue;
			}
			if (degree.level() == null) {
				validation.reject(field + ".level", "expert.field.required");
			}
			FIELDS.require(validation, field + ".subject", degree.subject(), MAX_LINE);
			FIELDS.limit(validation, field + ".institution", degree.institution(), MAX_LINE);
			if (degree.year() != null && (degree.year() < FIRST_YEAR || degree.year() > 9999)) {
				validation.reject(field + ".year", "expert.year.out-of-range", degree.year());
			}
		}
		lines(validation, "qualifications", qualifications);
		most(validation, "expertise", expertise, Expertise.values().length);
		noDuplicates(validation, "expertise", expertise);
		FIELDS.limit(validation, "otherExpertise", otherExpertise, MAX_LINE);
		lines(validation, "publications", publications);
		lines(validation, "memberships", memberships);
		lines(validation, "panels", panels);
		if (motherTongue != null && !knownLanguage(motherTongue)) {
			validation.reject("motherTongue", "expert.language.unknown", shown(motherTongue));
		}
		most(validation, "languages", languages, MAX_LANGUAGES);
		Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < languages.size(); i++) {
			LanguageSkill skill = languages.get(i);
			String field = "languages[" + i + "]";
			if (skill == null || skill.language() == null) {
				validation.reject(field + ".language", "expert.field.required");
				continue;
			}
			if (!knownLanguage(skill.language())) {
				validation.reject(field + ".language", "expert.language.unknown", shown(skill.language()));
			}
			else if (skill.language().equals(motherTongue) || !seen.add(skill.language())) {
				validation.reject(field + ".language", "expert.language.repeated", skill.language());
			}
			if (skill.level() == null) {
				validation.reject(field + ".level", "expert.field.required");
			}
		}
		if (orcid != null) {
			if (!Orcid.wellFormed(orcid)) {
				validation.reject("orcid", "expert.orcid.malformed", shown(orcid));
			}
			else if (!Orcid.checksumHolds(orcid)) {
				validation.reject("orcid", "expert.orcid.checksum", orcid);
			}
		}
		FIELDS.limit(validation, "otherInformation", otherInformation, MAX_TEXT);
		words(validation, "otherInformation", otherInformation, OTHER_WORDS);
	}

	/** The number of words of a text, as people count them. */
	public static int words(@Nullable String text) {
		return (text == null || text.isBlank()) ? 0 : text.strip().split("\\s+").length;
	}

	private static void words(Validation validation, String field, @Nullable String text, int most) {
		int words = words(text);
		if (words > most) {
			validation.reject(field, "expert.field.too-many-words", most, words);
		}
	}

	private static void checkJob(Validation validation, String field, Job job, boolean current) {
		FIELDS.limit(validation, field + ".organisation", job.organisation(), MAX_LINE);
		FIELDS.limit(validation, field + ".department", job.department(), MAX_LINE);
		FIELDS.limit(validation, field + ".title", job.title(), MAX_LINE);
		FIELDS.limit(validation, field + ".responsibilities", job.responsibilities(), MAX_TEXT);
		if (!current && job.organisation() == null && !job.blank()) {
			validation.reject(field + ".organisation", "expert.field.required");
		}
		if (job.start() != null && (job.start().getYear() < FIRST_YEAR || job.start().getYear() > 9999)) {
			validation.reject(field + ".start", "expert.year.out-of-range", job.start().getYear());
		}
		if (job.end() != null && (job.end().getYear() < FIRST_YEAR || job.end().getYear() > 9999)) {
			validation.reject(field + ".end", "expert.year.out-of-range", job.end().getYear());
		}
		if (job.start() != null && job.end() != null && job.end().isBefore(job.start())) {
			validation.reject(field + ".end", "expert.job.ends-before-start", job.end().toString(),
					job.start().toString());
		}
	}

	private static void lines(Validation validation, String field, List<String> lines) {
		most(validation, field, lines, MAX_THREE);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i) == null || lines.get(i).isBlank()) {
				validation.reject(field + "[" + i + "]", "expert.field.required");
			}
			else {
				FIELDS.limit(validation, field + "[" + i + "]", lines.get(i), MAX_LINE);
			}
		}
	}

	private static void most(Validation validation, String field, List<?> list, int most) {
		if (list.size() > most) {
			validation.reject(field, "expert.field.too-many", most, list.size());
		}
	}

	private static void noDuplicates(Validation validation, String field, List<?> list) {
		Set<Object> seen = new java.util.HashSet<>();
		for (int i = 0; i < list.size(); i++) {
			Object item = list.get(i);
			if (item == null) {
				validation.reject(field + "[" + i + "]", "expert.field.required");
			}
			else if (!seen.add(item)) {
				validation.reject(field + "[" + i + "]", "expert.field.repeated", String.valueOf(item));
			}
		}
	}

	/** Whether the code names a language of ISO 639-1 (two letters) or 639-2 (three). */
	public static boolean knownLanguage(String code) {
		return LANGUAGES.contains(code);
	}

	private static final Set<String> LANGUAGES = isoLanguages();

	private static Set<String> isoLanguages() {
		Set<String> codes = new java.util.HashSet<>(List.of(Locale.getISOLanguages()));
		for (String code : Locale.getISOLanguages()) {
			try {
				codes.add(Locale.forLanguageTag(code).getISO3Language());
			}
			catch (java.util.MissingResourceException ex) {
				// a language without a three-letter code is known by its two letters
			}
		}
		return Set.copyOf(codes);
	}

	private static @Nullable String normalisedLanguage(@Nullable String code) {
		String stripped = Fields.blankToNull(code);
		return (stripped != null) ? stripped.toLowerCase(Locale.ROOT) : null;
	}

	private static String shown(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

	private static <T> List<T> copy(@Nullable List<T> list) {
		// nulls are kept (a body may send them) so that check() reports them at their
		// index
		return (list == null) ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
	}

	private static void put(Map<String, String> fields, String name, @Nullable Object value) {
		if (value != null) {
			fields.put(name, value.toString());
		}
	}

	private static <T> void list(Map<String, String> fields, String name, List<T> values, Function<T, String> text) {
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i) != null) {
				fields.put(name + "[" + i + "]", text.apply(values.get(i)));
			}
		}
	}

	private static void job(Map<String, String> fields, String name, Job job) {
		put(fields, name + ".organisation", job.organisation());
		put(fields, name + ".department", job.department());
		put(fields, name + ".title", job.title());
		put(fields, name + ".start", job.start());
		put(fields, name + ".end", job.end());
		put(fields, name + ".type", job.type());
		put(fields, name + ".responsibilities", job.responsibilities());
	}

}
