package org.cbcm.initiatives.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.cbcm.initiatives.DuplicatePairId;
import org.cbcm.initiatives.DuplicateRecords.Reason;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.records.RecordScope;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds published initiatives registered twice, as {@link SimilarInitiatives} warns a
 * writer, but between published records and kept in a queue for the Secretariat. The
 * candidates of an initiative come from SQL on indexed columns: the published ones that
 * share an organisation (any role) or a country with it and whose dates overlap its own,
 * at most {@link #CANDIDATES} of each. Each is scored: 60 % how alike the texts are
 * ({@link TextSimilarity}: the title, and where both have one, 60 % title and 40 %
 * description), 15 % a shared organisation, 10 % overlapping dates, 15 % the share of
 * countries they have in common. A pair scoring at least {@link #THRESHOLD} % with texts
 * at least {@link #TEXTS_ALIKE} % alike is queued with its reasons, unless both name
 * countries and none in common: one initiative registered twice works in the same places,
 * however differently it is worded, and two projects of one agency on one topic in two
 * countries are two initiatives; nor is a programme and a project under it (an initiative
 * naming countries therefore looks for its candidates among those sharing a country, one
 * naming none among those sharing an organisation). A pair the Secretariat marked
 * distinct is never proposed again, however much either record changes later; a merged
 * pair is left as it is (its merge may be undone); an open pair is scored again and
 * leaves the queue when it falls below the threshold.
 */
@Service
@Transactional
public class DuplicateDetection {

	/** The lowest score, in percent, that queues a pair. */
	public static final int THRESHOLD = 70;

	/** How alike, in percent, the texts of a queued pair must at least be. */
	static final int TEXTS_ALIKE = 50;

	/**
	 * The most candidates read for an initiative, by shared organisation and by country.
	 */
	static final int CANDIDATES = 300;

	/** The most identifiers one IN list holds. */
	private static final int PART = 1000;

	/** The most initiatives one scan step looks at. */
	public static final int SCAN_STEP = 200;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	private final JsonMapper json;

	private final Clock clock;

	DuplicateDetection(JdbcClient jdbc, NamedParameterJdbcTemplate batches, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.json = json;
		this.clock = clock;
	}

	/** What the score compares of a published initiative. */
	record Facts(UUID id, String title, @Nullable String description, @Nullable LocalDate start,
			@Nullable LocalDate end, Set<String> organisations, Set<String> countries, @Nullable UUID parent) {

		static Facts of(InitiativeId id, RecordScope owner, InitiativeContent content) {
			Set<String> organisations = new LinkedHashSet<>();
			if (owner.organisation() != null) {
				organisations.add(owner.organisation().toString());
			}
			content.participants().forEach(p -> organisations.add(p.organisation().toString()));
			Set<String> countries = new LinkedHashSet<>();
			content.geography().countries().forEach(share -> countries.add(share.country().value()));
			return new Facts(id.value(), content.title(), content.description(), content.schedule().start(),
					content.schedule().end(), organisations, countries,
					(content.parent() != null) ? content.parent().value() : null);
		}

	}

	/**
	 * A pair's score, in percent, and why: the reasons are put into words only when asked
	 * for (a pair queued or scored again), not for the millions of pairs a bulk load
	 * scores and passes over.
	 *
	 * @param apart whether both name countries but none in common, or one is part of the
	 * other
	 */
	record Scored(int score, int texts, Supplier<List<Reason>> why, boolean apart) {

		boolean queued() {
			return score >= THRESHOLD && texts >= TEXTS_ALIKE && !apart;
		}

		List<Reason> reasons() {
			return why.get();
		}

	}

	/** Scores two initiatives as possibly the same one. */
	static Scored score(Facts one, Facts other) {
		return score(one, other, TextSimilarity::vector);
	}

	/**
	 * Scores two initiatives as possibly the same one, with the trigrams of their texts
	 * from where the caller keeps them.
	 */
	static Scored score(Facts one, Facts other, Function<@Nullable String, TextSimilarity.Vector> trigrams) {
		double title = TextSimilarity.cosine(trigrams.apply(one.title()), trigrams.apply(other.title()));
		double texts = title;
		boolean described = present(one.description()) && present(other.description());
		double description = 0;
		if (described) {
			description = TextSimilarity.cosine(trigrams.apply(one.description()), trigrams.apply(other.description()));
			texts = 0.6 * title + 0.4 * description;
		}
		boolean sharedOrganisation = one.organisations().stream().anyMatch(other.organisations()::contains);
		boolean overlap = SimilarInitiatives.overlap(one.start(), one.end(), other.start(), other.end());
		long sharedCountries = one.countries().stream().filter(other.countries()::contains).count();
		long allCountries = one.countries().size() + other.countries().size() - sharedCountries;
		double countries = (allCountries == 0) ? 0 : (double) sharedCountries / allCountries;
		double score = 0.6 * texts + (sharedOrganisation ? 0.15 : 0) + (overlap ? 0.1 : 0) + 0.15 * countries;
		boolean apart = (sharedCountries == 0 && !one.countries().isEmpty() && !other.countries().isEmpty())
				|| one.id().equals(other.parent()) || other.id().equals(one.parent());
		double titleAlike = title;
		double descriptionAlike = description;
		return new Scored(percent(score), percent(texts), () -> {
			List<Reason> reasons = new ArrayList<>();
			reasons.add(new Reason("title", String.valueOf(percent(titleAlike))));
			if (described) {
				reasons.add(new Reason("description", String.valueOf(percent(descriptionAlike))));
			}
			Set<String> organisations = new TreeSet<>(one.organisations());
			organisations.retainAll(other.organisations());
			if (!organisations.isEmpty()) {
				reasons.add(new Reason("organisation", String.join(",", organisations)));
			}
			if (overlap) {
				reasons.add(new Reason("dates", ""));
			}
			Set<String> shared = new TreeSet<>(one.countries());
			shared.retainAll(other.countries());
			if (!shared.isEmpty()) {
				reasons.add(new Reason("countries", String.join(",", shared)));
			}
			return reasons;
		}, apart);
	}

	/**
	 * Scores a newly published or changed initiative against its candidates and keeps the
	 * queue in step.
	 * @return how many of its pairs are open after it
	 */
	public int detect(InitiativeId id, RecordScope owner, InitiativeContent published) {
		return detect(Facts.of(id, owner, published));
	}

	/**
	 * One bounded step of the Secretariat's scan over the whole registry: the next
	 * {@link #SCAN_STEP} published initiatives after the one named, in identifier order.
	 */
	public ScanStep scan(@Nullable InitiativeId after) {
		List<UUID> ids = jdbc
			.sql("SELECT initiative_id FROM initiative_entry" + ((after != null) ? " WHERE initiative_id > :after" : "")
					+ " ORDER BY initiative_id LIMIT " + SCAN_STEP)
			.params((after != null) ? Map.of("after", after.value()) : Map.of())
			.query(UUID.class)
			.list();
		int open = 0;
		for (Facts facts : facts(ids).values()) {
			open += detect(facts);
		}
		return new ScanStep(ids.size(), open,
				(ids.size() < SCAN_STEP) ? null : new InitiativeId(ids.get(ids.size() - 1)));
	}

	/**
	 * What a scan step did.
	 *
	 * @param scanned how many initiatives it looked at
	 * @param open how many open pairs they are in
	 * @param next where the next step starts, none when the registry is done
	 */
	public record ScanStep(int scanned, int open, @Nullable InitiativeId next) {
	}

	/**
	 * Scores the initiatives a bulk load published against their candidates, as
	 * {@link #detect} does one, but reading each thing once for the whole batch: the
	 * batch's facts, the facts of every candidate (however many of the batch share it),
	 * the pairs there already, and the trigrams of each text. A pair of two initiatives
	 * of the batch is scored once.
	 * @return how many open pairs the batch's initiatives are in
	 */
	public int detectAll(List<InitiativeId> ids) {
		List<UUID> batch = ids.stream().map(InitiativeId::value).distinct().toList();
		Map<UUID, Facts> known = new HashMap<>();
		Map<UUID, Set<UUID>> candidates = new LinkedHashMap<>();
		Map<UUID, Map<UUID, String>> existing = new HashMap<>();
		for (List<UUID> part : parts(batch)) {
			known.putAll(facts(part));
			jdbc.sql("""
					SELECT first_id, second_id, status FROM initiative_duplicate
					WHERE first_id IN (:ids) OR second_id IN (:ids)""").param("ids", part).query(rs -> {
				UUID first = rs.getObject(1, UUID.class);
				UUID second = rs.getObject(2, UUID.class);
				existing.computeIfAbsent(first, key -> new HashMap<>()).put(second, rs.getString(3));
				existing.computeIfAbsent(second, key -> new HashMap<>()).put(first, rs.getString(3));
			});
		}
		Map<String, List<Dated>> placed = placed(batch.stream()
			.map(known::get)
			.filter(Objects::nonNull)
			.flatMap(facts -> facts.countries().stream())
			.collect(Collectors.toCollection(TreeSet::new)));
		Set<UUID> unknown = new LinkedHashSet<>();
		for (UUID id : batch) {
			Facts mine = known.get(id);
			if (mine == null) {
				continue;
			}
			Set<UUID> theirs = mine.countries().isEmpty() ? candidates(mine) : candidates(mine, placed);
			theirs.addAll(existing.getOrDefault(id, Map.of()).keySet());
			candidates.put(id, theirs);
			theirs.stream().filter(other -> !known.containsKey(other)).forEach(unknown::add);
		}
		for (List<UUID> part : parts(new ArrayList<>(unknown))) {
			known.putAll(facts(part));
		}
		Map<String, TextSimilarity.Vector> trigrams = new HashMap<>();
		Function<@Nullable String, TextSimilarity.Vector> kept = text -> (text == null) ? TextSimilarity.Vector.EMPTY
				: trigrams.computeIfAbsent(text, TextSimilarity::vector);
		// The pairs scored, not the initiatives done: two initiatives of the batch need
		// not
		// be each other's candidates (one found by country, the other by organisation, or
		// past the other's first CANDIDATES), and a pair is scored once either way.
		Set<List<UUID>> scored = new HashSet<>();
		Set<UUID> inBatch = new HashSet<>(batch);
		int open = 0;
		Changes changes = new Changes();
		for (Map.Entry<UUID, Set<UUID>> entry : candidates.entrySet()) {
			Facts mine = known.get(entry.getKey());
			Map<UUID, String> pairs = existing.getOrDefault(entry.getKey(), Map.of());
			for (UUID other : entry.getValue()) {
				Facts theirs = known.get(other);
				UUID mineId = entry.getKey();
				if (theirs == null) {
					continue;
				}
				// Only a pair of two of the batch may come up twice: once from either
				// side.
				if (inBatch.contains(other) && !scored
					.add((mineId.compareTo(other) < 0) ? List.of(mineId, other) : List.of(other, mineId))) {
					continue;
				}
				open += keep(mine, theirs, pairs.get(other), score(mine, theirs, kept), changes);
			}
		}
		changes.write();
		return open;
	}

	/** A published initiative and its dates, as a candidate. */
	private record Dated(UUID id, @Nullable LocalDate start, @Nullable LocalDate end) {
	}

	/**
	 * The published initiatives in each of the countries, with their dates: read once per
	 * country for a whole batch, where one query per initiative would read the same rows
	 * again for each initiative of the batch in that country.
	 */
	private Map<String, List<Dated>> placed(Set<String> countries) {
		Map<String, List<Dated>> placed = new HashMap<>();
		for (String country : countries) {
			placed.put(country,
					jdbc.sql("""
							SELECT e.initiative_id, e.start_date, e.end_date FROM initiative_tag t
							JOIN initiative_entry e ON e.initiative_id = t.initiative_id
							WHERE t.facet = 'COUNTRY' AND t.tag_value = :country""")
						.param("country", country)
						.query((rs, row) -> new Dated(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
								rs.getObject(3, LocalDate.class)))
						.list());
		}
		return placed;
	}

	/**
	 * The candidates of an initiative naming countries, from those read for its batch: at
	 * most {@link #CANDIDATES} sharing a country, with overlapping dates.
	 */
	private static Set<UUID> candidates(Facts mine, Map<String, List<Dated>> placed) {
		Set<UUID> candidates = new LinkedHashSet<>();
		for (String country : mine.countries()) {
			for (Dated other : placed.getOrDefault(country, List.of())) {
				if (candidates.size() >= CANDIDATES) {
					return candidates;
				}
				boolean overlap = (mine.start() == null || other.end() == null || !other.end().isBefore(mine.start()))
						&& (mine.end() == null || other.start() == null || !other.start().isAfter(mine.end()));
				if (overlap && !other.id().equals(mine.id())) {
					candidates.add(other.id());
				}
			}
		}
		return candidates;
	}

	/** Lists cut into parts short enough for an IN list. */
	private static List<List<UUID>> parts(List<UUID> ids) {
		List<List<UUID>> parts = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += PART) {
			parts.add(ids.subList(from, Math.min(ids.size(), from + PART)));
		}
		return parts;
	}

	/**
	 * The candidates of an initiative: those sharing an organisation, and those sharing a
	 * country, with overlapping dates.
	 */
	private Set<UUID> candidates(Facts mine) {
		Set<UUID> candidates = new LinkedHashSet<>(
				mine.countries().isEmpty() ? candidates(mine, "ORGANISATION", mine.organisations())
						: candidates(mine, "COUNTRY", mine.countries()));
		candidates.remove(mine.id());
		return candidates;
	}

	private int detect(Facts mine) {
		Set<UUID> candidates = candidates(mine);
		Map<UUID, String> existing = new HashMap<>();
		jdbc.sql("SELECT first_id, second_id, status FROM initiative_duplicate WHERE first_id = :id OR second_id = :id")
			.param("id", mine.id())
			.query(rs -> {
				UUID first = rs.getObject(1, UUID.class);
				UUID second = rs.getObject(2, UUID.class);
				existing.put(first.equals(mine.id()) ? second : first, rs.getString(3));
			});
		// An open pair is scored again even where the other record is no candidate now.
		candidates.addAll(existing.keySet());
		int open = 0;
		Changes changes = new Changes();
		for (Facts theirs : facts(new ArrayList<>(candidates)).values()) {
			open += keep(mine, theirs, existing.get(theirs.id()), score(mine, theirs), changes);
		}
		changes.write();
		return open;
	}

	/**
	 * Keeps the queue in step with a pair's score (in the changes, which the caller
	 * writes): queues a new pair that scores high enough, scores an open one again or
	 * takes it out when it no longer does, and leaves a decided one alone.
	 * @return 1 when the pair is open after it, else 0
	 */
	private int keep(Facts mine, Facts theirs, @Nullable String status, Scored scored, Changes changes) {
		UUID first = first(mine.id(), theirs.id());
		UUID second = first.equals(mine.id()) ? theirs.id() : mine.id();
		if (status == null && scored.queued()) {
			changes.queued.add(new MapSqlParameterSource().addValue("id", DuplicatePairId.random().value())
				.addValue("first", first)
				.addValue("second", second)
				.addValue("score", scored.score())
				.addValue("reasons", encode(scored.reasons()))
				.addValue("at", changes.at));
			return 1;
		}
		if ("OPEN".equals(status) && scored.queued()) {
			changes.scored.add(new MapSqlParameterSource().addValue("score", scored.score())
				.addValue("reasons", encode(scored.reasons()))
				.addValue("at", changes.at)
				.addValue("first", first)
				.addValue("second", second));
			return 1;
		}
		if ("OPEN".equals(status)) {
			changes.dropped.add(new MapSqlParameterSource().addValue("first", first).addValue("second", second));
		}
		return 0;
	}

	/**
	 * What scoring a batch changes in the queue, written at the end in one batched
	 * statement of each kind: a bulk load of 10,000 initiatives may queue tens of
	 * thousands of pairs.
	 */
	private final class Changes {

		final OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);

		final List<SqlParameterSource> queued = new ArrayList<>();

		final List<SqlParameterSource> scored = new ArrayList<>();

		final List<SqlParameterSource> dropped = new ArrayList<>();

		void write() {
			if (!queued.isEmpty()) {
				batches.batchUpdate("""
						INSERT INTO initiative_duplicate (id, first_id, second_id, status, score, reasons, found_at)
						VALUES (:id, :first, :second, 'OPEN', :score, :reasons, :at) ON CONFLICT DO NOTHING""",
						queued.toArray(SqlParameterSource[]::new));
			}
			if (!scored.isEmpty()) {
				batches.batchUpdate("""
						UPDATE initiative_duplicate SET score = :score, reasons = :reasons, found_at = :at
						WHERE first_id = :first AND second_id = :second AND status = 'OPEN'""",
						scored.toArray(SqlParameterSource[]::new));
			}
			if (!dropped.isEmpty()) {
				batches.batchUpdate(
						"DELETE FROM initiative_duplicate WHERE first_id = :first AND second_id = :second AND status = 'OPEN'",
						dropped.toArray(SqlParameterSource[]::new));
			}
		}

	}

	/**
	 * Published initiatives sharing one of the values of a facet, with overlapping dates.
	 */
	private List<UUID> candidates(Facts mine, String facet, Set<String> values) {
		if (values.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		StringBuilder sql = new StringBuilder("""
				SELECT DISTINCT t.initiative_id FROM initiative_tag t
				JOIN initiative_entry e ON e.initiative_id = t.initiative_id
				WHERE t.facet = :facet AND t.tag_value IN (:values) AND t.initiative_id <> :id""");
		params.put("facet", facet);
		params.put("values", List.copyOf(values));
		params.put("id", mine.id());
		if (mine.start() != null) {
			sql.append(" AND (e.end_date IS NULL OR e.end_date >= :start)");
			params.put("start", mine.start());
		}
		if (mine.end() != null) {
			sql.append(" AND (e.start_date IS NULL OR e.start_date <= :end)");
			params.put("end", mine.end());
		}
		sql.append(" LIMIT " + CANDIDATES);
		return jdbc.sql(sql.toString()).params(params).query(UUID.class).list();
	}

	/** What the score compares of published initiatives, read at once. */
	/**
	 * The description and the parent's identifier of a published content, read from its
	 * JSON without building its tree (the facts of thousands of candidates are read for
	 * each batch of a bulk load).
	 */
	private @Nullable String[] descriptionAndParent(String content) {
		@Nullable String[] found = new @Nullable String[2];
		try (JsonParser parser = json.createParser(content)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return found;
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("description".equals(name) && value == JsonToken.VALUE_STRING) {
					found[0] = parser.getString();
				}
				else if ("parent".equals(name) && value == JsonToken.START_OBJECT) {
					while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
						String field = parser.currentName();
						JsonToken inner = parser.nextToken();
						if ("value".equals(field) && inner == JsonToken.VALUE_STRING) {
							found[1] = parser.getString();
						}
						else {
							parser.skipChildren();
						}
					}
				}
				else {
					parser.skipChildren();
				}
			}
		}
		return found;
	}

	private Map<UUID, Facts> facts(List<UUID> ids) {
		Map<UUID, Facts> facts = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return facts;
		}
		Map<UUID, Set<String>> organisations = new HashMap<>();
		Map<UUID, Set<String>> countries = new HashMap<>();
		jdbc.sql("""
				SELECT initiative_id, facet, tag_value FROM initiative_tag
				WHERE initiative_id IN (:ids) AND facet IN ('ORGANISATION', 'COUNTRY')""")
			.param("ids", ids)
			.query(rs -> {
				UUID id = rs.getObject(1, UUID.class);
				("COUNTRY".equals(rs.getString(2)) ? countries : organisations)
					.computeIfAbsent(id, key -> new LinkedHashSet<>())
					.add(rs.getString(3));
			});
		jdbc.sql("""
				SELECT e.initiative_id, e.title, e.start_date, e.end_date, e.owner_organisation, i.published_content
				FROM initiative_entry e JOIN initiative i ON i.id = e.initiative_id
				WHERE e.initiative_id IN (:ids) ORDER BY e.initiative_id""").param("ids", ids).query(rs -> {
			UUID id = rs.getObject(1, UUID.class);
			Set<String> named = organisations.computeIfAbsent(id, key -> new LinkedHashSet<>());
			UUID owner = rs.getObject(5, UUID.class);
			if (owner != null) {
				named.add(owner.toString());
			}
			String[] texts = descriptionAndParent(rs.getString(6));
			facts.put(id,
					new Facts(id, rs.getString(2), texts[0], rs.getObject(3, LocalDate.class),
							rs.getObject(4, LocalDate.class), named, countries.getOrDefault(id, Set.of()),
							(texts[1] != null) ? UUID.fromString(texts[1]) : null));
		});
		return facts;
	}

	/** The first of a pair: the identifier that reads smaller as text. */
	static UUID first(UUID one, UUID other) {
		return (one.toString().compareTo(other.toString()) <= 0) ? one : other;
	}

	static String encode(List<Reason> reasons) {
		StringBuilder text = new StringBuilder();
		for (Reason reason : reasons) {
			text.append(reason.code()).append('=').append(reason.detail()).append('\n');
		}
		return text.toString();
	}

	static List<Reason> decode(String text) {
		List<Reason> reasons = new ArrayList<>();
		for (String line : text.split("\n")) {
			int equals = line.indexOf('=');
			if (equals > 0) {
				reasons.add(new Reason(line.substring(0, equals), line.substring(equals + 1)));
			}
		}
		return reasons;
	}

	private static boolean present(@Nullable String text) {
		return text != null && !text.isBlank();
	}

	private static int percent(double value) {
		return (int) Math.round(100 * Math.max(0, Math.min(1, value)));
	}

}
