package org.cbcm.roster.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.Region;
import org.cbcm.roster.ExpertContent;
import org.cbcm.roster.ExpertContent.Availability;
import org.cbcm.roster.ExpertContent.Gender;
import org.cbcm.roster.ExpertContent.LanguageLevel;
import org.cbcm.roster.ExpertFacet;
import org.cbcm.roster.ExpertFilter;
import org.cbcm.roster.ExpertFinds;
import org.cbcm.roster.ExpertFinds.FacetCount;
import org.cbcm.roster.ExpertId;
import org.cbcm.roster.ExpertSummary;
import org.cbcm.roster.Expertise;
import org.cbcm.roster.ExpertiseArea;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds listed experts by the words they agreed to show and by the roster's facets, with
 * each facet's counts under the other facets' choices. Only listed experts (published and
 * not lapsed) are found, and only through the facts their listing keeps: a public name
 * only with the expert's consent, nationalities and gender likewise. A search sends the
 * same four statements whatever the page's size: the count, the page, the page's
 * expertise and languages, and every facet's counts in one union.
 */
@Service
@Transactional(readOnly = true)
public class ExpertSearch {

	/** The most rows a page of the search holds. */
	public static final int MAX_SIZE = 100;

	/** The furthest row a page may start from; the roster holds far fewer experts. */
	public static final long MAX_OFFSET = 100_000;

