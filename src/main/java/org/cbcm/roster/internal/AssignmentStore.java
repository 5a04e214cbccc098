package org.cbcm.roster.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cbcm.roster.AssignmentId;
import org.cbcm.roster.AssignmentStatus;
import org.cbcm.roster.ExpertId;
import org.cbcm.roster.Expertise;
import org.cbcm.roster.RequestId;
import org.cbcm.shared.CountryCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores assignments in {@code roster_assignment}. */
@Repository
class AssignmentStore {

	private final JdbcClient jdbc;

	AssignmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the offer; false when the expert was already offered the request. */
	boolean insert(Assignment offer) {
		return jdbc
			.sql("""
					INSERT INTO roster_assignment (id, request_id, expert_id, country_code, status, version, offered_at,
					  offered_by_name)
					SELECT :id, :request, :expert, :country, :status, :version, :at, :by
					WHERE NOT EXISTS (SELECT 1 FROM roster_assignment WHERE request_id = :request AND expert_id = :expert)""")
			.param("id", offer.id().value())
			.param("request", offer.request().value())
			.param("expert", offer.expert().value())
			.param("country", offer.country().value())
			.param("status", offer.status().name())
			.param("version", offer.version())
			.param("at", RequestStore.at(offer.offeredAt()))
			.param("by", offer.offeredByName())
			.update() == 1;
	}

	/**
	 * Writes the assignment's changes as a new version, if it is still at the version it
	 * was read at.
	 * @return the new version, or 0 when another change came first
	 */
	int update(Assignment assignment) {
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("id", assignment.id().value());
		params.put("read", assignment.version());
		params.put("status", assignment.status().name());
		params.put("answeredAt", RequestStore.at(assignment.answeredAt()));
		params.put("declineReason", assignment.declineReason());
		params.put("coi", RequestStore.at(assignment.conflictDeclaredAt()));
		params.put("confidentiality", RequestStore.at(assignment.confidentialityAgreedAt()));
		params.put("releasedOn", assignment.releasedOn());
		params.put("releaseNote", assignment.releaseNote());
		params.put("startsOn", assignment.startsOn());
		params.put("endsOn", assignment.endsOn());
		params.put("deliverables", assignment.deliverables());
		params.put("feeAmount", assignment.feeAmount());
		params.put("feeCurrency", assignment.feeCurrency());
		params.put("completedAt", RequestStore.at(assignment.completedAt()));
		params.put("assistance", assignment.assistance());
		params.put("outcome", assignment.outcome());
		params.put("partyReportedAt", RequestStore.at(assignment.partyReportedAt()));
		params.put("rating", assignment.rating());
		params.put("ratingComment", assignment.ratingComment());
		params.put("expertReport", assignment.expertReport());
		params.put("expertReportedAt", RequestStore.at(assignment.expertReportedAt()));
		int updated = jdbc.sql("""
				UPDATE roster_assignment SET status = :status, version = version + 1, answered_at = :answeredAt,
				  decline_reason = :declineReason, coi_declared_at = :coi, confidentiality_agreed_at = :confidentiality,
				  released_on = :releasedOn, release_note = :releaseNote, starts_on = :startsOn, ends_on = :endsOn,
				  deliverables = :deliverables, fee_amount = :feeAmount, fee_currency = :feeCurrency,
				  completed_at = :completedAt, party_assistance = :assistance, party_outcome = :outcome,
				  party_reported_at = :partyReportedAt, rating = :rating, rating_comment = :ratingComment,
				  expert_report = :expertReport, expert_reported_at = :expertReportedAt
				WHERE id = :id AND version = :read""").params(params).update();
		return (updated == 1) ? assignment.version() + 1 : 0;
	}

