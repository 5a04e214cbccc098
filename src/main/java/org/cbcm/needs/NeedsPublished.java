package org.cbcm.needs;

/**
 * A needs assessment was published, for the first time or again with changes.
 *
 * @param facts what it now says publicly
 */
public record NeedsPublished(NeedsFacts facts) {
}
