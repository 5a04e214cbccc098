package org.cbcm.directory;

import java.time.LocalDate;
import java.util.Locale;

import org.cbcm.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * A country or area of ISO 3166-1, or the European Union, with its UN M49 regions, the UN
 * groupings the Action Plan names, and its status under the Protocol. A classification is
 * null where the source has no value (Antarctica and Taiwan have no developing/developed
 * value; the European Union has none of the country groupings).
 *
 * @param code the alpha-3 code, or EU
 * @param iso2 the alpha-2 code, also the key of the country's name in every language
 * @param iso3 the alpha-3 code; null for the European Union
 * @param m49 the UN M49 numeric code; null for the European Union
 * @param officialNameEn the English name in the UNSD M49 list
 * @param region the M49 region (002 Africa, 019 Americas, 142 Asia, 150 Europe, 009
 * Oceania)
 * @param subRegion the M49 sub-region, such as 202 Sub-Saharan Africa
 * @param intermediateRegion the M49 intermediate region, such as 014 Eastern Africa,
 * where it has one
 * @param ldc least developed country
 * @param lldc land-locked developing country
 * @param sids small island developing State
 * @param developing developing country (UNSD M49 grouping)
 * @param economyInTransition economy in transition (UN DESA WESP)
 * @param regionalOrganisation a regional economic integration organisation (the EU), not
 * a country
 * @param cartagenaStatus Party, signatory or neither
 * @param cartagenaPartySince the date the Protocol entered into force for it
 * @param cartagenaSignedOn the date it signed the Protocol
 * @param cartagenaDepositedOn the date it deposited its instrument of ratification,
 * accession, approval or acceptance
 * @param centreOfOrigin a centre of origin or of genetic diversity (paragraph 9); null
 * while not recorded
 * @param centreOfOriginNote what makes it one
 */
public record Country(CountryCode code, String iso2, @Nullable String iso3, @Nullable String m49, String officialNameEn,
		@Nullable RegionCode region, @Nullable RegionCode subRegion, @Nullable RegionCode intermediateRegion,
		@Nullable Boolean ldc, @Nullable Boolean lldc, @Nullable Boolean sids, @Nullable Boolean developing,
		@Nullable Boolean economyInTransition, boolean regionalOrganisation, CartagenaStatus cartagenaStatus,
		@Nullable LocalDate cartagenaPartySince, @Nullable LocalDate cartagenaSignedOn,
		@Nullable LocalDate cartagenaDepositedOn, @Nullable Boolean centreOfOrigin,
		@Nullable String centreOfOriginNote) {

	/** The six official languages of the United Nations. */
	public static final java.util.List<Locale> UN_LANGUAGES = java.util.List.of(Locale.ENGLISH, Locale.FRENCH,
			Locale.forLanguageTag("es"), Locale.forLanguageTag("ru"), Locale.CHINESE, Locale.forLanguageTag("ar"));

	/**
	 * The country's short name in the language as the UN writes it (the UNSD M49 name,
	 * {@link CountryNames}); in English for a language other than the six.
	 */
	public String name(Locale language) {
		String name = CountryNames.name(iso3, language);
		return (name != null) ? name : new Locale("", iso2).getDisplayCountry(language);
	}

	/**
	 * The short names, in the six UN languages, of the country with this alpha-3 code (of
	 * the European Union for none): for readers that hold only the codes.
	 */
	public static java.util.List<String> unNames(@Nullable String iso3) {
		return UN_LANGUAGES.stream()
			.map(language -> CountryNames.name(iso3, language))
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	/**
	 * The country's formal name in the language ("the Republic of Kenya", from the UN
	 * Terminology Database), or its short name where it has none.
	 */
	public String formalName(Locale language) {
		String name = CountryNames.formalName(iso3, language);
		return (name != null) ? name : name(language);
	}

	/**
	 * Whether a reader's text names the country: part of any of its names in the six UN
	 * languages (also the common names of Unicode CLDR, such as Laos or Kenia), ignoring
	 * case, accents, spaces and punctuation, or one of its codes (alpha-2, alpha-3, M49).
	 */
	public boolean answersTo(String text) {
		return CountryNames.answersTo(this, text);
	}

	public boolean cartagenaParty() {
		return cartagenaStatus == CartagenaStatus.PARTY;
	}

	/** Whether the country lies in the M49 region, sub-region or intermediate region. */
	public boolean isIn(RegionCode m49Region) {
		return m49Region.equals(region) || m49Region.equals(subRegion) || m49Region.equals(intermediateRegion);
	}

}
