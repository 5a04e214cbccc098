package org.cbcm.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cbcm.identity.internal.AccountManagement;
import org.cbcm.identity.internal.ApiTokens;
import org.cbcm.identity.internal.Notices;
import org.cbcm.records.PendingWork;
import org.cbcm.shared.Paging;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
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
 * A person's own account: name and language, how they are told of records' steps, what
 * waits for them, password, API tokens.
 */
@Controller
class AccountController {

	private final AccountManagement accounts;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	private final Clock clock;

	private final PendingWork work;

	/** How many waiting records the account page lists at once. */
	private static final int WORK_PAGE = 20;

	AccountController(AccountManagement accounts, CurrentViewer viewers, MessageSource messages, Clock clock,
			PendingWork work) {
		this.work = work;
		this.accounts = accounts;
		this.viewers = viewers;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/account")
	String account(@RequestParam(name = "page", defaultValue = "0") int workPage, Model model) {
		return page(model, Map.of(), workPage);
	}

	@PostMapping("/account/profile")
	String profile(@RequestParam int version, @RequestParam String name, @RequestParam String language, Locale locale,
			Model model, RedirectAttributes redirect) {
		try {
			accounts.updateProfile(viewers.get(), version, name, language);
		}
		catch (InvalidRequestException ex) {
			return page(model, FormErrors.of(ex, messages, locale), 0);
		}
		redirect.addFlashAttribute("notice", "account.profile.saved");
		return "redirect:/account";
	}

	@PostMapping("/account/notices")
	String notices(@RequestParam(required = false) @Nullable String notices, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			accounts.chooseNotices(viewers.get(), notices);
		}
		catch (InvalidRequestException ex) {
			return page(model, FormErrors.of(ex, messages, locale), 0);
		}
		redirect.addFlashAttribute("notice", "account.notices.saved");
		return "redirect:/account#notices";
	}

	@PostMapping("/account/password")
	String password(@RequestParam String current, @RequestParam String password, @RequestParam String repeated,
			Locale locale, Model model) {
		try {
			accounts.changePassword(viewers.get(), current, password, repeated);
		}
		catch (InvalidRequestException ex) {
			return page(model, FormErrors.of(ex, messages, locale), 0);
		}
		// A new password ends every session of the account, this one too.
		return "redirect:/login?password-changed";
	}

	@PostMapping("/account/tokens")
	String createToken(@RequestParam String tokenName, @RequestParam(required = false) @Nullable Integer days,
			Locale locale, Model model, RedirectAttributes redirect) {
		ApiTokens.Created created;
		try {
			created = accounts.createToken(viewers.get(), tokenName, days);
		}
		catch (InvalidRequestException ex) {
			Map<String, String> errors = FormErrors.of(ex, messages, locale);
			return page(model, Map.of("token" + capitalised(ex.parameter()), errors.values().iterator().next()), 0);
		}
		redirect.addFlashAttribute("newToken", created.text());
		redirect.addFlashAttribute("newTokenName", created.token().name());
		return "redirect:/account#tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@PathVariable("id") UUID token, RedirectAttributes redirect) {
		accounts.revokeToken(viewers.get(), token);
		redirect.addFlashAttribute("notice", "token.revoked");
		return "redirect:/account#tokens";
	}

	private String page(Model model, Map<String, String> errors, int workPage) {
		var account = accounts.self(viewers.get());
		model.addAttribute("account", account);
		model.addAttribute("notices", accounts.notices(viewers.get()).name());
		model.addAttribute("noticeChoices", List.of(Notices.values()));
		model.addAttribute("work", work.of(viewers.get(), new Paging(Math.max(workPage, 0), WORK_PAGE)));
		Instant now = clock.instant();
		model.addAttribute("tokens",
				accounts.tokens(viewers.get()).stream().map(token -> TokenView.of(token, now)).toList());
		model.addAttribute("languages", AccountForms.languages());
		model.addAttribute("errors", errors);
		return "identity/account";
	}

	/** A token as the account page lists it: dates in UTC, and whether it still works. */
	record TokenView(UUID id, String name, String prefix, LocalDate expires, @Nullable LocalDate lastUsed,
			String state) {

		static TokenView of(ApiTokens.Token token, Instant now) {
			String state = (token.revokedAt() != null) ? "revoked" : token.activeAt(now) ? "active" : "expired";
			return new TokenView(token.id(), token.name(), token.prefix(),
					token.expiresAt().atOffset(ZoneOffset.UTC).toLocalDate(),
					(token.lastUsedAt() != null) ? token.lastUsedAt().atOffset(ZoneOffset.UTC).toLocalDate() : null,
					state);
		}

	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
