package org.cbcm.roster.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cbcm.directory.RegionCode;
import org.cbcm.roster.ExpertContent;
import org.cbcm.roster.ExpertContent.Availability;
import org.cbcm.roster.ExpertContent.DegreeLevel;
import org.cbcm.roster.ExpertContent.Gender;
import org.cbcm.roster.ExpertContent.LanguageLevel;
import org.cbcm.roster.ExpertContent.OrganisationType;
import org.cbcm.roster.ExpertContent.PublicPart;
import org.cbcm.roster.Expertise;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Fields;
import org.cbcm.shared.Validation;
import org.cbcm.web.FormObject;
import org.cbcm.web.FormRows;
import org.jspecify.annotations.Nullable;

/**
 * The expert's nomination form as Spring binds it ({@code @ModelAttribute}): every field
 * as typed, named as the content names it ({@code degrees[1].subject},
 * {@code currentJob.start}), so that a fault shows beside its field and nothing typed is
 * lost when a save is refused. Rows: up to five previous posts, three degrees, three
 * qualifications, publications, memberships and panels, twelve languages.
 * {@link #content(Validation)} turns it into the content, refusing at its field what is
 * not of the right form (a month, a year, a choice the form offers).
 */
@FormRows(
		value = { @FormRows.Rows(list = "previousJobs", most = ExpertContent.MAX_PREVIOUS_JOBS),
				@FormRows.Rows(list = "degrees", most = ExpertContent.MAX_THREE),
				@FormRows.Rows(list = "qualifications", most = ExpertContent.MAX_THREE),
				@FormRows.Rows(list = "publications", most = ExpertContent.MAX_THREE),
				@FormRows.Rows(list = "memberships", most = ExpertContent.MAX_THREE),
				@FormRows.Rows(list = "panels", most = ExpertContent.MAX_THREE),
				@FormRows.Rows(list = "languages", most = ExpertContent.MAX_LANGUAGES),
				@FormRows.Rows(list = "nationalities", most = ExpertContent.MAX_NATIONALITIES),
				@FormRows.Rows(list = "countriesWorkedIn", most = ExpertContent.MAX_COUNTRIES),
				@FormRows.Rows(list = "regionsWorkedIn", most = ExpertContent.MAX_COUNTRIES),
				@FormRows.Rows(list = "expertise", most = 40), @FormRows.Rows(list = "publicParts", most = 20) },
		message = "expert.rows.too-many")
public class ExpertForm extends FormObject {

	/** The most characters of a refused value that its message repeats. */
	private static final int SHOWN = 40;

	/** The language rows the form shows, filled or spare. */
	static final int LANGUAGE_ROWS = 4;

	private @Nullable String givenName;

	private @Nullable String familyName;

	private @Nullable String profile;

	private ContactRow contact = new ContactRow();

	private @Nullable String yearOfBirth;

	private @Nullable String countryOfBirth;

	private List<String> nationalities = new ArrayList<>();

	private @Nullable String gender;

	private JobRow currentJob = new JobRow();

	private List<JobRow> previousJobs = new ArrayList<>();

	private List<String> countriesWorkedIn = new ArrayList<>();

	private List<String> regionsWorkedIn = new ArrayList<>();

	private List<DegreeRow> degrees = new ArrayList<>();

	private List<String> qualifications = new ArrayList<>();

	private List<String> expertise = new ArrayList<>();

	private @Nullable String otherExpertise;

	private List<String> publications = new ArrayList<>();

	private List<String> memberships = new ArrayList<>();

	private List<String> panels = new ArrayList<>();

	private @Nullable String motherTongue;

	private List<LanguageRow> languages = new ArrayList<>();

	private @Nullable String orcid;

	private @Nullable String otherInformation;

	private @Nullable String availability;

	private boolean remote;

	private boolean onSite;

	private List<String> publicParts = new ArrayList<>();

	private int version;

	private @Nullable String comment;

	/** How the expert is reached, as typed. */
	public static class ContactRow {

		private @Nullable String email;

		private @Nullable String phone;

		private @Nullable String address;

		public @Nullable String getEmail() {
			return email;
		}

		public void setEmail(@Nullable String email) {
			this.email = email;
		}

		public @Nullable String getPhone() {
			return phone;
		}

