package org.cbcm.coordination;

import java.math.BigDecimal;
import java.util.List;

import org.cbcm.framework.ItemCode;
import org.cbcm.needs.Capacity;
import org.cbcm.needs.Priority;
import org.cbcm.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * One country and key element of the coverage matrix, with everything its verdict rests
 * on, so that the cell explains itself.
 *
 * @param country the country
 * @param element the key element or sub-element
 * @param priority the stated priority; null when no published assessment rates it
 * @param capacity the stated capacity
 * @param requirementUsd the stated requirement in US dollars; null when none is stated or
 * its currency has no rate
 * @param counted the active initiatives counted, largest allocation first, when the
 * answer is about one country (the matrix of many countries counts them without listing
 * them: see {@code initiatives})
 * @param allocatedUsd their allocations summed
 * @param estimated whether any allocation is an estimate
 * @param verdict the verdict
 * @param missingRates the currencies and years ("EUR 2019") of the requirement or of
 * counted allocations that have no rate in the exchange-rate table, so are not converted
 * (a requirement converts at its assessment year's rate, an initiative at its start
 * year's); a cell with one is never under-funded
 * @param initiatives how many active initiatives the cell counts
 * @param donors how many different organisations fund them
 */
public record CoverageCell(CountryCode country, ItemCode element, @Nullable Priority priority,
		@Nullable Capacity capacity, @Nullable BigDecimal requirementUsd, List<CountedInitiative> counted,
		BigDecimal allocatedUsd, boolean estimated, Verdict verdict, List<String> missingRates, int initiatives,
		int donors) {

	public CoverageCell {
		counted = List.copyOf(counted);
		missingRates = List.copyOf(missingRates);
	}

	/** A cell that lists the initiatives it counts. */
	public CoverageCell(CountryCode country, ItemCode element, @Nullable Priority priority, @Nullable Capacity capacity,
			@Nullable BigDecimal requirementUsd, List<CountedInitiative> counted, BigDecimal allocatedUsd,
			boolean estimated, Verdict verdict, List<String> missingRates) {
		this(country, element, priority, capacity, requirementUsd, counted, allocatedUsd, estimated, verdict,
				missingRates, counted.size(),
				(int) counted.stream().flatMap(initiative -> initiative.donors().stream()).distinct().count());
	}

}
