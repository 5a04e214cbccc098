package org.cbcm.shared;

/**
 * The principal of a signed-in person (a session or an API token) gives the
 * {@link Viewer} it stands for. Implemented by the identity module's principal.
 */
public interface ViewerSource {

	Viewer viewer();

	/**
	 * The language the person chose for their pages and mails, which pages follow before
	 * any other choice; empty where the principal has none.
	 */
	default java.util.Optional<java.util.Locale> language() {
		return java.util.Optional.empty();
	}

}
