package org.cbcm.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log of accounts: sign-ins and their failures, lockouts, accounts created,
 * roles and scopes granted and revoked, tokens created and revoked. Entries are written
 * in their own transaction, so that a refused action is logged even when the action
 * itself rolls back.
 */
@Component
public class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One entry of the log. */
	public record Entry(UUID id, Instant at, AuditEventType type, @Nullable String actor, @Nullable String subject,
			@Nullable String detail, @Nullable String remoteAddress) {

		/** When it happened, in UTC, as the log shows it. */
		public java.time.LocalDateTime atUtc() {
			return at.atOffset(ZoneOffset.UTC).toLocalDateTime();
		}

	}

	/** Who did it, and to whom, as the log names them. */
	record Party(@Nullable UserId id, @Nullable String email) {

		static final Party NOBODY = new Party(null, null);

		static Party of(Account account) {
			return new Party(account.id(), account.email());
		}

	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AuditEventType type, Party actor, Party subject, @Nullable String detail) {
		jdbc.sql("""
				INSERT INTO audit_event (id, occurred_at, event_type, actor_id, actor_email, subject_id, subject_email,
				  detail, remote_address)
				VALUES (:id, :at, :type, :actor, :actorEmail, :subject, :subjectEmail, :detail, :address)""")
			.param("id", UUID.randomUUID())
			.param("at", OffsetDateTime.now(clock))
			.param("type", type.name())
			.param("actor", (actor.id() != null) ? actor.id().value() : null)
			.param("actorEmail", actor.email())
			.param("subject", (subject.id() != null) ? subject.id().value() : null)
			.param("subjectEmail", subject.email())
			.param("detail", (detail != null && detail.length() > 1000) ? detail.substring(0, 1000) : detail)
			.param("address", remoteAddress())
			.update();
	}

	/**
	 * Which entries an administrator asks for.
	 *
	 * @param type only entries of this type
	 * @param email entries whose actor or subject has this email
	 * @param from entries on or after this day (UTC)
	 * @param to entries on or before this day (UTC)
	 */
	public record Filter(@Nullable AuditEventType type, @Nullable String email, @Nullable LocalDate from,
			@Nullable LocalDate to) {

		public Filter {
			email = (email == null || email.isBlank()) ? null : email.strip().toLowerCase(Locale.ROOT);
		}

	}

	@Transactional(readOnly = true)
	public ResultPage<Entry> search(Filter filter, Paging paging) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.type() != null) {
			conditions.add("event_type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.email() != null) {
			conditions.add("(LOWER(actor_email) = :email OR LOWER(subject_email) = :email)");
			params.put("email", filter.email());
		}
		if (filter.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			conditions.add("occurred_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		long total = jdbc.sql("SELECT COUNT(*) FROM audit_event" + where).params(params).query(Long.class).single();
		List<Entry> entries = jdbc.sql("""
				SELECT id, occurred_at, event_type, actor_email, subject_email, detail, remote_address FROM audit_event
				""" + where + " ORDER BY occurred_at DESC, id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, row) -> new Entry(rs.getObject("id", UUID.class),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					AuditEventType.valueOf(rs.getString("event_type")), rs.getString("actor_email"),
					rs.getString("subject_email"), rs.getString("detail"), rs.getString("remote_address")))
			.list();
		return ResultPage.of(entries, paging, total);
	}

	private static @Nullable String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	Instant now() {
		return clock.instant();
	}

}
