package org.cbcm.shared;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who may call an endpoint: anyone, any signed-in person, holders of some roles, or
 * holders of some roles scoped to the country or organisation a path variable names. The
 * Secretariat may call everything but what only the person themselves may do
 * ({@link #signedIn()} endpoints are open to it anyway). Record-level rules (whose record
 * it is) are checked again by the services.
 *
 * @param kind the rule
 * @param roles the roles that pass, for role rules
 * @param variable the path variable holding the country or organisation, for scoped rules
 */
public record Access(Kind kind, Set<Role> roles, @Nullable String variable) {

	/** The kinds of rule. */
	public enum Kind {

		/** Everybody, signed in or not. */
		ANYONE,

		/** Any signed-in person. */
		SIGNED_IN,

		/** The Secretariat and holders of the roles, in any scope. */
		ROLES,

		/**
		 * The Secretariat and holders of the roles scoped to the country the path
		 * variable names.
		 */
		COUNTRY,

		/**
		 * The Secretariat and holders of the roles scoped to the organisation the path
		 * variable names.
		 */
		ORGANISATION

	}

	public Access {
		roles = Set.copyOf(roles);
	}

	public static Access anyone() {
		return new Access(Kind.ANYONE, Set.of(), null);
	}

	public static Access signedIn() {
		return new Access(Kind.SIGNED_IN, Set.of(), null);
	}

	public static Access secretariat() {
		return new Access(Kind.ROLES, Set.of(Role.SECRETARIAT), null);
	}

	public static Access roles(Role... roles) {
		return new Access(Kind.ROLES, Set.of(roles), null);
	}

	public static Access country(String variable, Role... roles) {
		return new Access(Kind.COUNTRY, Set.of(roles), variable);
	}

	public static Access organisation(String variable, Role... roles) {
		return new Access(Kind.ORGANISATION, Set.of(roles), variable);
	}

	/**
	 * Whether the viewer may call the endpoint.
	 * @param viewer who calls
	 * @param variables the path variables of the request
	 */
	public boolean allows(Viewer viewer, Map<String, String> variables) {
		return switch (kind) {
			case ANYONE -> true;
			case SIGNED_IN -> viewer.signedIn();
			case ROLES -> viewer.isSecretariat() || roles.stream().anyMatch(viewer::holds);
			case COUNTRY -> viewer.isSecretariat() || scopedToCountry(viewer, variables.get(variable));
			case ORGANISATION -> viewer.isSecretariat() || scopedToOrganisation(viewer, variables.get(variable));
		};
	}

	private boolean scopedToCountry(Viewer viewer, @Nullable String code) {
		if (code == null || !CountryCode.isValid(code)) {
			return false;
		}
		CountryCode country = CountryCode.of(code);
		return roles.stream().anyMatch(role -> viewer.holds(role, country));
	}

	private boolean scopedToOrganisation(Viewer viewer, @Nullable String id) {
		if (id == null || !OrganisationId.isValid(id)) {
			return false;
		}
		OrganisationId organisation = OrganisationId.of(id);
		return roles.stream().anyMatch(role -> viewer.holds(role, organisation));
	}

	/**
	 * A rule with a list of its roles, for the authorization matrix test and the admin
	 * pages.
	 */
	public List<Role> roleList() {
		return roles.stream().sorted().toList();
	}

}
