package org.cbcm.initiatives.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cbcm.initiatives.DuplicatePairId;
import org.cbcm.initiatives.DuplicateRecords;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativeMergeId;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.Transition;
import org.cbcm.shared.ConflictException;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's queue of initiatives registered twice, and its decisions: merge a
 * pair (one record survives; the other is archived through its workflow, so that the
 * registry, search and analysis stop counting it, and keeps its own history), undo a
 * merge (the archived record is reopened and published again, the pair is open again), or
 * mark a pair distinct (never proposed again). Every decision is one transaction, based
 * on the versions of both records the Secretariat read; only the Secretariat decides.
 */
@Service
@Transactional
public class DuplicateQueue implements DuplicateRecords {

	private final JdbcClient jdbc;

	private final InitiativeManagement initiatives;

	private final Clock clock;

	DuplicateQueue(JdbcClient jdbc, InitiativeManagement initiatives, Clock clock) {
		this.jdbc = jdbc;
		this.initiatives = initiatives;
		this.clock = clock;
	}

	private static final String OPEN_PAIRS = """
			FROM initiative_duplicate d WHERE d.status = 'OPEN'
			  AND EXISTS (SELECT 1 FROM initiative_entry e WHERE e.initiative_id = d.first_id)
			  AND EXISTS (SELECT 1 FROM initiative_entry e WHERE e.initiative_id = d.second_id)""";

