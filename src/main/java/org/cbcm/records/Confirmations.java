package org.cbcm.records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether published records are still confirmed
 * ({@code publishedRecordsAreConfirmedYearly}): a record published or confirmed longer
 * ago than the confirmation period is marked "not confirmed since" that day, and each day
 * that passes reminds the owners of such records, once per reminder interval. Several
 * nodes may see the same day pass: only the one that marks the reminder sends it.
 */
@Service
@Transactional
public class Confirmations {

	/**
	 * The most records one query asks about: a list of parameters far below what the
	 * databases accept.
	 */
	static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	private final ApplicationEventPublisher events;

	private final RecordsSettings settings;

	private final Clock clock;

	Confirmations(JdbcClient jdbc, NamedParameterJdbcTemplate batches, ApplicationEventPublisher events,
			RecordsSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/** The record was published (or republished): it is confirmed as of now. */
	public void published(RecordRef record, RecordScope scope, String title, String path) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		int updated = jdbc
			.sql("""
					UPDATE record_registry SET country_code = :country, organisation_id = :organisation, person_id = :person,
					  title = :title,
					  path = :path, status = 'PUBLISHED', confirmed_at = :now, reminded_at = NULL
					WHERE record_kind = :kind AND record_id = :id""")
			.params(params(record, scope, title, path))
			.param("now", now)
			.update();
		if (updated == 0) {
			jdbc.sql(
					"""
							INSERT INTO record_registry (record_kind, record_id, country_code, organisation_id, person_id, title, path,
							  status, confirmed_at)
							VALUES (:kind, :id, :country, :organisation, :person, :title, :path, 'PUBLISHED', :now)""")
				.params(params(record, scope, title, path))
				.param("now", now)
				.update();
		}
	}

	/**
	 * A record that was published, for registering many at once.
	 *
	 * @param record the record
	 * @param scope whose it is
	 * @param title its title, for reminders
	 * @param path its page, for reminders
	 */
	public record Published(RecordRef record, RecordScope scope, String title, String path) {
	}

	/**
	 * Records published in bulk for the first time (imports, demo data): each is
	 * confirmed as of now, as {@link #published} does one. A record registered already is
	 * refused by the database, and the whole batch with it. Callers keep the list to a
	 * chunk (a thousand or so) per call.
	 */
	public void publishedNew(List<Published> records) {
		if (records.isEmpty()) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		batches.batchUpdate(
				"""
						INSERT INTO record_registry (record_kind, record_id, country_code, organisation_id, person_id, title, path,
						  status, confirmed_at)
						VALUES (:kind, :id, :country, :organisation, :person, :title, :path, 'PUBLISHED', :now)""",
				records.stream()
					.map(published -> new MapSqlParameterSource(
							params(published.record(), published.scope(), published.title(), published.path()))
						.addValue("now", now))
					.toArray(SqlParameterSource[]::new));
	}

