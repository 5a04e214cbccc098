/**
 * The frame every page lives in: the layout and navigation, languages, error pages and
 * problem responses, the home page, and the world map that pages colour. Modules
 * contribute to the home page through {@link org.cbcm.web.PortalFigures}; the frame knows
 * no module.
 */
@ApplicationModule(displayName = "Web frame", allowedDependencies = "shared")
@NullMarked
package org.cbcm.web;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
