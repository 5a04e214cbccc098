package org.cbcm.shared;

import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A role a person holds, with the scope the role needs: a country for national roles, an
 * organisation for reporters, nothing for the Secretariat and experts.
 *
 * @param role the role
 * @param country the country (or EU) of a national role
 * @param organisation the organisation of a reporter
 */
public record Grant(Role role, @Nullable CountryCode country, @Nullable OrganisationId organisation) {

	public Grant {
		boolean wantsCountry = role.scope() == Role.ScopeKind.COUNTRY;
		boolean wantsOrganisation = role.scope() == Role.ScopeKind.ORGANISATION;
		if (wantsCountry != (country != null)) {
			throw new InvalidRequestException("country",
					wantsCountry ? "grant.country.missing" : "grant.country.unexpected", named(role));
		}
		if (wantsOrganisation != (organisation != null)) {
			throw new InvalidRequestException("organisation",
					wantsOrganisation ? "grant.organisation.missing" : "grant.organisation.unexpected", named(role));
		}
	}

	/**
	 * The role as messages name it: its name in the reader's language
	 * ({@code role.<ROLE>}).
	 */
	private static DefaultMessageSourceResolvable named(Role role) {
		return new DefaultMessageSourceResolvable(new String[] { "role." + role.name() }, role.name());
	}

	public static Grant secretariat() {
		return new Grant(Role.SECRETARIAT, null, null);
	}

	public static Grant of(Role role, CountryCode country) {
		return new Grant(role, country, null);
	}

	public static Grant of(Role role, OrganisationId organisation) {
		return new Grant(role, null, organisation);
	}

	public static Grant expert() {
		return new Grant(Role.EXPERT, null, null);
	}

}
