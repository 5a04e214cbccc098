package org.cbcm.roster.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.roster.ExpertContent.Gender;
import org.cbcm.roster.ExpertContent.LanguageLevel;
import org.cbcm.roster.Expertise;
import org.cbcm.roster.ExpertiseArea;
import org.cbcm.roster.RosterFigure;
import org.cbcm.roster.RosterFigure.Dimension;
import org.cbcm.roster.RosterFigure.Row;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The part of the review on the experts listed and their nominations, from
 * {@code roster_expert} and its side tables, in nine statements whatever the number of
 * experts: the experts listed by region of the nominating Party, by gender (only the
 * gender an expert agreed to show; never by country, where a count could point at a
 * person), by country, by area of expertise (both levels) and by language and level; the
 * nominations of each Party in each status against the limit of the guidelines, and its
 * experts in each area against the limit per area; the listings that lapse in the coming
 * months; and listings and lapses per calendar year.
 * <p>
 * For a calendar year, the breakdowns count the experts listed now whose listing began
 * that year ({@code listed_on}), and the table per year shows that year; the nominations,
 * the limits and the coming lapses are the roster as it stands.
 */
@Component
@Order(10)
class ListingFigures implements ReviewSection {

	static final String SECTION = "listings";

	/** The months ahead that the coming lapses are counted for. */
	static final List<Integer> MONTHS_AHEAD = List.of(3, 6, 12);

	/** The category of the gender of an expert who did not agree to show it. */
	static final String NOT_STATED = "NOT_STATED";

	/** The category of a Party in no region. */
	static final String NO_REGION = "none";

	static final String LISTED = "LISTED";

	/** The statuses of nominations, in the order the table shows them. */
	static final List<String> STATUSES = List.of(LISTED, "SUBMITTED", "DRAFT", "LAPSED", "ARCHIVED");

	private final JdbcClient jdbc;

	private final CountryDirectory countries;

	private final RosterSettings settings;

	ListingFigures(JdbcClient jdbc, CountryDirectory countries, RosterSettings settings) {
		this.jdbc = jdbc;
		this.countries = countries;
		this.settings = settings;
	}

	@Override
	public List<RosterFigure> figures(Period period) {
		List<RosterFigure> figures = new ArrayList<>();
		figures.addAll(regionsAndGenders(period));
		figures.add(byCountry(period));
		figures.add(byArea(period));
		figures.add(byExpertise(period));
		figures.add(byLanguage(period));
		figures.add(nominations());
		figures.add(areaLimits());
		figures.add(lapsing(period.asOf()));
		figures.add(perYear(period.year()));
		return figures;
	}

	/**
	 * The condition on {@code e} that the expert is listed, in the year if one is given.
	 */
	private static String listed(Period period, Map<String, Object> params) {
		if (period.year() == null) {
			return "e.listed";
		}
		params.put("from", period.from());
		params.put("until", period.until());
		return "e.listed AND e.listed_on >= :from AND e.listed_on < :until";
	}

	private List<RosterFigure> regionsAndGenders(Period period) {
		Map<String, Object> params = new HashMap<>();
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		jdbc.sql("SELECT e.region_code, e.gender, COUNT(*) AS n FROM roster_expert e WHERE " + listed(period, params)
				+ " GROUP BY e.region_code, e.gender")
			.params(params)
			.query((rs, row) -> counts.computeIfAbsent(orElse(rs.getString(1), NO_REGION), region -> new HashMap<>())
				.merge(orElse(rs.getString(2), NOT_STATED), rs.getLong(3), Long::sum))
			.list();
		List<String> regions = new ArrayList<>(countries.regions().stream().map(r -> r.code().value()).toList());
		counts.keySet().stream().filter(code -> !regions.contains(code)).forEach(regions::add);
		List<String> genders = new ArrayList<>(Arrays.stream(Gender.values()).map(Enum::name).toList());
		genders.add(NOT_STATED);
		List<Row> byRegion = new ArrayList<>();
		List<Row> byRegionAndGender = new ArrayList<>();
		Map<String, Long> byGender = new LinkedHashMap<>();
		genders.forEach(gender -> byGender.put(gender, 0L));
		for (String region : regions) {
			Map<String, Long> ofRegion = counts.getOrDefault(region, Map.of());
			byRegion.add(new Row(region, List.of(ofRegion.values().stream().mapToLong(Long::longValue).sum())));
			byRegionAndGender.add(new Row(region, genders.stream().map(g -> ofRegion.getOrDefault(g, 0L)).toList()));
			ofRegion.forEach((gender, n) -> byGender.merge(gender, n, Long::sum));
		}
		return List.of(figure("listed-by-region", Dimension.REGION, byRegion),
				figure("listed-by-gender", Dimension.GENDER,
						byGender.entrySet().stream().map(e -> new Row(e.getKey(), List.of(e.getValue()))).toList()),
				new RosterFigure(SECTION, "listed-by-region-and-gender", Dimension.REGION, genders, genders.size(),
						true, byRegionAndGender));
	}

