package org.cbcm.needs;

import java.math.BigDecimal;

import org.cbcm.framework.ItemCode;
import org.jspecify.annotations.Nullable;

/**
 * What a published needs assessment states for one key element (12(a)–(o)) or sub-element
 * of 12(a).
 *
 * @param element the key element or sub-element
 * @param capacity the current capacity; null when not rated
 * @param priority the priority, always given
 * @param startYear the year action should start
 * @param durationYears for how many years
 * @param shortTermRequirement the short-term funding requirement, in {@code currency}
 * @param longTermRequirement the long-term funding requirement, in {@code currency}
 * @param currency the ISO 4217 currency of the requirements
 * @param nationalSharePercent the share of the requirement expected from national sources
 * (the rest from external ones), 0–100
 */
public record ElementNeed(ItemCode element, @Nullable Capacity capacity, Priority priority, @Nullable Integer startYear,
		@Nullable Integer durationYears, @Nullable BigDecimal shortTermRequirement,
		@Nullable BigDecimal longTermRequirement, @Nullable String currency,
		@Nullable BigDecimal nationalSharePercent) {

	/** The whole requirement (short and long term), null when neither is given. */
	public @Nullable BigDecimal requirement() {
		if (shortTermRequirement == null && longTermRequirement == null) {
			return null;
		}
		BigDecimal sum = BigDecimal.ZERO;
		if (shortTermRequirement != null) {
			sum = sum.add(shortTermRequirement);
		}
		if (longTermRequirement != null) {
			sum = sum.add(longTermRequirement);
		}
		return sum;
	}

}
