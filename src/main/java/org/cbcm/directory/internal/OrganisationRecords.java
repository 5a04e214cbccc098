package org.cbcm.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cbcm.directory.OrganisationContent;
import org.cbcm.directory.OrganisationType;
import org.cbcm.records.Record.State;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.RecordStore;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores organisations as records in the {@code organisation} table. Its content columns
 * hold the copy readers see ({@link Organisations} reads them): the published copy, or,
 * for an organisation never published, its working copy, which readers do not see
 * ({@code published_at} is null). The working copy of a record saved in cbcm is kept as
 * JSON beside them; a reference organisation nobody saved has none, its working copy is
 * its columns.
 */
@Repository
class OrganisationRecords implements RecordStore<OrganisationId, OrganisationRecord> {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	OrganisationRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public String key(OrganisationId id) {
		return id.toString();
	}

	@Override
	public Optional<OrganisationRecord> find(OrganisationId id) {
		return jdbc.sql("SELECT * FROM organisation WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> record(id, rs))
			.optional();
	}

	/** The organisations waiting for the Secretariat: submitted, oldest first. */
	List<OrganisationRecord> submitted() {
		// The oldest first, a screenful the Secretariat works through: never the whole
		// table.
		return jdbc.sql("SELECT * FROM organisation WHERE status = 'SUBMITTED' ORDER BY updated_at, id LIMIT 200")
			.query((rs, row) -> record(new OrganisationId(rs.getObject("id", UUID.class)), rs))
			.list();
	}

	@Override
	public boolean save(OrganisationRecord organisation, int readVersion) {
		OrganisationContent content = organisation.content();
		OrganisationContent shown = (organisation.published() != null) ? organisation.published() : content;
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("id", organisation.id().value());
		params.put("name", shown.name());
		params.put("acronym", shown.acronym());
		params.put("type", (shown.type() != null) ? shown.type().name() : null);
		params.put("country", (shown.country() != null) ? shown.country().value() : null);
		params.put("website", shown.website());
		params.put("description", shown.description());
		params.put("iati", shown.iatiIdentifier());
		params.put("working", json.writeValueAsString(content));
		params.put("status", organisation.status().name());
		params.put("version", organisation.version());
		params.put("read", readVersion);
		params.put("publishedAt", at(organisation.publishedAt()));
		params.put("note", organisation.statusNote());
		params.put("createdAt", at(organisation.createdAt()));
		params.put("createdBy", (organisation.createdBy() != null) ? organisation.createdBy().value() : null);
		params.put("createdByName", organisation.createdByName());
		params.put("updatedAt", at(organisation.updatedAt()));
		params.put("updatedBy", (organisation.updatedBy() != null) ? organisation.updatedBy().value() : null);
		params.put("updatedByName", organisation.updatedByName());
		if (readVersion == 0) {
			return jdbc.sql("""
					INSERT INTO organisation (id, name, acronym, organisation_type, country_code, website, description,
					  iati_identifier, working_content, status, version, published_at, status_note, created_at,
					  created_by, created_by_name, updated_at, updated_by, updated_by_name)
					VALUES (:id, :name, :acronym, :type, :country, :website, :description, :iati, :working, :status,
					  :version, :publishedAt, :note, :createdAt, :createdBy, :createdByName, :updatedAt, :updatedBy,
					  :updatedByName)
					ON CONFLICT DO NOTHING""").params(params).update() == 1;
		}
		return jdbc.sql("""
				UPDATE organisation SET name = :name, acronym = :acronym, organisation_type = :type,
				  country_code = :country, website = :website, description = :description, iati_identifier = :iati,
				  working_content = :working, status = :status, version = :version, published_at = :publishedAt,
				  status_note = :note, updated_at = :updatedAt, updated_by = :updatedBy,
				  updated_by_name = :updatedByName
				WHERE id = :id AND version = :read""").params(params).update() == 1;
	}

	@Override
	public int currentVersion(OrganisationId id) {
		return jdbc.sql("SELECT version FROM organisation WHERE id = :id")
			.param("id", id.value())
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private OrganisationRecord record(OrganisationId id, ResultSet rs) throws SQLException {
		String country = rs.getString("country_code");
		OrganisationContent columns = new OrganisationContent(rs.getString("name"), rs.getString("acronym"),
				OrganisationType.valueOf(rs.getString("organisation_type")),
				(country != null) ? new CountryCode(country) : null, rs.getString("iati_identifier"),
				rs.getString("website"), rs.getString("description"));
		String working = rs.getString("working_content");
		OffsetDateTime publishedAt = rs.getObject("published_at", OffsetDateTime.class);
		UUID createdBy = rs.getObject("created_by", UUID.class);
		UUID updatedBy = rs.getObject("updated_by", UUID.class);
		return new OrganisationRecord(id,
				new State<>(RecordStatus.valueOf(rs.getString("status")), rs.getInt("version"),
						(working != null) ? json.readValue(working, OrganisationContent.class) : columns,
						(publishedAt != null) ? columns : null, (publishedAt != null) ? publishedAt.toInstant() : null,
						rs.getString("status_note"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
						(createdBy != null) ? new UserId(createdBy) : null, rs.getString("created_by_name"),
						rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
						(updatedBy != null) ? new UserId(updatedBy) : null, rs.getString("updated_by_name")));
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
