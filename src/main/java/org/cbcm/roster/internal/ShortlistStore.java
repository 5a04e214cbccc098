package org.cbcm.roster.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cbcm.framework.ItemCode;
import org.cbcm.roster.ExpertContent.Availability;
import org.cbcm.roster.ExpertContent.Gender;
import org.cbcm.roster.ExpertId;
import org.cbcm.roster.Expertise;
import org.cbcm.shared.CountryCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The candidates of a shortlist, read from the listed experts' side tables (never from
 * their records' JSON): those whose expertise or key elements overlap the request's and
 * who are not unavailable, with how many they cover, the requested languages they speak,
 * and the ratings of their past assignments. Three queries, whatever the number of
 * candidates.
 */
@Repository
class ShortlistStore {

	private final JdbcClient jdbc;

	ShortlistStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A listed expert who may serve the request, as the side tables tell.
	 *
	 * @param expertise how many of the requested areas of expertise the expert has
	 * @param elements how many of the requested key elements the expert serves
	 */
	record Candidate(ExpertId id, CountryCode country, @Nullable String region, @Nullable Gender gender,
			@Nullable Availability availability, boolean remote, boolean onSite, @Nullable String publicName,
			int expertise, int elements) {
	}

	/** The ratings of an expert's past assignments: their sum and how many. */
	record Ratings(int sum, int count) {
	}

	List<Candidate> candidates(Collection<Expertise> expertise, Collection<ItemCode> elements) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("""
				SELECT e.id, e.country_code, e.region_code, e.gender, e.availability, e.remote, e.on_site,
				  e.public_name, SUM(m.x) AS x, SUM(m.k) AS k
				FROM (%s) m JOIN roster_expert e ON e.id = m.expert_id
				WHERE e.listed AND (e.availability IS NULL OR e.availability <> 'UNAVAILABLE')
				GROUP BY e.id, e.country_code, e.region_code, e.gender, e.availability, e.remote, e.on_site,
				  e.public_name""".formatted(matches(expertise, elements, params)))
			.params(params)
			.query((rs, row) -> new Candidate(new ExpertId(rs.getObject(1, UUID.class)),
					new CountryCode(rs.getString(2)), rs.getString(3),
					(rs.getString(4) != null) ? Gender.valueOf(rs.getString(4)) : null,
					(rs.getString(5) != null) ? Availability.valueOf(rs.getString(5)) : null, rs.getBoolean(6),
					rs.getBoolean(7), rs.getString(8), rs.getInt(9), rs.getInt(10)))
			.list();
	}

	/**
	 * The levels (3 excellent, 2 good, 1 fair) at which the candidates speak the
	 * languages asked for, by expert and by the code as stored.
	 */
	Map<ExpertId, Map<String, Integer>> languages(Collection<Expertise> expertise, Collection<ItemCode> elements,
			Collection<String> languages) {
		Map<ExpertId, Map<String, Integer>> spoken = new HashMap<>();
		if (languages.isEmpty()) {
			return spoken;
		}
		Map<String, Object> params = new HashMap<>();
		params.put("languages", List.copyOf(languages));
		jdbc.sql("""
				SELECT l.expert_id, l.language, l.level FROM roster_expert_language l
				WHERE l.language IN (:languages) AND l.expert_id IN (SELECT m.expert_id FROM (%s) m)"""
			.formatted(matches(expertise, elements, params)))
			.params(params)
			.query((rs, row) -> spoken.computeIfAbsent(new ExpertId(rs.getObject(1, UUID.class)), id -> new HashMap<>())
				.put(rs.getString(2), rs.getInt(3)))
			.list();
		return spoken;
	}

	/** The ratings of the candidates' completed assignments. */
	Map<ExpertId, Ratings> ratings(Collection<Expertise> expertise, Collection<ItemCode> elements) {
		Map<ExpertId, Ratings> ratings = new HashMap<>();
		Map<String, Object> params = new HashMap<>();
		jdbc.sql("""
				SELECT a.expert_id, SUM(a.rating), COUNT(a.rating) FROM roster_assignment a
				WHERE a.rating IS NOT NULL AND a.status = 'COMPLETED'
				  AND a.expert_id IN (SELECT m.expert_id FROM (%s) m)
				GROUP BY a.expert_id""".formatted(matches(expertise, elements, params)))
			.params(params)
			.query((rs, row) -> ratings.put(new ExpertId(rs.getObject(1, UUID.class)),
					new Ratings(rs.getInt(2), rs.getInt(3))))
			.list();
		return ratings;
	}

	/** The expert's availability as listed, or null. */
	@Nullable String availability(ExpertId expert) {
		return jdbc.sql("SELECT availability FROM roster_expert WHERE id = :id")
			.param("id", expert.value())
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * The rows of the side tables that match the request: one per area of expertise (x)
	 * and key element (k) an expert has of those asked for.
	 */
	private static String matches(Collection<Expertise> expertise, Collection<ItemCode> elements,
			Map<String, Object> params) {
		List<String> parts = new ArrayList<>();
		if (!expertise.isEmpty()) {
			params.put("expertise", expertise.stream().map(Enum::name).toList());
			parts.add("SELECT expert_id, 1 AS x, 0 AS k FROM roster_expert_expertise WHERE expertise IN (:expertise)");
		}
		if (!elements.isEmpty()) {
			params.put("elements", elements.stream().map(ItemCode::value).toList());
			parts.add("SELECT expert_id, 0 AS x, 1 AS k FROM roster_expert_element WHERE element IN (:elements)");
		}
		if (parts.isEmpty()) {
			return "SELECT expert_id, 0 AS x, 0 AS k FROM roster_expert_expertise WHERE 1 = 0";
		}
		return String.join(" UNION ALL ", parts);
	}

}
