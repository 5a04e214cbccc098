package org.cbcm.directory.internal;

import java.util.Map;
import java.util.Set;

import org.cbcm.directory.OrganisationContent;
import org.cbcm.records.Record;
import org.cbcm.records.RecordKind;
import org.cbcm.records.RecordKind.Audience;
import org.cbcm.records.RecordRef;
import org.cbcm.records.RecordScope;
import org.cbcm.records.Transition;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;

/**
 * An organisation as a record, a thin kind of the shared {@link Record}: the Secretariat
 * writes and publishes it; any reporter may propose one, which stores it submitted with
 * the proposer as its author (see {@link OrganisationManagement#propose}). The reference
 * organisations are published records from the start.
 */
public final class OrganisationRecord extends Record<OrganisationContent> {

	/**
	 * The kind: the Secretariat's own records. A submission (a proposal) tells the
	 * Secretariat; a return tells the proposer why; a publication tells the Secretariat
	 * and the proposer; an archiving the Secretariat.
	 */
	public static final RecordKind KIND = RecordKind.secretariat("organisation")
		.withNotices(Map.of(Transition.SUBMIT, Set.of(Audience.PUBLISHERS), Transition.RETURN, Set.of(Audience.AUTHOR),
				Transition.PUBLISH, Set.of(Audience.OWNERS, Audience.AUTHOR), Transition.ARCHIVE,
				Set.of(Audience.OWNERS)));

	/**
	 * Those who may propose an organisation: every reporter to the registry (national
	 * users, focal points, organisations' reporters) and the Secretariat. An expert keeps
	 * only an own profile and does not.
	 */
	public static final Set<Role> PROPOSERS = Set.of(Role.NATIONAL_FOCAL_POINT, Role.NATIONAL_USER,
			Role.ORGANISATION_REPORTER);

	private final OrganisationId id;

	OrganisationRecord(OrganisationId id, State<OrganisationContent> state) {
		super(KIND, RecordScope.SECRETARIAT, state);
		this.id = id;
	}

	@Override
	public String key() {
		return id.toString();
	}

	@Override
	public String title() {
		OrganisationContent content = content();
		String name = (content.name() != null) ? content.name() : id.toString();
		return "Organisation " + ((content.acronym() != null) ? name + " (" + content.acronym() + ")" : name);
	}

	@Override
	public String path() {
		return "/organisations/" + id;
	}

	public static RecordRef ref(OrganisationId id) {
		return new RecordRef(KIND.name(), id.toString());
	}

	public OrganisationId id() {
		return id;
	}

}