	Optional<Assignment> find(AssignmentId id) {
		return jdbc.sql("SELECT * FROM roster_assignment WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> assignment(rs))
			.optional();
	}

	/** The request's assignments, the latest offered first. */
	List<Assignment> ofRequest(RequestId request) {
		return jdbc.sql("SELECT * FROM roster_assignment WHERE request_id = :request ORDER BY offered_at DESC, id")
			.param("request", request.value())
			.query((rs, row) -> assignment(rs))
			.list();
	}

	/** The expert's assignments in the statuses given, the latest offered first. */
	List<Assignment> ofExpert(ExpertId expert, Collection<AssignmentStatus> statuses) {
		return jdbc
			.sql("SELECT * FROM roster_assignment WHERE expert_id = :expert AND status IN (:statuses) "
					+ "ORDER BY offered_at DESC, id")
			.param("expert", expert.value())
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.query((rs, row) -> assignment(rs))
			.list();
	}

	/**
	 * Whether one of the countries offered the expert an assignment that the expert did
	 * not decline.
	 */
	boolean offeredBy(ExpertId expert, Collection<CountryCode> countries) {
		if (countries.isEmpty()) {
			return false;
		}
		return jdbc
			.sql("SELECT COUNT(*) FROM roster_assignment WHERE expert_id = :expert AND country_code IN (:countries)"
					+ " AND status <> 'DECLINED'")
			.param("expert", expert.value())
			.param("countries", countries.stream().map(CountryCode::value).toList())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The expert's accepted and completed assignments as the public sees them, the latest
	 * first: two queries.
	 */
	List<ExpertAssignments.PublicAssignment> publicOf(ExpertId expert) {
		List<Object[]> rows = jdbc.sql("""
				SELECT a.id, a.country_code, a.request_id, COALESCE(a.starts_on, r.starts_on),
				  COALESCE(a.ends_on, r.ends_on), a.status, a.party_assistance
				FROM roster_assignment a JOIN roster_request r ON r.id = a.request_id
				WHERE a.expert_id = :expert AND a.status IN ('ACCEPTED', 'COMPLETED')
				ORDER BY a.offered_at DESC, a.id""")
			.param("expert", expert.value())
			.query((rs,
					row) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
							rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6),
							rs.getString(7) })
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Expertise>> expertise = new HashMap<>();
		jdbc.sql("SELECT request_id, expertise FROM roster_request_expertise WHERE request_id IN (:ids) ORDER BY place")
			.param("ids", rows.stream().map(row -> row[2]).toList())
			.query((rs, row) -> expertise.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
				.add(Expertise.valueOf(rs.getString(2))))
			.list();
		return rows.stream()
			.map(row -> new ExpertAssignments.PublicAssignment(new AssignmentId((UUID) row[0]),
					new CountryCode((String) row[1]), List.copyOf(expertise.getOrDefault((UUID) row[2], List.of())),
					(LocalDate) row[3], (LocalDate) row[4], AssignmentStatus.valueOf((String) row[5]), (String) row[6]))
			.toList();
	}

	int currentVersion(AssignmentId id) {
		return jdbc.sql("SELECT version FROM roster_assignment WHERE id = :id")
			.param("id", id.value())
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private static Assignment assignment(ResultSet rs) throws SQLException {
		Integer rating = rs.getObject("rating", Integer.class);
		return new Assignment(new AssignmentId(rs.getObject("id", UUID.class)),
				new RequestId(rs.getObject("request_id", UUID.class)),
				new ExpertId(rs.getObject("expert_id", UUID.class)), new CountryCode(rs.getString("country_code")),
				AssignmentStatus.valueOf(rs.getString("status")), rs.getInt("version"), instant(rs, "offered_at"),
				rs.getString("offered_by_name"), instantOrNull(rs, "answered_at"), rs.getString("decline_reason"),
				instantOrNull(rs, "coi_declared_at"), instantOrNull(rs, "confidentiality_agreed_at"),
				rs.getObject("released_on", LocalDate.class), rs.getString("release_note"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getString("deliverables"), rs.getObject("fee_amount", BigDecimal.class),
				rs.getString("fee_currency"), instantOrNull(rs, "completed_at"), rs.getString("party_assistance"),
				rs.getString("party_outcome"), instantOrNull(rs, "party_reported_at"), rating,
				rs.getString("rating_comment"), rs.getString("expert_report"), instantOrNull(rs, "expert_reported_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return (at != null) ? at.toInstant() : null;
	}

}
