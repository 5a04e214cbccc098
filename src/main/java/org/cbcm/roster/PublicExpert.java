package org.cbcm.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cbcm.directory.RegionCode;
import org.cbcm.roster.ExpertContent.Availability;
import org.cbcm.roster.ExpertContent.Contact;
import org.cbcm.roster.ExpertContent.Degree;
import org.cbcm.roster.ExpertContent.Gender;
import org.cbcm.roster.ExpertContent.Job;
import org.cbcm.roster.ExpertContent.LanguageSkill;
import org.cbcm.roster.ExpertContent.PublicPart;
import org.cbcm.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * A listed expert as everybody may see them: the published copy, with only the parts the
 * expert agreed to show ({@link PublicPart}); the rest is empty. Without the name the
 * expert is known as an expert of the nominating Party. The contact is there only for
 * those allowed to reach the expert (the Secretariat, the owners), never for the public.
 * The record's page and the API both show this.
 *
 * @param id the record's identifier
 * @param country the nominating Party (ISO 3166-1 alpha-3)
 * @param name the name, when shown
 * @param profile the profile, when shown
 * @param contact the contact, only for those who may reach the expert
 * @param currentJob the current post, when employment is shown
 * @param previousJobs earlier posts, when employment is shown
 * @param countriesWorkedIn countries worked in, when employment is shown
 * @param regionsWorkedIn regions worked in, when employment is shown
 * @param degrees degrees, when education is shown
 * @param qualifications other qualifications, when education is shown
 * @param expertise the areas of expertise, when shown
 * @param otherExpertise other expertise, when expertise is shown
 * @param motherTongue the mother tongue, when languages are shown
 * @param languages other languages, when shown
 * @param nationalities nationalities, when shown
 * @param gender the gender, when shown
 * @param publications publications, when shown
 * @param memberships memberships, when publications are shown
 * @param panels panels, when publications are shown
 * @param orcid the ORCID iD, when shown
 * @param availability whether the expert takes assignments now
 * @param remote whether the expert works remotely
 * @param onSite whether the expert travels
 * @param shown the parts the expert agreed to show
 * @param listedUntil the day the listing lapses
 */
public record PublicExpert(String id, String country, @Nullable String name, @Nullable String profile,
		@Nullable Contact contact, @Nullable Job currentJob, List<Job> previousJobs, List<String> countriesWorkedIn,
		List<String> regionsWorkedIn, List<Degree> degrees, List<String> qualifications, List<Expertise> expertise,
		@Nullable String otherExpertise, @Nullable String motherTongue, List<LanguageSkill> languages,
		List<String> nationalities, @Nullable Gender gender, List<String> publications, List<String> memberships,
		List<String> panels, @Nullable String orcid, @Nullable Availability availability, boolean remote,
		boolean onSite, Set<PublicPart> shown, @Nullable LocalDate listedUntil) {

	/**
	 * The public projection of a published copy.
	 * @param withContact whether the reader may reach the expert
	 */
	public static PublicExpert of(ExpertId id, CountryCode country, ExpertContent content, boolean withContact,
			@Nullable LocalDate listedUntil) {
		boolean employment = content.shows(PublicPart.EMPLOYMENT);
		boolean education = content.shows(PublicPart.EDUCATION);
		boolean expertise = content.shows(PublicPart.EXPERTISE);
		boolean languages = content.shows(PublicPart.LANGUAGES);
		boolean writings = content.shows(PublicPart.PUBLICATIONS);
		String name = content.name();
		return new PublicExpert(id.toString(), country.value(),
				(content.shows(PublicPart.NAME) && !name.isEmpty()) ? name : null,
				content.shows(PublicPart.PROFILE) ? content.profile() : null, withContact ? content.contact() : null,
				employment ? content.currentJob() : null, employment ? content.previousJobs() : List.of(),
				employment ? codes(content.countriesWorkedIn(), CountryCode::value) : List.of(),
				employment ? codes(content.regionsWorkedIn(), RegionCode::value) : List.of(),
				education ? content.degrees() : List.of(), education ? content.qualifications() : List.of(),
				expertise ? content.expertise() : List.of(), expertise ? content.otherExpertise() : null,
				languages ? content.motherTongue() : null, languages ? content.languages() : List.of(),
				content.shows(PublicPart.NATIONALITY) ? codes(content.nationalities(), CountryCode::value) : List.of(),
				content.shows(PublicPart.GENDER) ? content.gender() : null,
				writings ? content.publications() : List.of(), writings ? content.memberships() : List.of(),
				writings ? content.panels() : List.of(), content.shows(PublicPart.ORCID) ? content.orcid() : null,
				content.availability(), content.remote(), content.onSite(), content.publicParts(), listedUntil);
	}

	private static <T> List<String> codes(List<T> codes, java.util.function.Function<T, String> value) {
		return codes.stream().filter(java.util.Objects::nonNull).map(value).toList();
	}

}