		public void setPhone(@Nullable String phone) {
			this.phone = phone;
		}

		public @Nullable String getAddress() {
			return address;
		}

		public void setAddress(@Nullable String address) {
			this.address = address;
		}

	}

	/** A post as typed; the months as a month input gives them (2024-03). */
	public static class JobRow {

		private @Nullable String organisation;

		private @Nullable String department;

		private @Nullable String title;

		private @Nullable String start;

		private @Nullable String end;

		private @Nullable String type;

		private @Nullable String responsibilities;

		static JobRow of(ExpertContent.Job job) {
			JobRow row = new JobRow();
			row.organisation = job.organisation();
			row.department = job.department();
			row.title = job.title();
			row.start = (job.start() != null) ? job.start().toString() : null;
			row.end = (job.end() != null) ? job.end().toString() : null;
			row.type = (job.type() != null) ? job.type().name() : null;
			row.responsibilities = job.responsibilities();
			return row;
		}

		boolean blank() {
			return Fields.blankToNull(organisation) == null && Fields.blankToNull(department) == null
					&& Fields.blankToNull(title) == null && Fields.blankToNull(start) == null
					&& Fields.blankToNull(end) == null && Fields.blankToNull(type) == null
					&& Fields.blankToNull(responsibilities) == null;
		}

		ExpertContent.Job job(Validation validation, String field) {
			return new ExpertContent.Job(organisation, department, title, month(validation, field + ".start", start),
					month(validation, field + ".end", end),
					Fields.choice(validation, OrganisationType.class, field + ".type", type), responsibilities);
		}

		public @Nullable String getOrganisation() {
			return organisation;
		}

		public void setOrganisation(@Nullable String organisation) {
			this.organisation = organisation;
		}

		public @Nullable String getDepartment() {
			return department;
		}

		public void setDepartment(@Nullable String department) {
			this.department = department;
		}

		public @Nullable String getTitle() {
			return title;
		}

		public void setTitle(@Nullable String title) {
			this.title = title;
		}

		public @Nullable String getStart() {
			return start;
		}

		public void setStart(@Nullable String start) {
			this.start = start;
		}

		public @Nullable String getEnd() {
			return end;
		}

		public void setEnd(@Nullable String end) {
			this.end = end;
		}

		public @Nullable String getType() {
			return type;
		}

		public void setType(@Nullable String type) {
			this.type = type;
		}

		public @Nullable String getResponsibilities() {
			return responsibilities;
		}

		public void setResponsibilities(@Nullable String responsibilities) {
			this.responsibilities = responsibilities;
		}

	}

	/** A degree as typed. */
	public static class DegreeRow {

		private @Nullable String level;

		private @Nullable String subject;

		private @Nullable String institution;

		private @Nullable String year;

		boolean blank() {
			return Fields.blankToNull(level) == null && Fields.blankToNull(subject) == null
					&& Fields.blankToNull(institution) == null && Fields.blankToNull(year) == null;
		}

		public @Nullable String getLevel() {
			return level;
		}

		public void setLevel(@Nullable String level) {
			this.level = level;
		}

		public @Nullable String getSubject() {
			return subject;
		}

		public void setSubject(@Nullable String subject) {
			this.subject = subject;
		}

		public @Nullable String getInstitution() {
			return institution;
		}

		public void setInstitution(@Nullable String institution) {
			this.institution = institution;
		}

		public @Nullable String getYear() {
			return year;
		}

		public void setYear(@Nullable String year) {
			this.year = year;
		}

	}

	/** A language and its level as typed. */
	public static class LanguageRow {

		private @Nullable String language;

		private @Nullable String level;

		boolean blank() {
			return Fields.blankToNull(language) == null && Fields.blankToNull(level) == null;
		}

		public @Nullable String getLanguage() {
			return language;
		}

		public void setLanguage(@Nullable String language) {
			this.language = language;
		}

		public @Nullable String getLevel() {
			return level;
		}

		public void setLevel(@Nullable String level) {
			this.level = level;
		}

	}

