package org.cbcm.identity.web;

import java.util.List;
import java.util.Locale;

/** What account forms offer to choose from. */
final class AccountForms {

	private AccountForms() {
	}

	/** A language a person may choose, named in itself. */
	record Language(String tag, String name) {
	}

	/** The six official languages of the United Nations, each named in itself. */
	static List<Language> languages() {
		return List.of("en", "fr", "es", "ru", "zh", "ar")
			.stream()
			.map(tag -> new Language(tag, Locale.forLanguageTag(tag).getDisplayLanguage(Locale.forLanguageTag(tag))))
			.toList();
	}

}
