package org.cbcm.initiatives.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.cbcm.initiatives.DuplicatePairId;
import org.cbcm.initiatives.DuplicateRecords.Reason;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.records.RecordScope;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
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
 * at least {@link #TEXTS_ALIKE} % alike is queued with its reasons. A pair the
 * Secretariat marked distinct is never proposed again, however much either record changes
 * later; a merged pair is left as it is (its merge may be undone); an open pair is scored
 * again and leaves the queue when it falls below the threshold.
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

	/** The most initiatives one scan step looks at. */
	public static final int SCAN_STEP = 200;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	DuplicateDetection(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** What the score compares of a published initiative. */
	record Facts(UUID id, String title, @Nullable String description, @Nullable LocalDate start,
			@Nullable LocalDate end, Set<String> organisations, Set<String> countries) {

		static Facts of(InitiativeId id, RecordScope owner, InitiativeContent content) {
			Set<String> organisations = new LinkedHashSet<>();
			if (owner.organisation() != null) {
				organisations.add(owner.organisation().toString());
			}
			content.participants().forEach(p -> organisations.add(p.organisation().toString()));
			Set<String> countries = new LinkedHashSet<>();
			content.geography().countries().forEach(share -> countries.add(share.country().value()));
			return new Facts(id.value(), content.title(), content.description(), content.schedule().start(),
					content.schedule().end(), organisations, countries);
		}

	}

	/** A pair's score, in percent, and why. */
	record Scored(int score, int texts, List<Reason> reasons) {

		boolean queued() {
			return score >= THRESHOLD && texts >= TEXTS_ALIKE;
		}

	}

	/** Scores two initiatives as possibly the same one. */
	static Scored score(Facts one, Facts other) {
		List<Reason> reasons = new ArrayList<>();
		double title = TextSimilarity.cosine(one.title(), other.title());
		reasons.add(new Reason("title", String.valueOf(percent(title))));
		double texts = title;
		if (present(one.description()) && present(other.description())) {
			double description = TextSimilarity.cosine(one.description(), other.description());
			reasons.add(new Reason("description", String.valueOf(percent(description))));
			texts = 0.6 * title + 0.4 * description;
		}
		Set<String> organisations = new TreeSet<>(one.organisations());
		organisations.retainAll(other.organisations());
		if (!organisations.isEmpty()) {
			reasons.add(new Reason("organisation", String.join(",", organisations)));
		}
		boolean overlap = SimilarInitiatives.overlap(one.start(), one.end(), other.start(), other.end());
		if (overlap) {
			reasons.add(new Reason("dates", ""));
		}
		Set<String> shared = new TreeSet<>(one.countries());
		shared.retainAll(other.countries());
		Set<String> all = new TreeSet<>(one.countries());
		all.addAll(other.countries());
		double countries = all.isEmpty() ? 0 : (double) shared.size() / all.size();
		if (!shared.isEmpty()) {
			reasons.add(new Reason("countries", String.join(",", shared)));
		}
		double score = 0.6 * texts + (organisations.isEmpty() ? 0 : 0.15) + (overlap ? 0.1 : 0) + 0.15 * countries;
		return new Scored(percent(score), percent(texts), reasons);
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

	private int detect(Facts mine) {
		Set<UUID> candidates = new LinkedHashSet<>();
		candidates.addAll(candidates(mine, "ORGANISATION", mine.organisations()));
		candidates.addAll(candidates(mine, "COUNTRY", mine.countries()));
		candidates.remove(mine.id());
		Map<UUID, String> existing = new HashMap<>();
		jdbc.sql("SELECT first_id, second_id, status FROM initiative_duplicate WHERE first_id = :id OR second_id = :id")
			.param("id", mine.id())
			.query(rs -> {
				UUID first = rs.getObject(1, UUID.class);
				UUID second = rs.getObject(2, UUID.class);
				existing.put(first.equals(mine.id()) ? second : first, rs.getString(3));
			});
		int open = 0;
		for (Facts theirs : facts(new ArrayList<>(candidates)).values()) {
			Scored scored = score(mine, theirs);
			String status = existing.get(theirs.id());
			UUID first = first(mine.id(), theirs.id());
			UUID second = first.equals(mine.id()) ? theirs.id() : mine.id();
			if (status == null && scored.queued()) {
				jdbc.sql("""
						INSERT INTO initiative_duplicate (id, first_id, second_id, status, score, reasons, found_at)
						VALUES (:id, :first, :second, 'OPEN', :score, :reasons, :at) ON CONFLICT DO NOTHING""")
					.param("id", DuplicatePairId.random().value())
					.param("first", first)
					.param("second", second)
					.param("score", scored.score())
					.param("reasons", encode(scored.reasons()))
					.param("at", clock.instant().atOffset(ZoneOffset.UTC))
					.update();
				open++;
			}
			else if ("OPEN".equals(status) && scored.queued()) {
				jdbc.sql("""
						UPDATE initiative_duplicate SET score = :score, reasons = :reasons, found_at = :at
						WHERE first_id = :first AND second_id = :second AND status = 'OPEN'""")
					.param("score", scored.score())
					.param("reasons", encode(scored.reasons()))
					.param("at", clock.instant().atOffset(ZoneOffset.UTC))
					.param("first", first)
					.param("second", second)
					.update();
				open++;
			}
			else if ("OPEN".equals(status)) {
				jdbc.sql("DELETE FROM initiative_duplicate WHERE first_id = :first AND second_id = :second"
						+ " AND status = 'OPEN'")
					.param("first", first)
					.param("second", second)
					.update();
			}
		}
		return open;
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
			JsonNode content = json.readTree(rs.getString(6));
			JsonNode description = content.path("description");
			facts.put(id,
					new Facts(id, rs.getString(2), description.isString() ? description.asString() : null,
							rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), named,
							countries.getOrDefault(id, Set.of())));
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
