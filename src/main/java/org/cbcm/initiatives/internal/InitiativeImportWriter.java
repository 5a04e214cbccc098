package org.cbcm.initiatives.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativeImports;
import org.cbcm.initiatives.InitiativeLoads;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.Transition;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Validation;
import org.cbcm.shared.Viewer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes imports ({@link InitiativeImports}): new initiatives through the bulk load,
 * changed ones through the workflow's own save (and publication), each checked first as
 * the workflow checks it, so that one refused initiative never fails its batch. The
 * records of a batch already there are locked while it is written: two imports of the
 * same file at once write each change once.
 */
@Service
class InitiativeImportWriter implements InitiativeImports {

	private final InitiativeLoads loads;

	private final InitiativeManagement management;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	private final ContentReferences references;

	private final Clock clock;

	InitiativeImportWriter(InitiativeLoads loads, InitiativeManagement management, JdbcClient jdbc,
			NamedParameterJdbcTemplate batches, ContentReferences references, Clock clock) {
		this.loads = loads;
		this.management = management;
		this.jdbc = jdbc;
		this.batches = batches;
		this.references = references;
		this.clock = clock;
	}

	@Override
	@Transactional
	public List<Written> write(List<Imported> batch, String importName, String comment, Viewer by) {
		if (!by.isSecretariat()) {
			throw new ForbiddenException("initiative.bulk.secretariat-only");
		}
		if (batch.size() > MAX_BATCH) {
			throw new InvalidRequestException("batch", "initiative.bulk.too-many", MAX_BATCH, batch.size());
		}
		Set<ExternalId> seen = new HashSet<>();
		for (Imported imported : batch) {
			if (!seen.add(imported.external())) {
				throw new InvalidRequestException("batch", "initiative.external.twice", imported.external().toString());
			}
		}
		Map<ExternalId, Source> sources = sources(seen);
		ContentReferences.Known known = references.known(batch.stream().map(Imported::content).toList());
		Instant now = clock.instant();
		List<Written> written = new ArrayList<>();
		List<InitiativeLoads.Loaded> created = new ArrayList<>();
		Map<InitiativeId, Imported> createdFrom = new HashMap<>();
		Map<InitiativeId, String> changedHashes = new HashMap<>();
		Map<InitiativeId, List<InitiativeImports.Classification>> classified = new HashMap<>();
		for (Imported imported : batch) {
			Source source = sources.get(imported.external());
			String hash = hash(imported.content());
			if (source != null && source.hash().equals(hash)) {
				written.add(new Written(imported.external(), source.id(), Outcome.UNCHANGED, List.of()));
				classified.put(source.id(), imported.classifications());
				continue;
			}
			Validation validation = new Validation();
			imported.content().check(validation);
			known.check(imported.content(), validation);
			if (source == null) {
				InitiativeBulk.checkOwner(imported.owner(), imported.content(), validation);
			}
			else if (source.status() == RecordStatus.ARCHIVED) {
				validation.reject("initiative", "initiative.external.archived", source.id().toString());
			}
			if (validation.failed()) {
				written.add(new Written(imported.external(), (source != null) ? source.id() : null, Outcome.REFUSED,
						validation.problems().problems()));
				continue;
			}
			if (source == null) {
				InitiativeId id = InitiativeId.random();
				created.add(new InitiativeLoads.Loaded(id, imported.owner(), imported.content(), imported.publish(),
						now, now));
				createdFrom.put(id, imported);
				written.add(new Written(imported.external(), id, Outcome.CREATED, List.of()));
			}
			else {
				int version = management.save(source.id(), source.version(), imported.content(), comment, by);
				if (imported.publish()) {
					management.move(source.id(), version, Transition.PUBLISH, null, by);
				}
				changedHashes.put(source.id(), hash);
				classified.put(source.id(), imported.classifications());
				written.add(new Written(imported.external(), source.id(), Outcome.UPDATED, List.of()));
			}
		}
		loads.register(created, importName, comment, InitiativeLoads.Duplicates.LOOK_FOR, by);
		Timestamp at = Timestamp.from(now);
		batches.batchUpdate("""
				INSERT INTO initiative_source (initiative_id, publisher, identifier, content_hash, imported_by,
				  imported_at, classifications)
				VALUES (:id, :publisher, :identifier, :hash, :by, :at, :classifications)""",
				created.stream().map(loaded -> {
					Imported imported = createdFrom.get(loaded.id());
					return new MapSqlParameterSource().addValue("id", loaded.id().value())
						.addValue("publisher", imported.external().publisher())
						.addValue("identifier", imported.external().identifier())
						.addValue("hash", hash(imported.content()))
						.addValue("by", importName)
						.addValue("at", at)
						.addValue("classifications", lines(imported.classifications()));
				}).toArray(SqlParameterSource[]::new));
		batches.batchUpdate("UPDATE initiative_source SET classifications = :classifications WHERE initiative_id = :id",
				classified.entrySet()
					.stream()
					.map(entry -> new MapSqlParameterSource().addValue("id", entry.getKey().value())
						.addValue("classifications", lines(entry.getValue())))
					.toArray(SqlParameterSource[]::new));
		changedHashes.forEach((id, hash) -> jdbc
			.sql("UPDATE initiative_source SET content_hash = :hash, imported_by = :by, imported_at = :at "
					+ "WHERE initiative_id = :id")
			.param("hash", hash)
			.param("by", importName)
			.param("at", at)
			.param("id", id.value())
			.update());
		return written;
	}

