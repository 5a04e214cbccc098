package org.cbcm.exchange.internal;

import org.cbcm.exchange.internal.iati.ActivitySelection;
import org.jspecify.annotations.Nullable;

/**
 * The rule that picks an import's activities as stored: its kind and the terms or codes
 * it looks for, as the person gave them.
 */
public record Selection(ActivitySelection.Kind kind, @Nullable String terms) {

	/** The rule the import applies. */
	public ActivitySelection rule() {
		return ActivitySelection.parse(kind.name(), terms);
	}

	/** The rule a new import starts with: the usual biosafety words. */
	public static Selection standard() {
		return new Selection(ActivitySelection.Kind.KEYWORDS, ActivitySelection.defaultKeywordsText());
	}

}
