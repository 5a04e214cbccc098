package org.cbcm.initiatives;

/**
 * A published initiative was published again with changes.
 *
 * @param facts what it now says publicly
 */
public record InitiativeChanged(InitiativeFacts facts) {
}
