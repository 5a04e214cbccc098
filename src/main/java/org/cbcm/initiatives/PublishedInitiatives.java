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

}
