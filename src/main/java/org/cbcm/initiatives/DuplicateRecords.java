package org.cbcm.initiatives;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.jspecify.annotations.Nullable;

/**
 * Initiatives registered twice: pairs of published records that are likely the same
 * initiative (alike titles and descriptions, overlapping dates, a shared organisation,
 * the same countries), waiting for the Secretariat to merge them or mark them distinct.
 * The coordination analysis lists them as its second kind of duplication.
 */
public interface DuplicateRecords {

	/** The open candidate pairs, likeliest first; both records still published. */
	ResultPage<Pair> open(Paging paging);

	/**
	 * A candidate pair.
	 *
	 * @param id the pair
	 * @param score how likely the two are one initiative, in percent
	 * @param reasons why they were paired
	 * @param first one record
	 * @param second the other
	 * @param foundAt when the pair was last scored
	 */
	record Pair(DuplicatePairId id, int score, List<Reason> reasons, Side first, Side second, Instant foundAt) {
	}

	/**
	 * One record of a pair as the registry publishes it.
	 *
	 * @param id the initiative
	 * @param title its title
	 * @param version its record's version, which a merge must be based on
	 * @param organisations the organisations taking part
	 * @param countries the countries it names
	 * @param start when it starts
	 * @param end when it ends
	 * @param budget its total budget
	 * @param currency the budget's currency
	 */
	record Side(InitiativeId id, String title, int version, List<OrganisationId> organisations,
			List<CountryCode> countries, @Nullable LocalDate start, @Nullable LocalDate end,
			@Nullable BigDecimal budget, @Nullable String currency) {
	}

	/**
	 * Why two records were paired: {@code title} and {@code description} (how alike, in
	 * percent), {@code organisation} (the identifiers they share), {@code dates} (the
	 * overlap), {@code countries} (the codes they share).
	 *
	 * @param code what matched
	 * @param detail how much or which
	 */
	record Reason(String code, String detail) {
	}

}
