package org.cbcm.initiatives;

/**
 * An initiative was archived: it is no longer public, and analysis drops it.
 *
 * @param id the initiative
 */
public record InitiativeArchived(InitiativeId id) {
}
