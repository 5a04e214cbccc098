package org.cbcm.web;

import java.util.List;

import org.cbcm.shared.Viewer;

/**
 * Implemented by a module that adds links to the navigation, depending on who is looking.
 */
public interface Navigation {

	List<NavigationLink> links(Viewer viewer);

}