	private RosterFigure byCountry(Period period) {
		Map<String, Object> params = new HashMap<>();
		List<Row> rows = jdbc
			.sql("SELECT e.country_code, COUNT(*) AS n FROM roster_expert e WHERE " + listed(period, params)
					+ " GROUP BY e.country_code ORDER BY n DESC, e.country_code")
			.params(params)
			.query((rs, row) -> new Row(rs.getString(1), List.of(rs.getLong(2))))
			.list();
		return figure("listed-by-country", Dimension.COUNTRY, rows);
	}

	private RosterFigure byArea(Period period) {
		Map<String, Object> params = new HashMap<>();
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("""
				SELECT x.area, COUNT(DISTINCT x.expert_id) AS n FROM roster_expert_expertise x
				JOIN roster_expert e ON e.id = x.expert_id WHERE """ + " " + listed(period, params)
				+ " GROUP BY x.area")
			.params(params)
			.query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return figure("listed-by-area", Dimension.AREA,
				Arrays.stream(ExpertiseArea.values())
					.map(area -> new Row(area.name(), List.of(counts.getOrDefault(area.name(), 0L))))
					.toList());
	}

	private RosterFigure byExpertise(Period period) {
		Map<String, Object> params = new HashMap<>();
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("""
				SELECT x.expertise, COUNT(*) AS n FROM roster_expert_expertise x
				JOIN roster_expert e ON e.id = x.expert_id WHERE """ + " " + listed(period, params)
				+ " GROUP BY x.expertise")
			.params(params)
			.query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return figure("listed-by-expertise", Dimension.EXPERTISE,
				Arrays.stream(Expertise.values())
					.map(expertise -> new Row(expertise.name(), List.of(counts.getOrDefault(expertise.name(), 0L))))
					.toList());
	}

	private RosterFigure byLanguage(Period period) {
		Map<String, Object> params = new HashMap<>();
		Map<String, long[]> counts = new HashMap<>();
		jdbc.sql("""
				SELECT l.language, l.level, COUNT(*) AS n FROM roster_expert_language l
				JOIN roster_expert e ON e.id = l.expert_id WHERE """ + " " + listed(period, params)
				+ " GROUP BY l.language, l.level")
			.params(params)
			.query((rs, row) -> {
				int level = rs.getInt(2);
				// levels: 3 excellent, 2 good, 1 fair
				if (level >= 1 && level <= 3) {
					counts.computeIfAbsent(rs.getString(1), language -> new long[3])[3 - level] += rs.getLong(3);
				}
				return level;
			})
			.list();
		List<String> levels = Arrays.stream(LanguageLevel.values()).map(Enum::name).toList();
		List<Row> rows = counts.entrySet()
			.stream()
			.map(entry -> new Row(entry.getKey(), Arrays.stream(entry.getValue()).boxed().toList()))
			.sorted(Comparator.comparingLong((Row row) -> -row.total(levels.size())).thenComparing(Row::code))
			.toList();
		return new RosterFigure(SECTION, "listed-by-language", Dimension.LANGUAGE, levels, levels.size(), true, rows);
	}

	/**
	 * The nominations of each Party in each status, and the places left under the limit
	 * per Party. A record is counted once: listed while it is (even while a change is
	 * being written), else submitted, archived, lapsed (until it is listed again) or a
	 * draft.
	 */
	private RosterFigure nominations() {
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		jdbc.sql("""
				SELECT t.country_code, t.category, COUNT(*) AS n FROM (
				  SELECT country_code, CASE WHEN listed THEN 'LISTED' WHEN status = 'SUBMITTED' THEN 'SUBMITTED'
				    WHEN status = 'ARCHIVED' THEN 'ARCHIVED' WHEN lapsed_on IS NOT NULL THEN 'LAPSED'
				    ELSE 'DRAFT' END AS category
				  FROM roster_expert) t
				GROUP BY t.country_code, t.category""")
			.query((rs, row) -> counts.computeIfAbsent(rs.getString(1), country -> new HashMap<>())
				.put(rs.getString(2), rs.getLong(3)))
			.list();
		List<String> measures = new ArrayList<>(STATUSES);
		measures.add("ROOM");
		List<Row> rows = new ArrayList<>();
		counts.forEach((country, byStatus) -> {
			List<Long> row = new ArrayList<>(STATUSES.stream().map(s -> byStatus.getOrDefault(s, 0L)).toList());
			row.add(Math.max(0, settings.maxPerCountry() - byStatus.getOrDefault(LISTED, 0L)));
			rows.add(new Row(country, row));
		});
		rows.sort(Comparator.comparingLong((Row row) -> -row.total(STATUSES.size())).thenComparing(Row::code));
		return new RosterFigure(SECTION, "nominations-by-country", Dimension.COUNTRY, measures, STATUSES.size(), true,
				rows);
	}

