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
 * @param translation where the texts are shown in a translation rather than in the
 * English reference, its status: {@code working} (cbcm's working translation) or
 * {@code official}; null in English
 */
public record PlanVersion(VersionCode code, String title, String document, String source, LocalDate issued,
		boolean current, @Nullable String editorialNote, @Nullable String translation) {

	/** Whether the texts shown are cbcm's working translation, not an official text. */
	public boolean workingTranslation() {
		return "working".equals(translation);
	}
}
