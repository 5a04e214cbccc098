/**
 * The frame every page lives in: the layout and navigation, languages, error pages and
 * problem responses, the home page, and the world map that pages colour. Modules
 * contribute to the home page through {@link org.cbcm.web.PortalFigures}; the frame knows
 * no module. Page forms are form objects Spring binds ({@code @ModelAttribute}); their
 * lists declare their most rows ({@link org.cbcm.web.FormRows}), a row beyond is set
 * aside before binding, and {@link org.cbcm.web.BoundForm#errors} gives the one map of
 * field to message that every form template shows beside its fields.
 */
@ApplicationModule(displayName = "Web frame", allowedDependencies = "shared")
@NullMarked
package org.cbcm.web;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