	/**
	 * The experts of each Party listed in each top-level area, and in how many areas the
	 * Party has reached the limit per area.
	 */
	private RosterFigure areaLimits() {
		Map<String, Map<ExpertiseArea, Long>> counts = new TreeMap<>();
		jdbc.sql("""
				SELECT e.country_code, x.area, COUNT(DISTINCT e.id) AS n FROM roster_expert e
				JOIN roster_expert_expertise x ON x.expert_id = e.id WHERE e.listed
				GROUP BY e.country_code, x.area""")
			.query((rs, row) -> counts.computeIfAbsent(rs.getString(1), country -> new EnumMap<>(ExpertiseArea.class))
				.put(ExpertiseArea.valueOf(rs.getString(2)), rs.getLong(3)))
			.list();
		List<String> measures = new ArrayList<>(Arrays.stream(ExpertiseArea.values()).map(Enum::name).toList());
		measures.add("FULL_AREAS");
		List<Row> rows = new ArrayList<>();
		counts.forEach((country, byArea) -> {
			List<Long> row = new ArrayList<>(
					Arrays.stream(ExpertiseArea.values()).map(area -> byArea.getOrDefault(area, 0L)).toList());
			row.add(row.stream().filter(n -> n >= settings.maxPerArea()).count());
			rows.add(new Row(country, row));
		});
		return new RosterFigure(SECTION, "listed-by-country-and-area", Dimension.COUNTRY, measures,
				ExpertiseArea.values().length, false, rows);
	}

	/** The listings that lapse within 3, 6 and 12 months of the day, if not renewed. */
	private RosterFigure lapsing(LocalDate asOf) {
		StringBuilder sql = new StringBuilder("SELECT ");
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < MONTHS_AHEAD.size(); i++) {
			sql.append((i > 0) ? ", " : "")
				.append("COALESCE(SUM(CASE WHEN expires_on < :m")
				.append(i)
				.append(" THEN 1 ELSE 0 END), 0)");
			params.put("m" + i, asOf.plusMonths(MONTHS_AHEAD.get(i)));
		}
		sql.append(" FROM roster_expert WHERE listed");
		List<Long> counts = jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
			List<Long> values = new ArrayList<>();
			for (int i = 1; i <= MONTHS_AHEAD.size(); i++) {
				values.add(rs.getLong(i));
			}
			return values;
		}).single();
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < MONTHS_AHEAD.size(); i++) {
			rows.add(new Row(String.valueOf(MONTHS_AHEAD.get(i)), List.of(counts.get(i))));
		}
		return new RosterFigure(SECTION, "lapsing", Dimension.MONTHS, List.of("LAPSING"), 1, false, rows);
	}

	/**
	 * The experts whose listing began each calendar year (the day of their latest
	 * listing) and the listings that lapsed each year; only the year given, if one is.
	 */
	private RosterFigure perYear(@Nullable Integer year) {
		Map<Integer, long[]> counts = new TreeMap<>();
		jdbc.sql(
				"""
						SELECT 0 AS what, t.y, COUNT(*) AS n FROM
						  (SELECT EXTRACT(YEAR FROM listed_on) AS y FROM roster_expert WHERE listed_on IS NOT NULL) t GROUP BY t.y
						UNION ALL
						SELECT 1 AS what, t.y, COUNT(*) AS n FROM
						  (SELECT EXTRACT(YEAR FROM lapsed_on) AS y FROM roster_expert WHERE lapsed_on IS NOT NULL) t GROUP BY t.y""")
			.query((rs, row) -> counts.computeIfAbsent(rs.getInt(2), y -> new long[2])[rs.getInt(1)] += rs.getLong(3))
			.list();
		List<Row> rows = counts.entrySet()
			.stream()
			.filter(entry -> year == null || entry.getKey().equals(year))
			.map(entry -> new Row(String.valueOf(entry.getKey()), Arrays.stream(entry.getValue()).boxed().toList()))
			.toList();
		if (year != null && rows.isEmpty()) {
			rows = List.of(new Row(String.valueOf(year), List.of(0L, 0L)));
		}
		return new RosterFigure(SECTION, "per-year", Dimension.YEAR, List.of(LISTED, "LAPSED"), 2, false, rows);
	}

	private static RosterFigure figure(String name, Dimension dimension, List<Row> rows) {
		return new RosterFigure(SECTION, name, dimension, List.of(LISTED), 1, false, rows);
	}

	private static String orElse(@Nullable String value, String none) {
		return (value != null) ? value : none;
	}

}
