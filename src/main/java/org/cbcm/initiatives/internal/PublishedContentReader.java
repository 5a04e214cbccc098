package org.cbcm.initiatives.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.PublishedContents;
import org.cbcm.shared.InvalidRequestException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The published copies of the list's selection, read with the list's own filters and
 * order ({@link InitiativeQueries#where}), a chunk per query.
 */
@Service
@Transactional(readOnly = true)
class PublishedContentReader implements PublishedContents {

	private static final String COLUMNS = "SELECT e.initiative_id, i.owner_country, i.owner_organisation, "
			+ "i.published_content, i.published_at, " + InitiativeQueries.USD + " AS usd ";

	private final JdbcClient jdbc;

	private final InitiativeFilters filters;

	private final JsonMapper json;

	PublishedContentReader(JdbcClient jdbc, InitiativeFilters filters, JsonMapper json) {
		this.jdbc = jdbc;
		this.filters = filters;
		this.json = json;
	}

	@Override
	public void select(Map<String, String[]> parameters, int chunk, Consumer<List<Published>> chunks) {
		if (chunk < 1 || chunk > MAX_CHUNK) {
			throw new IllegalArgumentException("A chunk holds 1 to " + MAX_CHUNK + " initiatives, not " + chunk);
		}
		InitiativeFilter filter = filters.read(parameters);
		InitiativeSort sort = sort(parameters);
		InitiativeQueries.Where where = InitiativeQueries.where(filter, null);
		String sql = COLUMNS + InitiativeQueries.FROM + " JOIN initiative i ON i.id = e.initiative_id"
				+ (where.sql().isEmpty() ? " WHERE " : where.sql() + " AND ") + "i.published_content IS NOT NULL"
				+ " ORDER BY " + sort.order() + " LIMIT :limit OFFSET :offset";
		for (long offset = 0;; offset += chunk) {
			List<Published> page = jdbc.sql(sql)
				.params(where.params())
				.param("limit", chunk)
				.param("offset", offset)
				.query((rs, row) -> published(rs))
				.list();
			if (!page.isEmpty()) {
				chunks.accept(page);
			}
			if (page.size() < chunk) {
				return;
			}
		}
	}

	@Override
	public Optional<Published> find(InitiativeId id) {
		return jdbc
			.sql(COLUMNS + InitiativeQueries.FROM + " JOIN initiative i ON i.id = e.initiative_id"
					+ " WHERE e.initiative_id = :id AND i.published_content IS NOT NULL")
			.param("id", id.value())
			.query((rs, row) -> published(rs))
			.optional();
	}

	/** The list's order as its {@code sort} parameter names it; the newest first else. */
	private static InitiativeSort sort(Map<String, String[]> parameters) {
		String[] given = parameters.get("sort");
		if (given == null || given.length == 0 || given[0] == null || given[0].isBlank()) {
			return InitiativeSort.NEWEST;
		}
		String name = given[0].strip().toUpperCase(Locale.ROOT);
		for (InitiativeSort sort : InitiativeSort.values()) {
			if (sort.name().equals(name)) {
				return sort;
			}
		}
		throw new InvalidRequestException("sort", "initiative.sort.unknown", given[0]);
	}

	private Published published(ResultSet rs) throws SQLException {
		return new Published(new InitiativeId(rs.getObject("initiative_id", UUID.class)), Initiatives.owner(rs),
				json.readValue(rs.getString("published_content"), InitiativeContent.class),
				rs.getObject("published_at", OffsetDateTime.class).toInstant());
	}

}
