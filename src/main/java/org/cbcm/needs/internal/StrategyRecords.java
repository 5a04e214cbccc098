package org.cbcm.needs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.needs.StrategyContent;
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
 * Stores national strategies, one row a country: the working copy and the published copy
 * as JSON. A save names the version it was based on and fails when another save came
 * first.
 */
@Repository
class StrategyRecords implements RecordStore<CountryCode, StrategyRecord> {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final CountryDirectory countries;

	private final Clock clock;

	StrategyRecords(JdbcClient jdbc, JsonMapper json, CountryDirectory countries, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.countries = countries;
		this.clock = clock;
	}

	@Override
	public String key(CountryCode country) {
		return country.value();
	}

	/**
	 * A country's strategy before anybody wrote it; not found for a code no country has.
	 */
	@Override
	public Optional<StrategyRecord> unsaved(CountryCode country) {
		return Optional
			.of(new StrategyRecord(country, name(country), State.unsaved(StrategyContent.empty(), clock.instant())));
	}

	private String name(CountryCode country) {
		return countries.get(country).name(Locale.ENGLISH);
	}

	@Override
	public Optional<StrategyRecord> find(CountryCode country) {
		return jdbc.sql("SELECT * FROM national_strategy WHERE country_code = :code")
			.param("code", country.value())
			.query((rs, row) -> record(country, rs))
			.optional();
	}

	/**
	 * The published copy of a country's strategy, without reading its working copy; empty
	 * when none is published.
	 */
	Optional<StrategyContent> published(CountryCode country) {
		return jdbc
			.sql("SELECT published FROM national_strategy WHERE country_code = :code AND published_at IS NOT NULL")
			.param("code", country.value())
			.query(String.class)
			.optional()
			.map(text -> json.readValue(text, StrategyContent.class));
	}

	@Override
	public boolean save(StrategyRecord strategy, int readVersion) {
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("code", strategy.country().value());
		params.put("status", strategy.status().name());
		params.put("version", strategy.version());
		params.put("read", readVersion);
		params.put("content", json.writeValueAsString(strategy.content()));
		params.put("published", (strategy.published() != null) ? json.writeValueAsString(strategy.published()) : null);
		params.put("publishedAt", at(strategy.publishedAt()));
		params.put("note", strategy.statusNote());
		params.put("createdAt", at(strategy.createdAt()));
		params.put("createdBy", (strategy.createdBy() != null) ? strategy.createdBy().value() : null);
		params.put("createdByName", strategy.createdByName());
		params.put("updatedAt", at(strategy.updatedAt()));
		params.put("updatedBy", (strategy.updatedBy() != null) ? strategy.updatedBy().value() : null);
		params.put("updatedByName", strategy.updatedByName());
		if (readVersion == 0) {
			// ON CONFLICT rather than a caught duplicate key: on PostgreSQL a failed
			// statement aborts the transaction.
			return jdbc.sql("""
					INSERT INTO national_strategy (country_code, status, version, content, published, published_at,
					  status_note, created_at, created_by, created_by_name, updated_at, updated_by, updated_by_name)
					VALUES (:code, :status, :version, :content, :published, :publishedAt, :note, :createdAt, :createdBy,
					  :createdByName, :updatedAt, :updatedBy, :updatedByName)
					ON CONFLICT DO NOTHING""").params(params).update() == 1;
		}
		return jdbc.sql("""
				UPDATE national_strategy SET status = :status, version = :version, content = :content,
				  published = :published, published_at = :publishedAt, status_note = :note, updated_at = :updatedAt,
				  updated_by = :updatedBy, updated_by_name = :updatedByName
				WHERE country_code = :code AND version = :read""").params(params).update() == 1;
	}

	@Override
	public int currentVersion(CountryCode country) {
		return jdbc.sql("SELECT version FROM national_strategy WHERE country_code = :code")
			.param("code", country.value())
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private StrategyRecord record(CountryCode country, ResultSet rs) throws SQLException {
		String published = rs.getString("published");
		OffsetDateTime publishedAt = rs.getObject("published_at", OffsetDateTime.class);
		UUID createdBy = rs.getObject("created_by", UUID.class);
		UUID updatedBy = rs.getObject("updated_by", UUID.class);
		return new StrategyRecord(country, name(country),
				new State<>(RecordStatus.valueOf(rs.getString("status")), rs.getInt("version"),
						json.readValue(rs.getString("content"), StrategyContent.class),
						(published != null) ? json.readValue(published, StrategyContent.class) : null,
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
