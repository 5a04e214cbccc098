package org.cbcm.roster.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.roster.RosterFigure;
import org.cbcm.roster.RosterFigure.Dimension;
import org.cbcm.roster.RosterFigure.Row;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The part of the review on the roster's use (decisions BS-I/4 and BS-II/4: the
 * Secretariat monitors the regional balance in the use of experts): requests filed, the
 * experts offered an assignment, acceptances and completed assignments, by requesting
 * Party, by the requesting Party's region and by the expert's region, the ratings of
 * completed assignments by the expert's region, and all of it per calendar year. Five
 * statements whatever the number of requests. For a calendar year, requests count by the
 * day they were filed and assignments by the day they were offered.
 */
@Component
@Order(20)
class RequestFigures implements ReviewSection {

	static final String SECTION = "requests";

	static final List<String> USE = List.of("FILED", "OFFERED", "ACCEPTED", "COMPLETED");

	static final List<String> ANSWERS = List.of("OFFERED", "ACCEPTED", "DECLINED", "COMPLETED");

	static final List<String> RATINGS = List.of("RATING_1", "RATING_2", "RATING_3", "RATING_4", "RATING_5");

	/** The counts of a request's assignments that its figures take, as SQL. */
	/** The fewest ratings a region shows in the public review: fewer are held back. */
	static final int FEWEST_RATINGS_SHOWN = 3;

	private static final String USE_COUNTS = """
			COUNT(DISTINCT r.id), COUNT(a.id),
			  SUM(CASE WHEN a.status IN ('ACCEPTED', 'COMPLETED') THEN 1 ELSE 0 END),
			  SUM(CASE WHEN a.status = 'COMPLETED' THEN 1 ELSE 0 END)""";

	private final JdbcClient jdbc;

	private final CountryDirectory countries;

	RequestFigures(JdbcClient jdbc, CountryDirectory countries) {
		this.jdbc = jdbc;
		this.countries = countries;
	}

	@Override
	public List<RosterFigure> figures(Period period) {
		List<RosterFigure> figures = new ArrayList<>();
		List<String> regions = countries.regions().stream().map(region -> region.code().value()).toList();
		figures.add(byRequestingCountry(period));
		figures.add(byRequestingRegion(period, regions));
		figures.add(byExpertRegion(period, regions));
		figures.add(ratings(period, regions));
		figures.add(perYear(period.year()));
		return figures;
	}

