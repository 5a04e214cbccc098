package org.cbcm.exchange.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cbcm.exchange.internal.sheet.SheetColumns;
import org.cbcm.shared.ConflictException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The imports as stored: each with its summary, report, activities and file. */
@Repository
public class Imports {

	private static final String COLUMNS = """
			id, file_format, file_name, file_size, status, language, selection_kind, selection_terms,
			publish_at_once, summary, report, done_count, total_count, created_by_name, created_at, started_at,
			finished_at, version, sheet_columns""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	private final JsonMapper json;

	Imports(JdbcClient jdbc, NamedParameterJdbcTemplate batches, JsonMapper json) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.json = json;
	}

	/** An import as stored. */
	public record Stored(UUID id, String format, String fileName, long fileSize, ImportStatus status, String language,
			Selection selection, boolean publish, ImportSummary summary, @Nullable ImportReport report, int done,
			int total, String createdBy, Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt,
			int version, @Nullable SheetColumns columns) {

		/** Whether its file is a spreadsheet, whose columns the person maps. */
		public boolean spreadsheet() {
			return !"IATI".equals(format);
		}

		/** How far a run got, in percent. */
		public int percent() {
			return (total == 0) ? 0 : (int) Math.min(100, Math.round(100.0 * done / total));
		}

	}

	/** One activity of an import, with what the person chose for it and what was done. */
	public record Activity(int position, String publisher, String identifier, String title, @Nullable String countries,
			boolean kept, @Nullable String keptBecause, boolean chosen, List<Proposal> proposed, boolean exact,
			List<String> elements, @Nullable String outcome, @Nullable UUID initiative, @Nullable String reason) {

		public Activity {
			proposed = List.copyOf(proposed);
			elements = List.copyOf(elements);
		}

		/** The activity chosen or not, with these elements. */
		Activity withElements(boolean chosen, List<String> elements) {
			return new Activity(position, publisher, identifier, title, countries, kept, keptBecause, chosen, proposed,
					exact, elements, outcome, initiative, reason);
		}

		/** The activity with what a run did with it. */
		Activity withOutcome(String outcome, @Nullable UUID initiative, @Nullable String reason) {
			return new Activity(position, publisher, identifier, title, countries, kept, keptBecause, chosen, proposed,
					exact, elements, outcome, initiative, reason);
		}

	}

	/** A key element proposed for an activity, with the words that matched. */
	public record Proposal(String element, List<String> words) {

		public Proposal {
			words = List.copyOf(words);
		}

	}

	void insert(Stored stored, byte[] gzipped, List<Activity> activities) {
		jdbc.sql("INSERT INTO exchange_import (" + COLUMNS + ", created_by) VALUES (:id, :format, :fileName, "
				+ ":fileSize, :status, :language, :kind, :terms, :publish, :summary, NULL, 0, 0, :createdBy, "
				+ ":createdAt, NULL, NULL, 0, :columns, NULL)")
			.param("id", stored.id())
			.param("format", stored.format())
			.param("fileName", stored.fileName())
			.param("fileSize", stored.fileSize())
			.param("status", stored.status().name())
			.param("language", stored.language())
			.param("kind", stored.selection().kind().name())
			.param("terms", stored.selection().terms())
			.param("publish", stored.publish())
			.param("summary", json.writeValueAsString(stored.summary()))
			.param("createdBy", stored.createdBy())
			.param("createdAt", Timestamp.from(stored.createdAt()))
			.param("columns", (stored.columns() != null) ? json.writeValueAsString(stored.columns()) : null)
			.update();
		jdbc.sql("INSERT INTO exchange_import_file (import_id, content) VALUES (:id, :content)")
			.param("id", stored.id())
			.param("content", gzipped)
			.update();
		insertActivities(stored.id(), activities);
	}

	private void insertActivities(UUID id, List<Activity> activities) {
		for (int from = 0; from < activities.size(); from += 1000) {
			batches.batchUpdate("""
					INSERT INTO exchange_import_activity (import_id, position, publisher, identifier, title, countries,
					  kept, kept_because, chosen, proposed, exact, elements)
					VALUES (:id, :position, :publisher, :identifier, :title, :countries, :kept, :because, :chosen,
					  :proposed, :exact, :elements)""",
					activities.subList(from, Math.min(activities.size(), from + 1000))
						.stream()
						.map(activity -> new MapSqlParameterSource().addValue("id", id)
							.addValue("position", activity.position())
							.addValue("publisher", activity.publisher())
							.addValue("identifier", activity.identifier())
							.addValue("title", activity.title())
							.addValue("countries", activity.countries())
							.addValue("kept", activity.kept())
							.addValue("because", activity.keptBecause())
							.addValue("chosen", activity.chosen())
							.addValue("proposed",
									activity.proposed().isEmpty() ? null : json.writeValueAsString(activity.proposed()))
							.addValue("exact", activity.exact())
							.addValue("elements", elements(activity.elements())))
						.toArray(SqlParameterSource[]::new));
		}
	}

	/**
	 * Replaces what a new reading of the file found: its summary, columns and activities
	 * (the choices made for the earlier ones go with them).
	 */
	void reread(UUID id, ImportSummary summary, @Nullable SheetColumns columns, List<Activity> activities) {
		jdbc.sql("UPDATE exchange_import SET summary = :summary, sheet_columns = :columns, version = version + 1 "
				+ "WHERE id = :id")
			.param("summary", json.writeValueAsString(summary))
			.param("columns", (columns != null) ? json.writeValueAsString(columns) : null)
			.param("id", id)
			.update();
		jdbc.sql("DELETE FROM exchange_import_activity WHERE import_id = :id").param("id", id).update();
		insertActivities(id, activities);
	}

	/** A mapping of columns the Secretariat saved under a name. */
	public record Mapping(String name, SheetColumns columns, String savedBy, Instant savedAt) {
	}

	/** Saves a mapping under its name, replacing the one of that name. */
	void save(Mapping mapping) {
		jdbc.sql("DELETE FROM exchange_column_mapping WHERE name = :name").param("name", mapping.name()).update();
		jdbc.sql("INSERT INTO exchange_column_mapping (name, sheet_columns, saved_by_name, saved_at) "
				+ "VALUES (:name, :columns, :by, :at)")
			.param("name", mapping.name())
			.param("columns", json.writeValueAsString(mapping.columns()))
			.param("by", mapping.savedBy())
			.param("at", Timestamp.from(mapping.savedAt()))
			.update();
	}

	/** The saved mappings, by name; at most the first hundred. */
	List<Mapping> mappings() {
		return jdbc
			.sql("SELECT name, sheet_columns, saved_by_name, saved_at FROM exchange_column_mapping "
					+ "ORDER BY name FETCH FIRST 100 ROWS ONLY")
			.query((rs, row) -> new Mapping(rs.getString(1), json.readValue(rs.getString(2), SheetColumns.class),
					rs.getString(3), rs.getTimestamp(4).toInstant()))
			.list();
	}

	Optional<Stored> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM exchange_import WHERE id = :id")
			.param("id", id)
			.query(this::stored)
			.optional();
	}

	/** The import, its row locked. */
	Optional<Stored> lock(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM exchange_import WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(this::stored)
			.optional();
	}

	ResultPage<Stored> list(Paging paging) {
		long total = jdbc.sql("SELECT COUNT(*) FROM exchange_import").query(Long.class).single();
		List<Stored> content = jdbc.sql("SELECT " + COLUMNS
				+ " FROM exchange_import ORDER BY created_at DESC, id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
			.param("offset", paging.offset())
			.param("size", paging.size())
			.query(this::stored)
			.list();
		return ResultPage.of(content, paging, total);
	}

	/** Which activities a page lists. */
	public enum Shown {

		/** Those the rule keeps. */
		KEPT,
		/** Those to be imported. */
		CHOSEN,
		/** Every one. */
		ALL,
		/** Those an import run skipped. */
		SKIPPED

	}

	ResultPage<Activity> activities(UUID id, Shown shown, Paging paging) {
		String where = " WHERE import_id = :id" + switch (shown) {
			case KEPT -> " AND kept";
			case CHOSEN -> " AND chosen";
			case SKIPPED -> " AND outcome = 'SKIPPED'";
			case ALL -> "";
		};
		long total = jdbc.sql("SELECT COUNT(*) FROM exchange_import_activity" + where)
			.param("id", id)
			.query(Long.class)
			.single();
		List<Activity> content = jdbc
			.sql("SELECT * FROM exchange_import_activity" + where
					+ " ORDER BY position OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
			.param("id", id)
			.param("offset", paging.offset())
			.param("size", paging.size())
			.query(this::activity)
			.list();
		return ResultPage.of(content, paging, total);
	}

	/** The activities to import, by position, with their chosen elements. */
	List<Activity> chosen(UUID id) {
		return jdbc.sql("SELECT * FROM exchange_import_activity WHERE import_id = :id AND chosen ORDER BY position")
			.param("id", id)
			.query(this::activity)
			.list();
	}

	long count(UUID id, String condition) {
		return jdbc.sql("SELECT COUNT(*) FROM exchange_import_activity WHERE import_id = :id AND " + condition)
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/** Sets what the rule keeps: each kept one chosen, the others not. */
	void select(UUID id, Selection selection, List<Activity> kept) {
		jdbc.sql("UPDATE exchange_import SET selection_kind = :kind, selection_terms = :terms WHERE id = :id")
			.param("kind", selection.kind().name())
			.param("terms", selection.terms())
			.param("id", id)
			.update();
		jdbc.sql("UPDATE exchange_import_activity SET kept = FALSE, kept_because = NULL, chosen = FALSE "
				+ "WHERE import_id = :id")
			.param("id", id)
			.update();
		batches.batchUpdate(
				"UPDATE exchange_import_activity SET kept = TRUE, kept_because = :because, chosen = TRUE "
						+ "WHERE import_id = :id AND position = :position",
				kept.stream()
					.map(activity -> new MapSqlParameterSource().addValue("id", id)
						.addValue("position", activity.position())
						.addValue("because", activity.keptBecause()))
					.toArray(SqlParameterSource[]::new));
	}

	/** Sets, for activities of a page, whether each is imported and its elements. */
	void choose(UUID id, Collection<Activity> activities) {
		batches.batchUpdate(
				"UPDATE exchange_import_activity SET chosen = :chosen, elements = :elements "
						+ "WHERE import_id = :id AND position = :position",
				activities.stream()
					.map(activity -> new MapSqlParameterSource().addValue("id", id)
						.addValue("position", activity.position())
						.addValue("chosen", activity.chosen())
						.addValue("elements", elements(activity.elements())))
					.toArray(SqlParameterSource[]::new));
	}

	/** Gives every chosen activity without elements those proposed for it. */
	List<Activity> withoutElements(UUID id) {
		return jdbc
			.sql("SELECT * FROM exchange_import_activity WHERE import_id = :id AND chosen AND elements IS NULL "
					+ "AND proposed IS NOT NULL ORDER BY position")
			.param("id", id)
			.query(this::activity)
			.list();
	}

	void publishAtOnce(UUID id, boolean publish) {
		jdbc.sql("UPDATE exchange_import SET publish_at_once = :publish WHERE id = :id")
			.param("publish", publish)
			.param("id", id)
			.update();
	}

	/** Moves the import to a status, if it is in one of those expected. */
	boolean move(UUID id, ImportStatus to, ImportStatus... from) {
		return jdbc
			.sql("UPDATE exchange_import SET status = :to, version = version + 1 WHERE id = :id AND status IN (:from)")
			.param("to", to.name())
			.param("id", id)
			.param("from", Arrays.stream(from).map(Enum::name).toList())
			.update() == 1;
	}

	void started(UUID id, int total, Instant at) {
		jdbc.sql("""
				UPDATE exchange_import SET started_at = :at, finished_at = NULL, done_count = 0, total_count = :total,
				  report = NULL WHERE id = :id""")
			.param("at", Timestamp.from(at))
			.param("total", total)
			.param("id", id)
			.update();
		jdbc.sql("UPDATE exchange_import_activity SET outcome = NULL, reason = NULL WHERE import_id = :id")
			.param("id", id)
			.update();
	}

	/** Records a batch's outcomes and the progress. */
	void progress(UUID id, int done, List<Activity> outcomes) {
		jdbc.sql("UPDATE exchange_import SET done_count = :done WHERE id = :id")
			.param("done", done)
			.param("id", id)
			.update();
		batches.batchUpdate("""
				UPDATE exchange_import_activity SET outcome = :outcome, initiative_id = :initiative, reason = :reason
				WHERE import_id = :id AND position = :position""",
				outcomes.stream()
					.map(activity -> new MapSqlParameterSource().addValue("id", id)
						.addValue("position", activity.position())
						.addValue("outcome", activity.outcome())
						.addValue("initiative", activity.initiative())
						.addValue("reason", cut(activity.reason(), 4000)))
					.toArray(SqlParameterSource[]::new));
	}

	void finished(UUID id, ImportStatus status, ImportReport report, Instant at) {
		jdbc.sql(
				"UPDATE exchange_import SET status = :status, report = :report, finished_at = :at, version = version + 1 "
						+ "WHERE id = :id")
			.param("status", status.name())
			.param("report", json.writeValueAsString(report))
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	/** The runs the server was writing when it stopped: interrupted. */
	int interrupted() {
		return jdbc.sql("UPDATE exchange_import SET status = 'INTERRUPTED' WHERE status IN ('RUNNING', 'CANCELLING')")
			.update();
	}

	InputStream file(UUID id) {
		byte[] content = jdbc.sql("SELECT content FROM exchange_import_file WHERE import_id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getBytes(1))
			.optional()
			.orElseThrow(() -> new ConflictException("exchange.import.file-missing"));
		return new ByteArrayInputStream(content);
	}

	/**
	 * Remembers the elements chosen for these activities, for their next import: those
	 * remembered before are updated, the others inserted, each in one batch.
	 */
	void remember(List<Activity> activities, String by, Instant at) {
		java.util.Set<List<String>> known = new java.util.HashSet<>();
		activities.stream()
			.collect(java.util.stream.Collectors.groupingBy(Activity::publisher,
					java.util.stream.Collectors.mapping(Activity::identifier, java.util.stream.Collectors.toList())))
			.forEach((publisher, identifiers) -> remembered(publisher, identifiers).keySet()
				.forEach(identifier -> known.add(List.of(publisher, identifier))));
		List<SqlParameterSource> updates = new java.util.ArrayList<>();
		List<SqlParameterSource> inserts = new java.util.ArrayList<>();
		for (Activity activity : activities) {
			SqlParameterSource row = new MapSqlParameterSource().addValue("publisher", activity.publisher())
				.addValue("identifier", activity.identifier())
				.addValue("elements", elements(activity.elements()))
				.addValue("by", by)
				.addValue("at", Timestamp.from(at));
			(known.contains(List.of(activity.publisher(), activity.identifier())) ? updates : inserts).add(row);
		}
		if (!updates.isEmpty()) {
			batches.batchUpdate(
					"UPDATE exchange_classification SET elements = :elements, chosen_by_name = :by, "
							+ "chosen_at = :at WHERE publisher = :publisher AND identifier = :identifier",
					updates.toArray(SqlParameterSource[]::new));
		}
		if (!inserts.isEmpty()) {
			batches.batchUpdate(
					"INSERT INTO exchange_classification (publisher, identifier, elements, "
							+ "chosen_by_name, chosen_at) VALUES (:publisher, :identifier, :elements, :by, :at)",
					inserts.toArray(SqlParameterSource[]::new));
		}
	}

	/** The elements chosen before for these activities of a publisher. */
	java.util.Map<String, List<String>> remembered(String publisher, Collection<String> identifiers) {
		java.util.Map<String, List<String>> found = new java.util.HashMap<>();
		List<String> all = List.copyOf(identifiers);
		for (int from = 0; from < all.size(); from += 1000) {
			jdbc.sql("SELECT identifier, elements FROM exchange_classification WHERE publisher = :publisher "
					+ "AND identifier IN (:identifiers)")
				.param("publisher", publisher)
				.param("identifiers", all.subList(from, Math.min(all.size(), from + 1000)))
				.query((rs, row) -> found.put(rs.getString(1), codes(rs.getString(2))))
				.list();
		}
		return found;
	}

	void delete(UUID id) {
		jdbc.sql("DELETE FROM exchange_import WHERE id = :id").param("id", id).update();
	}

	private Stored stored(ResultSet rs, int row) throws SQLException {
		String report = rs.getString("report");
		return new Stored(rs.getObject("id", UUID.class), rs.getString("file_format"), rs.getString("file_name"),
				rs.getLong("file_size"), ImportStatus.valueOf(rs.getString("status")), rs.getString("language"),
				new Selection(
						org.cbcm.exchange.internal.iati.ActivitySelection.Kind.valueOf(rs.getString("selection_kind")),
						rs.getString("selection_terms")),
				rs.getBoolean("publish_at_once"), json.readValue(rs.getString("summary"), ImportSummary.class),
				(report != null) ? json.readValue(report, ImportReport.class) : null, rs.getInt("done_count"),
				rs.getInt("total_count"), rs.getString("created_by_name"), instant(rs, "created_at"),
				instant(rs, "started_at"), instant(rs, "finished_at"), rs.getInt("version"),
				(rs.getString("sheet_columns") != null)
						? json.readValue(rs.getString("sheet_columns"), SheetColumns.class) : null);
	}

	private Activity activity(ResultSet rs, int row) throws SQLException {
		String proposed = rs.getString("proposed");
		return new Activity(rs.getInt("position"), rs.getString("publisher"), rs.getString("identifier"),
				rs.getString("title"), rs.getString("countries"), rs.getBoolean("kept"), rs.getString("kept_because"),
				rs.getBoolean("chosen"),
				(proposed != null) ? List.of(json.readValue(proposed, Proposal[].class)) : List.of(),
				rs.getBoolean("exact"), codes(rs.getString("elements")), rs.getString("outcome"),
				rs.getObject("initiative_id", UUID.class), rs.getString("reason"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static @Nullable String elements(List<String> elements) {
		return elements.isEmpty() ? null : String.join(" ", elements);
	}

	private static List<String> codes(@Nullable String elements) {
		return (elements == null || elements.isBlank()) ? List.of() : List.of(elements.strip().split(" "));
	}

	private static @Nullable String cut(@Nullable String text, int most) {
		return (text != null && text.length() > most) ? text.substring(0, most - 1) + "…" : text;
	}

}
