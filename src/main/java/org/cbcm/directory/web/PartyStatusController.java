package org.cbcm.directory.web;

import java.util.Locale;
import java.util.Map;

import org.cbcm.directory.CartagenaStatus;
import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.PartyInstrument;
import org.cbcm.directory.internal.PartyStatusManagement;
import org.cbcm.directory.internal.PartyStatusManagement.Request;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.cbcm.shared.NotFoundException;
import org.cbcm.web.BoundForm;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's page to record a change of a country's status under the Protocol,
 * with the changes recorded so far.
 */
@Controller
class PartyStatusController {

	private final PartyStatusManagement statuses;

	private final CountryDirectory countries;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	PartyStatusController(PartyStatusManagement statuses, CountryDirectory countries, CurrentViewer viewers,
			MessageSource messages) {
		this.statuses = statuses;
		this.countries = countries;
		this.viewers = viewers;
		this.messages = messages;
	}

	@GetMapping("/countries/{code}/party-status")
	String form(@PathVariable CountryCode code, Model model) {
		return form(model, country(code), new Request(null, null, null, null), Map.of());
	}

	/** Records a change of status; Spring binds the form into the request it makes. */
	@PostMapping("/countries/{code}/party-status")
	String record(@PathVariable CountryCode code, @ModelAttribute("change") Request request, BindingResult binding,
			Locale locale, Model model, RedirectAttributes redirect) {
		Country country = country(code);
		try {
			statuses.record(country.code(), request, viewers.get());
		}
		catch (InvalidRequestException ex) {
			return form(model, country, request, BoundForm.errors(binding, ex, messages, locale));
		}
		redirect.addFlashAttribute("notice", "party-status.recorded");
		return "redirect:/countries/" + country.code().value() + "#protocol";
	}

	private String form(Model model, Country country, Request request, Map<String, String> errors) {
		model.addAttribute("country", country);
		model.addAttribute("subject", CountryController.subject(country));
		model.addAttribute("change", request);
		model.addAttribute("errors", errors);
		model.addAttribute("statuses", CartagenaStatus.values());
		model.addAttribute("instruments", PartyInstrument.values());
		model.addAttribute("history", statuses.history(country.code()));
		return "directory/countries/party-status";
	}

	private Country country(CountryCode code) {
		return countries.get(code);
	}

}