	@Override
	@Transactional(readOnly = true)
	public ResultPage<Pair> open(Paging paging) {
		long total = jdbc.sql("SELECT COUNT(*) " + OPEN_PAIRS).query(Long.class).single();
		List<Row> rows = jdbc
			.sql("SELECT d.id, d.first_id, d.second_id, d.score, d.reasons, d.found_at " + OPEN_PAIRS
					+ " ORDER BY d.score DESC, d.id LIMIT :limit OFFSET :offset")
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, row) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getInt(4), rs.getString(5),
					rs.getObject(6, OffsetDateTime.class).toInstant()))
			.list();
		Set<UUID> ids = new LinkedHashSet<>();
		rows.forEach(row -> {
			ids.add(row.first());
			ids.add(row.second());
		});
		Map<UUID, Side> sides = sides(ids);
		return ResultPage.of(rows.stream()
			.map(row -> new Pair(new DuplicatePairId(row.id()), row.score(), DuplicateDetection.decode(row.reasons()),
					sides.get(row.first()), sides.get(row.second()), row.foundAt()))
			.toList(), paging, total);
	}

	private record Row(UUID id, UUID first, UUID second, int score, String reasons, Instant foundAt) {
	}

	/**
	 * Merges a pair: the survivor stays, the other record is archived as merged into it.
	 * Refused (409) when the pair is not open, when either record's version is not the
	 * one read, or when the merged record has changes waiting (it must be as published,
	 * so that undoing the merge publishes it again as it was).
	 */
	public InitiativeMergeId merge(DuplicatePairId pairId, @Nullable InitiativeId survivor,
			@Nullable Integer firstVersion, @Nullable Integer secondVersion, Viewer by) {
		secretariat(by);
		List<InvalidRequestException> problems = new ArrayList<>();
		if (survivor == null) {
			problems.add(new InvalidRequestException("survivor", "initiative.duplicate.survivor.missing"));
		}
		if (firstVersion == null || firstVersion < 1) {
			problems.add(new InvalidRequestException("firstVersion", "record.version.missing"));
		}
		if (secondVersion == null || secondVersion < 1) {
			problems.add(new InvalidRequestException("secondVersion", "record.version.missing"));
		}
		if (!problems.isEmpty()) {
			throw InvalidRequestException.of(problems);
		}
		PairState pair = pair(pairId);
		if (!survivor.value().equals(pair.first()) && !survivor.value().equals(pair.second())) {
			throw new InvalidRequestException("survivor", "initiative.duplicate.survivor.invalid", survivor);
		}
		if (!"OPEN".equals(pair.status())) {
			throw new ConflictException("initiative.duplicate.not-open");
		}
		Map<UUID, Current> current = current(pair.first(), pair.second());
		if (current.get(pair.first()).version() != firstVersion
				|| current.get(pair.second()).version() != secondVersion) {
			throw new ConflictException("initiative.duplicate.changed-meanwhile");
		}
		UUID merged = survivor.value().equals(pair.first()) ? pair.second() : pair.first();
		Current before = current.get(merged);
		if (before.status() != RecordStatus.PUBLISHED) {
			throw new ConflictException("initiative.duplicate.not-published");
		}
		if (current.get(survivor.value()).status() == RecordStatus.ARCHIVED) {
			throw new ConflictException("initiative.duplicate.not-published");
		}
		int after = initiatives.move(new InitiativeId(merged), before.version(), Transition.ARCHIVE, null, by);
		decide(pairId, "OPEN", "MERGED", by);
		InitiativeMergeId id = InitiativeMergeId.random();
		jdbc.sql("""
				INSERT INTO initiative_merge (id, pair_id, survivor_id, merged_id, status_before, version_before,
				  version_after, merged_at, merged_by, merged_by_name)
				VALUES (:id, :pair, :survivor, :merged, :status, :before, :after, :at, :by, :byName)""")
			.param("id", id.value())
			.param("pair", pairId.value())
			.param("survivor", survivor.value())
			.param("merged", merged)
			.param("status", before.status().name())
			.param("before", before.version())
			.param("after", after)
			.param("at", now())
			.param("by", by.userId().map(user -> user.value()).orElse(null))
			.param("byName", by.name())
			.update();
		return id;
	}

	/**
	 * Undoes a merge: the archived record is reopened and published again (its own
	 * history keeps both steps), the pair is open again. Refused (409) when the merge was
	 * undone already or the archived record changed since.
	 */
	public void undo(InitiativeMergeId mergeId, Viewer by) {
		secretariat(by);
		Merge merge = find(mergeId).orElseThrow(() -> new NotFoundException("initiative.merge.not-found", mergeId));
		if (merge.undoneAt() != null) {
			throw new ConflictException("initiative.merge.undone-already");
		}
		Current now = current(merge.merged().value(), merge.merged().value()).get(merge.merged().value());
		if (now.version() != merge.versionAfter() || now.status() != RecordStatus.ARCHIVED) {
			throw new ConflictException("initiative.merge.changed-since");
		}
		int reopened = initiatives.move(merge.merged(), merge.versionAfter(), Transition.REOPEN, null, by);
		if (merge.statusBefore() == RecordStatus.PUBLISHED) {
			initiatives.move(merge.merged(), reopened, Transition.PUBLISH, null, by);
		}
		int undone = jdbc.sql("""
				UPDATE initiative_merge SET undone_at = :at, undone_by = :by, undone_by_name = :byName
				WHERE id = :id AND undone_at IS NULL""")
			.param("at", now())
			.param("by", by.userId().map(user -> user.value()).orElse(null))
			.param("byName", by.name())
			.param("id", mergeId.value())
			.update();
		if (undone != 1) {
			throw new ConflictException("initiative.merge.undone-already");
		}
		jdbc.sql("""
				UPDATE initiative_duplicate SET status = 'OPEN', decided_at = NULL, decided_by = NULL,
				  decided_by_name = NULL WHERE id = :id""").param("id", merge.pair().value()).update();
	}

	/** Marks a pair as two different initiatives: it is never proposed again. */
	public void distinct(DuplicatePairId pairId, Viewer by) {
		secretariat(by);
		PairState pair = pair(pairId);
		if (!"OPEN".equals(pair.status())) {
			throw new ConflictException("initiative.duplicate.not-open");
		}
		decide(pairId, "OPEN", "DISTINCT", by);
	}

	/**
	 * A merge as it was recorded.
	 *
	 * @param id the merge
	 * @param pair the pair it decided
	 * @param survivor the record that stayed
	 * @param survivorTitle its title
	 * @param merged the record archived into it
	 * @param mergedTitle its title
	 * @param statusBefore the archived record's status before
	 * @param versionAfter its version after being archived
	 * @param mergedAt when
	 * @param mergedByName by whom
	 * @param undoneAt when it was undone, if it was
	 */
	public record Merge(InitiativeMergeId id, DuplicatePairId pair, InitiativeId survivor, String survivorTitle,
			InitiativeId merged, String mergedTitle, RecordStatus statusBefore, int versionAfter, Instant mergedAt,
			String mergedByName, @Nullable Instant undoneAt) {

		public java.time.LocalDateTime mergedAtUtc() {
			return mergedAt.atOffset(ZoneOffset.UTC).toLocalDateTime();
		}

	}

	private static final String MERGES = """
			SELECT m.id, m.pair_id, m.survivor_id, s.title, m.merged_id, g.title, m.status_before, m.version_after,
			  m.merged_at, m.merged_by_name, m.undone_at
			FROM initiative_merge m JOIN initiative s ON s.id = m.survivor_id JOIN initiative g ON g.id = m.merged_id
			""";

	@Transactional(readOnly = true)
	public Optional<Merge> find(InitiativeMergeId id) {
		return jdbc.sql(MERGES + " WHERE m.id = :id").param("id", id.value()).query(this::merge).optional();
	}

	/** The merge that archived the record, unless it was undone. */
	@Transactional(readOnly = true)
	public Optional<Merge> mergedInto(InitiativeId merged) {
		return jdbc.sql(MERGES + " WHERE m.merged_id = :id AND m.undone_at IS NULL ORDER BY m.merged_at DESC")
			.param("id", merged.value())
			.query(this::merge)
			.stream()
			.findFirst();
	}

	/** The latest merges not undone, newest first. */
	@Transactional(readOnly = true)
	public List<Merge> recentMerges(int limit) {
		return jdbc.sql(MERGES + " WHERE m.undone_at IS NULL ORDER BY m.merged_at DESC, m.id LIMIT " + limit)
			.query(this::merge)
			.list();
	}

	private Merge merge(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		OffsetDateTime undone = rs.getObject(11, OffsetDateTime.class);
		return new Merge(new InitiativeMergeId(rs.getObject(1, UUID.class)),
				new DuplicatePairId(rs.getObject(2, UUID.class)), new InitiativeId(rs.getObject(3, UUID.class)),
				rs.getString(4), new InitiativeId(rs.getObject(5, UUID.class)), rs.getString(6),
				RecordStatus.valueOf(rs.getString(7)), rs.getInt(8), rs.getObject(9, OffsetDateTime.class).toInstant(),
				rs.getString(10), (undone != null) ? undone.toInstant() : null);
	}

	private record PairState(UUID first, UUID second, String status) {
	}

	private PairState pair(DuplicatePairId id) {
		return jdbc.sql("SELECT first_id, second_id, status FROM initiative_duplicate WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> new PairState(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3)))
			.optional()
			.orElseThrow(() -> new NotFoundException("initiative.duplicate.not-found", id));
	}

	private void decide(DuplicatePairId id, String from, String to, Viewer by) {
		int changed = jdbc.sql("""
				UPDATE initiative_duplicate SET status = :to, decided_at = :at, decided_by = :by,
				  decided_by_name = :byName WHERE id = :id AND status = :from""")
			.param("to", to)
			.param("at", now())
			.param("by", by.userId().map(user -> user.value()).orElse(null))
			.param("byName", by.name())
			.param("id", id.value())
			.param("from", from)
			.update();
		if (changed != 1) {
			throw new ConflictException("initiative.duplicate.not-open");
		}
	}

	private record Current(int version, RecordStatus status) {
	}

	private Map<UUID, Current> current(UUID one, UUID other) {
		Map<UUID, Current> current = new HashMap<>();
		jdbc.sql("SELECT id, version, status FROM initiative WHERE id IN (:ids)")
			.param("ids", List.of(one, other))
			.query(rs -> {
				current.put(rs.getObject(1, UUID.class),
						new Current(rs.getInt(2), RecordStatus.valueOf(rs.getString(3))));
			});
		return current;
	}

	/** Both records of the pairs as the registry publishes them, read at once. */
	private Map<UUID, Side> sides(Set<UUID> ids) {
		Map<UUID, Side> sides = new HashMap<>();
		if (ids.isEmpty()) {
			return sides;
		}
		Map<UUID, List<OrganisationId>> organisations = new HashMap<>();
		Map<UUID, List<CountryCode>> countries = new HashMap<>();
		jdbc.sql("""
				SELECT initiative_id, facet, tag_value FROM initiative_tag
				WHERE initiative_id IN (:ids) AND facet IN ('ORGANISATION', 'COUNTRY')
				ORDER BY initiative_id, facet, tag_value""").param("ids", List.copyOf(ids)).query(rs -> {
			UUID id = rs.getObject(1, UUID.class);
			String value = rs.getString(3);
			if ("COUNTRY".equals(rs.getString(2))) {
				if (CountryCode.isValid(value)) {
					countries.computeIfAbsent(id, key -> new ArrayList<>()).add(CountryCode.of(value));
				}
			}
			else if (OrganisationId.isValid(value)) {
				organisations.computeIfAbsent(id, key -> new ArrayList<>()).add(OrganisationId.of(value));
			}
		});
		jdbc.sql("""
				SELECT e.initiative_id, e.title, i.version, e.start_date, e.end_date, e.total_budget, e.currency
				FROM initiative_entry e JOIN initiative i ON i.id = e.initiative_id WHERE e.initiative_id IN (:ids)""")
			.param("ids", List.copyOf(ids))
			.query(rs -> {
				UUID id = rs.getObject(1, UUID.class);
				sides.put(id,
						new Side(new InitiativeId(id), rs.getString(2), rs.getInt(3),
								organisations.getOrDefault(id, List.of()), countries.getOrDefault(id, List.of()),
								rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
								rs.getObject(6, BigDecimal.class), rs.getString(7)));
			});
		return sides;
	}

	private static void secretariat(Viewer by) {
		if (!by.isSecretariat()) {
			throw new ForbiddenException("initiative.duplicate.secretariat-only");
		}
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

}
