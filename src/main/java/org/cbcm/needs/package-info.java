/**
 * Countries' capacity-building needs and priorities (seed paragraphs 13(a)–(b)) and their
 * national capacity-building strategies and action plans (14(c)–(d)), both national
 * records of the shared lifecycle ({@code records}): national users draft, the focal
 * point publishes. Successive needs assessments of a country are kept; the latest
 * published one is what the country states now.
 * <p>
 * Other modules hear of stated needs through {@link NeedsPublished} and
 * {@link NeedsArchived}, delivered by the persisted event publication registry, and read
 * every published assessment again through {@link NeedsAssessments} (to rebuild a read
 * model). Loads of many at once (demo data) go through {@link NeedsLoads} and
 * {@link StrategyLoads}.
 */
@ApplicationModule(displayName = "Needs and strategies",
		allowedDependencies = { "shared", "web", "records", "directory", "framework" })
@NullMarked
package org.cbcm.needs;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
