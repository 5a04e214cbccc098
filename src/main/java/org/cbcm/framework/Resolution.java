package org.cbcm.framework;

/**
 * How one place of the seed's printed text was read: the draft carries tracked changes
 * flattened into the text ("Apply Adopt a results-oriented approach"), and cbcm keeps
 * both the printed words and the reading, with the reason.
 *
 * @param seedReading the words as printed
 * @param cleanReading the words as cbcm reads them
 * @param note why
 */
public record Resolution(String seedReading, String cleanReading, String note) {
}
