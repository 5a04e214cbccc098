package org.cbcm.identity.web;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.directory.OrganisationFilter;
import org.cbcm.shared.Grant;
import org.cbcm.shared.Paging;
import org.jspecify.annotations.Nullable;

/**
 * The countries and organisations a role can be scoped to, as forms offer them, and
 * grants as pages name them.
 */
final class ScopeChoices {

	private ScopeChoices() {
	}

	/** A choice of a select: its value and what the reader sees. */
	record Choice(String value, String label) {
	}

	/** A grant as a page shows it, with the names of its scope. */
	record DescribedGrant(Grant grant, @Nullable String countryName, @Nullable String organisationName) {
	}

	static List<Choice> countries(CountryDirectory directory, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return directory.all()
			.stream()
			.sorted(Comparator.comparing((Country country) -> country.name(locale), collator))
			.map(country -> new Choice(country.code().value(),
					country.name(locale) + " (" + country.code().value() + ")"))
			.toList();
	}

	static List<Choice> organisations(OrganisationDirectory directory) {
		return directory.search(OrganisationFilter.everything(), new Paging(0, Paging.MAX_SIZE))
			.content()
			.stream()
			.map(organisation -> new Choice(organisation.id().toString(), organisation.fullName()))
			.toList();
	}

	static List<DescribedGrant> describe(Collection<Grant> grants, CountryDirectory countries,
			OrganisationDirectory organisations, Locale locale) {
		return grants.stream()
			.sorted(Comparator.comparing((Grant grant) -> grant.role()))
			.map(grant -> new DescribedGrant(grant,
					(grant.country() != null) ? countries.find(grant.country()).map(c -> c.name(locale)).orElse(null)
							: null,
					(grant.organisation() != null)
							? organisations.find(grant.organisation()).map(Organisation::fullName).orElse(null) : null))
			.toList();
	}

}
