package org.cbcm.directory;

import org.cbcm.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * Which organisations a reader asks for; every criterion is optional.
 *
 * @param type only organisations of this type
 * @param country only organisations seated in this country
 * @param text part of the name or acronym
 */
public record OrganisationFilter(@Nullable OrganisationType type, @Nullable CountryCode country,
		@Nullable String text) {

	public OrganisationFilter {
		text = (text == null || text.isBlank()) ? null : text.strip();
	}

	public static OrganisationFilter everything() {
		return new OrganisationFilter(null, null, null);
	}

}
