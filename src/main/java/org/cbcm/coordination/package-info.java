/**
 * The coordination analysis (seed paragraphs 13(d)–(h) and 15): where stated needs meet
 * registered support. A read model of its own, fed by the events of {@code initiatives}
 * and {@code needs} and rebuilt from their public queries, answers the coverage matrix
 * (countries × key elements, each cell with its verdict and its reasons), the gap map,
 * duplications, funding adequacy by country group and partnership opportunities.
 */
@ApplicationModule(displayName = "Coordination analysis",
		allowedDependencies = { "shared", "web", "records", "directory", "framework", "initiatives", "needs" })
@NullMarked
package org.cbcm.coordination;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
