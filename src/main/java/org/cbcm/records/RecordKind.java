package org.cbcm.records;

import java.util.Map;
import java.util.Set;

import org.cbcm.shared.Role;

/**
 * A kind of record (a country profile, an initiative, an organisation) with who may edit
 * it, who may move it through which transition, and whom each step tells. Roles act
 * within the record's scope: a focal point of Kenya on Kenya's records. The Secretariat
 * may do everything.
 *
 * @param name the kind's name, such as {@code country-profile}
 * @param editors the roles that may write the record
 * @param transitions for each transition, the roles that may make it
 * @param notices for each transition, whom it is mailed to
 */
public record RecordKind(String name, Set<Role> editors, Map<Transition, Set<Role>> transitions,
		Map<Transition, Set<Audience>> notices) {

	/**
	 * Whom a workflow step tells, by default: a submission those who may publish; a
	 * return the author, with the reason; a publication and an archiving the owners.
	 */
	public static final Map<Transition, Set<Audience>> USUAL_NOTICES = Map.of(Transition.SUBMIT,
			Set.of(Audience.PUBLISHERS), Transition.RETURN, Set.of(Audience.AUTHOR), Transition.PUBLISH,
			Set.of(Audience.OWNERS), Transition.ARCHIVE, Set.of(Audience.OWNERS));

	/** Those a workflow step may tell. */
	public enum Audience {

		/**
		 * Those who may publish the record: the roles the kind allows to publish within
		 * the record's scope, or the Secretariat where no role may.
		 */
		PUBLISHERS,

		/** The person who last submitted the record (or, before any, wrote it first). */
		AUTHOR,

		/** The record's owners: the roles that write it, within its scope. */
		OWNERS,

		/**
		 * The focal points and national users of the countries the record names (an
		 * initiative's countries, principle 11(a)), beyond its owners: the record says
		 * which ({@link Record#namedCountries()}).
		 */
		NAMED_COUNTRIES

	}

	public RecordKind {
		if (!name.matches("[a-z][a-z-]{0,39}")) {
			throw new IllegalArgumentException("A kind's name is lower case with hyphens, not " + name);
		}
		editors = Set.copyOf(editors);
		transitions = Map.copyOf(transitions);
		notices = Map.copyOf(notices);
	}

	/** A kind that tells as {@link #USUAL_NOTICES} says. */
	public RecordKind(String name, Set<Role> editors, Map<Transition, Set<Role>> transitions) {
		this(name, editors, transitions, USUAL_NOTICES);
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

	/**
	 * A person's own record, such as an expert's: the person writes, submits, confirms
	 * and reopens it; only the Secretariat publishes, returns and archives it.
	 */
	public static RecordKind personal(String name) {
		Set<Role> expert = Set.of(Role.EXPERT);
		return new RecordKind(name, expert,
				Map.of(Transition.SUBMIT, expert, Transition.CONFIRM, expert, Transition.REOPEN, expert));
	}

	/**
	 * A record only the Secretariat writes and moves, such as a meeting or a fund policy.
	 */
	public static RecordKind secretariat(String name) {
		return new RecordKind(name, Set.of(Role.SECRETARIAT), Map.of());
	}

	/** The same kind, telling others as given. */
	public RecordKind withNotices(Map<Transition, Set<Audience>> notices) {
		return new RecordKind(name, editors, transitions, notices);
	}

	public Set<Role> allowedFor(Transition transition) {
		return transitions.getOrDefault(transition, Set.of());
	}

	/** Whom the transition tells; nobody when the kind does not say. */
	public Set<Audience> noticesOf(Transition transition) {
		return notices.getOrDefault(transition, Set.of());
	}

}
