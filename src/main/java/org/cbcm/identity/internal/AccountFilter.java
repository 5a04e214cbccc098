package org.cbcm.identity.internal;

import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * Which accounts an administrator asks for; every criterion is optional.
 *
 * @param text part of the name or email
 * @param role only holders of this role
 * @param country only holders of a role for this country
 * @param organisation only holders of a role for this organisation
 * @param invitedOnly only accounts whose invitation is not yet accepted (no password yet)
 */
public record AccountFilter(@Nullable String text, @Nullable Role role, @Nullable CountryCode country,
		@Nullable OrganisationId organisation, boolean invitedOnly) {

	public AccountFilter {
		text = (text == null || text.isBlank()) ? null : text.strip();
	}

}
