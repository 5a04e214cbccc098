package org.cbcm.identity.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.identity.internal.Account;
import org.cbcm.identity.internal.AccountManagement;
import org.cbcm.identity.internal.AccountManagement.Outcome;
import org.cbcm.identity.internal.MailDelivery;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.Grant;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Role;
import org.cbcm.shared.UserId;
import org.cbcm.web.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A focal point's page of its country's people: who holds a national role, and inviting
 * national users.
 */
@Controller
class NationalUsersController {

	private final AccountManagement accounts;

	private final CountryDirectory countries;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	NationalUsersController(AccountManagement accounts, CountryDirectory countries, CurrentViewer viewers,
			MessageSource messages) {
		this.accounts = accounts;
		this.countries = countries;
		this.viewers = viewers;
		this.messages = messages;
	}

	@GetMapping("/countries/{code}/users")
	String users(@PathVariable CountryCode code, Model model) {
		return page(country(code), model, Map.of(), "", "", "en");
	}

	@PostMapping("/countries/{code}/users")
	String invite(@PathVariable CountryCode code, @RequestParam String email, @RequestParam String name,
			@RequestParam(defaultValue = "en") String language, Locale locale, Model model,
			RedirectAttributes redirect) {
		Country country = country(code);
		Outcome outcome;
		try {
			outcome = accounts.inviteNationalUser(country.code(), email, name, language, viewers.get());
		}
		catch (InvalidRequestException ex) {
			return page(country, model, FormErrors.of(ex, messages, locale), email, name, language);
		}
		redirect.addFlashAttribute("notice", invitationNotice(outcome.invitation()));
		return "redirect:/countries/" + country.code().value() + "/users";
	}

	@PostMapping("/countries/{code}/users/{id}/revoke")
	String revoke(@PathVariable CountryCode code, @PathVariable("id") UserId user, RedirectAttributes redirect) {
		Country country = country(code);
		accounts.revoke(user, Grant.of(Role.NATIONAL_USER, country.code()), viewers.get());
		redirect.addFlashAttribute("notice", "admin.grant.revoked");
		return "redirect:/countries/" + country.code().value() + "/users";
	}

	private String page(Country country, Model model, Map<String, String> errors, String email, String name,
			String language) {
		model.addAttribute("country", country);
		model.addAttribute("people",
				accounts.nationalUsers(country.code(), viewers.get())
					.stream()
					.map(account -> new Person(account,
							account.grants()
								.stream()
								.filter(grant -> country.code().equals(grant.country()))
								.map(Grant::role)
								.sorted()
								.toList()))
					.toList());
		model.addAttribute("errors", errors);
		model.addAttribute("email", email);
		model.addAttribute("name", name);
		model.addAttribute("language", language);
		model.addAttribute("languages", AccountForms.languages());
		return "identity/national-users";
	}

	/** A person of the country, with the national roles they hold for it. */
	record Person(Account account, List<Role> roles) {

		public boolean nationalUser() {
			return roles.contains(Role.NATIONAL_USER);
		}

	}

	/**
	 * Where the invitation went. A focal point cannot read the server's log, so the
	 * notice sends them to the Secretariat, who can.
	 */
	private static String invitationNotice(@Nullable MailDelivery delivery) {
		if (delivery == MailDelivery.LOGGED) {
			return "national.user.invitation-logged";
		}
		return (delivery == MailDelivery.SENT) ? "national.user.invited" : "national.user.invitation-failed";
	}

	private Country country(CountryCode code) {
		return countries.get(code);
	}

}
