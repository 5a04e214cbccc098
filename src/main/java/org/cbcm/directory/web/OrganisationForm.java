package org.cbcm.directory.web;

import org.cbcm.directory.OrganisationContent;
import org.cbcm.directory.OrganisationType;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The organisation form as Spring binds it ({@code @ModelAttribute}): texts as typed, so
 * that a refused form shows them again. A choice the form does not offer and a country
 * code of the wrong form are noted at their field, with every other fault.
 */
public record OrganisationForm(@Nullable String name, @Nullable String acronym, @Nullable String type,
		@Nullable String country, @Nullable String iatiIdentifier, @Nullable String website,
		@Nullable String description, @Nullable Integer version, @Nullable String comment) {

	static OrganisationForm empty() {
		return new OrganisationForm(null, null, null, null, null, null, null, 0, null);
	}

	static OrganisationForm of(OrganisationContent content, int version) {
		return new OrganisationForm(content.name(), content.acronym(),
				(content.type() != null) ? content.type().name() : null,
				(content.country() != null) ? content.country().value() : null, content.iatiIdentifier(),
				content.website(), content.description(), version, null);
	}

	/** The content, with the faults of the choices noted in the validation. */
	OrganisationContent content(Validation choices) {
		OrganisationType chosen = null;
		if (type != null && !type.isBlank()) {
			try {
				chosen = OrganisationType.valueOf(type);
			}
			catch (IllegalArgumentException ex) {
				choices.reject("type", "error.type.choice", type,
						String.join(", ", java.util.Arrays.stream(OrganisationType.values()).map(Enum::name).toList()));
			}
		}
		CountryCode seat = null;
		if (country != null && !country.isBlank()) {
			if (CountryCode.isValid(country)) {
				seat = CountryCode.of(country);
			}
			else {
				choices.reject("country", "organisation.country.unknown", country);
			}
		}
		return new OrganisationContent(name, acronym, chosen, seat, iatiIdentifier, website, description);
	}

	int basedOn() {
		return (version != null) ? version : -1;
	}

}