	/** The records are no longer public: they need no confirmation. */
	public void withdrawnAll(String kind, Collection<String> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("DELETE FROM record_registry WHERE record_kind = :kind AND record_id IN (:ids)")
				.param("kind", kind)
				.param("ids", List.copyOf(new LinkedHashSet<>(ids)))
				.update();
		}
	}

	/** The owners say the published record is still right. */
	public void confirmed(RecordRef record) {
		jdbc.sql(
				"UPDATE record_registry SET confirmed_at = :now, reminded_at = NULL WHERE record_kind = :kind AND record_id = :id")
			.param("now", OffsetDateTime.now(clock))
			.param("kind", record.kind())
			.param("id", record.id())
			.update();
	}

	/** The record is no longer public: it needs no confirmation. */
	public void withdrawn(RecordRef record) {
		jdbc.sql("DELETE FROM record_registry WHERE record_kind = :kind AND record_id = :id")
			.param("kind", record.kind())
			.param("id", record.id())
			.update();
	}

	/**
	 * The day the record was last confirmed, when that is longer ago than the
	 * confirmation period.
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDate> notConfirmedSince(RecordRef record) {
		return confirmation(record).map(Confirmation::notConfirmedSince);
	}

	/** The day the record was last published or confirmed, while it is registered. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> confirmedOn(RecordRef record) {
		return confirmation(record).map(Confirmation::confirmedOn);
	}

	/**
	 * When the published record was last confirmed and whether that is too long ago, read
	 * once: a page shows both.
	 */
	@Transactional(readOnly = true)
	public Optional<Confirmation> confirmation(RecordRef record) {
		return jdbc.sql("SELECT confirmed_at FROM record_registry WHERE record_kind = :kind AND record_id = :id")
			.param("kind", record.kind())
			.param("id", record.id())
			.query(OffsetDateTime.class)
			.optional()
			.map(this::confirmation);
	}

	/**
	 * The confirmations of many records, for lists: one query per kind (and per
	 * {@value #CHUNK} records) rather than one per record, so that a list sends as many
	 * statements however long it is. A record not registered (never published, or
	 * archived) has no entry.
	 */
	@Transactional(readOnly = true)
	public Map<RecordRef, Confirmation> confirmations(Collection<RecordRef> records) {
		Map<RecordRef, Confirmation> confirmations = new HashMap<>();
		Map<String, List<String>> idsByKind = new LinkedHashMap<>();
		new LinkedHashSet<>(records)
			.forEach(record -> idsByKind.computeIfAbsent(record.kind(), kind -> new ArrayList<>()).add(record.id()));
		idsByKind.forEach((kind, ids) -> {
			for (int from = 0; from < ids.size(); from += CHUNK) {
				jdbc.sql("""
						SELECT record_id, confirmed_at FROM record_registry
						WHERE record_kind = :kind AND record_id IN (:ids)""")
					.param("kind", kind)
					.param("ids", ids.subList(from, Math.min(from + CHUNK, ids.size())))
					.query(rs -> {
						confirmations.put(new RecordRef(kind, rs.getString(1)),
								confirmation(rs.getObject(2, OffsetDateTime.class)));
					});
			}
		});
		return confirmations;
	}

	/**
	 * Where a published record stands with its confirmation.
	 *
	 * @param confirmedOn the day (UTC) it was last published or confirmed
	 * @param notConfirmedSince that day, when it is longer ago than the confirmation
	 * period; otherwise null
	 */
	public record Confirmation(LocalDate confirmedOn, @Nullable LocalDate notConfirmedSince) {
	}

	private Confirmation confirmation(OffsetDateTime at) {
		LocalDate day = at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
		return new Confirmation(day, day.plus(settings.confirmationPeriod()).isBefore(today()) ? day : null);
	}

	/**
	 * Each day, reminds the owners of the records that went stale and were not reminded
	 * lately.
	 */
	@EventListener
	public void dayHasPassed(DayHasPassed day) {
		LocalDate today = day.getDate().plusDays(1);
		OffsetDateTime staleBefore = today.minus(settings.confirmationPeriod()).atStartOfDay().atOffset(ZoneOffset.UTC);
		OffsetDateTime remindedBefore = today.minus(settings.reminderInterval())
			.atStartOfDay()
			.atOffset(ZoneOffset.UTC);
		List<Stale> stale = jdbc
			.sql("""
					SELECT record_kind, record_id, country_code, organisation_id, person_id, title, path, confirmed_at
					FROM record_registry
					WHERE status = 'PUBLISHED' AND confirmed_at < :stale AND (reminded_at IS NULL OR reminded_at < :reminded)""")
			.param("stale", staleBefore)
			.param("reminded", remindedBefore)
			.query((rs, row) -> new Stale(new RecordRef(rs.getString(1), rs.getString(2)),
					RecordScope.stored(rs.getString(3), rs.getObject(4, UUID.class), rs.getObject(5, UUID.class)),
					rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class)))
			.list();
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (Stale record : stale) {
			int marked = jdbc
				.sql("""
						UPDATE record_registry SET reminded_at = :now
						WHERE record_kind = :kind AND record_id = :id AND (reminded_at IS NULL OR reminded_at < :reminded)""")
				.param("now", now)
				.param("kind", record.ref().kind())
				.param("id", record.ref().id())
				.param("reminded", remindedBefore)
				.update();
			if (marked == 1) {
				events.publishEvent(new RecordNotConfirmed(record.ref(), record.scope(), record.title(), record.path(),
						record.confirmedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()));
			}
		}
	}

	private record Stale(RecordRef ref, RecordScope scope, String title, String path, OffsetDateTime confirmedAt) {
	}

	private static java.util.Map<String, @Nullable Object> params(RecordRef record, RecordScope scope, String title,
			String path) {
		java.util.Map<String, @Nullable Object> params = new java.util.HashMap<>();
		params.put("kind", record.kind());
		params.put("id", record.id());
		params.put("country", (scope.country() != null) ? scope.country().value() : null);
		params.put("organisation", (scope.organisation() != null) ? scope.organisation().value() : null);
		params.put("person", (scope.person() != null) ? scope.person().value() : null);
		params.put("title", title);
		params.put("path", path);
		return params;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