	private static final Set<String> ELEMENTS = Arrays.stream(Expertise.values())
		.flatMap(expertise -> expertise.keyElements().stream())
		.map(code -> code.value())
		.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));

	private final JdbcClient jdbc;

	private final CountryDirectory countries;

	ExpertSearch(JdbcClient jdbc, CountryDirectory countries) {
		this.jdbc = jdbc;
		this.countries = countries;
	}

	/**
	 * The key elements the roster's expertise serves, the values of the element facet.
	 */
	public static Set<String> elements() {
		return ELEMENTS;
	}

	/**
	 * The filter the request's parameters ask for: {@code q} (words), each facet's
	 * parameter (repeated for several values) and {@code level} (1 to 3).
	 * @throws InvalidRequestException naming the parameter of a value the roster does not
	 * know (an unknown expertise, language, country or region, a level other than 1 to 3,
	 * too long a text, too many values)
	 */
	public ExpertFilter filter(Map<String, String[]> parameters) {
		String text = first(parameters, "q");
		if (text != null) {
			if (text.length() > ExpertFilter.MAX_TEXT) {
				throw new InvalidRequestException("q", "roster.search.q.too-long", ExpertFilter.MAX_TEXT);
			}
			if (!text.isBlank() && text.strip().split("\\s+").length > ExpertFilter.MAX_WORDS) {
				throw new InvalidRequestException("q", "roster.search.q.too-many-words", ExpertFilter.MAX_WORDS);
			}
		}
		Map<ExpertFacet, Set<String>> values = new EnumMap<>(ExpertFacet.class);
		for (ExpertFacet facet : ExpertFacet.values()) {
			String[] given = parameters.get(facet.parameter());
			if (given == null) {
				continue;
			}
			Set<String> chosen = new LinkedHashSet<>();
			for (String value : given) {
				if (value != null && !value.isBlank()) {
					chosen.add(valid(facet, value.strip()));
				}
			}
			if (chosen.size() > ExpertFilter.MAX_VALUES) {
				throw new InvalidRequestException(facet.parameter(), "roster.search.too-many-values",
						ExpertFilter.MAX_VALUES);
			}
			values.put(facet, chosen);
		}
		int level = 1;
		String levelText = first(parameters, "level");
		if (levelText != null && !levelText.isBlank()) {
			level = switch (levelText.strip()) {
				case "1" -> 1;
				case "2" -> 2;
				case "3" -> 3;
				default -> throw new InvalidRequestException("level", "roster.search.level.unknown", levelText);
			};
		}
		return new ExpertFilter(text, values, level);
	}

	/**
	 * The page the parameters {@code page} (from 0) and {@code size} ask for.
	 * @throws InvalidRequestException naming the parameter of a number that is not one, a
	 * size beyond {@link #MAX_SIZE} or a page beyond {@link #MAX_OFFSET} rows
	 */
	public Paging paging(Map<String, String[]> parameters, int defaultSize) {
		int size = number(parameters, "size", defaultSize);
		int page = number(parameters, "page", 0);
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidRequestException("size", "error.page.size", size, MAX_SIZE);
		}
		if (page < 0) {
			throw new InvalidRequestException("page", "error.page.negative", page);
		}
		if ((long) page * size > MAX_OFFSET) {
			throw new InvalidRequestException("page", "roster.search.page.too-far", page);
		}
		return new Paging(page, size);
	}

	private static int number(Map<String, String[]> parameters, String name, int otherwise) {
		String text = first(parameters, name);
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException(name, "roster.search.number", text);
		}
	}

	private static @Nullable String first(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return (values == null || values.length == 0) ? null : values[0];
	}

	private String valid(ExpertFacet facet, String value) {
		String upper = value.toUpperCase(Locale.ROOT);
		boolean known = switch (facet) {
			case EXPERTISE -> Arrays.stream(Expertise.values()).anyMatch(item -> item.name().equals(upper));
			case AREA -> Arrays.stream(ExpertiseArea.values()).anyMatch(item -> item.name().equals(upper));
			case GENDER -> Arrays.stream(Gender.values()).anyMatch(item -> item.name().equals(upper));
			case AVAILABILITY -> Arrays.stream(Availability.values()).anyMatch(item -> item.name().equals(upper));
			case WORK -> Arrays.stream(ExpertFacet.Work.values()).anyMatch(item -> item.name().equals(upper));
			case ELEMENT -> ELEMENTS.contains(value);
			case REGION -> countries.regions().stream().map(Region::code).anyMatch(code -> code.value().equals(value));
			case NATIONALITY -> CountryCode.isValid(upper) && countries.find(CountryCode.of(upper)).isPresent();
			case LANGUAGE -> ExpertContent.knownLanguage(value.toLowerCase(Locale.ROOT));
		};
		if (!known) {
			throw new InvalidRequestException(facet.parameter(), "roster.search." + facet.parameter() + ".unknown",
					value);
		}
		return switch (facet) {
			case ELEMENT, REGION -> value;
			case LANGUAGE -> value.toLowerCase(Locale.ROOT);
			default -> upper;
		};
	}

	/** A page of the listed experts the filter finds, and every facet's counts. */
	public ExpertFinds search(ExpertFilter filter, Paging paging) {
		Where where = where(filter, null, "w");
		long total = jdbc.sql("SELECT COUNT(*) FROM roster_expert e" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		Map<String, Object> params = new HashMap<>(where.params());
		params.put("limit", paging.size());
		params.put("offset", paging.offset());
		record Row(UUID id, @Nullable String name, String country, @Nullable String region,
				@Nullable String availability, boolean remote, boolean onSite) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT e.id, e.public_name, e.country_code, e.region_code, e.availability, e.remote, e.on_site
				FROM roster_expert e""" + where.sql() + """
				 ORDER BY CASE WHEN e.public_name IS NULL THEN 1 ELSE 0 END, e.public_name, e.id
				LIMIT :limit OFFSET :offset""")
			.params(params)
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getBoolean(6), rs.getBoolean(7)))
			.list();
		Map<UUID, List<Expertise>> expertise = new HashMap<>();
		Map<UUID, List<Map.Entry<String, Integer>>> languages = new HashMap<>();
		if (!rows.isEmpty()) {
			jdbc.sql("""
					SELECT expert_id, 'X' AS kind, expertise AS code, 0 AS level FROM roster_expert_expertise
					WHERE expert_id IN (:ids)
					UNION ALL
					SELECT expert_id, 'L' AS kind, language AS code, level FROM roster_expert_language
					WHERE expert_id IN (:ids)""").param("ids", rows.stream().map(Row::id).toList()).query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				if ("X".equals(rs.getString(2))) {
					expertise.computeIfAbsent(id, key -> new ArrayList<>()).add(Expertise.valueOf(rs.getString(3)));
				}
				else {
					languages.computeIfAbsent(id, key -> new ArrayList<>())
						.add(Map.entry(rs.getString(3), rs.getInt(4)));
				}
				return id;
			}).list();
		}
		List<ExpertSummary> found = rows.stream().map(row -> {
			List<Expertise> areas = new ArrayList<>(expertise.getOrDefault(row.id(), List.of()));
			areas.sort(Comparator.naturalOrder());
			Map<String, LanguageLevel> spoken = new LinkedHashMap<>();
			languages.getOrDefault(row.id(), List.of())
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue()
					.reversed()
					.thenComparing(Map.Entry.comparingByKey()))
				.forEach(language -> spoken.put(language.getKey(), LanguageLevel.values()[3 - language.getValue()]));
			return new ExpertSummary(new ExpertId(row.id()), row.name(), CountryCode.of(row.country()), row.region(),
					areas, spoken, (row.availability() != null) ? Availability.valueOf(row.availability()) : null,
					row.remote(), row.onSite());
		}).toList();
		return new ExpertFinds(ResultPage.of(found, paging, total), facets(filter));
	}

	/**
	 * Every facet's values with their counts, each facet counted under the others'
	 * choices, in one statement.
	 */
	private Map<ExpertFacet, List<FacetCount>> facets(ExpertFilter filter) {
		List<String> branches = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		for (ExpertFacet facet : ExpertFacet.values()) {
			Where where = where(filter, facet, "f" + facet.ordinal());
			params.putAll(where.params());
			String on = where.sql();
			String and = on.isEmpty() ? " WHERE " : on + " AND ";
			String label = "'" + facet.name() + "'";
			switch (facet) {
				case EXPERTISE, AREA -> {
					String column = (facet == ExpertFacet.EXPERTISE) ? "x.expertise" : "x.area";
					branches.add("SELECT " + label + " AS facet, " + column + " AS code, COUNT(DISTINCT e.id) AS n"
							+ " FROM roster_expert e JOIN roster_expert_expertise x ON x.expert_id = e.id" + on
							+ " GROUP BY " + column);
				}
				case ELEMENT -> branches.add("SELECT " + label + ", x.element, COUNT(*)"
						+ " FROM roster_expert e JOIN roster_expert_element x ON x.expert_id = e.id" + on
						+ " GROUP BY x.element");
				case NATIONALITY -> branches.add("SELECT " + label + ", x.country_code, COUNT(*)"
						+ " FROM roster_expert e JOIN roster_expert_nationality x ON x.expert_id = e.id" + on
						+ " GROUP BY x.country_code");
				case LANGUAGE -> {
					String level = "f" + facet.ordinal() + "level";
					params.put(level, filter.level());
					branches.add("SELECT " + label + ", x.language, COUNT(*)"
							+ " FROM roster_expert e JOIN roster_expert_language x ON x.expert_id = e.id" + and
							+ "x.level >= :" + level + " GROUP BY x.language");
				}
				case REGION, GENDER, AVAILABILITY -> {
					String column = switch (facet) {
						case REGION -> "e.region_code";
						case GENDER -> "e.gender";
						default -> "e.availability";
					};
					branches.add("SELECT " + label + ", " + column + ", COUNT(*) FROM roster_expert e" + and + column
							+ " IS NOT NULL GROUP BY " + column);
				}
				case WORK -> {
					branches.add("SELECT " + label + ", 'REMOTE', COUNT(*) FROM roster_expert e" + and + "e.remote");
					branches.add("SELECT " + label + ", 'ON_SITE', COUNT(*) FROM roster_expert e" + and + "e.on_site");
				}
			}
		}
		Map<ExpertFacet, List<FacetCount>> counts = new EnumMap<>(ExpertFacet.class);
		for (ExpertFacet facet : ExpertFacet.values()) {
			counts.put(facet, new ArrayList<>());
		}
		jdbc.sql(String.join("\nUNION ALL\n", branches)).params(params).query((rs, n) -> {
			long count = rs.getLong(3);
			if (count > 0 && rs.getString(2) != null) {
				counts.get(ExpertFacet.valueOf(rs.getString(1))).add(new FacetCount(rs.getString(2), count));
			}
			return n;
		}).list();
		counts.values()
			.forEach(list -> list
				.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value)));
		return counts;
	}

	/** A WHERE clause over the experts {@code e}, with its parameters. */
	record Where(String sql, Map<String, Object> params) {
	}

	/**
	 * The clause of the filter, without the facet given (to count it); parameters are
	 * named with the prefix, so that several clauses may share a statement.
	 */
	static Where where(ExpertFilter filter, @Nullable ExpertFacet except, String prefix) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		conditions.add("e.listed = TRUE");
		for (Map.Entry<ExpertFacet, Set<String>> chosen : filter.values().entrySet()) {
			ExpertFacet facet = chosen.getKey();
			if (facet == except) {
				continue;
			}
			String name = prefix + facet.name().toLowerCase(Locale.ROOT);
			List<String> values = List.copyOf(chosen.getValue());
			params.put(name, values);
			switch (facet) {
				case EXPERTISE -> conditions
					.add("e.id IN (SELECT expert_id FROM roster_expert_expertise WHERE expertise IN (:" + name + "))");
				case AREA -> conditions
					.add("e.id IN (SELECT expert_id FROM roster_expert_expertise WHERE area IN (:" + name + "))");
				case ELEMENT -> conditions
					.add("e.id IN (SELECT expert_id FROM roster_expert_element WHERE element IN (:" + name + "))");
				case NATIONALITY ->
					conditions.add("e.id IN (SELECT expert_id FROM roster_expert_nationality WHERE country_code IN (:"
							+ name + "))");
				case LANGUAGE -> {
					conditions.add("e.id IN (SELECT expert_id FROM roster_expert_language WHERE language IN (:" + name
							+ ") AND level >= :" + name + "level)");
					params.put(name + "level", filter.level());
				}
				case REGION -> conditions.add("e.region_code IN (:" + name + ")");
				case GENDER -> conditions.add("e.gender IN (:" + name + ")");
				case AVAILABILITY -> conditions.add("e.availability IN (:" + name + ")");
				case WORK -> {
					params.remove(name);
					List<String> ways = new ArrayList<>();
					if (values.contains(ExpertFacet.Work.REMOTE.name())) {
						ways.add("e.remote = TRUE");
					}
					if (values.contains(ExpertFacet.Work.ON_SITE.name())) {
						ways.add("e.on_site = TRUE");
					}
					conditions.add("(" + String.join(" OR ", ways) + ")");
				}
			}
		}
		List<String> words = filter.words();
		for (int index = 0; index < words.size(); index++) {
			String name = prefix + "word" + index;
			conditions.add("e.search_text LIKE :" + name + " ESCAPE '\\'");
			params.put(name, "%" + likeEscaped(words.get(index)) + "%");
		}
		return new Where(" WHERE " + String.join(" AND ", conditions), params);
	}

	static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
