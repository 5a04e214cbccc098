package org.cbcm.shared;

/**
 * The principal of a signed-in person (a session or an API token) gives the
 * {@link Viewer} it stands for. Implemented by the identity module's principal.
 */
public interface ViewerSource {

	Viewer viewer();

}
