package org.cbcm.directory.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.directory.OrganisationFilter;
import org.cbcm.directory.OrganisationType;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Organisations through the REST API. */
@RestController
@RequestMapping(path = "/api/v1/organisations", produces = "application/json")
@Tag(name = "Organisations", description = "Donors, agencies and others in biosafety capacity-building")
class OrganisationApi {

	private final OrganisationDirectory organisations;

	private final CountryDirectory countries;

	OrganisationApi(OrganisationDirectory organisations, CountryDirectory countries) {
		this.organisations = organisations;
		this.countries = countries;
	}

	@GetMapping
	@Operation(summary = "Organisations by name, a page at a time, optionally of one type or seated in one country")
	ResultPage<OrganisationResource> list(@RequestParam(required = false) @Nullable OrganisationType type,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		CountryCode countryCode = countries.country("country", country);
		return organisations.search(new OrganisationFilter(type, countryCode, q), new Paging(page, size))
			.map(OrganisationResource::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One organisation by its identifier")
	OrganisationResource get(@PathVariable OrganisationId id) {
		return OrganisationResource.of(organisations.get(id));
	}

	record OrganisationResource(String id, String name, @Nullable String acronym, OrganisationType type,
			@Nullable String country, @Nullable String website, @Nullable String description) {

		static OrganisationResource of(Organisation organisation) {
			return new OrganisationResource(organisation.id().toString(), organisation.name(), organisation.acronym(),
					organisation.type(), (organisation.country() != null) ? organisation.country().value() : null,
					organisation.website(), organisation.description());
		}

	}

}
