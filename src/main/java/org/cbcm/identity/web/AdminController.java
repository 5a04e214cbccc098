package org.cbcm.identity.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.identity.internal.Account;
import org.cbcm.identity.internal.AccountFilter;
import org.cbcm.identity.internal.AccountManagement;
import org.cbcm.identity.internal.AccountManagement.NewAccount;
import org.cbcm.identity.internal.AccountManagement.Outcome;
import org.cbcm.identity.internal.AuditEventType;
import org.cbcm.identity.internal.AuditLog;
import org.cbcm.identity.internal.MailDelivery;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.Grant;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Paging;
import org.cbcm.shared.Role;
import org.cbcm.shared.UserId;
import org.cbcm.web.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's pages: accounts with their roles and scopes, invitations, the audit
 * log.
 */
@Controller
class AdminController {

	private final AccountManagement accounts;

	private final AuditLog audit;

	private final CountryDirectory countries;

	private final OrganisationDirectory organisations;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	AdminController(AccountManagement accounts, AuditLog audit, CountryDirectory countries,
			OrganisationDirectory organisations, CurrentViewer viewers, MessageSource messages) {
		this.accounts = accounts;
		this.audit = audit;
		this.countries = countries;
		this.organisations = organisations;
		this.viewers = viewers;
		this.messages = messages;
	}

	@GetMapping("/admin/users")
	String users(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(defaultValue = "false") boolean invited, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Model model) {
		CountryCode countryCode = countries.country("country", country);
		model.addAttribute("users", accounts.search(new AccountFilter(q, role, countryCode, null, invited),
				new Paging(page, size), viewers.get()));
		model.addAttribute("invited", invited);
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("country", countryCode);
		model.addAttribute("roles", Role.values());
		model.addAttribute("countryChoices", ScopeChoices.countries(countries, Locale.ENGLISH));
		return "identity/admin/users";
	}

	@GetMapping("/admin/users/new")
	String newUser(Model model, Locale locale) {
		return form(model, new UserForm("", "", "en", null, null, null), Map.of(), locale);
	}

	/** What the new-user form posts: who, and their first role. */
	record UserForm(String email, String name, String language, @Nullable Role role, @Nullable String country,
			@Nullable String organisation) {
	}

	@PostMapping("/admin/users")
	String create(@RequestParam String email, @RequestParam String name, @RequestParam String language,
			@RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String organisation, Locale locale, Model model,
			RedirectAttributes redirect) {
		UserForm form = new UserForm(email, name, language, role, country, organisation);
		Outcome outcome;
		try {
			Grant grant = grant(role, country, organisation);
			outcome = accounts.createAccount(new NewAccount(email, name, language, null, List.of(grant)),
					viewers.get());
		}
		catch (InvalidRequestException ex) {
			return form(model, form, FormErrors.of(ex, messages, locale), locale);
		}
		redirect.addFlashAttribute("notice", invitationNotice(outcome.invitation()));
		return "redirect:/admin/users/" + outcome.user();
	}

	@GetMapping("/admin/users/{id}")
	String user(@PathVariable UserId id, Model model, Locale locale) {
		return userPage(id, model, Map.of(), locale);
	}

