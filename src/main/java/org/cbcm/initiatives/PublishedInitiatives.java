package org.cbcm.initiatives;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.cbcm.directory.ProfileContact;
import org.jspecify.annotations.Nullable;

/**
 * Every published initiative's facts, a page at a time, for modules that read them all
 * again (rebuilding a read model), one query per page; and the contacts of many at once,
 * for a view that lists them.
 */
public interface PublishedInitiatives {

	/**
	 * The published initiatives after the given one, in the order of their identifiers.
	 * @param after the last of the previous page; null for the first page
	 * @param size at most this many
	 */
	List<InitiativeFacts> after(@Nullable InitiativeId after, int size);

	/**
	 * Whom to ask about each of the published initiatives, as their published copies name
	 * them, in their order; an initiative that is not published, or names nobody, is left
	 * out. One query for all of them (a few for thousands), however many are asked.
	 * @param ids the initiatives
	 */
	Map<InitiativeId, List<ProfileContact>> contacts(Collection<InitiativeId> ids);

	/**
	 * The facts of those of the initiatives that are published now, as they now are; the
	 * others (archived, never published, unknown) are left out. Their records stay locked
	 * until the caller's transaction ends, so that a change of one of them, which updates
	 * its record, is applied after the caller's reading, never before it: a listener that
	 * applies a load's event late (or again) applies the records' present state, not the
	 * state the event carried. In the caller's transaction, which must be one that may
	 * write.
	 * @param ids the initiatives, at most {@link #AT_ONCE}
	 */
	List<InitiativeFacts> now(Collection<InitiativeId> ids);

	/** The most initiatives {@link #now} is asked for at once. */
	int AT_ONCE = 5_000;

}
