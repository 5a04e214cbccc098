package org.cbcm.records;

import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;
import org.cbcm.shared.UserId;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * Whose a record is: a country's (or the EU's), an organisation's, a person's own (an
 * expert's record), or the Secretariat's (records only the Secretariat writes, such as
 * meetings and fund policies). Exactly one of the four, but for a person's record that a
 * country co-owns: an expert's roster record is the expert's and the nominating Party's,
 * whose focal point acts on it.
 *
 * @param country the owning country, for national records; the co-owning country of a
 * person's record
 * @param organisation the owning organisation, for organisations' records
 * @param person the person whose own record it is
 * @param secretariat whether the Secretariat owns it
 */
public record RecordScope(@Nullable CountryCode country, @Nullable OrganisationId organisation, @Nullable UserId person,
		boolean secretariat) {

	/** The Secretariat's own records. */
	public static final RecordScope SECRETARIAT = new RecordScope(null, null, null, true);

	public RecordScope {
		int owners = ((country != null && person == null) ? 1 : 0) + ((organisation != null) ? 1 : 0)
				+ ((person != null) ? 1 : 0) + (secretariat ? 1 : 0);
		if (owners != 1) {
			throw new IllegalArgumentException(
					"A record belongs to a country, an organisation, a person or the Secretariat, and to one only");
		}
	}

	public static RecordScope of(CountryCode country) {
		return new RecordScope(country, null, null, false);
	}

	public static RecordScope of(OrganisationId organisation) {
		return new RecordScope(null, organisation, null, false);
	}

	public static RecordScope of(UserId person) {
		return new RecordScope(null, null, person, false);
	}

	/**
	 * A person's record co-owned by a country: the person writes it as an expert, the
	 * country's focal point writes and moves it as its kind allows.
	 */
	public static RecordScope of(UserId person, CountryCode coOwner) {
		return new RecordScope(coOwner, null, person, false);
	}

	/** Whether this is a person's record that a country co-owns. */
	public boolean coOwned() {
		return person != null && country != null;
	}

	/**
	 * The scope stored in a row's columns: a country code, an organisation or a person;
	 * the Secretariat's when none is set.
	 */
	public static RecordScope stored(@Nullable String country, java.util.@Nullable UUID organisation,
			java.util.@Nullable UUID person) {
		if (person != null && country != null) {
			return of(new UserId(person), new CountryCode(country));
		}
		if (country != null) {
			return of(new CountryCode(country));
		}
		if (organisation != null) {
			return of(new OrganisationId(organisation));
		}
		return (person != null) ? of(new UserId(person)) : SECRETARIAT;
	}

	/**
	 * Whether the viewer holds the role within this scope: for a person's record, the
	 * person as an expert; for the Secretariat's, the Secretariat.
	 */
	public boolean heldBy(Viewer viewer, Role role) {
		if (coOwned()) {
			return (role == Role.EXPERT && viewer.holds(Role.EXPERT) && java.util.Objects.equals(person, viewer.user()))
					|| viewer.holds(role, country);
		}
		if (country != null) {
			return viewer.holds(role, country);
		}
		if (organisation != null) {
			return viewer.holds(role, organisation);
		}
		if (person != null) {
			return role == Role.EXPERT && viewer.holds(Role.EXPERT) && person.equals(viewer.user());
		}
		return role == Role.SECRETARIAT && viewer.isSecretariat();
	}

	/**
	 * Whether the viewer is one of the record's owners (any role in the scope) or the
	 * Secretariat; of a co-owned person's record, the person and the country's focal
	 * points (not its other national users: the record holds personal data).
	 */
	public boolean ownedBy(Viewer viewer) {
		if (coOwned()) {
			return viewer.actsFor(person) || viewer.holds(Role.NATIONAL_FOCAL_POINT, country);
		}
		if (country != null) {
			return viewer.actsFor(country);
		}
		if (organisation != null) {
			return viewer.actsFor(organisation);
		}
		return (person != null) ? viewer.actsFor(person) : viewer.isSecretariat();
	}

	@Override
	public String toString() {
		if (country != null) {
			return country.value();
		}
		if (organisation != null) {
			return organisation.toString();
		}
		return (person != null) ? person.toString() : "SECRETARIAT";
	}

}
