package org.cbcm.directory.web;

import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.web.PathIdentifier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The directory's identifiers as addresses name them: a country's code, an organisation's
 * identifier. A text that is neither names no country or organisation.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryIdentifiers {

	@Bean
	PathIdentifier<CountryCode> countryCodes() {
		return new PathIdentifier<>(CountryCode.class, CountryCode::isValid, CountryCode::of, "country.not-found");
	}

	@Bean
	PathIdentifier<OrganisationId> organisationIds() {
		return new PathIdentifier<>(OrganisationId.class, OrganisationId::isValid, OrganisationId::of,
				"organisation.not-found");
	}

}
