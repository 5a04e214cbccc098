package org.cbcm.initiatives.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.ParticipantRole;
import org.cbcm.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds published initiatives that a record being written may duplicate: the same donor
 * or implementer, overlapping dates, a similar title. Candidates come from SQL (sharing
 * an organisation, or a distinctive word of the title); they are scored here.
 */
@Service
@Transactional(readOnly = true)
public class SimilarInitiatives {

	/** The most likely duplicates shown. */
	static final int SHOWN = 5;

	/** Words too common in initiative titles to tell them apart. */
	private static final Set<String> COMMON = Set.of("the", "and", "for", "with", "from", "into", "of", "on", "in",
			"to", "a", "an", "de", "la", "et", "des", "du", "y", "el", "los", "las", "del", "en", "project",
			"programme", "program", "biosafety", "capacity", "building", "support", "national", "development",
			"implementation", "cartagena", "protocol", "phase");

	private final JdbcClient jdbc;

	SimilarInitiatives(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A published initiative that may be the same as the one being written.
	 *
	 * @param id the published initiative
	 * @param title its title
	 * @param start its start
	 * @param end its end
	 * @param sameDonor whether it shares a donor
	 * @param sameImplementer whether it shares an implementing or executing agency
	 * @param datesOverlap whether its dates overlap
	 * @param titleSimilarity how alike the titles are, in percent (shared distinctive
	 * words)
	 */
	public record Similar(InitiativeId id, String title, @Nullable LocalDate start, @Nullable LocalDate end,
			boolean sameDonor, boolean sameImplementer, boolean datesOverlap, int titleSimilarity) {

		double score() {
			return 0.6 * titleSimilarity / 100 + ((sameDonor || sameImplementer) ? 0.25 : 0)
					+ (datesOverlap ? 0.15 : 0);
		}

	}

	/**
	 * The likeliest duplicates of the content, best first; the record itself left out.
	 */
	public List<Similar> of(InitiativeContent content, @Nullable InitiativeId itself) {
		Set<String> words = words(content.title());
		Set<UUID> donors = ids(content, ParticipantRole.DONOR);
		Set<UUID> implementers = ids(content, ParticipantRole.IMPLEMENTING_AGENCY);
		implementers.addAll(ids(content, ParticipantRole.EXECUTING_AGENCY));
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (!donors.isEmpty() || !implementers.isEmpty()) {
			conditions.add("""
					e.initiative_id IN (SELECT t.initiative_id FROM initiative_tag t
					  WHERE (t.facet = 'DONOR' AND t.tag_value IN (:donors))
					  OR (t.facet = 'IMPLEMENTER' AND t.tag_value IN (:implementers)))""");
			params.put("donors", values(donors));
			params.put("implementers", values(implementers));
		}
		List<String> distinctive = words.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.limit(3)
			.toList();
		for (int index = 0; index < distinctive.size(); index++) {
			conditions.add("e.sort_title LIKE :word" + index + " ESCAPE '\\'");
			params.put("word" + index, "%" + InitiativeQueries.likeEscaped(distinctive.get(index)) + "%");
		}
		if (conditions.isEmpty()) {
			return List.of();
		}
		String exclude = "";
		if (itself != null) {
			exclude = " AND e.initiative_id <> :itself";
			params.put("itself", itself.value());
		}
		List<Candidate> candidates = jdbc
			.sql("SELECT e.initiative_id, e.title, e.start_date, e.end_date FROM initiative_entry e WHERE ("
					+ String.join(" OR ", conditions) + ")" + exclude + " ORDER BY e.published_at DESC LIMIT 300")
			.params(params)
			.query((rs, row) -> new Candidate(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
			.list();
		if (candidates.isEmpty()) {
			return List.of();
		}
		Map<UUID, Set<String>> roles = new HashMap<>();
		jdbc.sql("""
				SELECT initiative_id, facet, tag_value FROM initiative_tag
				WHERE initiative_id IN (:ids) AND facet IN ('DONOR', 'IMPLEMENTER')""")
			.param("ids", candidates.stream().map(Candidate::id).toList())
			.query(rs -> {
				roles.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashSet<>())
					.add(rs.getString(2) + "/" + rs.getString(3));
			});
		LocalDate start = content.schedule().start();
		LocalDate end = content.schedule().end();
		List<Similar> similar = new ArrayList<>();
		for (Candidate candidate : candidates) {
			Set<String> theirs = roles.getOrDefault(candidate.id(), Set.of());
			boolean sameDonor = donors.stream().anyMatch(donor -> theirs.contains("DONOR/" + donor));
			boolean sameImplementer = implementers.stream()
				.anyMatch(implementer -> theirs.contains("IMPLEMENTER/" + implementer));
			boolean overlap = overlap(start, end, candidate.start(), candidate.end());
			int likeness = similarity(words, words(candidate.title()));
			Similar found = new Similar(new InitiativeId(candidate.id()), candidate.title(), candidate.start(),
					candidate.end(), sameDonor, sameImplementer, overlap, likeness);
			if (likeness >= 60 || found.score() >= 0.55) {
				similar.add(found);
			}
		}
		return similar.stream().sorted(Comparator.comparingDouble(Similar::score).reversed()).limit(SHOWN).toList();
	}

	private record Candidate(UUID id, String title, @Nullable LocalDate start, @Nullable LocalDate end) {
	}

	/** The distinctive words of a title, in lower case. */
	static Set<String> words(String title) {
		return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(word -> word.length() >= 3 && !COMMON.contains(word))
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	/** Shared words over all words of the two titles, in percent. */
	static int similarity(Set<String> one, Set<String> other) {
		if (one.isEmpty() || other.isEmpty()) {
			return 0;
		}
		Set<String> shared = new HashSet<>(one);
		shared.retainAll(other);
		Set<String> all = new HashSet<>(one);
		all.addAll(other);
		return (int) Math.round(100.0 * shared.size() / all.size());
	}

	/**
	 * Whether two periods overlap; an open end runs on, an unknown start never overlaps.
	 */
	static boolean overlap(@Nullable LocalDate start, @Nullable LocalDate end, @Nullable LocalDate otherStart,
			@Nullable LocalDate otherEnd) {
		if (start == null || otherStart == null) {
			return false;
		}
		return (otherEnd == null || !otherEnd.isBefore(start)) && (end == null || !end.isBefore(otherStart));
	}

	private static Set<UUID> ids(InitiativeContent content, ParticipantRole role) {
		return content.organisationsIn(role)
			.stream()
			.map(OrganisationId::value)
			.collect(Collectors.toCollection(HashSet::new));
	}

	private static List<String> values(Set<UUID> ids) {
		return ids.isEmpty() ? List.of("-") : ids.stream().map(UUID::toString).toList();
	}

}
