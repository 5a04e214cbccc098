package org.cbcm.roster.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cbcm.framework.ItemCode;
import org.cbcm.roster.ExpertContent.Availability;
import org.cbcm.roster.ExpertContent.Gender;
import org.cbcm.roster.ExpertFacet;
import org.cbcm.roster.ExpertId;
import org.cbcm.roster.ExpertSummary;
import org.cbcm.roster.Expertise;
import org.cbcm.shared.CountryCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The candidates of a shortlist, from the listed experts' public facts that the roster's
 * index holds (never from their records' JSON): those whose expertise or key elements
 * overlap the request's and who are not unavailable, with how many they cover and the
 * languages they speak; and the ratings of their past assignments, in one query, whatever
 * the number of candidates.
 */
@Repository
class ShortlistStore {

	private final JdbcClient jdbc;

	private final RosterIndex index;

	ShortlistStore(JdbcClient jdbc, RosterIndex index) {
		this.jdbc = jdbc;
		this.index = index;
	}

	/**
	 * A listed expert who may serve the request, as the roster's index tells.
	 *
	 * @param expertise how many of the requested areas of expertise the expert has
	 * @param elements how many of the requested key elements the expert serves
	 * @param spoken the levels (3 excellent, 2 good, 1 fair) at which the expert speaks
	 * each language, by the code as stored
	 */
	record Candidate(ExpertId id, CountryCode country, @Nullable String region, @Nullable Gender gender,
			@Nullable Availability availability, boolean remote, boolean onSite, @Nullable String publicName,
			int expertise, int elements, Map<String, Integer> spoken) {
	}

	/** The ratings of an expert's past assignments: their sum and how many. */
	record Ratings(int sum, int count) {
	}

	/**
	 * The listed experts, other than those unavailable, who have one of the areas of
	 * expertise or serve one of the key elements asked for, from the roster's index.
	 */
	List<Candidate> candidates(Collection<Expertise> expertise, Collection<ItemCode> elements) {
		RosterIndex.Listed listed = index.listed();
		int[] areas = new int[listed.size()];
		int[] served = new int[listed.size()];
		BitSet any = new BitSet(listed.size());
		for (Expertise item : expertise) {
			any.or(counted(listed.holding(ExpertFacet.EXPERTISE, item.name(), 1), areas));
		}
		for (ItemCode element : elements) {
			any.or(counted(listed.holding(ExpertFacet.ELEMENT, element.value(), 1), served));
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int position = any.nextSetBit(0); position >= 0; position = any.nextSetBit(position + 1)) {
			ExpertSummary expert = listed.experts().get(position);
			if (expert.availability() == Availability.UNAVAILABLE) {
				continue;
			}
			String gender = listed.valueAt(ExpertFacet.GENDER, position);
			Map<String, Integer> spoken = new HashMap<>();
			expert.languages().forEach((language, level) -> spoken.put(language, 3 - level.ordinal()));
			candidates.add(new Candidate(expert.id(), expert.country(), expert.region(),
					(gender != null) ? Gender.valueOf(gender) : null, expert.availability(), expert.remote(),
					expert.onSite(), expert.publicName(), areas[position], served[position], spoken));
		}
		return candidates;
	}

	/** Counts one for each expert who holds the value, and gives them back. */
	private static BitSet counted(BitSet holding, int[] counts) {
		for (int position = holding.nextSetBit(0); position >= 0; position = holding.nextSetBit(position + 1)) {
			counts[position]++;
		}
		return holding;
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
