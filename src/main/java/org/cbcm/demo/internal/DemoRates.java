package org.cbcm.demo.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

/**
 * Illustrative yearly exchange rates for demo data: near the real order of magnitude of
 * each currency, drifting from year to year, and never official. Each currency lacks one
 * year on purpose, so that the registry shows how it treats an amount whose rate is
 * missing.
 */
final class DemoRates {

	/** What the exchange-rate table says of where a demo rate comes from. */
	static final String SOURCE = "Demo data: an illustrative rate, not an official one";

	/** US dollars per unit, roughly, around 2010–2020. */
	private static final Map<String, Double> LEVELS = Map.ofEntries(Map.entry("EUR", 1.18), Map.entry("GBP", 1.42),
			Map.entry("NOK", 0.135), Map.entry("JPY", 0.0093), Map.entry("CHF", 1.04), Map.entry("CAD", 0.82),
			Map.entry("SEK", 0.125), Map.entry("ZAR", 0.082), Map.entry("KES", 0.0105), Map.entry("INR", 0.0158),
			Map.entry("BRL", 0.33), Map.entry("MXN", 0.062), Map.entry("CNY", 0.152), Map.entry("PHP", 0.021),
			Map.entry("NGN", 0.0046), Map.entry("EGP", 0.095), Map.entry("MYR", 0.27));

	private DemoRates() {
	}

	/** The currencies demo data uses besides the US dollar. */
	static boolean known(String currency) {
		return LEVELS.containsKey(currency);
	}

	/** US dollars per unit of the currency in the year, one for the dollar. */
	static BigDecimal usdPerUnit(String currency, int year) {
		if ("USD".equals(currency)) {
			return BigDecimal.ONE;
		}
		double level = LEVELS.getOrDefault(currency, 1.0);
		double drift = 1 + 0.12 * StrictMath.sin((year - 2000) * 0.9 + phase(currency));
		return new BigDecimal(level * drift, new MathContext(5)).stripTrailingZeros();
	}

	/** The one year of each currency left without a rate. */
	static boolean missing(String currency, int year) {
		return !"USD".equals(currency) && year == 2008 + phase(currency) % 15;
	}

	private static int phase(String currency) {
		return currency.chars().sum();
	}

}
