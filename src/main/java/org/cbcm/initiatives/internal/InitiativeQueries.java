package org.cbcm.initiatives.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.cbcm.initiatives.GeographicScope;
import org.cbcm.initiatives.ImplementationStatus;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativeType;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the registry of published initiatives: search with filters, sorting and paging in
 * SQL; facet counts (the whole registry's as kept with its tags, a selection's tallied
 * from its entries' tag lists); the figures per country for the map; and the whole
 * selection, in chunks, for downloads. Tags of a page's initiatives are read in one
 * query, never one per row.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeQueries {

	/**
	 * US dollars of an entry, at its budget year's rate; null when the rate is missing.
	 */
	static final String USD = "CASE WHEN e.currency = 'USD' THEN e.total_budget ELSE e.total_budget * r.usd_per_unit END";

	static final String FROM = """
			FROM initiative_entry e
			LEFT JOIN exchange_rate r ON r.currency = e.currency AND r.rate_year = e.budget_year""";

	/** The facets a list's row shows. */
	private static final List<Facet> ROW_FACETS = List.of(Facet.COUNTRY, Facet.DONOR, Facet.IMPLEMENTER, Facet.ELEMENT,
			Facet.ACTIVITY);

	private final JdbcClient jdbc;

	/** Reads long selections a thousand rows at a time rather than all at once. */
	private final NamedParameterJdbcTemplate lists;

	InitiativeQueries(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		JdbcTemplate streaming = new JdbcTemplate(java.util.Objects.requireNonNull(template.getDataSource()));
		streaming.setFetchSize(1000);
		this.lists = new NamedParameterJdbcTemplate(streaming);
	}

	/** A value of a facet and how many initiatives of the selection it files. */
	public record FacetCount(String value, long count) {
	}

	/** The published initiatives the filter selects, a page at a time. */
	public ResultPage<InitiativeSummary> search(InitiativeFilter filter, InitiativeSort sort, Paging paging) {
		Where where = where(filter, null);
		long total = jdbc.sql("SELECT COUNT(*) FROM initiative_entry e" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		if (paging.offset() >= total) {
			return ResultPage.of(List.of(), paging, total);
		}
		List<InitiativeSummary> rows = page(where, sort, paging.size(), paging.offset());
		return ResultPage.of(rows, paging, total);
	}

	/** A published initiative by its identifier and title, for links. */
	public record Link(InitiativeId id, String title) {
	}

	/** The published initiatives that belong to the programme, by title. */
	public List<Link> children(InitiativeId programme) {
		return jdbc
			.sql("""
					SELECT initiative_id, title FROM initiative_entry WHERE parent_id = :id ORDER BY sort_title LIMIT 500""")
			.param("id", programme.value())
			.query((rs, row) -> new Link(new InitiativeId(rs.getObject(1, UUID.class)), rs.getString(2)))
			.list();
	}

	/** The title of a published initiative. */
	public java.util.Optional<String> title(InitiativeId id) {
		return jdbc.sql("SELECT title FROM initiative_entry WHERE initiative_id = :id")
			.param("id", id.value())
			.query(String.class)
			.optional();
	}

	/** How many published initiatives there are. */
	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM initiative_entry").query(Long.class).single();
	}

	/**
	 * Each facet's values with their counts over the selection. A facet with values in
	 * the filter is counted as if it had none, so that its other values stay choosable.
	 */
	public Map<Facet, List<FacetCount>> facets(InitiativeFilter filter, Set<Facet> facets) {
		Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
		List<Facet> shared = facets.stream().filter(facet -> filter.values(facet).isEmpty()).toList();
		if (!shared.isEmpty()) {
			counts.putAll(count(filter, shared));
		}
		for (Facet facet : facets) {
			if (!filter.values(facet).isEmpty()) {
				counts.putAll(count(filter.without(facet), List.of(facet)));
			}
		}
		for (Facet facet : facets) {
			counts.putIfAbsent(facet, List.of());
		}
		return counts;
	}

	private Map<Facet, List<FacetCount>> count(InitiativeFilter filter, List<Facet> facets) {
		Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
		if (filter.isEmpty()) {
			// The whole registry's counts are kept as its tags are written.
			jdbc.sql("""
					SELECT facet, tag_value, n FROM initiative_tag_count WHERE facet IN (:facets) AND n > 0
					ORDER BY n DESC, tag_value""")
				.param("facets", facets.stream().map(Facet::name).toList())
				.query(rs -> {
					counts.computeIfAbsent(Facet.valueOf(rs.getString(1)), facet -> new ArrayList<>())
						.add(new FacetCount(rs.getString(2), rs.getLong(3)));
				});
			return counts;
		}
		Where where = where(filter, null);
		// Each entry's list of its tags, one row per initiative, tallied here. A wide
		// selection has half a million tag rows of those facets, which the database took
		// the
		// best part of a second to probe and group; and even one or two facets cost more
		// through the tag rows (every tag of the facet in the registry, checked against
		// the
		// selection) than through the selection's own rows (bench/README.md, issue 12).
		Map<String, Facet> wanted = new HashMap<>();
		facets.forEach(facet -> wanted.put(facet.name(), facet));
		Map<Facet, Map<String, long[]>> tallies = new EnumMap<>(Facet.class);
		lists.query("SELECT e.tag_list FROM initiative_entry e" + where.sql(), where.params(), rs -> {
			String list = rs.getString(1);
			int start = 0;
			while (start < list.length()) {
				int end = list.indexOf('|', start);
				end = (end < 0) ? list.length() : end;
				int colon = list.indexOf(':', start);
				if (colon > start && colon < end) {
					Facet facet = wanted.get(list.substring(start, colon));
					if (facet != null) {
						tallies.computeIfAbsent(facet, key -> new HashMap<>())
							.computeIfAbsent(list.substring(colon + 1, end), value -> new long[1])[0]++;
					}
				}
				start = end + 1;
			}
		});
		tallies.forEach((facet, values) -> counts.put(facet,
				values.entrySet()
					.stream()
					.map(value -> new FacetCount(value.getKey(), value.getValue()[0]))
					.sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
					.toList()));
		return counts;
	}

	/**
	 * One country's figures on the map.
	 *
	 * @param country the country (ISO alpha-3)
	 * @param initiatives how many initiatives of the selection work in it
	 * @param usd its share of their budgets in US dollars, where the rate is known
	 * @param estimated how many of them split their budget evenly among countries for
	 * want of shares
	 * @param withoutUsd how many of them have no budget in US dollars (no budget, or the
	 * rate is missing)
	 */
	public record CountryFigures(String country, long initiatives, BigDecimal usd, long estimated, long withoutUsd) {
	}

	/** The selection's figures per country. */
	public Map<String, CountryFigures> byCountry(InitiativeFilter filter) {
		Where where = where(filter, null);
		Map<String, CountryFigures> figures = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT s.country_code, COUNT(*), SUM(x.usd * s.share / 100),
				  SUM(CASE WHEN x.estimated THEN 1 ELSE 0 END), SUM(CASE WHEN x.usd IS NULL THEN 1 ELSE 0 END)
				FROM initiative_country_share s
				JOIN (SELECT e.initiative_id, e.country_shares_estimated AS estimated, """ + USD + " AS usd " + FROM
				+ where.sql() + """
						) x ON x.initiative_id = s.initiative_id
						GROUP BY s.country_code""")
			.params(where.params())
			.query(rs -> {
				BigDecimal usd = rs.getBigDecimal(3);
				figures.put(rs.getString(1),
						new CountryFigures(rs.getString(1), rs.getLong(2),
								(usd != null) ? usd.setScale(0, java.math.RoundingMode.HALF_EVEN) : BigDecimal.ZERO,
								rs.getLong(4), rs.getLong(5)));
			});
		return figures;
	}

	/**
	 * Every initiative of the selection, in order, handed over in chunks so that a
	 * download of the whole registry streams without holding it.
	 */
	public void each(InitiativeFilter filter, InitiativeSort sort, int chunk, Consumer<List<InitiativeSummary>> rows) {
		Where where = where(filter, null);
		for (RegistryCursor after = null;;) {
			List<Entry> entries = entries(where, sort, chunk, 0, after);
			if (!entries.isEmpty()) {
				rows.accept(summaries(entries));
				after = cursor(sort, filter, entries);
			}
			if (entries.size() < chunk) {
				return;
			}
		}
	}

	/**
	 * Some initiatives of the selection and the cursor to read on from.
	 *
	 * @param rows the initiatives, in order
	 * @param next the cursor after the last, null when no more follow
	 */
	public record Chunk(List<InitiativeSummary> rows, @Nullable String next) {
	}

	/**
	 * The published initiatives the filter selects that follow the cursor (from the first
	 * when it is null), by keyset: the same cost however far a walk has come.
	 * @param cursor a cursor a chunk of the same walk gave
	 * @throws org.cbcm.shared.InvalidRequestException naming {@code cursor} when it does
	 * not read or belongs to another order or selection
	 */
	public Chunk chunk(InitiativeFilter filter, InitiativeSort sort, @Nullable String cursor, int size) {
		RegistryCursor after = (cursor == null) ? null : RegistryCursor.read(cursor, sort, filter);
		Where where = where(filter, null);
		// One row more than asked for tells whether another chunk follows.
		List<Entry> entries = entries(where, sort, size + 1, 0, after);
		boolean more = entries.size() > size;
		List<Entry> rows = more ? entries.subList(0, size) : entries;
		return new Chunk(summaries(rows), more ? cursor(sort, filter, rows).text() : null);
	}

	private static RegistryCursor cursor(InitiativeSort sort, InitiativeFilter filter, List<Entry> entries) {
		Entry last = entries.get(entries.size() - 1);
		Object value = switch (sort) {
			case NEWEST -> last.publishedAt();
			case TITLE -> last.sortTitle();
			case START -> last.start();
			case END -> last.end();
			case BUDGET -> last.usd();
		};
		return RegistryCursor.after(sort, filter, value, last.id());
	}

	private List<InitiativeSummary> page(Where where, InitiativeSort sort, int limit, long offset) {
		return summaries(entries(where, sort, limit, offset, null));
	}

	/**
	 * The entries of the selection in order, after the cursor's row when there is one,
	 * else from the offset.
	 */
	private List<Entry> entries(Where where, InitiativeSort sort, int limit, long offset,
			@Nullable RegistryCursor after) {
		String sql = "SELECT e.*, " + USD + " AS usd " + FROM + where.sql();
		Map<String, Object> params = new HashMap<>(where.params());
		if (after != null) {
			sql += (where.sql().isEmpty() ? " WHERE " : " AND ") + keyset(sort, after.value() != null);
			params.put("afterId", after.id());
			if (after.value() != null) {
				params.put("afterValue", after.value());
			}
		}
		return jdbc.sql(sql + " ORDER BY " + sort.order() + " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> entry(rs))
			.list();
	}

	/**
	 * The rows after {@code (:afterValue, :afterId)} in the order: a greater (or, when
	 * descending, a smaller) sort value, or the same and a greater identifier, or none at
	 * all (those without a value come last); after a row without one, only those without
	 * one and with a greater identifier.
	 */
	static String keyset(InitiativeSort sort, boolean hasValue) {
		String key = sort.key();
		if (!hasValue) {
			return "(" + key + " IS NULL AND e.initiative_id > :afterId)";
		}
		return "(" + key + (sort.descending() ? " < " : " > ") + ":afterValue OR (" + key
				+ " = :afterValue AND e.initiative_id > :afterId) OR " + key + " IS NULL)";
	}

	/** Entries with their tags and endorsements, read in one query each. */
	private List<InitiativeSummary> summaries(List<Entry> entries) {
		if (entries.isEmpty()) {
			return List.of();
		}
		Map<UUID, Map<Facet, List<String>>> tags = new HashMap<>();
		jdbc.sql("""
				SELECT initiative_id, facet, tag_value FROM initiative_tag
				WHERE initiative_id IN (:ids) AND facet IN (:facets) ORDER BY initiative_id, facet, tag_value""")
			.param("ids", entries.stream().map(Entry::id).toList())
			.param("facets", ROW_FACETS.stream().map(Facet::name).toList())
			.query(rs -> {
				tags.computeIfAbsent(rs.getObject(1, UUID.class), id -> new EnumMap<>(Facet.class))
					.computeIfAbsent(Facet.valueOf(rs.getString(2)), facet -> new ArrayList<>())
					.add(rs.getString(3));
			});
		Map<UUID, Map<String, org.cbcm.initiatives.Endorsement>> said = new HashMap<>();
		jdbc.sql("""
				SELECT initiative_id, country_code, endorsement FROM initiative_endorsement
				WHERE initiative_id IN (:ids)""").param("ids", entries.stream().map(Entry::id).toList()).query(rs -> {
			said.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashMap<>())
				.put(rs.getString(2), org.cbcm.initiatives.Endorsement.valueOf(rs.getString(3)));
		});
		return entries.stream()
			.map(entry -> entry.summary(tags.getOrDefault(entry.id(), Map.of()),
					said.getOrDefault(entry.id(), Map.of())))
			.toList();
	}

	/** A row of the entry table before its tags are added. */
	private record Entry(UUID id, String title, @Nullable String projectNumber, @Nullable String type,
			@Nullable String implementation, @Nullable LocalDate start, @Nullable LocalDate end, @Nullable String scope,
			@Nullable BigDecimal budget, @Nullable String currency, @Nullable Integer budgetYear,
			@Nullable BigDecimal usd, @Nullable String source, boolean estimated, OffsetDateTime publishedAt,
			String sortTitle) {

		InitiativeSummary summary(Map<Facet, List<String>> tags,
				Map<String, org.cbcm.initiatives.Endorsement> endorsements) {
			return new InitiativeSummary(new InitiativeId(id), title, projectNumber,
					(type != null) ? InitiativeType.valueOf(type) : null,
					(implementation != null) ? ImplementationStatus.valueOf(implementation) : null, start, end,
					(scope != null) ? GeographicScope.valueOf(scope) : null, budget, currency, budgetYear,
					(usd != null) ? usd.setScale(2, java.math.RoundingMode.HALF_EVEN) : null, source,
					tags.getOrDefault(Facet.COUNTRY, List.of()), tags.getOrDefault(Facet.DONOR, List.of()),
					tags.getOrDefault(Facet.IMPLEMENTER, List.of()), tags.getOrDefault(Facet.ELEMENT, List.of()),
					tags.getOrDefault(Facet.ACTIVITY, List.of()), estimated, publishedAt.toInstant(), endorsements);
		}

	}

	private static Entry entry(ResultSet rs) throws SQLException {
		int year = rs.getInt("budget_year");
		Integer budgetYear = rs.wasNull() ? null : year;
		return new Entry(rs.getObject("initiative_id", UUID.class), rs.getString("title"),
				rs.getString("project_number"), rs.getString("initiative_type"), rs.getString("implementation"),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				rs.getString("geographic_scope"), rs.getBigDecimal("total_budget"), rs.getString("currency"),
				budgetYear, rs.getBigDecimal("usd"), rs.getString("funding_source"),
				rs.getBoolean("country_shares_estimated"), rs.getObject("published_at", OffsetDateTime.class),
				rs.getString("sort_title"));
	}

	/** A WHERE clause over the entry table {@code e}, with its parameters. */
	record Where(String sql, Map<String, Object> params) {
	}

	static Where where(InitiativeFilter filter, @Nullable Facet except) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		int n = 0;
		for (Map.Entry<Facet, Set<String>> tag : filter.tags().entrySet()) {
			if (tag.getKey() == except) {
				continue;
			}
			// IN rather than EXISTS: H2 looks the selected tags' initiatives up by the
			// entry's
			// key, where it evaluated EXISTS once per entry of the registry; PostgreSQL
			// plans
			// both as the same semi-join (bench/README.md, issue 12).
			conditions.add("e.initiative_id IN (SELECT t" + n + ".initiative_id FROM initiative_tag t" + n + " WHERE t"
					+ n + ".facet = :facet" + n + " AND t" + n + ".tag_value IN (:values" + n + "))");
			params.put("facet" + n, tag.getKey().name());
			params.put("values" + n, List.copyOf(tag.getValue()));
			n++;
		}
		List<String> terms = filter.terms();
		for (int index = 0; index < terms.size(); index++) {
			conditions.add("e.search_text LIKE :term" + index + " ESCAPE '\\'");
			params.put("term" + index, "%" + likeEscaped(terms.get(index)) + "%");
		}
		if (filter.fromYear() != null || filter.toYear() != null) {
			conditions.add("e.start_date IS NOT NULL");
		}
		if (filter.toYear() != null) {
			conditions.add("e.start_date <= :toDate");
			params.put("toDate", LocalDate.of(filter.toYear(), 12, 31));
		}
		if (filter.fromYear() != null) {
			conditions.add("(e.end_date IS NULL OR e.end_date >= :fromDate)");
			params.put("fromDate", LocalDate.of(filter.fromYear(), 1, 1));
		}
		return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
	}

	static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
