package org.cbcm.initiatives.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cbcm.initiatives.GeographicScope;
import org.cbcm.initiatives.ImplementationStatus;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativeType;
import org.jspecify.annotations.Nullable;

/**
 * A published initiative as lists, downloads and the API's search show it.
 *
 * @param id the initiative
 * @param title its title
 * @param projectNumber its own identifier
 * @param type programme, project, activity
 * @param implementation how far it got
 * @param start when it starts or started
 * @param end when it ends or ended
 * @param scope its geographic scope
 * @param totalBudget its budget in its currency
 * @param currency the currency
 * @param budgetYear the year whose exchange rate converts the budget: the start's
 * @param usd the budget in US dollars; null when there is no budget or the rate is
 * missing
 * @param fundingSource the Action Plan's funding source category
 * @param countries its countries (ISO alpha-3)
 * @param donors its donors' identifiers
 * @param implementers its implementing and executing agencies' identifiers
 * @param elements the key elements and sub-elements it addresses
 * @param activities the implementation activities it carries out
 * @param countrySharesEstimated whether some country's share is split evenly for want of
 * one
 * @param publishedAt when it was last published
 */
public record InitiativeSummary(InitiativeId id, String title, @Nullable String projectNumber,
		@Nullable InitiativeType type, @Nullable ImplementationStatus implementation, @Nullable LocalDate start,
		@Nullable LocalDate end, @Nullable GeographicScope scope, @Nullable BigDecimal totalBudget,
		@Nullable String currency, @Nullable Integer budgetYear, @Nullable BigDecimal usd,
		@Nullable String fundingSource, List<String> countries, List<String> donors, List<String> implementers,
		List<String> elements, List<String> activities, boolean countrySharesEstimated, Instant publishedAt,
		java.util.Map<String, org.cbcm.initiatives.Endorsement> endorsements) {

	/**
	 * What each country it names says of it, in the order of its countries: NONE for a
	 * country that has not answered.
	 */
	public java.util.Map<String, String> voices() {
		java.util.Map<String, String> voices = new java.util.LinkedHashMap<>();
		countries.forEach(country -> voices.put(country,
				(endorsements.get(country) != null) ? endorsements.get(country).name() : "NONE"));
		return voices;
	}

	/** Whether the budget is known but cannot be shown in US dollars. */
	public boolean rateMissing() {
		return totalBudget != null && usd == null;
	}

}
