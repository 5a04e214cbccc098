package org.cbcm.roster.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

import org.cbcm.roster.ExpertContent.Availability;
import org.cbcm.roster.ExpertContent.LanguageLevel;
import org.cbcm.roster.ExpertFacet;
import org.cbcm.roster.ExpertId;
import org.cbcm.roster.ExpertSummary;
import org.cbcm.roster.Expertise;
import org.cbcm.shared.CountryCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The listed experts' public facts held in memory, for the roster's faceted search: each
 * facet value's experts as a bit set over the experts in the search's order, so that a
 * search and all its facet counts are a few operations on bit sets instead of a count per
 * facet over the table.
 *
 * <p>
 * It keeps nothing the database does not hold. Before each search it asks the database
 * (one statement, answered from an index) how many experts are listed and the sum of
 * their listing stamps, which every listing renews ({@link #newStamp()}); when that
 * changed since it last read them, whoever changed them (this node, another node, the
 * daily lapse, a bulk load), it reads the listed experts again in one repeatable-read
 * transaction, so the facts it holds are one consistent state. A reader waits for such a
 * reading rather than search what is out of date.
 *
 * <p>
 * Its size follows the roster: at 10,000 listed experts, a few megabytes (mostly the text
 * searched by words, at most 8,000 characters an expert).
 */
@Component
class RosterIndex {

	private final JdbcClient jdbc;

	private final TransactionTemplate consistent;

	private final ReentrantLock reading = new ReentrantLock();

	private volatile @Nullable Listed current;

	RosterIndex(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.consistent = new TransactionTemplate(transactions);
		this.consistent.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.consistent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.consistent.setReadOnly(true);
	}

	/**
	 * A new stamp for a listing, which tells every node's index that the listing changed.
	 */
	static long newStamp() {
		long stamp;
		do {
			stamp = ThreadLocalRandom.current().nextLong();
		}
		while (stamp == 0);
		return stamp;
	}

	/** The listed experts as the database holds them now. */
	Listed listed() {
		Stamp now = stamp();
		Listed held = current;
		if (held != null && held.stamp().equals(now)) {
			return held;
		}
		reading.lock();
		try {
			held = current;
			if (held != null && held.stamp().equals(now)) {
				return held;
			}
			Listed read = Objects.requireNonNull(consistent.execute(status -> read()));
			current = read;
			return read;
		}
		finally {
			reading.unlock();
		}
	}

	private Stamp stamp() {
		return jdbc.sql("SELECT COUNT(*), SUM(listing_stamp) FROM roster_expert WHERE listed = TRUE")
			.query((rs, n) -> new Stamp(rs.getLong(1), sum(rs.getBigDecimal(2))))
			.single();
	}

	private Listed read() {
		Stamp stamp = stamp();
		List<ExpertSummary> experts = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		Map<UUID, Integer> positions = new HashMap<>();
		Map<ExpertFacet, Map<String, BitSet>> values = new EnumMap<>(ExpertFacet.class);
		for (ExpertFacet facet : ExpertFacet.values()) {
			values.put(facet, new HashMap<>());
		}
		record Row(UUID id, @Nullable String name, String country, @Nullable String region, @Nullable String gender,
				@Nullable String availability, boolean remote, boolean onSite, @Nullable String text) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT id, public_name, country_code, region_code, gender, availability, remote, on_site, search_text
				FROM roster_expert WHERE listed = TRUE
				ORDER BY CASE WHEN public_name IS NULL THEN 1 ELSE 0 END, public_name, id""")
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getString(9)))
			.list();
		for (int position = 0; position < rows.size(); position++) {
			Row row = rows.get(position);
			positions.put(row.id(), position);
			set(values, ExpertFacet.REGION, row.region(), position);
			set(values, ExpertFacet.GENDER, row.gender(), position);
			set(values, ExpertFacet.AVAILABILITY, row.availability(), position);
			set(values, ExpertFacet.WORK, row.remote() ? ExpertFacet.Work.REMOTE.name() : null, position);
			set(values, ExpertFacet.WORK, row.onSite() ? ExpertFacet.Work.ON_SITE.name() : null, position);
		}
		List<List<Expertise>> expertise = new ArrayList<>();
		List<Map<String, Integer>> languages = new ArrayList<>();
		for (int position = 0; position < rows.size(); position++) {
			expertise.add(new ArrayList<>());
			languages.add(new HashMap<>());
		}
		Map<String, BitSet[]> spoken = new HashMap<>();
		jdbc.sql("""
				SELECT 'X', expert_id, expertise, 0 FROM roster_expert_expertise
				UNION ALL SELECT 'E', expert_id, element, 0 FROM roster_expert_element
				UNION ALL SELECT 'N', expert_id, country_code, 0 FROM roster_expert_nationality
				UNION ALL SELECT 'L', expert_id, language, level FROM roster_expert_language""").query(rs -> {
			Integer position = positions.get(rs.getObject(2, UUID.class));
			if (position == null) {
				return;
			}
			String value = rs.getString(3);
			switch (rs.getString(1)) {
				case "X" -> {
					Expertise item = Expertise.valueOf(value);
					expertise.get(position).add(item);
					set(values, ExpertFacet.EXPERTISE, value, position);
					set(values, ExpertFacet.AREA, item.area().name(), position);
				}
				case "E" -> set(values, ExpertFacet.ELEMENT, value, position);
				case "N" -> set(values, ExpertFacet.NATIONALITY, value, position);
				default -> {
					int level = rs.getInt(4);
					languages.get(position).put(value, level);
					BitSet[] atLeast = spoken.computeIfAbsent(value,
							key -> new BitSet[] { new BitSet(), new BitSet(), new BitSet(), new BitSet() });
					for (int least = 1; least <= Math.min(level, 3); least++) {
						atLeast[least].set(position);
					}
				}
			}
		});
		for (int position = 0; position < rows.size(); position++) {
			Row row = rows.get(position);
			List<Expertise> areas = expertise.get(position);
			areas.sort(Comparator.naturalOrder());
			Map<String, LanguageLevel> levels = new LinkedHashMap<>();
			languages.get(position)
				.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue()
					.reversed()
					.thenComparing(Map.Entry.comparingByKey()))
				.forEach(language -> levels.put(language.getKey(),
						LanguageLevel.values()[3 - Math.max(1, Math.min(3, language.getValue()))]));
			experts
				.add(new ExpertSummary(new ExpertId(row.id()), row.name(), CountryCode.of(row.country()), row.region(),
						areas, levels, (row.availability() != null) ? Availability.valueOf(row.availability()) : null,
						row.remote(), row.onSite()));
			texts.add((row.text() != null) ? row.text() : "");
		}
		return new Listed(stamp, List.copyOf(experts), List.copyOf(texts), values, spoken);
	}

	private static void set(Map<ExpertFacet, Map<String, BitSet>> values, ExpertFacet facet, @Nullable String value,
			int position) {
		if (value != null) {
			values.get(facet).computeIfAbsent(value, key -> new BitSet()).set(position);
		}
	}

	/**
	 * What tells whether the listing changed: how many are listed, and their stamps' sum.
	 */
	record Stamp(long listed, String sum) {
	}

	/**
	 * The listed experts, in the search's order (named first, by name, then by id), with
	 * each facet value's experts by their position in that order. The bit sets are never
	 * changed once read: a search copies what it combines.
	 *
	 * @param stamp the listing's stamp when read
	 * @param experts what a search shows of each expert
	 * @param texts what the words of a search are looked for in, lower case
	 * @param values each facet's values (languages at any level) and their experts
	 * @param spoken each language's experts who speak it at least at a level (index 1 to
	 * 3: fair, good, excellent)
	 */
	record Listed(Stamp stamp, List<ExpertSummary> experts, List<String> texts,
			Map<ExpertFacet, Map<String, BitSet>> values, Map<String, BitSet[]> spoken) {

		/** How many experts are listed. */
		int size() {
			return experts.size();
		}

		/**
		 * The experts who hold the facet's value (a language at the least level given).
		 */
		BitSet holding(ExpertFacet facet, String value, int level) {
			if (facet == ExpertFacet.LANGUAGE) {
				BitSet[] atLeast = spoken.get(value);
				return (atLeast != null) ? atLeast[Math.max(1, Math.min(3, level))] : new BitSet();
			}
			BitSet holding = values.get(facet).get(value);
			return (holding != null) ? holding : new BitSet();
		}

		/** The expert's value of a facet that holds one value an expert, or null. */
		@Nullable String valueAt(ExpertFacet facet, int position) {
			for (Map.Entry<String, BitSet> value : values.get(facet).entrySet()) {
				if (value.getValue().get(position)) {
					return value.getKey();
				}
			}
			return null;
		}

		/** The facet's values that some listed expert holds. */
		java.util.Set<String> valuesOf(ExpertFacet facet) {
			return (facet == ExpertFacet.LANGUAGE) ? spoken.keySet() : values.get(facet).keySet();
		}

		/** The experts whose text holds the word. */
		BitSet saying(String word) {
			BitSet saying = new BitSet(texts.size());
			for (int position = 0; position < texts.size(); position++) {
				if (texts.get(position).contains(word)) {
					saying.set(position);
				}
			}
			return saying;
		}

	}

	/** The sum of the stamps as the database gives it (none when nobody is listed). */
	private static String sum(@Nullable BigDecimal sum) {
		return (sum != null) ? sum.toBigInteger().toString() : "0";
	}

}
