package org.cbcm.shared;

import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who is looking: a signed-in person with the roles they hold, or an anonymous visitor,
 * who reads what is published. Every module asks the viewer, not the security framework,
 * what a person may see and do.
 *
 * @param user the person, or null for an anonymous visitor
 * @param name how the person is called, empty for an anonymous visitor
 * @param email the person's email, empty for an anonymous visitor
 * @param grants the roles the person holds, with their scopes
 */
public record Viewer(@Nullable UserId user, String name, String email, Set<Grant> grants) {

	public static final Viewer ANONYMOUS = new Viewer(null, "", "", Set.of());

	public Viewer {
		grants = Set.copyOf(grants);
	}

	public boolean signedIn() {
		return user != null;
	}

	public Optional<UserId> userId() {
		return Optional.ofNullable(user);
	}

	public boolean isSecretariat() {
		return holds(Role.SECRETARIAT);
	}

	/** Whether the person holds the role, in any scope. */
	public boolean holds(Role role) {
		return grants.stream().anyMatch(grant -> grant.role() == role);
	}

	/** Whether the person holds the role for the country. */
	public boolean holds(Role role, CountryCode country) {
		return grants.stream().anyMatch(grant -> grant.role() == role && country.equals(grant.country()));
	}

	/** Whether the person holds the role for the organisation. */
	public boolean holds(Role role, OrganisationId organisation) {
		return grants.stream().anyMatch(grant -> grant.role() == role && organisation.equals(grant.organisation()));
	}

	/**
	 * Whether the person acts for the country: the Secretariat, or a national role scoped
	 * to it.
	 */
	public boolean actsFor(CountryCode country) {
		return isSecretariat() || holds(Role.NATIONAL_FOCAL_POINT, country) || holds(Role.NATIONAL_USER, country);
	}

	/**
	 * Whether the person acts for the organisation: the Secretariat, or one of its
	 * reporters.
	 */
	public boolean actsFor(OrganisationId organisation) {
		return isSecretariat() || holds(Role.ORGANISATION_REPORTER, organisation);
	}

	/**
	 * Whether the person acts for the person's own records: the person as an expert, or
	 * the Secretariat.
	 */
	public boolean actsFor(UserId person) {
		return isSecretariat() || (holds(Role.EXPERT) && person.equals(user));
	}

	/** Whether the person keeps an own expert record. */
	public boolean isExpert() {
		return holds(Role.EXPERT);
	}

}