	@PostMapping("/admin/users/{id}/grants")
	String addGrant(@PathVariable("id") UserId user, @RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String organisation, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			accounts.grant(user, grant(role, country, organisation), viewers.get());
		}
		catch (InvalidRequestException ex) {
			return userPage(user, model, FormErrors.of(ex, messages, locale), locale);
		}
		redirect.addFlashAttribute("notice", "admin.grant.added");
		return "redirect:/admin/users/" + user;
	}

	@PostMapping("/admin/users/{id}/grants/revoke")
	String revokeGrant(@PathVariable("id") UserId user, @RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String organisation, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			accounts.revoke(user, grant(role, country, organisation), viewers.get());
		}
		catch (InvalidRequestException ex) {
			return userPage(user, model, FormErrors.of(ex, messages, locale), locale);
		}
		redirect.addFlashAttribute("notice", "admin.grant.revoked");
		return "redirect:/admin/users/" + user;
	}

	@PostMapping("/admin/users/{id}/enabled")
	String enable(@PathVariable("id") UserId user, @RequestParam boolean enabled, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			accounts.setEnabled(user, enabled, viewers.get());
		}
		catch (InvalidRequestException ex) {
			return userPage(user, model, FormErrors.of(ex, messages, locale), locale);
		}
		redirect.addFlashAttribute("notice", enabled ? "admin.user.enabled" : "admin.user.disabled");
		return "redirect:/admin/users/" + user;
	}

	@PostMapping("/admin/users/{id}/invitation")
	String resend(@PathVariable("id") UserId user, Locale locale, Model model, RedirectAttributes redirect) {
		MailDelivery delivery;
		try {
			delivery = accounts.resendInvitation(user, viewers.get());
		}
		catch (InvalidRequestException ex) {
			return userPage(user, model, FormErrors.of(ex, messages, locale), locale);
		}
		redirect.addFlashAttribute("notice", invitationNotice(delivery));
		return "redirect:/admin/users/" + user;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) @Nullable AuditEventType type,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Model model) {
		if (!viewers.get().isSecretariat()) {
			throw new org.cbcm.shared.ForbiddenException("account.secretariat-only");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidRequestException("to", "audit.range.reversed", from, to);
		}
		model.addAttribute("entries", audit.search(new AuditLog.Filter(type, email, from, to), new Paging(page, size)));
		model.addAttribute("types", AuditEventType.values());
		model.addAttribute("type", type);
		model.addAttribute("email", email);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "identity/admin/audit";
	}

	private String form(Model model, UserForm form, Map<String, String> errors, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("languages", AccountForms.languages());
		model.addAttribute("roles", Role.values());
		model.addAttribute("countryChoices", ScopeChoices.countries(countries, locale));
		model.addAttribute("organisationChoices", ScopeChoices.organisations(organisations));
		return "identity/admin/new-user";
	}

	private String userPage(UserId id, Model model, Map<String, String> errors, Locale locale) {
		Account account = accounts.account(id);
		if (!viewers.get().isSecretariat()) {
			throw new org.cbcm.shared.ForbiddenException("account.secretariat-only");
		}
		model.addAttribute("user", account);
		model.addAttribute("grants", ScopeChoices.describe(account.grants(), countries, organisations, locale));
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		model.addAttribute("countryChoices", ScopeChoices.countries(countries, locale));
		model.addAttribute("organisationChoices", ScopeChoices.organisations(organisations));
		model.addAttribute("history",
				audit.search(new AuditLog.Filter(null, account.email(), null, null), new Paging(0, 20)));
		return "identity/admin/user";
	}

	/**
	 * The grant a form describes; the scope that does not fit the role is an error at its
	 * field.
	 */
	static Grant grant(@Nullable Role role, @Nullable String country, @Nullable String organisation) {
		if (role == null) {
			throw new InvalidRequestException("role", "grant.role.missing");
		}
		CountryCode countryCode = null;
		OrganisationId organisationId = null;
		if (country != null && !country.isBlank()) {
			if (!CountryCode.isValid(country)) {
				throw new InvalidRequestException("country", "country.not-found", country);
			}
			countryCode = CountryCode.of(country);
		}
		if (organisation != null && !organisation.isBlank()) {
			if (!OrganisationId.isValid(organisation)) {
				throw new InvalidRequestException("organisation", "organisation.not-found", organisation);
			}
			organisationId = OrganisationId.of(organisation);
		}
		// A scope the role does not take is dropped rather than refused: the form offers
		// both fields.
		if (role.scope() != Role.ScopeKind.COUNTRY) {
			countryCode = null;
		}
		if (role.scope() != Role.ScopeKind.ORGANISATION) {
			organisationId = null;
		}
		return new Grant(role, countryCode, organisationId);
	}

	/** Where the invitation went: to the person, to the server's log, or nowhere. */
	private static String invitationNotice(@Nullable MailDelivery delivery) {
		if (delivery == MailDelivery.LOGGED) {
			return "admin.user.invitation-logged";
		}
		return (delivery == MailDelivery.SENT) ? "admin.user.invited" : "admin.user.invitation-failed";
	}

}
