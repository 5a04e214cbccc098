package org.cbcm.initiatives.api;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbcm.initiatives.ExchangeRate;
import org.cbcm.initiatives.ExchangeRates;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The yearly exchange rates to US dollars: public to read, kept by the Secretariat. */
@RestController
@RequestMapping(path = "/api/v1/exchange-rates", produces = "application/json")
@Tag(name = "Exchange rates", description = "US dollars per unit of a currency, by year, for analysis in one currency")
class ExchangeRateApi {

	private final ExchangeRates rates;

	private final CurrentViewer viewers;

	ExchangeRateApi(ExchangeRates rates, CurrentViewer viewers) {
		this.rates = rates;
		this.viewers = viewers;
	}

	record RateRequest(@Schema(example = "1.0813") @Nullable BigDecimal usdPerUnit,
			@Schema(example = "IMF International Financial Statistics, annual average") @Nullable String source) {
	}

	@GetMapping
	@Operation(summary = "Every rate, by currency and year")
	List<ExchangeRate> all() {
		return rates.all();
	}

	@PutMapping(path = "/{currency}/{year}", consumes = "application/json")
	@Operation(summary = "Sets a year's rate of a currency (Secretariat)")
	ResponseEntity<ExchangeRate> set(@PathVariable String currency, @PathVariable String year,
			@RequestBody RateRequest request) {
		int number = year(year);
		rates.set(currency, number, request.usdPerUnit(), request.source(), viewers.get());
		String code = currency.strip().toUpperCase(java.util.Locale.ROOT);
		return ResponseEntity.ok(rates.all()
			.stream()
			.filter(rate -> rate.currency().equals(code) && rate.year() == number)
			.findFirst()
			.orElseThrow());
	}

	@DeleteMapping("/{currency}/{year}")
	@Operation(summary = "Removes a year's rate of a currency (Secretariat)")
	ResponseEntity<Void> remove(@PathVariable String currency, @PathVariable String year) {
		rates.remove(currency.strip().toUpperCase(java.util.Locale.ROOT), year(year), viewers.get());
		return ResponseEntity.noContent().build();
	}

	private static int year(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException("year", "initiative.filter.year", text);
		}
	}

}
