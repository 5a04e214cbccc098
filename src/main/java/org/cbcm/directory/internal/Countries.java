package org.cbcm.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
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

/**
 * Reads countries straight from SQL, with their status under the Protocol as of today:
 * the latest change the Secretariat recorded on or before today overrides the reference
 * file's.
 */
@Repository
public class Countries {

	private static final String COLUMNS = """
			c.code, c.iso2, c.iso3, c.m49, c.official_name_en, c.region_m49, c.sub_region_m49,
			c.intermediate_region_m49, c.ldc, c.lldc, c.sids, c.developing, c.economy_in_transition,
			c.regional_organisation, c.cartagena_status, c.cartagena_party_since, c.cartagena_signed_on,
			c.cartagena_deposited_on, c.centre_of_origin, c.centre_of_origin_note,
			s.status AS recorded_status, s.effective_on AS recorded_on""";

	/** Each country's latest recorded change on or before the day, if it has one. */
	private static final String FROM = """
			FROM country c LEFT JOIN (
			  SELECT country_code, status, effective_on,
			    ROW_NUMBER() OVER (PARTITION BY country_code ORDER BY effective_on DESC, id DESC) AS latest
			  FROM country_party_status WHERE effective_on <= :today
			) s ON s.country_code = c.code AND s.latest = 1""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Countries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<Country> all() {
		return jdbc.sql("SELECT " + COLUMNS + " " + FROM).param("today", today()).query(Countries::country).list();
	}

	public Optional<Country> find(CountryCode code) {
		return jdbc.sql("SELECT " + COLUMNS + " " + FROM + " WHERE c.code = :code")
			.param("today", today())
			.param("code", code.value())
			.query(Countries::country)
			.optional();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static Country country(ResultSet rs, int row) throws SQLException {
		CartagenaStatus status = CartagenaStatus.valueOf(rs.getString("cartagena_status"));
		LocalDate partySince = rs.getObject("cartagena_party_since", LocalDate.class);
		String recorded = rs.getString("recorded_status");
		if (recorded != null) {
			// A Party the file already knows keeps its date; one the Secretariat recorded
			// is a Party from the date recorded.
			CartagenaStatus file = status;
			status = CartagenaStatus.valueOf(recorded);
			partySince = (status != CartagenaStatus.PARTY) ? null
					: (file == CartagenaStatus.PARTY && partySince != null) ? partySince
							: rs.getObject("recorded_on", LocalDate.class);
		}
		return new Country(new CountryCode(rs.getString("code")), rs.getString("iso2"), rs.getString("iso3"),
				rs.getString("m49"), rs.getString("official_name_en"), region(rs, "region_m49"),
				region(rs, "sub_region_m49"), region(rs, "intermediate_region_m49"), flag(rs, "ldc"), flag(rs, "lldc"),
				flag(rs, "sids"), flag(rs, "developing"), flag(rs, "economy_in_transition"),
				rs.getBoolean("regional_organisation"), status, partySince,
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
