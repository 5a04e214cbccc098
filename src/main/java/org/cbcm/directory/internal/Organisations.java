package org.cbcm.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationFilter;
import org.cbcm.directory.OrganisationType;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads organisations as readers see them, straight from SQL, filtered and paged in the
 * query: only published ones, in their published copy (see {@link OrganisationRecords}).
 */
@Repository
public class Organisations {

	private static final String COLUMNS = "id, name, acronym, organisation_type, country_code, website, description, iati_identifier";

	/** The rows readers see: published organisations. */
	static final String PUBLIC = "published_at IS NOT NULL";

	private final JdbcClient jdbc;

	Organisations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Organisation> find(OrganisationId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE id = :id AND " + PUBLIC)
			.param("id", id.value())
			.query(Organisations::organisation)
			.optional();
	}

	/** The organisations among the identifiers, in one query. */
	public List<Organisation> findAll(java.util.Collection<OrganisationId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE id IN (:ids) AND " + PUBLIC)
			.param("ids", ids.stream().map(OrganisationId::value).distinct().toList())
			.query(Organisations::organisation)
			.list();
	}

	/** Every organisation, by name. */
	public List<Organisation> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE " + PUBLIC + " ORDER BY LOWER(name), id")
			.query(Organisations::organisation)
			.list();
	}

	public ResultPage<Organisation> search(OrganisationFilter filter, Paging paging) {
		List<String> conditions = new ArrayList<>();
		conditions.add(PUBLIC);
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.type() != null) {
			conditions.add("organisation_type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.country() != null) {
			conditions.add("country_code = :country");
			params.put("country", filter.country().value());
		}
		if (filter.text() != null) {
			conditions.add("(LOWER(name) LIKE :text ESCAPE '\\' OR LOWER(acronym) LIKE :text ESCAPE '\\')");
			params.put("text", "%" + likeEscaped(filter.text().toLowerCase(Locale.ROOT)) + "%");
		}
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		long total = jdbc.sql("SELECT COUNT(*) FROM organisation" + where).params(params).query(Long.class).single();
		List<Organisation> page = jdbc
			.sql("SELECT " + COLUMNS + " FROM organisation" + where
					+ " ORDER BY LOWER(name), id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(Organisations::organisation)
			.list();
		return ResultPage.of(page, paging, total);
	}

	public Map<OrganisationType, Long> countsByType() {
		Map<OrganisationType, Long> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT organisation_type, COUNT(*) FROM organisation WHERE " + PUBLIC + " GROUP BY organisation_type")
			.query(rs -> {
				counts.put(OrganisationType.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static Organisation organisation(ResultSet rs, int row) throws SQLException {
		String country = rs.getString("country_code");
		return new Organisation(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("name"),
				rs.getString("acronym"), OrganisationType.valueOf(rs.getString("organisation_type")),
				(country != null) ? new CountryCode(country) : null, rs.getString("website"),
				rs.getString("description"), rs.getString("iati_identifier"));
	}

}
