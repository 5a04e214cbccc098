package org.cbcm.directory.api;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbcm.directory.CartagenaStatus;
import org.cbcm.directory.Classification;
import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.CountryFilter;
import org.cbcm.directory.CountrySort;
import org.cbcm.directory.RegionCode;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Countries and Parties through the REST API. */
@RestController
@RequestMapping(path = "/api/v1/countries", produces = "application/json")
@Tag(name = "Countries",
		description = "Countries and Parties with their UN classifications and status under the Protocol")
class CountryApi {

	private final CountryDirectory directory;

	private final MessageSource messages;

	CountryApi(CountryDirectory directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping
	@Operation(
			summary = "Countries and the European Union, filtered; one page holds them all unless size says otherwise")
	ResultPage<CountryResource> list(@RequestParam(required = false) @Parameter(
			description = "M49 code of a region, sub-region or intermediate region, such as 002 or 202") @Nullable String region,
			@RequestParam(required = false) @Nullable Boolean ldc,
			@RequestParam(required = false) @Nullable Boolean lldc,
			@RequestParam(required = false) @Nullable Boolean sids,
			@RequestParam(required = false) @Nullable Boolean developing,
			@RequestParam(required = false) @Nullable Boolean eit,
			@RequestParam(required = false) @Parameter(
					description = "true for Parties to the Cartagena Protocol, false for the others") @Nullable Boolean party,
			@RequestParam(required = false) @Parameter(
					description = "part of one of its names in any of the six UN languages (case, accents and punctuation ignored), or a code") @Nullable String q,
			@RequestParam(defaultValue = "NAME") CountrySort sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "300") int size, Locale locale) {
		RegionCode regionCode = directory.region("region", region);
		Map<Classification, Boolean> wanted = new EnumMap<>(Classification.class);
		put(wanted, Classification.LDC, ldc);
		put(wanted, Classification.LLDC, lldc);
		put(wanted, Classification.SIDS, sids);
		put(wanted, Classification.DEVELOPING, developing);
		put(wanted, Classification.EIT, eit);
		put(wanted, Classification.PARTY, party);
		return directory.search(new CountryFilter(regionCode, wanted, q, true), sort, new Paging(page, size), locale)
			.map(country -> resource(country, locale));
	}

	@GetMapping("/{code}")
	@Operation(summary = "One country by its ISO 3166-1 alpha-3 code, or EU for the European Union")
	CountryResource get(@PathVariable CountryCode code, Locale locale) {
		return resource(directory.get(code), locale);
	}

	private CountryResource resource(Country country, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, String> formalNames = new LinkedHashMap<>();
		Country.UN_LANGUAGES.forEach(language -> {
			names.put(language.getLanguage(), country.name(language));
			formalNames.put(language.getLanguage(), country.formalName(language));
		});
		return new CountryResource(country.code().value(), country.iso2(), country.iso3(), country.m49(),
				country.name(locale), names, formalNames, country.officialNameEn(), code(country.region()),
				regionName(country.region(), locale), code(country.subRegion()),
				regionName(country.subRegion(), locale), code(country.intermediateRegion()),
				regionName(country.intermediateRegion(), locale), country.ldc(), country.lldc(), country.sids(),
				country.developing(), country.economyInTransition(), country.regionalOrganisation(),
				country.cartagenaParty(), country.cartagenaStatus(), country.cartagenaPartySince(),
				country.cartagenaSignedOn(), country.cartagenaDepositedOn(), country.centreOfOrigin(),
				country.centreOfOriginNote());
	}

	private @Nullable String regionName(@Nullable RegionCode code, Locale locale) {
		return (code == null) ? null : messages.getMessage(code.nameKey(), null, code.value(), locale);
	}

	private static @Nullable String code(@Nullable RegionCode region) {
		return (region == null) ? null : region.value();
	}

	private static void put(Map<Classification, Boolean> wanted, Classification classification,
			@Nullable Boolean value) {
		if (value != null) {
			wanted.put(classification, value);
		}
	}

	/**
	 * A country as the API shows it. Classifications are null where the source has no
	 * value.
	 */
	record CountryResource(String code, String iso2, @Nullable String iso3, @Nullable String m49, String name,
			Map<String, String> names, Map<String, String> formalNames, String officialName, @Nullable String region,
			@Nullable String regionName, @Nullable String subRegion, @Nullable String subRegionName,
			@Nullable String intermediateRegion, @Nullable String intermediateRegionName, @Nullable Boolean ldc,
			@Nullable Boolean lldc, @Nullable Boolean sids, @Nullable Boolean developing,
			@Nullable Boolean economyInTransition, boolean regionalOrganisation, boolean cartagenaParty,
			CartagenaStatus cartagenaStatus, @Nullable LocalDate cartagenaPartySince,
			@Nullable LocalDate cartagenaSignedOn, @Nullable LocalDate cartagenaDepositedOn,
			@Nullable Boolean centreOfOrigin, @Nullable String centreOfOriginNote) {
	}

}
