package org.cbcm.initiatives.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.records.Record.State;
import org.cbcm.records.RecordScope;
import org.cbcm.records.RecordStore;
import org.cbcm.records.RecordStatus;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores initiatives' records: the working and published copies as JSON, the rest in
 * columns. A save names the version it was read at and fails when another was saved
 * since.
 */
@Repository
class Initiatives implements RecordStore<InitiativeId, Initiative> {

	private static final String INSERT = """
			INSERT INTO initiative (id, status, version, owner_country, owner_organisation, title,
			  initiative_type, content, published_content, published_at, status_note, created_at, created_by,
			  created_by_name, updated_at, updated_by, updated_by_name)
			VALUES (:id, :status, :version, :country, :organisation, :title, :type, :content, :published,
			  :publishedAt, :note, :createdAt, :createdBy, :createdByName, :updatedAt, :updatedBy,
			  :updatedByName)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	private final JsonMapper json;

	Initiatives(JdbcClient jdbc, NamedParameterJdbcTemplate batches, JsonMapper json) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.json = json;
	}

	@Override
	public String key(InitiativeId id) {
		return id.toString();
	}

	@Override
	public Optional<Initiative> find(InitiativeId id) {
		return jdbc.sql("SELECT * FROM initiative WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> initiative(rs))
			.optional();
	}

	/**
	 * Saves the record if nobody saved it since the version it was read at (0 for a new
	 * one).
	 * @return whether it was saved
	 */
	@Override
	public boolean save(Initiative initiative, int readVersion) {
		Map<String, @Nullable Object> params = params(initiative, readVersion);
		boolean saved = (readVersion == 0) ? jdbc.sql(INSERT).params(params).update() == 1 : jdbc.sql("""
				UPDATE initiative SET status = :status, version = :version, title = :title, initiative_type = :type,
				  content = :content, published_content = :published, published_at = :publishedAt,
				  status_note = :note, updated_at = :updatedAt, updated_by = :updatedBy,
				  updated_by_name = :updatedByName
				WHERE id = :id AND version = :read""").params(params).update() == 1;
		if (saved) {
			if (readVersion != 0) {
				jdbc.sql("DELETE FROM initiative_country WHERE initiative_id = :id")
					.param("id", initiative.id().value())
					.update();
			}
			insertCountries(List.of(initiative));
		}
		return saved;
	}

	/**
	 * The countries a record names in its working or its published copy, in the order its
	 * copies give them.
	 */
	static java.util.Set<String> namedCountries(Initiative initiative) {
		java.util.Set<String> countries = new java.util.LinkedHashSet<>();
		initiative.content().geography().countries().forEach(share -> countries.add(share.country().value()));
		if (initiative.published() != null) {
			initiative.published().geography().countries().forEach(share -> countries.add(share.country().value()));
		}
		return countries;
	}

	private void insertCountries(List<Initiative> initiatives) {
		List<SqlParameterSource> rows = new java.util.ArrayList<>();
		for (Initiative initiative : initiatives) {
			for (String country : namedCountries(initiative)) {
				rows.add(new MapSqlParameterSource().addValue("id", initiative.id().value())
					.addValue("country", country));
			}
		}
		if (!rows.isEmpty()) {
			batches.batchUpdate("INSERT INTO initiative_country (initiative_id, country_code) VALUES (:id, :country)",
					rows.toArray(SqlParameterSource[]::new));
		}
	}

	/**
	 * Stores new records in one batch, as bulk loads (demo data) write them: a chunk of a
	 * thousand or so per call, in the caller's transaction.
	 */
	void insertAll(List<Initiative> created) {
		if (!created.isEmpty()) {
			batches.batchUpdate(INSERT,
					created.stream()
						.map(initiative -> new MapSqlParameterSource(params(initiative, 0)))
						.toArray(SqlParameterSource[]::new));
			insertCountries(created);
		}
	}

	/**
	 * Deletes records for good, with what the read model holds of them; only bulk
	 * removals (of demo data) do, the workflow archives instead.
	 */
	void deleteAll(Collection<InitiativeId> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("DELETE FROM initiative WHERE id IN (:ids)")
				.param("ids", ids.stream().map(InitiativeId::value).toList())
				.update();
		}
	}

	private Map<String, @Nullable Object> params(Initiative initiative, int readVersion) {
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("id", initiative.id().value());
		params.put("status", initiative.status().name());
		params.put("version", initiative.version());
		params.put("read", readVersion);
		params.put("country", (initiative.owner().country() != null) ? initiative.owner().country().value() : null);
		params.put("organisation",
				(initiative.owner().organisation() != null) ? initiative.owner().organisation().value() : null);
		params.put("title", initiative.content().title());
		params.put("type", (initiative.content().type() != null) ? initiative.content().type().name() : null);
		String content = json.writeValueAsString(initiative.content());
		params.put("content", content);
		params.put("published",
				(initiative.published() == null) ? null : (initiative.published() == initiative.content()) ? content
						: json.writeValueAsString(initiative.published()));
		params.put("publishedAt", at(initiative.publishedAt()));
		params.put("note", initiative.statusNote());
		params.put("createdAt", at(initiative.createdAt()));
		params.put("createdBy", (initiative.createdBy() != null) ? initiative.createdBy().value() : null);
		params.put("createdByName", initiative.createdByName());
		params.put("updatedAt", at(initiative.updatedAt()));
		params.put("updatedBy", (initiative.updatedBy() != null) ? initiative.updatedBy().value() : null);
		params.put("updatedByName", initiative.updatedByName());
		return params;
	}

	@Override
	public int currentVersion(InitiativeId id) {
		return jdbc.sql("SELECT version FROM initiative WHERE id = :id")
			.param("id", id.value())
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/** The owner of a record, without reading its content. */
	Optional<RecordScope> ownerOf(InitiativeId id) {
		return jdbc.sql("SELECT owner_country, owner_organisation FROM initiative WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> owner(rs))
			.optional();
	}

	private Initiative initiative(ResultSet rs) throws SQLException {
		String published = rs.getString("published_content");
		return new Initiative(new InitiativeId(rs.getObject("id", UUID.class)), owner(rs),
				new State<>(RecordStatus.valueOf(rs.getString("status")), rs.getInt("version"),
						json.readValue(rs.getString("content"), InitiativeContent.class),
						(published != null) ? json.readValue(published, InitiativeContent.class) : null,
						instant(rs.getObject("published_at", OffsetDateTime.class)), rs.getString("status_note"),
						rs.getObject("created_at", OffsetDateTime.class).toInstant(),
						user(rs.getObject("created_by", UUID.class)), rs.getString("created_by_name"),
						rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
						user(rs.getObject("updated_by", UUID.class)), rs.getString("updated_by_name")));
	}

	static RecordScope owner(ResultSet rs) throws SQLException {
		String country = rs.getString("owner_country");
		return (country != null) ? RecordScope.of(CountryCode.of(country))
				: RecordScope.of(new OrganisationId(rs.getObject("owner_organisation", UUID.class)));
	}

	private static @Nullable UserId user(@Nullable UUID id) {
		return (id != null) ? new UserId(id) : null;
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

	static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
