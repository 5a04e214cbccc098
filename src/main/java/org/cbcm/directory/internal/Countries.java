package org.cbcm.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cbcm.directory.CartagenaStatus;
import org.cbcm.directory.Country;
import org.cbcm.directory.RegionCode;
import org.cbcm.shared.CountryCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads countries straight from SQL. */
@Repository
public class Countries {

	private static final String COLUMNS = """
			code, iso2, iso3, m49, official_name_en, region_m49, sub_region_m49, intermediate_region_m49,
			ldc, lldc, sids, developing, economy_in_transition, regional_organisation, cartagena_status,
			cartagena_party_since, cartagena_signed_on, cartagena_deposited_on, centre_of_origin, centre_of_origin_note""";

	private final JdbcClient jdbc;

	Countries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Country> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM country").query(Countries::country).list();
	}

	public Optional<Country> find(CountryCode code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM country WHERE code = :code")
			.param("code", code.value())
			.query(Countries::country)
			.optional();
	}

	private static Country country(ResultSet rs, int row) throws SQLException {
		return new Country(new CountryCode(rs.getString("code")), rs.getString("iso2"), rs.getString("iso3"),
				rs.getString("m49"), rs.getString("official_name_en"), region(rs, "region_m49"),
				region(rs, "sub_region_m49"), region(rs, "intermediate_region_m49"), flag(rs, "ldc"), flag(rs, "lldc"),
				flag(rs, "sids"), flag(rs, "developing"), flag(rs, "economy_in_transition"),
				rs.getBoolean("regional_organisation"), CartagenaStatus.valueOf(rs.getString("cartagena_status")),
				rs.getObject("cartagena_party_since", LocalDate.class),
				rs.getObject("cartagena_signed_on", LocalDate.class),
				rs.getObject("cartagena_deposited_on", LocalDate.class), flag(rs, "centre_of_origin"),
				rs.getString("centre_of_origin_note"));
	}

	private static @Nullable RegionCode region(ResultSet rs, String column) throws SQLException {
		String code = rs.getString(column);
		return (code == null) ? null : new RegionCode(code);
	}

	private static @Nullable Boolean flag(ResultSet rs, String column) throws SQLException {
		boolean value = rs.getBoolean(column);
		return rs.wasNull() ? null : value;
	}

}
