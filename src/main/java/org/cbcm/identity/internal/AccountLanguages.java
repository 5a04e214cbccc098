package org.cbcm.identity.internal;

import java.util.Locale;

import org.cbcm.shared.Viewer;
import org.cbcm.web.LanguagePreference;

import org.springframework.stereotype.Component;

/** A signed-in person's switch of language becomes their account's language. */
@Component
class AccountLanguages implements LanguagePreference {

	private final AccountManagement accounts;

	AccountLanguages(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	public void choose(Viewer viewer, Locale language) {
		accounts.chooseLanguage(viewer, language);
	}

}