	/** The form of a content, with spare rows. */
	static ExpertForm of(ExpertContent content, int version) {
		ExpertForm form = new ExpertForm();
		form.givenName = content.givenName();
		form.familyName = content.familyName();
		form.profile = content.profile();
		form.contact.email = content.contact().email();
		form.contact.phone = content.contact().phone();
		form.contact.address = content.contact().address();
		form.yearOfBirth = (content.yearOfBirth() != null) ? content.yearOfBirth().toString() : null;
		form.countryOfBirth = (content.countryOfBirth() != null) ? content.countryOfBirth().value() : null;
		content.nationalities().forEach(code -> form.nationalities.add(code.value()));
		form.gender = (content.gender() != null) ? content.gender().name() : null;
		form.currentJob = JobRow.of(content.currentJob());
		content.previousJobs().forEach(job -> form.previousJobs.add(JobRow.of(job)));
		content.countriesWorkedIn().forEach(code -> form.countriesWorkedIn.add(code.value()));
		content.regionsWorkedIn().forEach(code -> form.regionsWorkedIn.add(code.value()));
		for (ExpertContent.Degree degree : content.degrees()) {
			DegreeRow row = new DegreeRow();
			row.level = (degree.level() != null) ? degree.level().name() : null;
			row.subject = degree.subject();
			row.institution = degree.institution();
			row.year = (degree.year() != null) ? degree.year().toString() : null;
			form.degrees.add(row);
		}
		form.qualifications.addAll(content.qualifications());
		content.expertise().forEach(item -> form.expertise.add(item.name()));
		form.otherExpertise = content.otherExpertise();
		form.publications.addAll(content.publications());
		form.memberships.addAll(content.memberships());
		form.panels.addAll(content.panels());
		form.motherTongue = content.motherTongue();
		for (ExpertContent.LanguageSkill skill : content.languages()) {
			LanguageRow row = new LanguageRow();
			row.language = skill.language();
			row.level = (skill.level() != null) ? skill.level().name() : null;
			form.languages.add(row);
		}
		form.orcid = content.orcid();
		form.otherInformation = content.otherInformation();
		form.availability = (content.availability() != null) ? content.availability().name() : null;
		form.remote = content.remote();
		form.onSite = content.onSite();
		content.publicParts().forEach(part -> form.publicParts.add(part.name()));
		form.version = version;
		return form;
	}

	/** Shows spare rows up to the most each list holds (a few languages). */
	void spareRows() {
		while (previousJobs.size() < ExpertContent.MAX_PREVIOUS_JOBS) {
			previousJobs.add(new JobRow());
		}
		while (degrees.size() < ExpertContent.MAX_THREE) {
			degrees.add(new DegreeRow());
		}
		for (List<String> lines : List.of(qualifications, publications, memberships, panels)) {
			while (lines.size() < ExpertContent.MAX_THREE) {
				lines.add("");
			}
		}
		while (languages.size() < LANGUAGE_ROWS) {
			languages.add(new LanguageRow());
		}
	}

