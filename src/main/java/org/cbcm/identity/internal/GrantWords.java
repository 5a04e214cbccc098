package org.cbcm.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.shared.Grant;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The roles a person holds as a sentence of a mail says them, in the person's language:
 * "national focal point of Kenya and reporter for UNEP". Scopes are named from the
 * directory, countries in the language, organisations by name and acronym.
 */
@Component
class GrantWords {

	private final MessageSource messages;

	private final CountryDirectory countries;

	private final OrganisationDirectory organisations;

	GrantWords(MessageSource messages, CountryDirectory countries, OrganisationDirectory organisations) {
		this.messages = messages;
		this.organisations = organisations;
		this.countries = countries;
	}

	String of(Collection<Grant> grants, Locale language) {
		List<String> words = new ArrayList<>();
		grants.stream()
			.sorted(Comparator.comparing(Grant::role))
			.forEach(grant -> words.add(messages.getMessage("mail.role." + grant.role().name(),
					new Object[] { scope(grant, language) }, language)));
		if (words.size() < 2) {
			return words.isEmpty() ? "" : words.get(0);
		}
		String allButLast = String.join(", ", words.subList(0, words.size() - 1));
		return messages.getMessage("mail.roles.and", new Object[] { allButLast, words.get(words.size() - 1) },
				language);
	}

	private String scope(Grant grant, Locale language) {
		if (grant.country() != null) {
			return countries.find(grant.country())
				.map((Country country) -> country.name(language))
				.orElse(grant.country().value());
		}
		if (grant.organisation() != null) {
			return organisations.find(grant.organisation())
				.map(Organisation::fullName)
				.orElse(grant.organisation().toString());
		}
		return "";
	}

}
