package org.cbcm.web;

import java.util.List;

/**
 * Implemented by a module that has headline figures for the home page.
 */
public interface PortalFigures {

	List<PortalFigure> figures();

}
