package org.cbcm.directory;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cbcm.directory.internal.Countries;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.jspecify.annotations.Nullable;

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

	/**
	 * The country a request names, or an {@link InvalidRequestException} naming the
	 * parameter when the text is not the code of a country in the directory.
	 * @param parameter the name of the request parameter
	 * @param text the code as the request gives it; blank for none
	 * @return the country's code, or null when none is given
	 */
	public @Nullable CountryCode country(String parameter, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!CountryCode.isValid(text) || find(CountryCode.of(text)).isEmpty()) {
			throw new InvalidRequestException(parameter, "country.not-found", text);
		}
		return CountryCode.of(text);
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
		Comparator<RegionCode> byCode = Comparator.comparing(RegionCode::value);
		Map<RegionCode, Map<RegionCode, Set<RegionCode>>> tree = new TreeMap<>(byCode);
		for (Country country : countries.all()) {
			if (country.region() == null) {
				continue;
			}
			Map<RegionCode, Set<RegionCode>> subRegions = tree.computeIfAbsent(country.region(),
					code -> new TreeMap<>(byCode));
			if (country.subRegion() != null) {
				Set<RegionCode> intermediate = subRegions.computeIfAbsent(country.subRegion(),
						code -> new TreeSet<>(byCode));
				if (country.intermediateRegion() != null) {
					intermediate.add(country.intermediateRegion());
				}
			}
		}
		List<Region> regions = new ArrayList<>();
		tree.forEach((region,
				subRegions) -> regions.add(new Region(region,
						subRegions.entrySet()
							.stream()
							.map(sub -> new Region(sub.getKey(),
									sub.getValue().stream().map(code -> new Region(code, List.of())).toList()))
							.toList())));
		return List.copyOf(regions);
	}

	/**
	 * The region a request names, or an {@link InvalidRequestException} naming the
	 * parameter when the text is not the code of a region the countries lie in.
	 * @param parameter the name of the request parameter
	 * @param text the code as the request gives it; blank for none
	 * @return the region, or null when none is given
	 */
	public @Nullable RegionCode region(String parameter, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (RegionCode.isValid(text)) {
			RegionCode code = RegionCode.of(text);
			if (regions().stream().anyMatch(region -> region.contains(code))) {
				return code;
			}
		}
		throw new InvalidRequestException(parameter, "country.region.unknown", text);
	}

	private static Comparator<Country> order(CountrySort sort, Locale language) {
		Collator collator = Collator.getInstance(language);
		Comparator<Country> byName = Comparator.comparing(country -> country.name(language), collator);
		return switch (sort) {
			case NAME -> byName;
			case REGION ->
				Comparator.comparing(Country::region, Comparator.nullsLast(Comparator.comparing(RegionCode::value)))
					.thenComparing(Country::subRegion, Comparator.nullsLast(Comparator.comparing(RegionCode::value)))
					.thenComparing(byName);
			case PARTY_SINCE ->
				Comparator
					.comparing(Country::cartagenaPartySince,
							Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder()))
					.thenComparing(byName);
		};
	}

}
