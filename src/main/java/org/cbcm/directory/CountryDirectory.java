package org.cbcm.directory;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cbcm.directory.internal.Countries;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Countries and Parties as every module reads them. The set is small and bounded (250
 * rows) and names come from the Java runtime in the reader's language, so a search reads
 * the whole set with one query, then filters, sorts by the language's collation and pages
 * in memory.
 */
@Service
@Transactional(readOnly = true)
public class CountryDirectory {

	private final Countries countries;

	CountryDirectory(Countries countries) {
		this.countries = countries;
	}

	public Optional<Country> find(CountryCode code) {
		return countries.find(code);
	}

	/** The country, or a {@link NotFoundException} naming the code. */
	public Country get(CountryCode code) {
		return find(code).orElseThrow(() -> new NotFoundException("country.not-found", code.value()));
	}

	/** Every country and the European Union, in no particular order. */
	public List<Country> all() {
		return countries.all();
	}

	public ResultPage<Country> search(CountryFilter filter, CountrySort sort, Paging paging, Locale language) {
		List<Country> matching = new ArrayList<>(
				countries.all().stream().filter(country -> filter.matches(country, language)).toList());
		matching.sort(order(sort, language));
		int from = (int) Math.min(paging.offset(), matching.size());
		int to = Math.min(from + paging.size(), matching.size());
		return ResultPage.of(matching.subList(from, to), paging, matching.size());
	}

	/** How many countries fall in each classification (the European Union in none). */
	public Map<Classification, Long> counts() {
		List<Country> all = countries.all();
		Map<Classification, Long> counts = new EnumMap<>(Classification.class);
		for (Classification classification : Classification.values()) {
			counts.put(classification,
					all.stream().filter(country -> Boolean.TRUE.equals(classification.of(country))).count());
		}
		return counts;
	}

	/**
	 * The M49 regions the countries lie in, each with its sub-regions and intermediate
	 * regions.
	 */
	public List<Region> regions() {
		Map<String, Map<String, List<String>>> tree = new TreeMap<>();
		for (Country country : countries.all()) {
			if (country.region() == null) {
				continue;
			}
			Map<String, List<String>> subRegions = tree.computeIfAbsent(country.region(), code -> new TreeMap<>());
			if (country.subRegion() != null) {
				List<String> intermediate = subRegions.computeIfAbsent(country.subRegion(), code -> new ArrayList<>());
				if (country.intermediateRegion() != null && !intermediate.contains(country.intermediateRegion())) {
					intermediate.add(country.intermediateRegion());
				}
			}
		}
		Map<String, Region> regions = new LinkedHashMap<>();
		tree.forEach(
				(region, subRegions) -> regions.put(region,
						new Region(region, subRegions.entrySet()
							.stream()
							.map(sub -> new Region(sub.getKey(),
									sub.getValue().stream().sorted().map(code -> new Region(code, List.of())).toList()))
							.toList())));
		return List.copyOf(regions.values());
	}

	private static Comparator<Country> order(CountrySort sort, Locale language) {
		Collator collator = Collator.getInstance(language);
		Comparator<Country> byName = Comparator.comparing(country -> country.name(language), collator);
		return switch (sort) {
			case NAME -> byName;
			case REGION ->
				Comparator.comparing(Country::region, Comparator.nullsLast(Comparator.<String>naturalOrder()))
					.thenComparing(Country::subRegion, Comparator.nullsLast(Comparator.<String>naturalOrder()))
					.thenComparing(byName);
			case PARTY_SINCE ->
				Comparator
					.comparing(Country::cartagenaPartySince,
							Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder()))
					.thenComparing(byName);
		};
	}

}
