/**
 * Real data in and out of the registry: IATI activity files read (versions 1.01 to 2.03)
 * and written (2.03), and cbcm's own codelists published for them.
 * <p>
 * The IATI reader ({@code internal.iati}) is a safe, streaming reader of messy publisher
 * files into plain values, one activity at a time, that never stops for one activity it
 * cannot read. The IATI writer streams the public registry's initiatives (the list's
 * selection, or one) as 2.03 activities valid against the standard's schema, read through
 * the registry's public port ({@code initiatives.PublishedContents}); key elements go out
 * as sectors of vocabulary 99 pointing at cbcm's codelist of them
 * ({@code /codelists/ActionPlanKeyElement.xml}). Simple: mapping, no rules of its own.
 */
@ApplicationModule(displayName = "Data exchange",
		allowedDependencies = { "shared", "web", "initiatives", "directory", "framework", "records" })
@NullMarked
package org.cbcm.exchange;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