	@Override
	public Map<InitiativeId, List<InitiativeImports.Classification>> classifications(Collection<InitiativeId> ids) {
		Map<InitiativeId, List<InitiativeImports.Classification>> found = new HashMap<>();
		List<UUID> all = ids.stream().map(InitiativeId::value).distinct().toList();
		for (int from = 0; from < all.size(); from += 1000) {
			jdbc.sql("SELECT initiative_id, classifications FROM initiative_source WHERE initiative_id IN (:ids) "
					+ "AND classifications IS NOT NULL")
				.param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
				.query((rs, row) -> found.put(new InitiativeId(rs.getObject(1, UUID.class)), parsed(rs.getString(2))))
				.list();
		}
		return found;
	}

	private static List<InitiativeImports.Classification> parsed(@org.jspecify.annotations.Nullable String lines) {
		return (lines == null) ? List.of()
				: java.util.Arrays.stream(lines.split("\n"))
					.map(InitiativeImports.Classification::of)
					.filter(java.util.Objects::nonNull)
					.toList();
	}

	@Override
	public java.util.Optional<Origin> origin(InitiativeId id) {
		return jdbc
			.sql("SELECT publisher, identifier, classifications, imported_by, imported_at FROM initiative_source "
					+ "WHERE initiative_id = :id")
			.param("id", id.value())
			.query((rs, row) -> new Origin(new ExternalId(rs.getString(1), rs.getString(2)), parsed(rs.getString(3)),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.optional();
	}

	private static @org.jspecify.annotations.Nullable String lines(
			List<InitiativeImports.Classification> classifications) {
		return classifications.isEmpty() ? null
				: String.join("\n", classifications.stream().map(InitiativeImports.Classification::line).toList());
	}

	/** An initiative an import brought before, as it stands. */
	private record Source(InitiativeId id, String hash, int version, RecordStatus status) {
	}

	/** The sources of these identities, their records locked. */
	private Map<ExternalId, Source> sources(Collection<ExternalId> externals) {
		Map<ExternalId, Source> found = new HashMap<>();
		if (externals.isEmpty()) {
			return found;
		}
		jdbc.sql("""
				SELECT s.publisher, s.identifier, s.content_hash, i.id, i.version, i.status
				FROM initiative_source s JOIN initiative i ON i.id = s.initiative_id
				WHERE s.identifier IN (:identifiers)
				FOR UPDATE""")
			.param("identifiers", externals.stream().map(ExternalId::identifier).distinct().toList())
			.query((rs, row) -> {
				ExternalId external = new ExternalId(rs.getString(1), rs.getString(2));
				if (externals.contains(external)) {
					found.put(external, new Source(new InitiativeId(rs.getObject(4, UUID.class)), rs.getString(3),
							rs.getInt(5), RecordStatus.valueOf(rs.getString(6))));
				}
				return external;
			})
			.list();
		return found;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<ExternalId, InitiativeId> find(Collection<ExternalId> externals) {
		Map<ExternalId, InitiativeId> found = new HashMap<>();
		for (List<String> chunk : chunks(externals.stream().map(ExternalId::identifier).distinct().toList())) {
			jdbc.sql("SELECT publisher, identifier, initiative_id FROM initiative_source WHERE identifier IN (:ids)")
				.param("ids", chunk)
				.query((rs, row) -> {
					ExternalId external = new ExternalId(rs.getString(1), rs.getString(2));
					if (externals.contains(external)) {
						found.put(external, new InitiativeId(rs.getObject(3, UUID.class)));
					}
					return external;
				})
				.list();
		}
		return found;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<InitiativeId, ExternalId> externals(Collection<InitiativeId> ids) {
		Map<InitiativeId, ExternalId> found = new HashMap<>();
		for (List<UUID> chunk : chunks(ids.stream().map(InitiativeId::value).distinct().toList())) {
			jdbc.sql("SELECT initiative_id, publisher, identifier FROM initiative_source WHERE initiative_id IN (:ids)")
				.param("ids", chunk)
				.query((rs, row) -> found.put(new InitiativeId(rs.getObject(1, UUID.class)),
						new ExternalId(rs.getString(2), rs.getString(3))))
				.list();
		}
		return found;
	}

	private static <T> List<List<T>> chunks(List<T> values) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < values.size(); from += MAX_BATCH) {
			chunks.add(values.subList(from, Math.min(values.size(), from + MAX_BATCH)));
		}
		return chunks;
	}

	/** The content's fingerprint: of its fields, in their order. */
	static String hash(InitiativeContent content) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			content.fields().forEach((field, value) -> {
				digest.update(field.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(value.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			});
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
