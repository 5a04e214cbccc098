package org.cbcm.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.FrameworkStatus;
import org.cbcm.directory.MechanismStatus;
import org.cbcm.directory.ProfileContact;
import org.cbcm.directory.ProfileContent;
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
 * Stores country profiles: the working copy in columns and contact rows, the published
 * copy as JSON beside it. A save names the version it was based on and fails when another
 * save came first.
 */
@Repository
class CountryProfiles implements RecordStore<CountryCode, CountryProfile> {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final CountryDirectory countries;

	private final Clock clock;

	CountryProfiles(JdbcClient jdbc, JsonMapper json, CountryDirectory countries, Clock clock) {
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
	 * A country's profile before anybody wrote it; not found for a code no country has.
	 */
	@Override
	public Optional<CountryProfile> unsaved(CountryCode country) {
		return Optional
			.of(new CountryProfile(country, name(country), State.unsaved(ProfileContent.empty(), clock.instant())));
	}

	private String name(CountryCode country) {
		return countries.get(country).name(Locale.ENGLISH);
	}

	@Override
	public Optional<CountryProfile> find(CountryCode country) {
		Optional<Row> row = jdbc.sql("SELECT * FROM country_profile WHERE country_code = :code")
			.param("code", country.value())
			.query(CountryProfiles::row)
			.optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		List<ProfileContact> focalPoints = new ArrayList<>();
		List<ProfileContact> authorities = new ArrayList<>();
		jdbc.sql("SELECT kind, name, institution, email, phone FROM country_profile_contact WHERE country_code = :code "
				+ "ORDER BY sort_order")
			.param("code", country.value())
			.query((ResultSet rs) -> {
				ProfileContact contact = new ProfileContact(rs.getString("name"), rs.getString("institution"),
						rs.getString("email"), rs.getString("phone"));
				("FOCAL_POINT".equals(rs.getString("kind")) ? focalPoints : authorities).add(contact);
			});
		return row.map(found -> found.profile(country, name(country), focalPoints, authorities, json));
	}

	/**
	 * Saves the profile if nobody saved it since the version it was read at.
	 * @return whether it was saved; false when the stored version is another
	 */
	@Override
	public boolean save(CountryProfile profile, int readVersion) {
		String publishedJson = (profile.published() != null) ? json.writeValueAsString(profile.published()) : null;
		ProfileContent content = profile.content();
		var params = new java.util.HashMap<String, @Nullable Object>();
		params.put("code", profile.country().value());
		params.put("status", profile.status().name());
		params.put("version", profile.version());
		params.put("read", readVersion);
		params.put("framework", (content.framework() != null) ? content.framework().name() : null);
		params.put("frameworkNote", content.frameworkNote());
		params.put("mechanism", (content.mechanism() != null) ? content.mechanism().name() : null);
		params.put("mechanismNote", content.mechanismNote());
		params.put("website", content.website());
		params.put("centre", content.centreOfOrigin());
		params.put("centreNote", content.centreOfOriginNote());
		params.put("published", publishedJson);
		params.put("publishedAt", at(profile.publishedAt()));
		params.put("note", profile.statusNote());
		params.put("createdAt", at(profile.createdAt()));
		params.put("createdBy", (profile.createdBy() != null) ? profile.createdBy().value() : null);
		params.put("createdByName", profile.createdByName());
		params.put("updatedAt", at(profile.updatedAt()));
		params.put("updatedBy", (profile.updatedBy() != null) ? profile.updatedBy().value() : null);
		params.put("updatedByName", profile.updatedByName());
		int saved;
		if (readVersion == 0) {
			// ON CONFLICT rather than a caught duplicate key: on PostgreSQL a failed
			// statement aborts the transaction.
			saved = jdbc.sql("""
					INSERT INTO country_profile (country_code, status, version, framework, framework_note, mechanism,
					  mechanism_note, website, centre_of_origin, centre_of_origin_note, published_content, published_at,
					  status_note, created_at, created_by, created_by_name, updated_at, updated_by, updated_by_name)
					VALUES (:code, :status, :version, :framework, :frameworkNote, :mechanism, :mechanismNote, :website,
					  :centre, :centreNote, :published, :publishedAt, :note, :createdAt, :createdBy, :createdByName,
					  :updatedAt, :updatedBy, :updatedByName)
					ON CONFLICT DO NOTHING""").params(params).update();
		}
		else {
			saved = jdbc.sql("""
					UPDATE country_profile SET status = :status, version = :version, framework = :framework,
					  framework_note = :frameworkNote, mechanism = :mechanism, mechanism_note = :mechanismNote,
					  website = :website, centre_of_origin = :centre, centre_of_origin_note = :centreNote,
					  published_content = :published, published_at = :publishedAt, status_note = :note,
					  updated_at = :updatedAt, updated_by = :updatedBy, updated_by_name = :updatedByName
					WHERE country_code = :code AND version = :read""").params(params).update();
		}
		if (saved != 1) {
			return false;
		}
		jdbc.sql("DELETE FROM country_profile_contact WHERE country_code = :code")
			.param("code", profile.country().value())
			.update();
		int order = 0;
		for (ProfileContact contact : content.focalPoints()) {
			insertContact(profile.country(), order++, "FOCAL_POINT", contact);
		}
		for (ProfileContact contact : content.authorities()) {
			insertContact(profile.country(), order++, "COMPETENT_AUTHORITY", contact);
		}
		return true;
	}

	@Override
	public int currentVersion(CountryCode country) {
		return jdbc.sql("SELECT version FROM country_profile WHERE country_code = :code")
			.param("code", country.value())
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private void insertContact(CountryCode country, int order, String kind, ProfileContact contact) {
		jdbc.sql("""
				INSERT INTO country_profile_contact (country_code, sort_order, kind, name, institution, email, phone)
				VALUES (:code, :order, :kind, :name, :institution, :email, :phone)""")
			.param("code", country.value())
			.param("order", order)
			.param("kind", kind)
			.param("name", contact.name())
			.param("institution", contact.institution())
			.param("email", contact.email())
			.param("phone", contact.phone())
			.update();
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/** A profile's row before its contacts are added. */
	private record Row(String status, int version, @Nullable String framework, @Nullable String frameworkNote,
			@Nullable String mechanism, @Nullable String mechanismNote, @Nullable String website,
			@Nullable Boolean centre, @Nullable String centreNote, @Nullable String published,
			@Nullable OffsetDateTime publishedAt, @Nullable String note, OffsetDateTime createdAt,
			@Nullable UUID createdBy, @Nullable String createdByName, OffsetDateTime updatedAt,
			@Nullable UUID updatedBy, String updatedByName) {

		CountryProfile profile(CountryCode country, String countryName, List<ProfileContact> focalPoints,
				List<ProfileContact> authorities, JsonMapper json) {
			ProfileContent content = new ProfileContent(focalPoints, authorities,
					(framework != null) ? FrameworkStatus.valueOf(framework) : null, frameworkNote,
					(mechanism != null) ? MechanismStatus.valueOf(mechanism) : null, mechanismNote, website, centre,
					centreNote);
			return new CountryProfile(country, countryName,
					new State<>(RecordStatus.valueOf(status), version, content,
							(published != null) ? json.readValue(published, ProfileContent.class) : null,
							(publishedAt != null) ? publishedAt.toInstant() : null, note, createdAt.toInstant(),
							(createdBy != null) ? new UserId(createdBy) : null, createdByName, updatedAt.toInstant(),
							(updatedBy != null) ? new UserId(updatedBy) : null, updatedByName));
		}

	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		boolean centre = rs.getBoolean("centre_of_origin");
		Boolean centreOfOrigin = rs.wasNull() ? null : centre;
		return new Row(rs.getString("status"), rs.getInt("version"), rs.getString("framework"),
				rs.getString("framework_note"), rs.getString("mechanism"), rs.getString("mechanism_note"),
				rs.getString("website"), centreOfOrigin, rs.getString("centre_of_origin_note"),
				rs.getString("published_content"), rs.getObject("published_at", OffsetDateTime.class),
				rs.getString("status_note"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("created_by", UUID.class), rs.getString("created_by_name"),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getObject("updated_by", UUID.class),
				rs.getString("updated_by_name"));
	}

}
