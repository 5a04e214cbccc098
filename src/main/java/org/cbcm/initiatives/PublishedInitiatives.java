package org.cbcm.initiatives;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Every published initiative's facts, a page at a time, for modules that read them all
 * again (rebuilding a read model). One query per page.
 */
public interface PublishedInitiatives {

	/**
	 * The published initiatives after the given one, in the order of their identifiers.
	 * @param after the last of the previous page; null for the first page
	 * @param size at most this many
	 */
	List<InitiativeFacts> after(@Nullable InitiativeId after, int size);

}
