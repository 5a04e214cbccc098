-- Countries and other Parties (the European Union) with their UN classifications.
-- code is the ISO 3166-1 alpha-3 code, or EU for the European Union, which has none.
CREATE TABLE country
(
	code                      VARCHAR(3)   NOT NULL PRIMARY KEY,
	iso2                      VARCHAR(2)   NOT NULL UNIQUE,
	iso3                      VARCHAR(3) UNIQUE,
	m49                       VARCHAR(3) UNIQUE,
	official_name_en          VARCHAR(200) NOT NULL,
	region_m49                VARCHAR(3),
	sub_region_m49            VARCHAR(3),
	intermediate_region_m49   VARCHAR(3),
	ldc                       BOOLEAN,
	lldc                      BOOLEAN,
	sids                      BOOLEAN,
	developing                BOOLEAN,
	economy_in_transition     BOOLEAN,
	regional_organisation     BOOLEAN      NOT NULL,
	cartagena_status          VARCHAR(20)  NOT NULL,
	cartagena_party_since     DATE,
	cartagena_signed_on       DATE,
	cartagena_deposited_on    DATE,
	-- Edited by people, never by the reference data import; NULL = not recorded.
	centre_of_origin          BOOLEAN,
	centre_of_origin_note     VARCHAR(2000)
);
CREATE INDEX country_by_region_idx ON country (region_m49, sub_region_m49);
