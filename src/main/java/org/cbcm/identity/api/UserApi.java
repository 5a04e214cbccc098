package org.cbcm.identity.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.identity.internal.Account;
import org.cbcm.identity.internal.AccountFilter;
import org.cbcm.identity.internal.AccountManagement;
import org.cbcm.identity.internal.AccountManagement.NewAccount;
import org.cbcm.identity.internal.AccountManagement.Outcome;
import org.cbcm.identity.internal.MailDelivery;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.Grant;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.Role;
import org.cbcm.shared.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts through the REST API, for the Secretariat: so that 170 focal points can be
 * onboarded by a script.
 */
@RestController
@RequestMapping(path = "/api/v1/users", produces = "application/json")
@Tag(name = "Users", description = "Accounts with their roles and scopes (Secretariat only)")
class UserApi {

	private final AccountManagement accounts;

	private final CountryDirectory countries;

	private final CurrentViewer viewers;

	UserApi(AccountManagement accounts, CountryDirectory countries, CurrentViewer viewers) {
		this.accounts = accounts;
		this.countries = countries;
		this.viewers = viewers;
	}

	/**
	 * A role to grant: the role, and the country or organisation it is for when it needs
	 * one.
	 */
	record RoleRequest(@Nullable Role role, @Nullable String country, @Nullable String organisation) {
	}

	/** A new account: without a password, an invitation goes out by mail. */
	record UserRequest(@Nullable String email, @Nullable String name, @Nullable String language,
			@Nullable String password, @Nullable List<RoleRequest> roles) {
	}

	record RoleResource(Role role, @Nullable String country, @Nullable String organisation) {

		static RoleResource of(Grant grant) {
			return new RoleResource(grant.role(), (grant.country() != null) ? grant.country().value() : null,
					(grant.organisation() != null) ? grant.organisation().toString() : null);
		}

	}

	/**
	 * An account as the API shows it.
	 *
	 * @param invitationSent on the answer that created the account without a password:
	 * whether the mail server took the invitation
	 * @param invitationDelivery on the same answer: {@code SENT}, {@code LOGGED} (no mail
	 * server is configured: the invitation, with its link, is in the server's log) or
	 * {@code FAILED}
	 */
	record UserResource(String id, String email, String name, String language, boolean enabled, boolean active,
			Instant createdAt, List<RoleResource> roles, @Nullable Boolean invitationSent,
			@Nullable MailDelivery invitationDelivery) {

		static UserResource of(Account account, @Nullable MailDelivery invitation) {
			return new UserResource(account.id().toString(), account.email(), account.name(),
					account.language().toLanguageTag(), account.enabled(), account.active(), account.createdAt(),
					account.grants()
						.stream()
						.map(RoleResource::of)
						.sorted(java.util.Comparator.comparing(RoleResource::role))
						.toList(),
					(invitation != null) ? invitation == MailDelivery.SENT : null, invitation);
		}

	}

	@PostMapping(consumes = "application/json")
	@Operation(summary = "Creates an account with its roles; without a password, mails an invitation to set one")
	ResponseEntity<UserResource> create(@RequestBody UserRequest request) {
		List<RoleRequest> roles = (request.roles() != null) ? request.roles() : List.of();
		AccountManagement.grantsMustBeFew(roles.size());
		List<Grant> grants = new java.util.ArrayList<>();
		for (int index = 0; index < roles.size(); index++) {
			grants.add(grant(roles.get(index), index));
		}
		Outcome outcome = accounts.createAccount(
				new NewAccount(request.email(), request.name(), request.language(), request.password(), grants),
				viewers.get());
		UserResource created = UserResource.of(accounts.account(outcome.user()), outcome.invitation());
		return ResponseEntity.created(URI.create("/api/v1/users/" + outcome.user())).body(created);
	}

	@GetMapping
	@Operation(
			summary = "Accounts by name, a page at a time, optionally by text, role, country, or invitations not yet accepted")
	ResultPage<UserResource> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(defaultValue = "false") boolean invited, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		CountryCode countryCode = countries.country("country", country);
		return accounts
			.search(new AccountFilter(q, role, countryCode, null, invited), new Paging(page, size), viewers.get())
			.map(account -> UserResource.of(account, null));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account")
	UserResource get(@PathVariable UserId id) {
		return UserResource.of(accounts.account(id), null);
	}

	private Grant grant(RoleRequest request, int index) {
		if (request == null || request.role() == null) {
			throw new InvalidRequestException("roles[" + index + "].role", "grant.role.missing");
		}
		CountryCode country = null;
		OrganisationId organisation = null;
		if (request.country() != null) {
			country = countries.country("roles[" + index + "].country", request.country());
		}
		if (request.organisation() != null) {
			if (!OrganisationId.isValid(request.organisation())) {
				throw new InvalidRequestException("roles[" + index + "].organisation", "organisation.not-found",
						request.organisation());
			}
			organisation = OrganisationId.of(request.organisation());
		}
		try {
			return new Grant(request.role(), country, organisation);
		}
		catch (InvalidRequestException ex) {
			throw new InvalidRequestException("roles[" + index + "]." + ex.parameter(), ex.messageKey(),
					ex.arguments());
		}
	}

}