	/**
	 * The content the form gives; blank rows are left out, and what is not of the right
	 * form is noted in the validation at its field and left out.
	 */
	ExpertContent content(Validation validation) {
		// blank rows go, so that a fault's index names the row the form shows again
		previousJobs.removeIf(row -> row == null || row.blank());
		degrees.removeIf(row -> row == null || row.blank());
		languages.removeIf(row -> row == null || row.blank());
		for (List<String> lines : List.of(qualifications, publications, memberships, panels)) {
			lines.removeIf(line -> line == null || line.isBlank());
		}
		List<ExpertContent.Job> jobs = new ArrayList<>();
		for (int i = 0; i < previousJobs.size(); i++) {
			JobRow row = previousJobs.get(i);
			if (row != null && !row.blank()) {
				jobs.add(row.job(validation, "previousJobs[" + jobs.size() + "]"));
			}
		}
		List<ExpertContent.Degree> given = new ArrayList<>();
		for (DegreeRow row : degrees) {
			if (row != null && !row.blank()) {
				String field = "degrees[" + given.size() + "]";
				given.add(new ExpertContent.Degree(
						Fields.choice(validation, DegreeLevel.class, field + ".level", row.level), row.subject,
						row.institution,
						wholeNumber(validation, field + ".year", row.year, "expert.year.invalid", SHOWN)));
			}
		}
		List<ExpertContent.LanguageSkill> skills = new ArrayList<>();
		for (LanguageRow row : languages) {
			if (row != null && !row.blank()) {
				skills.add(new ExpertContent.LanguageSkill(row.language, Fields.choice(validation, LanguageLevel.class,
						"languages[" + skills.size() + "].level", row.level)));
			}
		}
		List<Expertise> areas = new ArrayList<>();
		for (String name : expertise) {
			Expertise item = Fields.choice(validation, Expertise.class, "expertise", name);
			if (item != null) {
				areas.add(item);
			}
		}
		Set<PublicPart> parts = new LinkedHashSet<>();
		for (String name : publicParts) {
			PublicPart part = Fields.choice(validation, PublicPart.class, "publicParts", name);
			if (part != null) {
				parts.add(part);
			}
		}
		return new ExpertContent(givenName, familyName, profile,
				new ExpertContent.Contact(contact.email, contact.phone, contact.address),
				wholeNumber(validation, "yearOfBirth", yearOfBirth, "expert.year.invalid", SHOWN),
				country(validation, "countryOfBirth", countryOfBirth),
				countries(validation, "nationalities", nationalities),
				Fields.choice(validation, Gender.class, "gender", gender), currentJob.job(validation, "currentJob"),
				jobs, countries(validation, "countriesWorkedIn", countriesWorkedIn),
				regions(validation, regionsWorkedIn), given, lines(qualifications), areas, otherExpertise,
				lines(publications), lines(memberships), lines(panels), motherTongue, skills, orcid, otherInformation,
				Fields.choice(validation, Availability.class, "availability", availability), remote, onSite, parts);
	}

	private static List<String> lines(List<String> typed) {
		return typed.stream().filter(line -> line != null && !line.isBlank()).toList();
	}

	private static @Nullable CountryCode country(Validation validation, String field, @Nullable String typed) {
		String text = Fields.blankToNull(typed);
		if (text == null) {
			return null;
		}
		if (!text.matches("[A-Za-z]{3}")) {
			validation.reject(field, "expert.country.unknown", cut(text));
			return null;
		}
		return CountryCode.of(text.toUpperCase(java.util.Locale.ROOT));
	}

	private static List<CountryCode> countries(Validation validation, String field, List<String> typed) {
		List<CountryCode> codes = new ArrayList<>();
		for (String text : typed) {
			if (Fields.blankToNull(text) != null) {
				CountryCode code = country(validation, field, text);
				if (code != null) {
					codes.add(code);
				}
			}
		}
		return codes;
	}

	private static List<RegionCode> regions(Validation validation, List<String> typed) {
		List<RegionCode> codes = new ArrayList<>();
		for (String text : typed) {
			String code = Fields.blankToNull(text);
			if (code == null) {
				continue;
			}
			if (!code.matches("\\d{3}")) {
				validation.reject("regionsWorkedIn", "expert.region.unknown", cut(code));
			}
			else {
				codes.add(new RegionCode(code));
			}
		}
		return codes;
	}

