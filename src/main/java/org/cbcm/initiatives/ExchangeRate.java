package org.cbcm.initiatives;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What one unit of a currency was worth in US dollars in a year (the year's average), as
 * the Secretariat keeps it.
 *
 * @param currency the ISO 4217 code
 * @param year the year
 * @param usdPerUnit US dollars per unit
 * @param source where the rate comes from
 * @param updatedAt when it was last set
 * @param updatedBy by whom
 */
public record ExchangeRate(String currency, int year, BigDecimal usdPerUnit, @Nullable String source, Instant updatedAt,
		String updatedBy) {
}
