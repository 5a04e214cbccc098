package org.cbcm.initiatives.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.cbcm.initiatives.ExchangeRates;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.Decimals;
import org.cbcm.shared.Fields;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.web.BoundForm;
import org.cbcm.web.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The yearly exchange rates to US dollars that the Secretariat keeps: everyone reads
 * them, since every US dollar figure depends on them; the Secretariat sets and removes
 * them.
 */
@Controller
class ExchangeRateController {

	private final ExchangeRates rates;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	ExchangeRateController(ExchangeRates rates, CurrentViewer viewers, MessageSource messages) {
		this.rates = rates;
		this.viewers = viewers;
		this.messages = messages;
	}

	@GetMapping("/initiatives/exchange-rates")
	String list(@ModelAttribute("form") RateForm form, Model model) {
		return page(form, Map.of(), model);
	}

	@PostMapping("/initiatives/exchange-rates")
	String set(@ModelAttribute("form") RateForm form, BindingResult binding, Locale locale, Model model,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>(BoundForm.errors(binding, null, messages, locale));
		String yearText = Objects.requireNonNullElse(Fields.blankToNull(form.getYear()), "");
		Integer year = parse(yearText, Integer::valueOf, "year", "initiative.filter.year", errors, locale);
		String given = Fields.blankToNull(form.getUsdPerUnit());
		BigDecimal rate = null;
		try {
			rate = (given == null) ? null : Decimals.parse("usdPerUnit", given);
		}
		catch (InvalidRequestException ex) {
			FormErrors.of(ex, messages, locale).forEach(errors::putIfAbsent);
		}
		try {
			rates.set(Objects.requireNonNullElse(form.getCurrency(), ""), year, rate,
					Objects.requireNonNullElse(form.getSource(), ""), viewers.get());
		}
		catch (InvalidRequestException ex) {
			FormErrors.of(ex, messages, locale).forEach(errors::putIfAbsent);
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(form, errors, model);
		}
		redirect.addFlashAttribute("notice", "rates.saved");
		return "redirect:/initiatives/exchange-rates";
	}

	@PostMapping("/initiatives/exchange-rates/remove")
	String remove(@RequestParam String currency, @RequestParam int year, RedirectAttributes redirect) {
		rates.remove(ExchangeRates.currency("currency", currency), year, viewers.get());
		redirect.addFlashAttribute("notice", "rates.removed");
		return "redirect:/initiatives/exchange-rates";
	}

	private String page(RateForm form, Map<String, String> errors, Model model) {
		model.addAttribute("rates", rates.all());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "initiatives/exchange-rates";
	}

	private <T> @Nullable T parse(String text, java.util.function.Function<String, T> parser, String field, String key,
			Map<String, String> errors, Locale locale) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return parser.apply(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(field, messages.getMessage(key, new Object[] { text }, locale));
			return null;
		}
	}

}
