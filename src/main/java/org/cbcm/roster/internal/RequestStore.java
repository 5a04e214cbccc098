package org.cbcm.roster.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ItemCode;
import org.cbcm.roster.Expertise;
import org.cbcm.roster.RequestContent;
import org.cbcm.roster.RequestId;
import org.cbcm.roster.RequestStatus;
import org.cbcm.roster.WorkMode;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores requests for experts in {@code roster_request}, with what they ask for in its
 * side tables (expertise, key elements, languages, in the order given).
 */
@Repository
class RequestStore {

	private final JdbcClient jdbc;

	RequestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ExpertRequest request, @Nullable UserId by) {
		RequestContent content = request.content();
		UUID id = request.id().value();
		jdbc.sql("""
				INSERT INTO roster_request (id, country_code, title, terms, starts_on, ends_on, work_mode, region_code,
				  status, version, filed_at, filed_by, filed_by_name, updated_at)
				VALUES (:id, :country, :title, :terms, :start, :end, :mode, :region, :status, :version, :at, :by,
				  :byName, :at)""")
			.param("id", id)
			.param("country", request.country().value())
			.param("title", content.title())
			.param("terms", content.termsOfReference())
			.param("start", content.start())
			.param("end", content.end())
			.param("mode", java.util.Objects.requireNonNull(content.workMode()).name())
			.param("region", java.util.Objects.requireNonNull(content.preferredRegion()).value())
			.param("status", request.status().name())
			.param("version", request.version())
			.param("at", at(request.filedAt()))
			.param("by", (by != null) ? by.value() : null)
			.param("byName", request.filedByName())
			.update();
		int place = 0;
		for (Expertise expertise : content.expertise()) {
			jdbc.sql("INSERT INTO roster_request_expertise (request_id, expertise, place) VALUES (:id, :value, :place)")
				.param("id", id)
				.param("value", expertise.name())
				.param("place", place++)
				.update();
		}
		place = 0;
		for (ItemCode element : content.keyElements()) {
			jdbc.sql("INSERT INTO roster_request_element (request_id, element, place) VALUES (:id, :value, :place)")
				.param("id", id)
				.param("value", element.value())
				.param("place", place++)
				.update();
		}
		place = 0;
		for (String language : content.languages()) {
			jdbc.sql("INSERT INTO roster_request_language (request_id, language, place) VALUES (:id, :value, :place)")
				.param("id", id)
				.param("value", language)
				.param("place", place++)
				.update();
		}
	}

	Optional<ExpertRequest> find(RequestId id) {
		List<ExpertRequest> found = withLists(jdbc.sql("SELECT * FROM roster_request WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> request(rs))
			.list());
		return found.stream().findFirst();
	}

	/** A page of the country's requests, the latest filed first. */
	List<ExpertRequest> ofCountry(CountryCode country, int limit, long offset) {
		return withLists(jdbc
			.sql("SELECT * FROM roster_request WHERE country_code = :country ORDER BY filed_at DESC, id "
					+ "LIMIT :limit OFFSET :offset")
			.param("country", country.value())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> request(rs))
			.list());
	}

	long countOfCountry(CountryCode country) {
		return jdbc.sql("SELECT COUNT(*) FROM roster_request WHERE country_code = :country")
			.param("country", country.value())
			.query(Long.class)
			.single();
	}

	/**
	 * Moves the request to the status, if it is still at the version read.
	 * @return the new version, or 0 when another change came first
	 */
	int move(RequestId id, int readVersion, RequestStatus status, Instant at) {
		int updated = jdbc.sql("""
				UPDATE roster_request SET status = :status, version = version + 1, updated_at = :at
				WHERE id = :id AND version = :read""")
			.param("id", id.value())
			.param("read", readVersion)
			.param("status", status.name())
			.param("at", at(at))
			.update();
		return (updated == 1) ? readVersion + 1 : 0;
	}

	int currentVersion(RequestId id) {
		return jdbc.sql("SELECT version FROM roster_request WHERE id = :id")
			.param("id", id.value())
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/** The requests' side tables read in one query each, not one per request. */
	private List<ExpertRequest> withLists(List<ExpertRequest> requests) {
		if (requests.isEmpty()) {
			return requests;
		}
		List<UUID> ids = requests.stream().map(request -> request.id().value()).toList();
		Map<UUID, List<Expertise>> expertise = new HashMap<>();
		jdbc.sql("SELECT request_id, expertise FROM roster_request_expertise WHERE request_id IN (:ids) ORDER BY place")
			.param("ids", ids)
			.query((rs, row) -> expertise.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
				.add(Expertise.valueOf(rs.getString(2))))
			.list();
		Map<UUID, List<ItemCode>> elements = new HashMap<>();
		jdbc.sql("SELECT request_id, element FROM roster_request_element WHERE request_id IN (:ids) ORDER BY place")
			.param("ids", ids)
			.query((rs, row) -> elements.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
				.add(new ItemCode(rs.getString(2))))
			.list();
		Map<UUID, List<String>> languages = new HashMap<>();
		jdbc.sql("SELECT request_id, language FROM roster_request_language WHERE request_id IN (:ids) ORDER BY place")
			.param("ids", ids)
			.query((rs, row) -> languages.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
				.add(rs.getString(2)))
			.list();
		return requests.stream().map(request -> {
			UUID id = request.id().value();
			RequestContent content = request.content();
			return new ExpertRequest(request.id(), request.country(),
					new RequestContent(content.title(), content.termsOfReference(),
							expertise.getOrDefault(id, List.of()), elements.getOrDefault(id, List.of()),
							languages.getOrDefault(id, List.of()), content.start(), content.end(), content.workMode(),
							content.preferredRegion()),
					request.status(), request.version(), request.filedAt(), request.filedByName(), request.updatedAt());
		}).toList();
	}

	private static ExpertRequest request(ResultSet rs) throws SQLException {
		RequestContent content = new RequestContent(rs.getString("title"), rs.getString("terms"), List.of(), List.of(),
				List.of(), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				WorkMode.valueOf(rs.getString("work_mode")), RegionCode.of(rs.getString("region_code")));
		return new ExpertRequest(new RequestId(rs.getObject("id", UUID.class)),
				new CountryCode(rs.getString("country_code")), content, RequestStatus.valueOf(rs.getString("status")),
				rs.getInt("version"), rs.getObject("filed_at", OffsetDateTime.class).toInstant(),
				rs.getString("filed_by_name"), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
