package org.cbcm.initiatives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.Decimals;
import org.cbcm.shared.Validation;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly exchange-rate table the Secretariat keeps, which converts amounts to US
 * dollars for analysis. A rate that is not in the table is missing: nothing is ever
 * converted at a guessed or neighbouring year's rate.
 */
@Service
@Transactional
public class ExchangeRates {

	private static final BigDecimal MAX_RATE = new BigDecimal("1000000");

	private final JdbcClient jdbc;

	private final Clock clock;

	ExchangeRates(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every rate, by currency and year. */
	@Transactional(readOnly = true)
	public List<ExchangeRate> all() {
		return jdbc.sql("""
				SELECT currency, rate_year, usd_per_unit, source, updated_at, updated_by_name
				FROM exchange_rate ORDER BY currency, rate_year""")
			.query((rs, row) -> new ExchangeRate(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)))
			.list();
	}

	/** US dollars per unit of the currency in the year; one for the dollar itself. */
	@Transactional(readOnly = true)
	public Optional<BigDecimal> usdPerUnit(String currency, int year) {
		if ("USD".equals(currency)) {
			return Optional.of(BigDecimal.ONE);
		}
		return jdbc.sql("SELECT usd_per_unit FROM exchange_rate WHERE currency = :currency AND rate_year = :year")
			.param("currency", currency)
			.param("year", year)
			.query(BigDecimal.class)
			.optional();
	}

	/** Every rate as a lookup table, for converting many amounts at once. */
	@Transactional(readOnly = true)
	public Map<String, BigDecimal> table() {
		Map<String, BigDecimal> table = new HashMap<>();
		all().forEach(rate -> table.put(key(rate.currency(), rate.year()), rate.usdPerUnit()));
		return table;
	}

	/**
	 * US dollars per unit of the currency in the year from a lookup table
	 * ({@link #table()}), one for the dollar itself; empty when the rate is missing. For
	 * sums converted unrounded and rounded once.
	 */
	public static Optional<BigDecimal> rate(Map<String, BigDecimal> table, String currency, int year) {
		return Optional.ofNullable("USD".equals(currency) ? BigDecimal.ONE : table.get(key(currency, year)));
	}

	/**
	 * The amount in US dollars at the year's rate, empty when the rate is missing.
	 */
	public static Optional<BigDecimal> toUsd(Map<String, BigDecimal> table, BigDecimal amount, String currency,
			int year) {
		BigDecimal rate = "USD".equals(currency) ? BigDecimal.ONE : table.get(key(currency, year));
		return Optional.ofNullable(rate).map(r -> amount.multiply(r).setScale(2, RoundingMode.HALF_EVEN));
	}

	/**
	 * An amount at a rate in US dollars per unit, in whole dollars (halves to the even
	 * dollar), as pages show a budget.
	 */
	public static BigDecimal inWholeDollars(BigDecimal amount, BigDecimal usdPerUnit) {
		return amount.multiply(usdPerUnit).setScale(0, RoundingMode.HALF_EVEN);
	}

	private static String key(String currency, int year) {
		return currency + "/" + year;
	}

	/** Sets a year's rate of a currency (the Secretariat). */
	public void set(@Nullable String currency, @Nullable Integer year, @Nullable BigDecimal usdPerUnit,
			@Nullable String source, Viewer by) {
		secretariat(by);
		Validation validation = new Validation();
		String code = checkedCurrency(validation, currency);
		checkedYear(validation, year);
		if (usdPerUnit == null) {
			validation.reject("usdPerUnit", "initiative.field.required");
		}
		else if (!Decimals.readable(usdPerUnit)) {
			validation.reject("usdPerUnit", "error.number.range", Decimals.INTEGER_DIGITS, Decimals.DECIMALS);
		}
		else if (usdPerUnit.signum() <= 0 || usdPerUnit.compareTo(MAX_RATE) > 0) {
			validation.reject("usdPerUnit", "rate.value.range", usdPerUnit.toPlainString());
		}
		else if (usdPerUnit.stripTrailingZeros().scale() > 10) {
			validation.reject("usdPerUnit", "rate.value.decimals", usdPerUnit.toPlainString());
		}
		String cited = (source == null || source.isBlank()) ? null : source.strip();
		if (cited != null && cited.length() > 300) {
			validation.reject("source", "initiative.field.too-long", 300, cited.length());
		}
		validation.done();
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("currency", code);
		params.put("year", year);
		params.put("rate", usdPerUnit);
		params.put("source", cited);
		params.put("at", OffsetDateTime.now(clock));
		params.put("by", by.name());
		int updated = jdbc.sql("""
				UPDATE exchange_rate SET usd_per_unit = :rate, source = :source, updated_at = :at, updated_by_name = :by
				WHERE currency = :currency AND rate_year = :year""").params(params).update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO exchange_rate (currency, rate_year, usd_per_unit, source, updated_at, updated_by_name)
					VALUES (:currency, :year, :rate, :source, :at, :by)""").params(params).update();
		}
	}

	/** Removes a year's rate of a currency (the Secretariat). */
	public void remove(String currency, int year, Viewer by) {
		secretariat(by);
		int removed = jdbc.sql("DELETE FROM exchange_rate WHERE currency = :currency AND rate_year = :year")
			.param("currency", currency)
			.param("year", year)
			.update();
		if (removed == 0) {
			throw new NotFoundException("rate.not-found", currency, String.valueOf(year));
		}
	}

	private static String checkedCurrency(Validation validation, @Nullable String currency) {
		String code = (currency == null) ? "" : currency.strip().toUpperCase(java.util.Locale.ROOT);
		if (code.isEmpty()) {
			validation.reject("currency", "initiative.field.required");
		}
		else if (!InitiativeContent.Funding.knownCurrency(code)) {
			validation.reject("currency", "initiative.currency.unknown", code);
		}
		else if (code.equals("USD")) {
			validation.reject("currency", "rate.currency.dollar");
		}
		return code;
	}

	private static void checkedYear(Validation validation, @Nullable Integer year) {
		if (year == null) {
			validation.reject("year", "initiative.field.required");
		}
		else if (year < 1950 || year > 2100) {
			validation.reject("year", "initiative.year.out-of-range", String.valueOf(year));
		}
	}

	private static void secretariat(Viewer by) {
		if (!by.isSecretariat()) {
			throw new ForbiddenException("rate.secretariat-only");
		}
	}

	/** Refuses a currency code that is not ISO 4217, naming the parameter. */
	public static String currency(String parameter, String code) {
		String upper = code.strip().toUpperCase(java.util.Locale.ROOT);
		if (!InitiativeContent.Funding.knownCurrency(upper)) {
			throw new InvalidRequestException(parameter, "initiative.currency.unknown", code);
		}
		return upper;
	}

}
