package org.cbcm.directory;

import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * An organisation that funds, implements or supports biosafety capacity-building: a
 * donor, an agency, an NGO, a university, a company.
 *
 * @param id identifies it
 * @param name its full name
 * @param acronym its usual short name, where it has one
 * @param type what kind of body it is
 * @param country where it has its seat
 * @param website its website
 * @param description what it does in biosafety capacity-building
 * @param iatiIdentifier its IATI organisation identifier, where it has one
 */
public record Organisation(OrganisationId id, String name, @Nullable String acronym, OrganisationType type,
		@Nullable CountryCode country, @Nullable String website, @Nullable String description,
		@Nullable String iatiIdentifier) {

	/** The acronym where it has one, else the name. */
	public String shortName() {
		return (acronym != null) ? acronym : name;
	}

	/**
	 * The name followed by the acronym where it has one, as choices and mails name it:
	 * "United Nations Environment Programme (UNEP)".
	 */
	public String fullName() {
		return (acronym != null) ? name + " (" + acronym + ")" : name;
	}

}
