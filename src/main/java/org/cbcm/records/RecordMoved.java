package org.cbcm.records;

import java.time.Instant;
import java.util.Set;

import org.cbcm.records.RecordKind.Audience;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A record went through a step of its workflow. Every kind of record tells it, so that
 * those who must act or know are told (as the kind declares in its notices) and their
 * pending work is kept.
 *
 * @param ref the record
 * @param title its title, as its owners know it
 * @param path its page, from the site's root
 * @param scope whose it is
 * @param transition the step
 * @param status where the record now stands
 * @param reason why, for a return
 * @param by who made the step
 * @param byName that person's name
 * @param at when
 * @param tell whom the kind says the step tells
 * @param publishers the roles that may publish the record within its scope (none: the
 * Secretariat)
 * @param owners the roles that write the record within its scope
 * @param named the countries the record names, whose people
 * {@link Audience#NAMED_COUNTRIES} tells
 */
public record RecordMoved(RecordRef ref, String title, String path, RecordScope scope, Transition transition,
		RecordStatus status, @Nullable String reason, @Nullable UserId by, String byName, Instant at,
		Set<Audience> tell, Set<Role> publishers, Set<Role> owners, Set<CountryCode> named) {

	public RecordMoved {
		tell = Set.copyOf(tell);
		publishers = Set.copyOf(publishers);
		owners = Set.copyOf(owners);
		named = Set.copyOf(named);
	}

	/** A step of a record that names no country. */
	public RecordMoved(RecordRef ref, String title, String path, RecordScope scope, Transition transition,
			RecordStatus status, @Nullable String reason, @Nullable UserId by, String byName, Instant at,
			Set<Audience> tell, Set<Role> publishers, Set<Role> owners) {
		this(ref, title, path, scope, transition, status, reason, by, byName, at, tell, publishers, owners, Set.of());
	}

}
