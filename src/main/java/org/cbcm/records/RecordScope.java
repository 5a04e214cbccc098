package org.cbcm.records;

import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * Whose a record is: a country's (or the EU's) or an organisation's.
 *
 * @param country the owning country, for national records
 * @param organisation the owning organisation, for organisations' records
 */
public record RecordScope(@Nullable CountryCode country, @Nullable OrganisationId organisation) {

	public RecordScope {
		if ((country == null) == (organisation == null)) {
			throw new IllegalArgumentException("A record belongs to a country or to an organisation, and to one only");
		}
	}

	public static RecordScope of(CountryCode country) {
		return new RecordScope(country, null);
	}

	public static RecordScope of(OrganisationId organisation) {
		return new RecordScope(null, organisation);
	}

	/** Whether the viewer holds the role within this scope. */
	public boolean heldBy(Viewer viewer, Role role) {
		return (country != null) ? viewer.holds(role, country) : viewer.holds(role, organisation);
	}

	/**
	 * Whether the viewer is one of the record's owners (any role in the scope) or the
	 * Secretariat.
	 */
	public boolean ownedBy(Viewer viewer) {
		return (country != null) ? viewer.actsFor(country) : viewer.actsFor(organisation);
	}

	@Override
	public String toString() {
		return (country != null) ? country.value() : String.valueOf(organisation);
	}

}
