package org.cbcm.initiatives;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conversion to US dollars: at the rate of the amount's year only, never a neighbouring
 * year's; a dollar is a dollar; rounded half to even. Plain: no application, no database.
 */
class ExchangeRateConversionTests {

	static final Map<String, BigDecimal> TABLE = Map.of("KES/2024", new BigDecimal("0.0075"), "EUR/2023",
			new BigDecimal("1.0813"));

	@Test
	void an_amount_converts_at_its_years_rate() {
		assertThat(ExchangeRates.toUsd(TABLE, new BigDecimal("1000000"), "KES", 2024))
			.contains(new BigDecimal("7500.00"));
		assertThat(ExchangeRates.toUsd(TABLE, new BigDecimal("250.50"), "EUR", 2023))
			.contains(new BigDecimal("270.87"));
	}

	@Test
	void a_missing_rate_converts_nothing_not_even_at_a_neighbouring_year() {
		assertThat(ExchangeRates.toUsd(TABLE, BigDecimal.TEN, "KES", 2023)).isEmpty();
		assertThat(ExchangeRates.toUsd(TABLE, BigDecimal.TEN, "KES", 2025)).isEmpty();
		assertThat(ExchangeRates.toUsd(TABLE, BigDecimal.TEN, "UGX", 2024)).isEmpty();
	}

	@Test
	void a_dollar_is_a_dollar_in_every_year_without_a_rate() {
		assertThat(ExchangeRates.toUsd(Map.of(), new BigDecimal("12.345"), "USD", 1990))
			.contains(new BigDecimal("12.34"));
	}

	@Test
	void cents_round_half_to_even() {
		Map<String, BigDecimal> half = Map.of("XYZ/2024", new BigDecimal("0.5"));
		assertThat(ExchangeRates.toUsd(half, new BigDecimal("0.05"), "XYZ", 2024)).contains(new BigDecimal("0.02"));
		assertThat(ExchangeRates.toUsd(half, new BigDecimal("0.07"), "XYZ", 2024)).contains(new BigDecimal("0.04"));
	}

	@Test
	void a_budget_shows_in_whole_dollars_rounded_half_to_even() {
		assertThat(ExchangeRates.inWholeDollars(new BigDecimal("1000000"), new BigDecimal("0.0075")))
			.isEqualTo(new BigDecimal("7500"));
		assertThat(ExchangeRates.inWholeDollars(new BigDecimal("5"), new BigDecimal("0.5")))
			.isEqualTo(new BigDecimal("2"));
		assertThat(ExchangeRates.inWholeDollars(new BigDecimal("7"), new BigDecimal("0.5")))
			.isEqualTo(new BigDecimal("4"));
		assertThat(ExchangeRates.inWholeDollars(new BigDecimal("1234.56"), BigDecimal.ONE))
			.isEqualTo(new BigDecimal("1235"));
	}

}
