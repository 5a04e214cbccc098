package org.cbcm.initiatives.internal;

import java.util.function.Function;

import org.cbcm.initiatives.InitiativeId;
import org.jspecify.annotations.Nullable;

/**
 * The walk up an initiative's programmes, parent by parent, that keeps a record from
 * becoming its own ancestor. Pure: the caller says how to find a parent.
 */
final class ParentChain {

	/** How far up the walk looks; deeper chains are not followed further. */
	static final int MAX_DEPTH = 20;

	private ParentChain() {
	}

	/**
	 * Whether the record would be among the ancestors of a parent: following the parents
	 * up from {@code above} (the parent's own parent) reaches {@code record} within
	 * {@link #MAX_DEPTH} steps.
	 * @param above the chosen parent's parent, null when it has none
	 * @param record the record being saved, null for a new one (which no chain reaches)
	 * @param parentOf the parent of a record, null when it has none or is unknown
	 */
	static boolean reaches(@Nullable InitiativeId above, @Nullable InitiativeId record,
			Function<InitiativeId, @Nullable InitiativeId> parentOf) {
		for (int depth = 0; above != null && depth < MAX_DEPTH; depth++) {
			if (above.equals(record)) {
				return true;
			}
			above = parentOf.apply(above);
		}
		return false;
	}

}
