package org.cbcm.coordination.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cbcm.coordination.AnalysisFilter;
import org.cbcm.coordination.CoordinationAnalysis;
import org.cbcm.coordination.CountedInitiative;
import org.cbcm.coordination.CountryGroup;
import org.cbcm.coordination.CoverageCell;
import org.cbcm.coordination.CoverageMatrix;
import org.cbcm.coordination.FundingAdequacy;
import org.cbcm.coordination.OverlappingSupport;
import org.cbcm.coordination.Partnership;
import org.cbcm.coordination.Verdict;
import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.ProfileContact;
import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.ItemType;
import org.cbcm.initiatives.Endorsement;
import org.cbcm.initiatives.ExchangeRates;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.PublishedInitiatives;
import org.cbcm.needs.Capacity;
import org.cbcm.needs.Priority;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordination analysis over the read model. Each answer reads the model with a few
 * set-based queries (the latest needs, the active allocations with their initiatives and
 * endorsements, and for the matrix's rows the countries with an active allocation), then
 * puts cells together in memory; nothing is queried per cell or per country.
 * <p>
 * The rules, beyond {@link Verdict}'s:
 * <ul>
 * <li>An initiative is active on the as-of date when it starts on or before it (or states
 * no start) and ends on or after it (or states no end); archived ones are not in the
 * model.</li>
 * <li>A country's needs on the date are those of its latest published assessment dated on
 * or before it (the later identifier breaks a tie of dates).</li>
 * <li>An initiative gives a country and element its budget × the country's share × the
 * element's share; shares not given are split evenly, and the amount is then an estimate.
 * It converts to US dollars at its start year's rate, a requirement at its assessment
 * year's rate; a missing rate leaves the amount unconverted and the cell says so.</li>
 * <li>Different donors: two initiatives that each name donors and share none.</li>
 * <li>Cells count an allocation to exactly their element (one to 12(a)(i) counts in the
 * 12(a)(i) column, not in 12(a)'s).</li>
 * <li>The matrix's rows: the Parties, and any other country with a need or an active
 * initiative, in the order of their codes.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class Analysis implements CoordinationAnalysis {

	static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

	private final JdbcClient jdbc;

	private final CountryDirectory directory;

	private final ActionPlanCatalogue plan;

	private final ExchangeRates rates;

	private final Rebuild rebuild;

	private final PublishedInitiatives initiatives;

	Analysis(JdbcClient jdbc, CountryDirectory directory, ActionPlanCatalogue plan, ExchangeRates rates,
			Rebuild rebuild, PublishedInitiatives initiatives) {
		this.jdbc = jdbc;
		this.initiatives = initiatives;
		this.directory = directory;
		this.plan = plan;
		this.rates = rates;
		this.rebuild = rebuild;
	}

	/** A need as the latest assessment states it. */
	record Need(CountryCode country, ItemCode element, Priority priority, @Nullable Capacity capacity,
			@Nullable BigDecimal requirement, @Nullable String currency, int year) {
	}

	/** An active initiative's allocation to a country (none: shown apart) and element. */
	record Allocation(InitiativeId initiative, @Nullable CountryCode country, ItemCode element,
			@Nullable BigDecimal amount, boolean estimated, String title, @Nullable LocalDate start,
			@Nullable LocalDate end, @Nullable ItemCode source, @Nullable String currency, @Nullable Integer rateYear,
			List<OrganisationId> donors, List<RegionCode> regions, @Nullable Endorsement endorsement) {
	}

	/** The key elements and sub-elements of 12(a), in the Action Plan's order. */
	public List<ItemCode> elements() {
		return plan.items(plan.current().code(), ItemFilter.all())
			.stream()
			.filter(item -> item.type() == ItemType.KEY_ELEMENT || item.type() == ItemType.SUB_ELEMENT)
			.map(item -> item.code())
			.toList();
	}

	@Override
	public CoverageMatrix coverage(AnalysisFilter filter, Paging paging) {
		List<ItemCode> elements = columns(filter);
		Map<CountryCode, Country> countries = countries(filter);
		boolean listed = filter.country() != null;
		Map<List<Object>, Tally> tallies = listed ? Map.of() : tallies(filter, countries.keySet());
		Set<CountryCode> rows = new TreeSet<>(Comparator.comparing(CountryCode::value));
		countries.values()
			.stream()
			.filter(country -> country.cartagenaParty() && !country.regionalOrganisation())
			.forEach(country -> rows.add(country.code()));
		List<Need> needs = needs(filter, countries.keySet());
		needs.forEach(need -> rows.add(need.country()));
		if (listed) {
			rows.addAll(allocatedCountries(filter, countries.keySet()));
		}
		else {
			tallies.keySet().forEach(key -> rows.add((CountryCode) key.get(0)));
		}
		List<CountryCode> ordered = new ArrayList<>(rows);
		int from = (int) Math.min(paging.offset(), ordered.size());
		List<CountryCode> page = ordered.subList(from, Math.min(ordered.size(), from + paging.size()));
		// Every row's cells, for the sums over the whole selection; the page's are among
		// them, in the same order.
		List<CoverageCell> all;
		if (ordered.isEmpty()) {
			all = List.of();
		}
		else if (listed) {
			all = cells(filter, new LinkedHashSet<>(ordered), elements);
		}
		else {
			all = tallied(ordered, elements, needs, tallies);
		}
		Set<CountryCode> shown = new HashSet<>(page);
		List<CoverageCell> cells = all.stream().filter(cell -> shown.contains(cell.country())).toList();
		List<CoverageMatrix.Allocated> allocated = all.stream()
			.filter(cell -> cell.allocatedUsd().signum() != 0)
			.map(cell -> new CoverageMatrix.Allocated(cell.country(), cell.element(), cell.allocatedUsd()))
			.toList();
		Map<String, BigDecimal> table = rates.table();
		List<CoverageMatrix.Apart> apart = new ArrayList<>();
		for (Allocation allocation : allocations(filter, null, false)) {
			apart.add(new CoverageMatrix.Apart(allocation.element(), allocation.regions(),
					counted(allocation, table, new ArrayList<>())));
		}
		apart.sort(Comparator.comparing((CoverageMatrix.Apart a) -> elements.indexOf(a.element()))
			.thenComparing(a -> a.initiative().title())
			.thenComparing(a -> a.initiative().id().toString()));
		return new CoverageMatrix(filter, elements, ResultPage.of(page, paging, ordered.size()), cells, apart,
				allocated);
	}

	@Override
	public List<CoverageCell> cells(AnalysisFilter filter) {
		Map<CountryCode, Country> countries = countries(filter);
		Set<CountryCode> rows = new TreeSet<>(Comparator.comparing(CountryCode::value));
		countries.values()
			.stream()
			.filter(country -> country.cartagenaParty() && !country.regionalOrganisation())
			.forEach(country -> rows.add(country.code()));
		List<Need> needs = needs(filter, countries.keySet());
		needs.forEach(need -> rows.add(need.country()));
		if (filter.country() == null) {
			Map<List<Object>, Tally> tallies = tallies(filter, countries.keySet());
			tallies.keySet().forEach(key -> rows.add((CountryCode) key.get(0)));
			return tallied(rows, columns(filter), needs, tallies);
		}
		List<Allocation> allocations = allocations(filter, countries.keySet(), true);
		allocations.forEach(allocation -> rows.add(Objects.requireNonNull(allocation.country())));
		return cells(rows, columns(filter), needs, allocations);
	}

	private List<CoverageCell> cells(AnalysisFilter filter, Set<CountryCode> countries, List<ItemCode> elements) {
		return cells(countries, elements, needs(filter, countries), allocations(filter, countries, true));
	}

	/** Cells that list their initiatives (for one country). */
	private List<CoverageCell> cells(Collection<CountryCode> countries, List<ItemCode> elements, List<Need> needs,
			List<Allocation> allocations) {
		Map<String, BigDecimal> table = rates.table();
		Map<List<Object>, Need> needOf = new HashMap<>();
		needs.forEach(need -> needOf.put(List.of(need.country(), need.element()), need));
		Map<List<Object>, List<Allocation>> allocated = new HashMap<>();
		allocations.forEach(
				allocation -> allocated
					.computeIfAbsent(List.of(Objects.requireNonNull(allocation.country()), allocation.element()),
							key -> new ArrayList<>())
					.add(allocation));
		List<CoverageCell> cells = new ArrayList<>();
		for (CountryCode country : countries) {
			for (ItemCode element : elements) {
				List<Allocation> in = allocated.getOrDefault(List.of(country, element), List.of());
				List<String> missing = new ArrayList<>();
				List<CountedInitiative> counted = new ArrayList<>();
				Tally tally = new Tally();
				for (Allocation allocation : in) {
					counted.add(counted(allocation, table, missing));
					tally.add(allocation.currency(), allocation.rateYear(), allocation.amount(), 1,
							(allocation.amount() != null) ? 1 : 0, allocation.estimated());
					tally.donorSets.add(allocation.donors().stream().map(OrganisationId::toString).toList());
				}
				counted.sort(LARGEST_FIRST);
				cells.add(cell(country, element, needOf.get(List.of(country, element)), tally, counted, table));
			}
		}
		return cells;
	}

	/**
	 * Cells that count their initiatives without listing them (the matrix of many
	 * countries), from the tallies of the read model.
	 */
	private List<CoverageCell> tallied(Collection<CountryCode> countries, List<ItemCode> elements, List<Need> needs,
			Map<List<Object>, Tally> tallies) {
		Map<String, BigDecimal> table = rates.table();
		Map<List<Object>, Need> needOf = new HashMap<>();
		needs.forEach(need -> needOf.put(List.of(need.country(), need.element()), need));
		List<CoverageCell> cells = new ArrayList<>();
		Tally none = new Tally();
		for (CountryCode country : countries) {
			for (ItemCode element : elements) {
				List<Object> key = List.of(country, element);
				cells.add(cell(country, element, needOf.get(key), tallies.getOrDefault(key, none), List.of(), table));
			}
		}
		return cells;
	}

	/**
	 * What a cell's active initiatives add up to: how many, their amounts summed by
	 * currency and rate year (converted once per sum, so that a cell that lists its
	 * initiatives and one that only counts them give the same dollars), and the sets of
	 * donors among them.
	 */
	static final class Tally {

		int initiatives;

		int withAmount;

		boolean estimated;

		final Map<List<Object>, BigDecimal> sums = new HashMap<>();

		final Set<List<String>> donorSets = new HashSet<>();

		void add(@Nullable String currency, @Nullable Integer rateYear, @Nullable BigDecimal amount, int count,
				int amounts, boolean estimate) {
			initiatives += count;
			withAmount += amounts;
			estimated |= estimate;
			if (amount != null) {
				sums.merge(Arrays.asList(currency, rateYear), amount, BigDecimal::add);
			}
		}

		/** Whether two initiatives name donors and share none. */
		boolean differentDonors() {
			List<List<String>> sets = donorSets.stream().filter(set -> !set.isEmpty()).toList();
			for (int i = 0; i < sets.size(); i++) {
				for (int j = i + 1; j < sets.size(); j++) {
					if (sets.get(i).stream().noneMatch(sets.get(j)::contains)) {
						return true;
					}
				}
			}
			return false;
		}

		int donors() {
			return (int) donorSets.stream().flatMap(List::stream).distinct().count();
		}

	}

	/**
	 * The tallies of every cell of the countries with an active allocation: two grouped
	 * queries (sums by currency and rate year; the distinct sets of donors), whatever the
	 * number of initiatives.
	 */
	Map<List<Object>, Tally> tallies(AnalysisFilter filter, Collection<CountryCode> countries) {
		Map<String, Object> params = new HashMap<>();
		String where = conditions(filter, params) + " AND a.country_code IS NOT NULL";
		if (countries.size() < 200) {
			if (countries.isEmpty()) {
				return Map.of();
			}
			where += " AND a.country_code IN (:countries)";
			params.put("countries", countries.stream().map(CountryCode::value).toList());
		}
		Set<String> wanted = new HashSet<>();
		countries.forEach(country -> wanted.add(country.value()));
		Map<List<Object>, Tally> tallies = new HashMap<>();
		Map<String, CountryCode> codes = new HashMap<>();
		Map<String, ItemCode> items = new HashMap<>();
		jdbc.sql("""
				SELECT a.country_code, a.element, i.currency, i.rate_year, COUNT(*), COUNT(a.amount), SUM(a.amount),
				  MAX(CASE WHEN a.estimated THEN 1 ELSE 0 END)
				FROM coord_allocation a JOIN coord_initiative i ON i.id = a.initiative_id""" + where + """

				GROUP BY a.country_code, a.element, i.currency, i.rate_year""").params(params).query(rs -> {
			if (!wanted.contains(rs.getString(1))) {
				return;
			}
			int rateYear = rs.getInt(4);
			Integer year = rs.wasNull() ? null : rateYear;
			tallies.computeIfAbsent(key(rs.getString(1), rs.getString(2), codes, items), k -> new Tally())
				.add(rs.getString(3), year, rs.getBigDecimal(7), rs.getInt(5), rs.getInt(6), rs.getInt(8) == 1);
		});
		Map<String, List<String>> donorLists = new HashMap<>();
		jdbc.sql("SELECT DISTINCT a.country_code, a.element, i.donors "
				+ "FROM coord_allocation a JOIN coord_initiative i ON i.id = a.initiative_id" + where)
			.params(params)
			.query(rs -> {
				Tally tally = tallies.get(key(rs.getString(1), rs.getString(2), codes, items));
				if (tally != null) {
					tally.donorSets.add(donorLists.computeIfAbsent(rs.getString(3),
							text -> text.isEmpty() ? List.of() : List.of(text.split(","))));
				}
			});
		return tallies;
	}

	private static List<Object> key(String country, String element, Map<String, CountryCode> codes,
			Map<String, ItemCode> items) {
		return List.of(codes.computeIfAbsent(country, CountryCode::of), items.computeIfAbsent(element, ItemCode::of));
	}

	private static CoverageCell cell(CountryCode country, ItemCode element, @Nullable Need need, Tally tally,
			List<CountedInitiative> counted, Map<String, BigDecimal> table) {
		List<String> missing = new ArrayList<>();
		BigDecimal requirement = null;
		if (need != null && need.requirement() != null && need.currency() != null) {
			requirement = ExchangeRates.toUsd(table, need.requirement(), need.currency(), need.year()).orElse(null);
			if (requirement == null) {
				missing.add(need.currency() + " " + need.year());
			}
		}
		// Each sum converted unrounded, the cell's dollars rounded once: the same cents
		// as a
		// hand-written SUM(amount * rate) (bench/coordination/coverage.sql).
		BigDecimal exact = BigDecimal.ZERO;
		boolean allKnown = tally.withAmount == tally.initiatives;
		List<List<Object>> parts = new ArrayList<>(tally.sums.keySet());
		parts.sort(Comparator.comparing((List<Object> part) -> Objects.toString(part.get(0), ""))
			.thenComparing(part -> (part.get(1) != null) ? (Integer) part.get(1) : 0));
		for (List<Object> part : parts) {
			String currency = (String) part.get(0);
			Integer year = (Integer) part.get(1);
			BigDecimal rate = null;
			if (currency != null) {
				if (year != null) {
					rate = ExchangeRates.rate(table, currency, year).orElse(null);
				}
				else if ("USD".equals(currency)) {
					rate = BigDecimal.ONE;
				}
				if (rate == null) {
					missing.add(currency + " " + Objects.toString(year, "?"));
				}
			}
			if (rate == null) {
				allKnown = false;
			}
			else {
				exact = exact.add(tally.sums.get(part).multiply(rate));
			}
		}
		BigDecimal allocated = exact.setScale(2, RoundingMode.HALF_EVEN);
		Verdict verdict;
		if (need == null || !need.priority().stated()) {
			verdict = Verdict.NO_STATED_NEED;
		}
		else if (tally.initiatives == 0) {
			verdict = Verdict.GAP;
		}
		else if (tally.differentDonors()) {
			verdict = Verdict.POSSIBLE_DUPLICATION;
		}
		else if (requirement != null && allKnown && allocated.compareTo(requirement) < 0) {
			verdict = Verdict.UNDER_FUNDED;
		}
		else {
			verdict = Verdict.COVERED;
		}
		return new CoverageCell(country, element, (need != null) ? need.priority() : null,
				(need != null) ? need.capacity() : null, requirement, counted, allocated, tally.estimated, verdict,
				missing.stream().distinct().toList(), tally.initiatives, tally.donors());
	}

	static final Comparator<CountedInitiative> LARGEST_FIRST = Comparator
		.comparing(CountedInitiative::allocatedUsd, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(CountedInitiative::title)
		.thenComparing(initiative -> initiative.id().toString());

	private static CountedInitiative counted(Allocation allocation, Map<String, BigDecimal> table,
			List<String> missing) {
		BigDecimal usd = null;
		if (allocation.amount() != null && allocation.currency() != null) {
			if (allocation.rateYear() != null) {
				usd = ExchangeRates.toUsd(table, allocation.amount(), allocation.currency(), allocation.rateYear())
					.orElse(null);
			}
			else if ("USD".equals(allocation.currency())) {
				usd = allocation.amount();
			}
			if (usd == null) {
				missing.add(allocation.currency() + " " + Objects.toString(allocation.rateYear(), "?"));
			}
		}
		return new CountedInitiative(allocation.initiative(), allocation.title(), allocation.donors(),
				allocation.start(), allocation.end(), usd, allocation.estimated(), allocation.endorsement());
	}

	/**
	 * The initiatives of a cell that overlap one of different donors: two that each name
	 * donors, share none, and whose dates overlap.
	 */
	static List<CountedInitiative> duplicated(List<CountedInitiative> counted) {
		Set<CountedInitiative> found = new LinkedHashSet<>();
		for (int i = 0; i < counted.size(); i++) {
			for (int j = i + 1; j < counted.size(); j++) {
				CountedInitiative a = counted.get(i);
				CountedInitiative b = counted.get(j);
				if (!a.donors().isEmpty() && !b.donors().isEmpty()
						&& a.donors().stream().noneMatch(b.donors()::contains) && overlap(a, b)) {
					found.add(a);
					found.add(b);
				}
			}
		}
		return counted.stream().filter(found::contains).toList();
	}

	private static boolean overlap(CountedInitiative a, CountedInitiative b) {
		return (a.start() == null || b.end() == null || !a.start().isAfter(b.end()))
				&& (b.start() == null || a.end() == null || !b.start().isAfter(a.end()));
	}

	@Override
	public List<OverlappingSupport> overlaps(AnalysisFilter filter) {
		Map<CountryCode, Country> countries = countries(filter);
		Map<String, BigDecimal> table = rates.table();
		Map<List<Object>, List<CountedInitiative>> byCell = new LinkedHashMap<>();
		for (Allocation allocation : allocations(filter, countries.keySet(), true)) {
			byCell
				.computeIfAbsent(List.of(Objects.requireNonNull(allocation.country()), allocation.element()),
						key -> new ArrayList<>())
				.add(counted(allocation, table, new ArrayList<>()));
		}
		List<ItemCode> order = elements();
		Map<List<Object>, List<CountedInitiative>> candidates = new LinkedHashMap<>();
		byCell.forEach((cell, counted) -> {
			if (counted.size() < 2) {
				return;
			}
			counted.sort(LARGEST_FIRST);
			List<CountedInitiative> duplicated = duplicated(counted);
			if (duplicated.size() >= 2) {
				candidates.put(cell, duplicated);
			}
		});
		// Whom to ask, for every candidate's initiatives at once rather than one by one.
		Map<InitiativeId, List<ProfileContact>> contacts = initiatives.contacts(candidates.values()
			.stream()
			.flatMap(List::stream)
			.map(CountedInitiative::id)
			.collect(Collectors.toCollection(LinkedHashSet::new)));
		List<OverlappingSupport> overlaps = new ArrayList<>();
		candidates.forEach((cell, duplicated) -> {
			Map<InitiativeId, List<ProfileContact>> theirs = new HashMap<>();
			duplicated.forEach(initiative -> {
				List<ProfileContact> of = contacts.get(initiative.id());
				if (of != null) {
					theirs.put(initiative.id(), of);
				}
			});
			overlaps.add(new OverlappingSupport((CountryCode) cell.get(0), (ItemCode) cell.get(1), duplicated, theirs));
		});
		overlaps.sort(Comparator.comparing((OverlappingSupport o) -> -o.initiatives().size())
			.thenComparing(o -> o.country().value())
			.thenComparing(o -> order.indexOf(o.element())));
		return overlaps;
	}

	@Override
	public FundingAdequacy funding(AnalysisFilter filter) {
		Map<CountryCode, Country> countries = countries(filter);
		Map<String, BigDecimal> table = rates.table();
		Map<List<Object>, BigDecimal> sums = new HashMap<>();
		BigDecimal total = ZERO;
		BigDecimal toLdc = ZERO;
		BigDecimal toSids = ZERO;
		int asOfYear = filter.asOf().getYear();
		for (Allocation allocation : allocations(filter, countries.keySet(), true)) {
			Country country = countries.get(allocation.country());
			CountedInitiative counted = counted(allocation, table, new ArrayList<>());
			if (country == null || counted.allocatedUsd() == null) {
				continue;
			}
			BigDecimal usd = counted.allocatedUsd();
			total = total.add(usd);
			if (Boolean.TRUE.equals(country.ldc())) {
				toLdc = toLdc.add(usd);
			}
			if (Boolean.TRUE.equals(country.sids())) {
				toSids = toSids.add(usd);
			}
			int first = (allocation.start() != null) ? allocation.start().getYear()
					: (allocation.end() != null) ? allocation.end().getYear() : asOfYear;
			int last = (allocation.end() != null) ? allocation.end().getYear() : Math.max(first, asOfYear);
			BigDecimal each = usd.divide(BigDecimal.valueOf(last - first + 1L), 2, RoundingMode.HALF_EVEN);
			CountryGroup group = CountryGroup.of(country);
			for (int year = first; year <= last; year++) {
				sums.merge(Arrays.asList(allocation.source(), group, year), each, BigDecimal::add);
			}
		}
		List<FundingAdequacy.Row> rows = new ArrayList<>();
		sums.forEach((key, usd) -> rows
			.add(new FundingAdequacy.Row((ItemCode) key.get(0), (CountryGroup) key.get(1), (Integer) key.get(2), usd)));
		rows.sort(Comparator.comparing(FundingAdequacy.Row::year)
			.thenComparing(row -> (row.source() != null) ? row.source().value() : "~")
			.thenComparing(FundingAdequacy.Row::group));
		Map<CountryGroup, BigDecimal> requirements = new java.util.EnumMap<>(CountryGroup.class);
		for (Need need : needs(filter, countries.keySet())) {
			Country country = countries.get(need.country());
			if (country == null || need.requirement() == null || need.currency() == null) {
				continue;
			}
			ExchangeRates.toUsd(table, need.requirement(), need.currency(), need.year())
				.ifPresent(usd -> requirements.merge(CountryGroup.of(country), usd, BigDecimal::add));
		}
		return new FundingAdequacy(filter, rows, requirements, total, toLdc, toSids);
	}

	@Override
	public List<Partnership> partnerships(AnalysisFilter filter) {
		AnalysisFilter wide = new AnalysisFilter(filter.asOf(), filter.region(), filter.group(), null, filter.element(),
				filter.donor(), filter.fundingSource());
		Map<CountryCode, Country> countries = countries(wide);
		List<Need> needs = needs(wide, countries.keySet());
		List<Allocation> allocations = allocations(wide, countries.keySet(), true);
		List<ItemCode> order = elements();
		List<Partnership> found = new ArrayList<>();
		found.addAll(regional(countries, needs, allocations));
		found.addAll(southSouth(countries, needs));
		found.addAll(coFunding(countries, needs, allocations));
		CountryCode only = filter.country();
		return found.stream()
			.filter(p -> only == null || p.countries().contains(only) || only.equals(p.provider()))
			.sorted(Comparator.comparing(Partnership::kind)
				.thenComparing(p -> order.indexOf(p.element()))
				.thenComparing(p -> (p.region() != null) ? p.region().value() : "")
				.thenComparing(p -> (p.provider() != null) ? p.provider().value() : ""))
			.toList();
	}

	/**
	 * Three or more countries of one M49 sub-region with a high need in the same element,
	 * and no active initiative on the element that names two or more of them (a regional
	 * initiative for them).
	 */
	private static List<Partnership> regional(Map<CountryCode, Country> countries, List<Need> needs,
			List<Allocation> allocations) {
		Map<List<Object>, Set<CountryCode>> high = new TreeMap<>(KEY_ORDER);
		for (Need need : needs) {
			Country country = countries.get(need.country());
			if (need.priority() == Priority.HIGH && country != null && country.subRegion() != null) {
				high.computeIfAbsent(List.of(country.subRegion().value(), need.element().value()),
						key -> new TreeSet<>(Comparator.comparing(CountryCode::value)))
					.add(need.country());
			}
		}
		Map<List<Object>, Set<CountryCode>> named = new HashMap<>();
		for (Allocation allocation : allocations) {
			named
				.computeIfAbsent(List.of(allocation.initiative(), allocation.element().value()), key -> new HashSet<>())
				.add(Objects.requireNonNull(allocation.country()));
		}
		List<Partnership> found = new ArrayList<>();
		high.forEach((key, group) -> {
			if (group.size() < 3) {
				return;
			}
			boolean covered = named.entrySet()
				.stream()
				.anyMatch(entry -> entry.getKey().get(1).equals(key.get(1))
						&& entry.getValue().stream().filter(group::contains).count() >= 2);
			if (!covered) {
				found.add(new Partnership(Partnership.Kind.REGIONAL, ItemCode.of((String) key.get(1)),
						RegionCode.of((String) key.get(0)), List.copyOf(group), null, List.of()));
			}
		});
		return found;
	}

	/**
	 * A developing country with adequate capacity in an element, and developing countries
	 * of its M49 region with a high need in it.
	 */
	private static List<Partnership> southSouth(Map<CountryCode, Country> countries, List<Need> needs) {
		Map<List<Object>, Set<CountryCode>> high = new HashMap<>();
		Map<List<Object>, Set<CountryCode>> adequate = new TreeMap<>(KEY_ORDER);
		for (Need need : needs) {
			Country country = countries.get(need.country());
			if (country == null || country.region() == null || !Boolean.TRUE.equals(country.developing())) {
				continue;
			}
			List<Object> key = List.of(country.region().value(), need.element().value());
			if (need.priority() == Priority.HIGH) {
				high.computeIfAbsent(key, k -> new TreeSet<>(Comparator.comparing(CountryCode::value)))
					.add(need.country());
			}
			if (need.capacity() == Capacity.ADEQUATE) {
				adequate.computeIfAbsent(key, k -> new TreeSet<>(Comparator.comparing(CountryCode::value)))
					.add(need.country());
			}
		}
		List<Partnership> found = new ArrayList<>();
		adequate.forEach((key, providers) -> {
			for (CountryCode provider : providers) {
				List<CountryCode> needing = high.getOrDefault(key, Set.of())
					.stream()
					.filter(country -> !country.equals(provider))
					.toList();
				if (!needing.isEmpty()) {
					found.add(new Partnership(Partnership.Kind.SOUTH_SOUTH, ItemCode.of((String) key.get(1)),
							RegionCode.of((String) key.get(0)), needing, provider, List.of()));
				}
			}
		});
		return found;
	}

	/**
	 * Two or more donors with active initiatives on an element in countries of one M49
	 * region where some country has a high need in it.
	 */
	private static List<Partnership> coFunding(Map<CountryCode, Country> countries, List<Need> needs,
			List<Allocation> allocations) {
		Map<List<Object>, Set<CountryCode>> high = new HashMap<>();
		for (Need need : needs) {
			Country country = countries.get(need.country());
			if (need.priority() == Priority.HIGH && country != null && country.region() != null) {
				high.computeIfAbsent(List.of(country.region().value(), need.element().value()),
						k -> new TreeSet<>(Comparator.comparing(CountryCode::value)))
					.add(need.country());
			}
		}
		Map<List<Object>, Set<OrganisationId>> donors = new TreeMap<>(KEY_ORDER);
		for (Allocation allocation : allocations) {
			Country country = countries.get(allocation.country());
			if (country != null && country.region() != null) {
				donors
					.computeIfAbsent(List.of(country.region().value(), allocation.element().value()),
							k -> new TreeSet<>(Comparator.comparing(OrganisationId::toString)))
					.addAll(allocation.donors());
			}
		}
		List<Partnership> found = new ArrayList<>();
		donors.forEach((key, active) -> {
			Set<CountryCode> needing = high.get(key);
			if (active.size() >= 2 && needing != null) {
				found.add(new Partnership(Partnership.Kind.CO_FUNDING, ItemCode.of((String) key.get(1)),
						RegionCode.of((String) key.get(0)), List.copyOf(needing), null, List.copyOf(active)));
			}
		});
		return found;
	}

	private static final Comparator<List<Object>> KEY_ORDER = Comparator
		.comparing((List<Object> key) -> (String) key.get(0))
		.thenComparing(key -> (String) key.get(1));

	@Override
	@Transactional
	public void rebuild(Viewer by) {
		if (!by.isSecretariat()) {
			throw new ForbiddenException("coordination.rebuild.secretariat-only");
		}
		rebuild.run();
	}

	/**
	 * Whether a filter's group holds the country: membership for the four named groups (a
	 * least developed SIDS is in both), the partition for other developing and developed.
	 */
	public static boolean in(Country country, CountryGroup group) {
		return switch (group) {
			case LDC -> Boolean.TRUE.equals(country.ldc());
			case SIDS -> Boolean.TRUE.equals(country.sids());
			case ECONOMY_IN_TRANSITION -> Boolean.TRUE.equals(country.economyInTransition());
			case CENTRE_OF_ORIGIN -> Boolean.TRUE.equals(country.centreOfOrigin());
			case OTHER_DEVELOPING, DEVELOPED -> CountryGroup.of(country) == group;
		};
	}

	private List<ItemCode> columns(AnalysisFilter filter) {
		return (filter.element() != null) ? List.of(filter.element()) : elements();
	}

	/** The directory's countries the filter chooses (the European Union aside). */
	private Map<CountryCode, Country> countries(AnalysisFilter filter) {
		Map<CountryCode, Country> chosen = new LinkedHashMap<>();
		for (Country country : directory.all()) {
			if (country.regionalOrganisation() || (filter.country() != null && !filter.country().equals(country.code()))
					|| (filter.region() != null && !country.isIn(filter.region()))
					|| (filter.group() != null && !in(country, filter.group()))) {
				continue;
			}
			chosen.put(country.code(), country);
		}
		return chosen;
	}

	/** The needs stated on the date by the countries' latest assessments. */
	List<Need> needs(AnalysisFilter filter, Collection<CountryCode> countries) {
		if (countries.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("""
				SELECT a.country_code, a.assessed_on, n.element, n.priority, n.capacity, n.requirement, n.currency
				FROM coord_assessment a JOIN coord_need n ON n.assessment_id = a.id
				WHERE a.assessed_on <= :asOf AND NOT EXISTS (SELECT 1 FROM coord_assessment b
				  WHERE b.country_code = a.country_code AND b.assessed_on <= :asOf
				  AND (b.assessed_on > a.assessed_on OR (b.assessed_on = a.assessed_on AND b.id > a.id)))""");
		Map<String, Object> params = new HashMap<>();
		params.put("asOf", filter.asOf());
		if (countries.size() < 200) {
			sql.append(" AND a.country_code IN (:countries)");
			params.put("countries", countries.stream().map(CountryCode::value).toList());
		}
		if (filter.element() != null) {
			sql.append(" AND n.element = :element");
			params.put("element", filter.element().value());
		}
		Set<CountryCode> wanted = new HashSet<>(countries);
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, row) -> new Need(CountryCode.of(rs.getString(1)), ItemCode.of(rs.getString(3)),
					Priority.valueOf(rs.getString(4)),
					(rs.getString(5) != null) ? Capacity.valueOf(rs.getString(5)) : null, rs.getBigDecimal(6),
					rs.getString(7), rs.getObject(2, LocalDate.class).getYear()))
			.stream()
			.filter(need -> wanted.contains(need.country()))
			.toList();
	}

	/** The filter's conditions on active allocations and their initiatives. */
	private static String conditions(AnalysisFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" WHERE (i.start_date IS NULL OR i.start_date <= :asOf)")
			.append(" AND (i.end_date IS NULL OR i.end_date >= :asOf)");
		params.put("asOf", filter.asOf());
		if (filter.element() != null) {
			where.append(" AND a.element = :element");
			params.put("element", filter.element().value());
		}
		if (filter.fundingSource() != null) {
			where.append(" AND i.funding_source = :source");
			params.put("source", filter.fundingSource().value());
		}
		if (filter.donor() != null) {
			where.append(
					" AND EXISTS (SELECT 1 FROM coord_initiative_donor d WHERE d.initiative_id = i.id AND d.donor = :donor)");
			params.put("donor", filter.donor().value());
		}
		return where.toString();
	}

	/** The countries with an active allocation the filter counts. */
	private Set<CountryCode> allocatedCountries(AnalysisFilter filter, Collection<CountryCode> countries) {
		Map<String, Object> params = new HashMap<>();
		Set<CountryCode> wanted = new HashSet<>(countries);
		Set<CountryCode> found = new HashSet<>();
		jdbc.sql(
				"SELECT DISTINCT a.country_code FROM coord_allocation a JOIN coord_initiative i ON i.id = a.initiative_id"
						+ conditions(filter, params) + " AND a.country_code IS NOT NULL")
			.params(params)
			.query(rs -> {
				CountryCode code = CountryCode.of(rs.getString(1));
				if (wanted.contains(code)) {
					found.add(code);
				}
			});
		return found;
	}

	/**
	 * The active allocations the filter counts: to the countries (null: all), or with
	 * placed false those of initiatives that name no country.
	 */
	List<Allocation> allocations(AnalysisFilter filter, @Nullable Collection<CountryCode> countries, boolean placed) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder sql = new StringBuilder(
				"""
						SELECT a.initiative_id, a.country_code, a.element, a.amount, a.estimated, i.title, i.start_date,
						  i.end_date, i.funding_source, i.currency, i.rate_year, i.donors, i.regions, en.endorsement
						FROM coord_allocation a JOIN coord_initiative i ON i.id = a.initiative_id
						LEFT JOIN coord_endorsement en ON en.initiative_id = a.initiative_id AND en.country_code = a.country_code""");
		sql.append(conditions(filter, params));
		if (!placed) {
			sql.append(" AND a.country_code IS NULL");
		}
		else {
			sql.append(" AND a.country_code IS NOT NULL");
			if (countries != null && countries.size() < 200) {
				if (countries.isEmpty()) {
					return List.of();
				}
				sql.append(" AND a.country_code IN (:countries)");
				params.put("countries", countries.stream().map(CountryCode::value).toList());
			}
		}
		Set<CountryCode> wanted = (countries != null && placed) ? new HashSet<>(countries) : null;
		Map<String, List<OrganisationId>> donorLists = new HashMap<>();
		Map<String, List<RegionCode>> regionLists = new HashMap<>();
		List<Allocation> found = new ArrayList<>();
		jdbc.sql(sql.toString()).params(params).query(rs -> {
			Allocation allocation = allocation(rs, donorLists, regionLists);
			if (wanted == null || wanted.contains(allocation.country())) {
				found.add(allocation);
			}
		});
		return found;
	}

	private static Allocation allocation(ResultSet rs, Map<String, List<OrganisationId>> donorLists,
			Map<String, List<RegionCode>> regionLists) throws SQLException {
		String country = rs.getString(2);
		String source = rs.getString(9);
		int rateYear = rs.getInt(11);
		boolean noRateYear = rs.wasNull();
		String endorsement = rs.getString(14);
		List<OrganisationId> donors = donorLists.computeIfAbsent(rs.getString(12),
				text -> text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(OrganisationId::of).toList());
		List<RegionCode> regions = regionLists.computeIfAbsent(rs.getString(13),
				text -> text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(RegionCode::of).toList());
		return new Allocation(new InitiativeId(rs.getObject(1, UUID.class)),
				(country != null) ? CountryCode.of(country) : null, ItemCode.of(rs.getString(3)), rs.getBigDecimal(4),
				rs.getBoolean(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
				(source != null) ? ItemCode.of(source) : null, rs.getString(10), noRateYear ? null : rateYear, donors,
				regions, (endorsement != null) ? Endorsement.valueOf(endorsement) : null);
	}

}
