package org.cbcm.records;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.UserId;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The revisions of every record: a full snapshot per saved change, readable and
 * comparable field by field. Modules append one in the transaction that saves the change,
 * so that a change without its revision cannot happen.
 */
@Service
@Transactional
public class Revisions {

	private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
	};

	private static final String INSERT = """
			INSERT INTO record_revision (record_kind, record_id, revision, record_version, status, snapshot, author_id,
			  author_name, created_at, comment)
			VALUES (:kind, :id, :revision, :version, :status, :snapshot, :author, :name, :at, :comment)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	private final JsonMapper json;

	private final Clock clock;

	Revisions(JdbcClient jdbc, NamedParameterJdbcTemplate batches, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.json = json;
		this.clock = clock;
	}

	/** Records a saved state of the record and returns its revision number. */
	public int append(RecordRef record, int recordVersion, RecordStatus status, Map<String, String> fields,
			Viewer author, @Nullable String comment) {
		int number = jdbc.sql(
				"SELECT COALESCE(MAX(revision), 0) + 1 FROM record_revision WHERE record_kind = :kind AND record_id = :id")
			.param("kind", record.kind())
			.param("id", record.id())
			.query(Integer.class)
			.single();
		jdbc.sql(INSERT)
			.param("kind", record.kind())
			.param("id", record.id())
			.param("revision", number)
			.param("version", recordVersion)
			.param("status", status.name())
			.param("snapshot", json.writeValueAsString(fields))
			.param("author", (author.user() != null) ? author.user().value() : null)
			.param("name", author.name())
			.param("at", OffsetDateTime.now(clock))
			.param("comment", (comment == null || comment.isBlank()) ? null : comment.strip())
			.update();
		return number;
	}

	/**
	 * A saved state of a record, for appending many at once.
	 *
	 * @param record the record
	 * @param recordVersion the version the change saved
	 * @param status where the record stood after it
	 * @param fields the record field by field
	 * @param at when the change was saved
	 * @param comment what the author said of it
	 */
	public record NewRevision(RecordRef record, int recordVersion, RecordStatus status, Map<String, String> fields,
			Instant at, @Nullable String comment) {
	}

	/**
	 * Records the first revision of records created in bulk (imports, demo data), in
	 * batches: each is revision 1 of its record, so nothing needs reading first. A record
	 * that has revisions already is refused by the database, and the whole batch with it.
	 * Callers keep the list to a chunk (a thousand or so) per call.
	 */
	public void appendFirst(List<NewRevision> revisions, Viewer author) {
		if (revisions.isEmpty()) {
			return;
		}
		batches.batchUpdate(INSERT, revisions.stream().map(revision -> {
			String comment = revision.comment();
			return new MapSqlParameterSource().addValue("kind", revision.record().kind())
				.addValue("id", revision.record().id())
				.addValue("revision", 1)
				.addValue("version", revision.recordVersion())
				.addValue("status", revision.status().name())
				.addValue("snapshot", json.writeValueAsString(revision.fields()))
				.addValue("author", (author.user() != null) ? author.user().value() : null)
				.addValue("name", author.name())
				.addValue("at", revision.at().atOffset(ZoneOffset.UTC))
				.addValue("comment", (comment == null || comment.isBlank()) ? null : comment.strip());
		}).toArray(SqlParameterSource[]::new));
	}

	/**
	 * Forgets the whole history of records that are deleted for good, such as demo data;
	 * records that are only archived keep theirs.
	 */
	public void removeAll(String kind, Collection<String> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("DELETE FROM record_revision WHERE record_kind = :kind AND record_id IN (:ids)")
				.param("kind", kind)
				.param("ids", List.copyOf(ids))
				.update();
			jdbc.sql("DELETE FROM record_head WHERE record_kind = :kind AND record_id IN (:ids)")
				.param("kind", kind)
				.param("ids", List.copyOf(ids))
				.update();
		}
	}

	/**
	 * Who last moved the record into the status (such as who last submitted it), or,
	 * before any did, who wrote it first; nobody for a record without revisions or one
	 * written by the system.
	 */
	@Transactional(readOnly = true)
	public Optional<UserId> lastAuthor(RecordRef record, RecordStatus status) {
		return jdbc.sql("""
				SELECT author_id FROM record_revision
				WHERE record_kind = :kind AND record_id = :id AND (status = :status OR revision = 1)
				ORDER BY CASE WHEN status = :status THEN 0 ELSE 1 END, revision DESC LIMIT 1""")
			.param("kind", record.kind())
			.param("id", record.id())
			.param("status", status.name())
			.query((rs, row) -> Optional.ofNullable(rs.getObject(1, UUID.class)).map(UserId::new))
			.optional()
			.flatMap(author -> author);
	}

	/** Every revision of the record, newest first. */
	@Transactional(readOnly = true)
	public List<Revision> history(RecordRef record) {
		return jdbc.sql("""
				SELECT revision, record_version, status, snapshot, author_id, author_name, created_at, comment
				FROM record_revision WHERE record_kind = :kind AND record_id = :id ORDER BY revision DESC""")
			.param("kind", record.kind())
			.param("id", record.id())
			.query((rs, row) -> revision(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, UUID.class), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
					rs.getString(8)))
			.list();
	}

	@Transactional(readOnly = true)
	public Revision revision(RecordRef record, int number) {
		return history(record).stream()
			.filter(revision -> revision.number() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("record.revision.not-found", number, record.toString()));
	}

	/** The revision that saved the given version of the record, if there is one. */
	@Transactional(readOnly = true)
	public Optional<Revision> ofVersion(RecordRef record, int recordVersion) {
		return history(record).stream().filter(revision -> revision.recordVersion() == recordVersion).findFirst();
	}

	/**
	 * What differs between two revisions, field by field, in the order the fields first
	 * appear.
	 * @param from the earlier revision's number
	 * @param to the later revision's number
	 */
	@Transactional(readOnly = true)
	public List<FieldChange> compare(RecordRef record, int from, int to) {
		return changes(revision(record, from).fields(), revision(record, to).fields());
	}

	/** What differs between two snapshots of a record, field by field. */
	public static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			String old = before.get(field);
			String now = after.get(field);
			if (!Objects.equals(old, now)) {
				changes.add(new FieldChange(field, old, now));
			}
		}
		return changes;
	}

	private Revision revision(int number, int version, String status, String snapshot, @Nullable UUID author,
			String name, OffsetDateTime at, @Nullable String comment) {
		return new Revision(number, version, RecordStatus.valueOf(status), json.readValue(snapshot, FIELDS),
				(author != null) ? new UserId(author) : null, name, at.toInstant(), comment);
	}

}
