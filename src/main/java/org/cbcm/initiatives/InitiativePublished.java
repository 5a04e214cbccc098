package org.cbcm.initiatives;

/**
 * An initiative was published for the first time, or again after it was archived.
 *
 * @param facts what it now says publicly
 */
public record InitiativePublished(InitiativeFacts facts) {
}
