package org.cbcm.web;

import java.util.Locale;

import org.cbcm.shared.Viewer;

/**
 * Keeps the language a signed-in person switches to as their own, so that their pages in
 * every session, and their mails, follow it. Implemented by the module that holds the
 * accounts.
 */
public interface LanguagePreference {

	void choose(Viewer viewer, Locale language);

}
