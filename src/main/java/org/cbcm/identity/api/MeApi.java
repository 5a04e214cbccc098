package org.cbcm.identity.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbcm.identity.internal.Account;
import org.cbcm.identity.internal.AccountManagement;
import org.cbcm.identity.internal.ApiTokenAuthentication;
import org.cbcm.identity.internal.ApiTokens;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.ForbiddenException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account through the API, and API tokens for scripts. */
@RestController
@RequestMapping(path = "/api/v1/me", produces = "application/json")
@Tag(name = "Me", description = "The caller's own account and API tokens")
class MeApi {

	private final AccountManagement accounts;

	private final CurrentViewer viewers;

	MeApi(AccountManagement accounts, CurrentViewer viewers) {
		this.accounts = accounts;
		this.viewers = viewers;
	}

	record Me(String id, String email, String name, String language, List<UserApi.RoleResource> roles) {
	}

	/** A token to create: its name, and how many days it lives (default 90). */
	record TokenRequest(@Nullable String name, @Nullable Integer days) {
	}

	/** A token just created: the only answer that carries its text. */
	record TokenResource(String id, String name, String token, Instant expiresAt) {
	}

	@GetMapping
	@Operation(summary = "Who the caller is, with their roles")
	Me me() {
		Account account = accounts.self(viewers.get());
		return new Me(account.id().toString(), account.email(), account.name(), account.language().toLanguageTag(),
				account.grants().stream().map(UserApi.RoleResource::of).toList());
	}

	@PostMapping(path = "/tokens", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Creates a personal API token and returns it, once; also takes HTTP Basic credentials, "
			+ "so that a script can get its first token")
	TokenResource createToken(@RequestBody TokenRequest request) {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
			// Else a leaked short-lived token could make itself a long-lived one.
			throw new ForbiddenException("token.mint.needs-password");
		}
		ApiTokens.Created created = accounts.createToken(viewers.get(), request.name(), request.days());
		return new TokenResource(created.token().id().toString(), created.token().name(), created.text(),
				created.token().expiresAt());
	}

}
