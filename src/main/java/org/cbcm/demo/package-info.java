/**
 * Demo data: realistic published initiatives the Secretariat generates to show and try
 * cbcm with (from its page {@code /initiatives/demo} or with {@code --cbcm.demo=true} at
 * startup), a banner on every page while there are any, and their removal. It writes the
 * registry only through the bulk use cases of {@code initiatives}
 * ({@link org.cbcm.initiatives.InitiativeLoads}) and the exchange rates through
 * {@link org.cbcm.initiatives.ExchangeRates}, and plausible needs assessments of about
 * 120 Parties through {@link org.cbcm.needs.NeedsLoads}, with national strategies for
 * most of them through {@link org.cbcm.needs.StrategyLoads}, so that other modules hear
 * of demo initiatives as of any other; it owns the tables {@code demo_load} (how far a
 * load got) and {@code demo_lock} (one generation or removal at a time, on every node).
 * Nothing depends on it.
 */
@ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "shared", "web", "records", "directory", "framework", "initiatives", "needs",
				"roster" })
@NullMarked
package org.cbcm.demo;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