	private static @Nullable YearMonth month(Validation validation, String field, @Nullable String typed) {
		String text = Fields.blankToNull(typed);
		if (text == null) {
			return null;
		}
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException ex) {
			validation.reject(field, "expert.month.invalid", cut(text));
			return null;
		}
	}

	private static String cut(String text) {
		return (text.length() > SHOWN) ? text.substring(0, SHOWN) + "…" : text;
	}

	/** Whether the form holds the choice (a checkbox or an option). */
	public boolean has(String list, String value) {
		return switch (list) {
			case "expertise" -> expertise.contains(value);
			case "publicParts" -> publicParts.contains(value);
			case "nationalities" -> nationalities.contains(value);
			case "countriesWorkedIn" -> countriesWorkedIn.contains(value);
			case "regionsWorkedIn" -> regionsWorkedIn.contains(value);
			default -> false;
		};
	}

	// Getters and setters, as Spring binds them.

	public @Nullable String getGivenName() {
		return givenName;
	}

	public void setGivenName(@Nullable String givenName) {
		this.givenName = givenName;
	}

	public @Nullable String getFamilyName() {
		return familyName;
	}

	public void setFamilyName(@Nullable String familyName) {
		this.familyName = familyName;
	}

	public @Nullable String getProfile() {
		return profile;
	}

	public void setProfile(@Nullable String profile) {
		this.profile = profile;
	}

	public ContactRow getContact() {
		return contact;
	}

	public void setContact(ContactRow contact) {
		this.contact = contact;
	}

	public @Nullable String getYearOfBirth() {
		return yearOfBirth;
	}

	public void setYearOfBirth(@Nullable String yearOfBirth) {
		this.yearOfBirth = yearOfBirth;
	}

	public @Nullable String getCountryOfBirth() {
		return countryOfBirth;
	}

	public void setCountryOfBirth(@Nullable String countryOfBirth) {
		this.countryOfBirth = countryOfBirth;
	}

	public List<String> getNationalities() {
		return nationalities;
	}

	public void setNationalities(List<String> nationalities) {
		this.nationalities = nationalities;
	}

	public @Nullable String getGender() {
		return gender;
	}

	public void setGender(@Nullable String gender) {
		this.gender = gender;
	}

	public JobRow getCurrentJob() {
		return currentJob;
	}

	public void setCurrentJob(JobRow currentJob) {
		this.currentJob = currentJob;
	}

	public List<JobRow> getPreviousJobs() {
		return previousJobs;
	}

	public void setPreviousJobs(List<JobRow> previousJobs) {
		this.previousJobs = previousJobs;
	}

	public List<String> getCountriesWorkedIn() {
		return countriesWorkedIn;
	}

	public void setCountriesWorkedIn(List<String> countriesWorkedIn) {
		this.countriesWorkedIn = countriesWorkedIn;
	}

	public List<String> getRegionsWorkedIn() {
		return regionsWorkedIn;
	}

	public void setRegionsWorkedIn(List<String> regionsWorkedIn) {
		this.regionsWorkedIn = regionsWorkedIn;
	}

	public List<DegreeRow> getDegrees() {
		return degrees;
	}

	public void setDegrees(List<DegreeRow> degrees) {
		this.degrees = degrees;
	}

	public List<String> getQualifications() {
		return qualifications;
	}

	public void setQualifications(List<String> qualifications) {
		this.qualifications = qualifications;
	}

	public List<String> getExpertise() {
		return expertise;
	}

	public void setExpertise(List<String> expertise) {
		this.expertise = expertise;
	}

	public @Nullable String getOtherExpertise() {
		return otherExpertise;
	}

	public void setOtherExpertise(@Nullable String otherExpertise) {
		this.otherExpertise = otherExpertise;
	}

	public List<String> getPublications() {
		return publications;
	}

	public void setPublications(List<String> publications) {
		this.publications = publications;
	}

	public List<String> getMemberships() {
		return memberships;
	}

	public void setMemberships(List<String> memberships) {
		this.memberships = memberships;
	}

	public List<String> getPanels() {
		return panels;
	}

	public void setPanels(List<String> panels) {
		this.panels = panels;
	}

	public @Nullable String getMotherTongue() {
		return motherTongue;
	}

	public void setMotherTongue(@Nullable String motherTongue) {
		this.motherTongue = motherTongue;
	}

	public List<LanguageRow> getLanguages() {
		return languages;
	}

	public void setLanguages(List<LanguageRow> languages) {
		this.languages = languages;
	}

	public @Nullable String getOrcid() {
		return orcid;
	}

	public void setOrcid(@Nullable String orcid) {
		this.orcid = orcid;
	}

	public @Nullable String getOtherInformation() {
		return otherInformation;
	}

	public void setOtherInformation(@Nullable String otherInformation) {
		this.otherInformation = otherInformation;
	}

	public @Nullable String getAvailability() {
		return availability;
	}

	public void setAvailability(@Nullable String availability) {
		this.availability = availability;
	}

	public boolean isRemote() {
		return remote;
	}

	public void setRemote(boolean remote) {
		this.remote = remote;
	}

	public boolean isOnSite() {
		return onSite;
	}

	public void setOnSite(boolean onSite) {
		this.onSite = onSite;
	}

	public List<String> getPublicParts() {
		return publicParts;
	}

	public void setPublicParts(List<String> publicParts) {
		this.publicParts = publicParts;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public @Nullable String getComment() {
		return comment;
	}

	public void setComment(@Nullable String comment) {
		this.comment = comment;
	}

}
