package org.cbcm.records;

import java.util.Map;
import java.util.Set;

import org.cbcm.shared.Role;

/**
 * A kind of record (a country profile, an initiative) with who may edit it and who may
 * move it through which transition. Roles act within the record's scope: a focal point of
 * Kenya on Kenya's records. The Secretariat may do everything.
 *
 * @param name the kind's name, such as {@code country-profile}
 * @param editors the roles that may write the record
 * @param transitions for each transition, the roles that may make it
 */
public record RecordKind(String name, Set<Role> editors, Map<Transition, Set<Role>> transitions) {

	public RecordKind {
		editors = Set.copyOf(editors);
		transitions = Map.copyOf(transitions);
	}

	/**
	 * A national record (BCH: validated by the focal point): national users and focal
	 * points write and submit it; only a focal point publishes, returns, archives,
	 * reopens and confirms it.
	 */
	public static RecordKind national(String name) {
		Set<Role> both = Set.of(Role.NATIONAL_FOCAL_POINT, Role.NATIONAL_USER);
		Set<Role> focalPoint = Set.of(Role.NATIONAL_FOCAL_POINT);
		return new RecordKind(name, both,
				Map.of(Transition.SUBMIT, both, Transition.PUBLISH, focalPoint, Transition.RETURN, focalPoint,
						Transition.ARCHIVE, focalPoint, Transition.REOPEN, focalPoint, Transition.CONFIRM, focalPoint));
	}

	/**
	 * An organisation's record (BCH: a reference record, validated by the Secretariat):
	 * its reporters write, submit and confirm it; only the Secretariat publishes, returns
	 * and archives it.
	 */
	public static RecordKind organisational(String name) {
		Set<Role> reporter = Set.of(Role.ORGANISATION_REPORTER);
		return new RecordKind(name, reporter,
				Map.of(Transition.SUBMIT, reporter, Transition.CONFIRM, reporter, Transition.REOPEN, reporter));
	}

	public Set<Role> allowedFor(Transition transition) {
		return transitions.getOrDefault(transition, Set.of());
	}

}
