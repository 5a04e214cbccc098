package org.cbcm.directory.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cbcm.directory.CartagenaStatus;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ReferenceData;
import org.cbcm.shared.ReferenceDataImports;
import org.cbcm.shared.ReferenceDataImports.DataFile;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start-up, imports {@code reference/countries.csv} and the signature and deposit
 * dates of {@code reference/cartagena-parties.csv} when they changed. The import never
 * touches what people edit in cbcm (the centre-of-origin flag and note) and never removes
 * a country.
 */
@Component
class CountryImport implements ReferenceData {

	@Override
	public int order() {
		return 10;
	}

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

	private final ReferenceDataImports imports;

	private final JdbcClient jdbc;

	CountryImport(ReferenceDataImports imports, JdbcClient jdbc) {
		this.imports = imports;
		this.jdbc = jdbc;
	}

	@Override
	public void importIfChanged() {
		DataFile countries = read("reference/countries.csv");
		DataFile parties = read("reference/cartagena-parties.csv");
		imports.importIfChanged("countries", List.of(countries, parties), () -> importCountries(countries, parties));
	}

	private void importCountries(DataFile countriesFile, DataFile partiesFile) {
		Map<String, CSVRecord> partyRows = new HashMap<>();
		for (CSVRecord row : records(partiesFile)) {
			partyRows.put(row.get("iso2"), row);
		}
		Set<String> existing = new HashSet<>(jdbc.sql("SELECT code FROM country").query(String.class).list());
		for (CSVRecord row : records(countriesFile)) {
			String iso2 = row.get("iso2");
			boolean eu = "EU".equals(iso2);
			CountryCode code = eu ? CountryCode.EUROPEAN_UNION : new CountryCode(row.get("iso3"));
			CSVRecord party = partyRows.get(iso2);
			boolean isParty = Boolean.TRUE.equals(flag(row, "cartagena_party"));
			CartagenaStatus status = isParty ? CartagenaStatus.PARTY
					: (party != null && "signatory_only".equals(party.get("status"))) ? CartagenaStatus.SIGNATORY
							: CartagenaStatus.NON_PARTY;
			String sql = existing.contains(code.value()) ? """
					UPDATE country SET iso2 = :iso2, iso3 = :iso3, m49 = :m49, official_name_en = :name,
					  region_m49 = :region, sub_region_m49 = :subRegion, intermediate_region_m49 = :intermediate,
					  ldc = :ldc, lldc = :lldc, sids = :sids, developing = :developing, economy_in_transition = :eit,
					  regional_organisation = :regional, cartagena_status = :status, cartagena_party_since = :since,
					  cartagena_signed_on = :signed, cartagena_deposited_on = :deposited
					WHERE code = :code"""
					: """
							INSERT INTO country (code, iso2, iso3, m49, official_name_en, region_m49, sub_region_m49,
							  intermediate_region_m49, ldc, lldc, sids, developing, economy_in_transition, regional_organisation,
							  cartagena_status, cartagena_party_since, cartagena_signed_on, cartagena_deposited_on)
							VALUES (:code, :iso2, :iso3, :m49, :name, :region, :subRegion, :intermediate, :ldc, :lldc, :sids,
							  :developing, :eit, :regional, :status, :since, :signed, :deposited)""";
			jdbc.sql(sql)
				.param("code", code.value())
				.param("iso2", iso2)
				.param("iso3", text(row, "iso3"))
				.param("m49", text(row, "m49"))
				.param("name", eu ? party.get("name_en") : row.get("name_en"))
				.param("region", text(row, "region_m49"))
				.param("subRegion", text(row, "sub_region_m49"))
				.param("intermediate", text(row, "intermediate_region_m49"))
				.param("ldc", flag(row, "ldc"))
				.param("lldc", flag(row, "lldc"))
				.param("sids", flag(row, "sids"))
				.param("developing", flag(row, "developing"))
				.param("eit", flag(row, "economy_in_transition"))
				.param("regional", eu)
				.param("status", status.name())
				.param("since", date(row.get("cartagena_party_since")))
				.param("signed", (party != null) ? date(party.get("signature_date")) : null)
				.param("deposited", (party != null) ? date(party.get("deposit_date")) : null)
				.update();
		}
	}

	private static List<CSVRecord> records(DataFile file) {
		try {
			return CSV.parse(new StringReader(file.text())).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The reference file " + file.name() + " cannot be parsed", ex);
		}
	}

	private static DataFile read(String path) {
		try {
			return new DataFile(path, new ClassPathResource(path).getContentAsByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The reference file " + path + " cannot be read", ex);
		}
	}

	private static @Nullable String text(CSVRecord row, String column) {
		String value = row.get(column);
		return value.isBlank() ? null : value.strip();
	}

	private static @Nullable Boolean flag(CSVRecord row, String column) {
		String value = row.get(column).strip();
		return switch (value) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			case "" -> null;
			default -> throw new IllegalStateException("countries.csv row %s: %s is '%s', not true, false or empty"
				.formatted(row.get("iso2"), column, value));
		};
	}

	private static @Nullable LocalDate date(String value) {
		return value.isBlank() ? null : LocalDate.parse(value.strip());
	}

}
