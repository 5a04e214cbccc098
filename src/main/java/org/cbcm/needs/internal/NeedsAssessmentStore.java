package org.cbcm.needs.internal;

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

import org.cbcm.needs.NeedsAssessmentId;
import org.cbcm.needs.NeedsContent;
import org.cbcm.records.Record.State;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.RecordStore;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores needs assessments in the {@code needs_assessment} table: the working copy and
 * the published copy as JSON, the published copy's date beside it for readers.
 */
@Repository
class NeedsAssessmentStore implements RecordStore<NeedsAssessmentId, NeedsAssessment> {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	NeedsAssessmentStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public String key(NeedsAssessmentId id) {
		return id.toString();
	}

	@Override
	public Optional<NeedsAssessment> find(NeedsAssessmentId id) {
		return jdbc.sql("SELECT * FROM needs_assessment WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> record(rs))
			.optional();
	}

	/** Every assessment of the country, latest first (drafts by their working date). */
	List<NeedsAssessment> ofCountry(CountryCode country, boolean publishedOnly, int limit) {
		return jdbc
			.sql("SELECT * FROM needs_assessment WHERE country_code = :country"
					+ (publishedOnly ? " AND published_at IS NOT NULL" : "")
					+ " ORDER BY COALESCE(published_assessed_on, assessed_on) DESC, created_at DESC, id LIMIT :limit")
			.param("country", country.value())
			.param("limit", limit)
			.query((rs, row) -> record(rs))
			.list();
	}

	/** The published copies of every country's assessments, oldest first. */
	List<NeedsAssessment> published() {
		return jdbc.sql("""
				SELECT * FROM needs_assessment WHERE published_at IS NOT NULL
				ORDER BY published_assessed_on, country_code, id""").query((rs, row) -> record(rs)).list();
	}

	/** The country's latest published assessment, by its published date. */
	Optional<NeedsAssessment> latest(CountryCode country) {
		return jdbc.sql("""
				SELECT * FROM needs_assessment WHERE country_code = :country AND published_at IS NOT NULL
				ORDER BY published_assessed_on DESC, published_at DESC, id LIMIT 1""")
			.param("country", country.value())
			.query((rs, row) -> record(rs))
			.optional();
	}

	@Override
	public boolean save(NeedsAssessment assessment, int readVersion) {
		NeedsContent content = assessment.content();
		NeedsContent published = assessment.published();
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("id", assessment.id().value());
		params.put("country", assessment.country().value());
		params.put("assessedOn", content.assessedOn());
		params.put("status", assessment.status().name());
		params.put("version", assessment.version());
		params.put("read", readVersion);
		params.put("content", json.writeValueAsString(content));
		params.put("published", (published != null) ? json.writeValueAsString(published) : null);
		params.put("publishedOn", (published != null) ? published.assessedOn() : null);
		params.put("publishedAt", at(assessment.publishedAt()));
		params.put("note", assessment.statusNote());
		params.put("createdAt", at(assessment.createdAt()));
		params.put("createdBy", (assessment.createdBy() != null) ? assessment.createdBy().value() : null);
		params.put("createdByName", assessment.createdByName());
		params.put("updatedAt", at(assessment.updatedAt()));
		params.put("updatedBy", (assessment.updatedBy() != null) ? assessment.updatedBy().value() : null);
		params.put("updatedByName", assessment.updatedByName());
		if (readVersion == 0) {
			return jdbc.sql("""
					INSERT INTO needs_assessment (id, country_code, assessed_on, status, version, content,
					  published_content, published_assessed_on, published_at, status_note, created_at, created_by,
					  created_by_name, updated_at, updated_by, updated_by_name)
					VALUES (:id, :country, :assessedOn, :status, :version, :content, :published, :publishedOn,
					  :publishedAt, :note, :createdAt, :createdBy, :createdByName, :updatedAt, :updatedBy,
					  :updatedByName)
					ON CONFLICT DO NOTHING""").params(params).update() == 1;
		}
		return jdbc.sql("""
				UPDATE needs_assessment SET assessed_on = :assessedOn, status = :status, version = :version,
				  content = :content, published_content = :published, published_assessed_on = :publishedOn,
				  published_at = :publishedAt, status_note = :note, updated_at = :updatedAt,
				  updated_by = :updatedBy, updated_by_name = :updatedByName
				WHERE id = :id AND version = :read""").params(params).update() == 1;
	}

	@Override
	public int currentVersion(NeedsAssessmentId id) {
		return jdbc.sql("SELECT version FROM needs_assessment WHERE id = :id")
			.param("id", id.value())
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private NeedsAssessment record(ResultSet rs) throws SQLException {
		NeedsAssessmentId id = new NeedsAssessmentId(rs.getObject("id", UUID.class));
		String published = rs.getString("published_content");
		OffsetDateTime publishedAt = rs.getObject("published_at", OffsetDateTime.class);
		UUID createdBy = rs.getObject("created_by", UUID.class);
		UUID updatedBy = rs.getObject("updated_by", UUID.class);
		return new NeedsAssessment(id, new CountryCode(rs.getString("country_code")),
				new State<>(RecordStatus.valueOf(rs.getString("status")), rs.getInt("version"),
						json.readValue(rs.getString("content"), NeedsContent.class),
						(published != null) ? json.readValue(published, NeedsContent.class) : null,
						(publishedAt != null) ? publishedAt.toInstant() : null, rs.getString("status_note"),
						rs.getObject("created_at", OffsetDateTime.class).toInstant(),
						(createdBy != null) ? new UserId(createdBy) : null, rs.getString("created_by_name"),
						rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
						(updatedBy != null) ? new UserId(updatedBy) : null, rs.getString("updated_by_name")));
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
