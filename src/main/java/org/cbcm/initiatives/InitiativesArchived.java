package org.cbcm.initiatives;

import java.util.List;

/**
 * Published initiatives are no longer public because a bulk removal
 * ({@link InitiativeLoads#remove}) took them out for good: the batch equivalent of
 * {@link InitiativeArchived}, one event per batch removed. Analysis drops them as it
 * drops an archived one.
 *
 * @param ids the initiatives that were public until now
 */
public record InitiativesArchived(List<InitiativeId> ids) {

	public InitiativesArchived {
		ids = List.copyOf(ids);
	}

}