	private RosterFigure byRequestingCountry(Period period) {
		Map<String, Object> params = new HashMap<>();
		List<Row> rows = jdbc.sql("SELECT r.country_code, " + USE_COUNTS
				+ " FROM roster_request r LEFT JOIN roster_assignment a ON a.request_id = r.id" + filed(period, params)
				+ " GROUP BY r.country_code ORDER BY COUNT(DISTINCT r.id) DESC, r.country_code")
			.params(params)
			.query((rs, row) -> new Row(rs.getString(1),
					List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))))
			.list();
		return new RosterFigure(SECTION, "requests-by-country", Dimension.COUNTRY, USE, USE.size(), false, rows);
	}

	private RosterFigure byRequestingRegion(Period period, List<String> regions) {
		Map<String, Object> params = new HashMap<>();
		Map<String, List<Long>> counts = new HashMap<>();
		jdbc.sql("SELECT c.region_m49, " + USE_COUNTS
				+ " FROM roster_request r JOIN country c ON c.code = r.country_code"
				+ " LEFT JOIN roster_assignment a ON a.request_id = r.id" + filed(period, params)
				+ " GROUP BY c.region_m49")
			.params(params)
			.query((rs, row) -> counts.put(orNone(rs.getString(1)),
					List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))))
			.list();
		return new RosterFigure(SECTION, "requests-by-region", Dimension.REGION, USE, USE.size(), false,
				byRegion(regions, counts, USE.size()));
	}

	private RosterFigure byExpertRegion(Period period, List<String> regions) {
		Map<String, Object> params = new HashMap<>();
		Map<String, List<Long>> counts = new HashMap<>();
		jdbc.sql("""
				SELECT e.region_code, COUNT(*),
				  SUM(CASE WHEN a.status IN ('ACCEPTED', 'COMPLETED') THEN 1 ELSE 0 END),
				  SUM(CASE WHEN a.status = 'DECLINED' THEN 1 ELSE 0 END),
				  SUM(CASE WHEN a.status = 'COMPLETED' THEN 1 ELSE 0 END)
				FROM roster_assignment a JOIN roster_expert e ON e.id = a.expert_id""" + offered(period, params)
				+ " GROUP BY e.region_code")
			.params(params)
			.query((rs, row) -> counts.put(orNone(rs.getString(1)),
					List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))))
			.list();
		return new RosterFigure(SECTION, "assignments-by-expert-region", Dimension.REGION, ANSWERS, ANSWERS.size(),
				false, byRegion(regions, counts, ANSWERS.size()));
	}

	private RosterFigure ratings(Period period, List<String> regions) {
		Map<String, Object> params = new HashMap<>();
		Map<String, long[]> counts = new HashMap<>();
		String where = offered(period, params);
		jdbc.sql("SELECT e.region_code, a.rating, COUNT(*) FROM roster_assignment a"
				+ " JOIN roster_expert e ON e.id = a.expert_id" + (where.isEmpty() ? " WHERE" : where + " AND")
				+ " a.rating IS NOT NULL GROUP BY e.region_code, a.rating")
			.params(params)
			.query((rs,
					row) -> counts.computeIfAbsent(orNone(rs.getString(1)), region -> new long[5])[rs.getInt(2)
							- 1] += rs.getLong(3))
			.list();
		Map<String, List<Long>> lists = new HashMap<>();
		counts.forEach((region, n) -> {
			// Fewer ratings than that in a region would tell an expert's rating to
			// whoever reads
			// the expert's public assignments: the region is shown without them.
			if (java.util.Arrays.stream(n).sum() >= FEWEST_RATINGS_SHOWN) {
				lists.put(region, java.util.Arrays.stream(n).boxed().toList());
			}
		});
		return new RosterFigure(SECTION, "ratings-by-expert-region", Dimension.REGION, RATINGS, RATINGS.size(), true,
				byRegion(regions, lists, RATINGS.size()));
	}

	private RosterFigure perYear(@Nullable Integer year) {
		Map<Integer, Long[]> counts = new TreeMap<>();
		jdbc.sql("SELECT t.y, " + USE_COUNTS.replace("r.id", "t.id") + """
				 FROM (SELECT r.id, EXTRACT(YEAR FROM r.filed_at) AS y FROM roster_request r) t
				LEFT JOIN roster_assignment a ON a.request_id = t.id GROUP BY t.y""")
			.query((rs, row) -> counts.put(rs.getInt(1),
					new Long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) }))
			.list();
		List<Row> rows = new ArrayList<>();
		counts.forEach((y, n) -> {
			if (year == null || y.equals(year)) {
				rows.add(new Row(String.valueOf(y), List.of(n)));
			}
		});
		if (year != null && rows.isEmpty()) {
			rows.add(new Row(String.valueOf(year), List.of(0L, 0L, 0L, 0L)));
		}
		return new RosterFigure(SECTION, "requests-per-year", Dimension.YEAR, USE, USE.size(), false, rows);
	}

	/**
	 * Every region in the directory's order, then any other, each with its counts or
	 * none.
	 */
	private static List<Row> byRegion(List<String> regions, Map<String, List<Long>> counts, int measures) {
		Map<String, List<Long>> ordered = new LinkedHashMap<>();
		List<Long> zeros = java.util.Collections.nCopies(measures, 0L);
		regions.forEach(region -> ordered.put(region, zeros));
		ordered.putAll(counts);
		return ordered.entrySet().stream().map(entry -> new Row(entry.getKey(), entry.getValue())).toList();
	}

	private static String filed(Period period, Map<String, Object> params) {
		return within("r.filed_at", period, params);
	}

	private static String offered(Period period, Map<String, Object> params) {
		return within("a.offered_at", period, params);
	}

	private static String within(String column, Period period, Map<String, Object> params) {
		if (period.year() == null) {
			return "";
		}
		params.put("from", java.util.Objects.requireNonNull(period.from()).atStartOfDay().atOffset(ZoneOffset.UTC));
		params.put("until", java.util.Objects.requireNonNull(period.until()).atStartOfDay().atOffset(ZoneOffset.UTC));
		return " WHERE " + column + " >= :from AND " + column + " < :until";
	}

	private static String orNone(@Nullable String region) {
		return (region != null) ? region : ListingFigures.NO_REGION;
	}

}
