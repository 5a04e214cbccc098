/**
 * Real data in and out of the registry: IATI activity files read (versions 1.01 to 2.03)
 * and, later, written and imported through the registry's own use cases.
 * <p>
 * Today the module holds the IATI reader ({@code internal.iati}): a safe, streaming
 * reader of messy publisher files into plain values, one activity at a time, that never
 * stops for one activity it cannot read; the rule that selects the biosafety activities
 * of a publisher's file ({@code ActivitySelection}); the assistant that names or proposes
 * their Action Plan key elements ({@code KeyElementAssistant}); and the IATI codelists
 * the import reads. The import that writes initiatives from them, with its pages, is not
 * in the menu yet.
 */
@ApplicationModule(displayName = "Data exchange", allowedDependencies = { "shared", "framework" })
@NullMarked
package org.cbcm.exchange;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
