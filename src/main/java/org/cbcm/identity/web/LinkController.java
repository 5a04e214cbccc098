package org.cbcm.identity.web;

import java.util.Locale;
import java.util.Map;

import org.cbcm.identity.internal.AccountManagement;
import org.cbcm.identity.internal.LinkPurpose;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages behind the links cbcm mails: accept an invitation by setting a first
 * password, ask for a password reset, set a new password. A link that is unknown, expired
 * or already used gets a page that says which, and how to get a new one.
 */
@Controller
class LinkController {

	private final AccountManagement accounts;

	private final MessageSource messages;

	LinkController(AccountManagement accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/invitations/{secret}")
	ModelAndView invitation(@PathVariable String secret, Locale locale) {
		return passwordForm(secret, LinkPurpose.INVITATION, Map.of(), locale);
	}

	@PostMapping("/invitations/{secret}")
	ModelAndView acceptInvitation(@PathVariable String secret, @RequestParam String password,
			@RequestParam String repeated, Locale locale) {
		try {
			accounts.acceptInvitation(secret, password, repeated);
		}
		catch (InvalidRequestException ex) {
			return passwordForm(secret, LinkPurpose.INVITATION, FormErrors.of(ex, messages, locale), locale);
		}
		return new ModelAndView("redirect:/login?password-set");
	}

	@GetMapping("/password-reset")
	String resetRequest() {
		return "identity/reset-request";
	}

	@PostMapping("/password-reset")
	String requestReset(@RequestParam String email, Locale locale, Model model) {
		try {
			accounts.requestPasswordReset(email);
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("errors", FormErrors.of(ex, messages, locale));
			model.addAttribute("email", email);
			return "identity/reset-request";
		}
		model.addAttribute("sent", true);
		return "identity/reset-request";
	}

	@GetMapping("/password-reset/{secret}")
	ModelAndView reset(@PathVariable String secret, Locale locale) {
		return passwordForm(secret, LinkPurpose.PASSWORD_RESET, Map.of(), locale);
	}

	@PostMapping("/password-reset/{secret}")
	ModelAndView resetPassword(@PathVariable String secret, @RequestParam String password,
			@RequestParam String repeated, Locale locale) {
		try {
			accounts.resetPassword(secret, password, repeated);
		}
		catch (InvalidRequestException ex) {
			return passwordForm(secret, LinkPurpose.PASSWORD_RESET, FormErrors.of(ex, messages, locale), locale);
		}
		return new ModelAndView("redirect:/login?password-set");
	}

	private ModelAndView passwordForm(String secret, LinkPurpose purpose, Map<String, String> errors, Locale locale) {
		ModelAndView page = new ModelAndView("identity/set-password");
		page.addObject("purpose", purpose);
		page.addObject("secret", secret);
		page.addObject("errors", errors);
		try {
			page.addObject("holder", accounts.linkHolder(secret, purpose));
		}
		catch (InvalidRequestException ex) {
			ModelAndView refused = new ModelAndView("identity/link-refused");
			refused.setStatus(HttpStatus.GONE);
			refused.addObject("purpose", purpose);
			refused.addObject("message", messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return refused;
		}
		return page;
	}

}
