package org.cbcm.framework;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A version of the Action Plan: the text of one document, such as the draft update of
 * 2006, item by item. One version is current; the others stay for history and for
 * mapping.
 *
 * @param code identifies the version
 * @param title how cbcm names the version
 * @param document the title of the document itself
 * @param source where the text comes from
 * @param issued the date of the document
 * @param current whether this is the version records refer to by default
 * @param editorialNote how the text was established, where it needed editing
 */
public record PlanVersion(VersionCode code, String title, String document, String source, LocalDate issued,
		boolean current, @Nullable String editorialNote) {
}
