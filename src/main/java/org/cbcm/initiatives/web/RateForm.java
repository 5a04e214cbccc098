package org.cbcm.initiatives.web;

import org.cbcm.web.FormObject;
import org.jspecify.annotations.Nullable;

/**
 * The form that sets an exchange rate, as Spring binds it: each field as typed, read by
 * {@link ExchangeRateController} and checked by the rates themselves.
 */
public class RateForm extends FormObject {

	private @Nullable String currency;

	private @Nullable String year;

	private @Nullable String usdPerUnit;

	private @Nullable String source;

	public @Nullable String getCurrency() {
		return currency;
	}

	public void setCurrency(@Nullable String currency) {
		this.currency = currency;
	}

	public @Nullable String getYear() {
		return year;
	}

	public void setYear(@Nullable String year) {
		this.year = year;
	}

	public @Nullable String getUsdPerUnit() {
		return usdPerUnit;
	}

	public void setUsdPerUnit(@Nullable String usdPerUnit) {
		this.usdPerUnit = usdPerUnit;
	}

	public @Nullable String getSource() {
		return source;
	}

	public void setSource(@Nullable String source) {
		this.source = source;
	}

}
