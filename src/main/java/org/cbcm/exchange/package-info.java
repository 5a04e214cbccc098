/**
 * Real data in and out of the registry: IATI activity files (versions 1.01 to 2.03)
 * imported through the registry's own use cases ({@code initiatives.InitiativeImports}),
 * and the public registry written as IATI 2.03 ({@code internal.iati.IatiWriter}, read
 * through {@code initiatives.PublishedContents}) with cbcm's codelist of key elements
 * ({@code /codelists/ActionPlanKeyElement.xml}).
 * <p>
 * {@code internal.iati} holds the safe, streaming reader of messy publisher files, the
 * rule that selects the biosafety activities of a publisher's file
 * ({@code ActivitySelection}), the assistant that names or proposes their Action Plan key
 * elements ({@code KeyElementAssistant}), the IATI codelists, and the mapping of an
 * activity to an initiative's content ({@code IatiMapping}). {@code internal} holds the
 * imports: read into a preview, chosen, run in the background with their progress and
 * report ({@code IatiImports}, {@code ImportRun}); {@code web} their pages, the
 * Secretariat's.
 */
@ApplicationModule(displayName = "Data exchange",
		allowedDependencies = { "shared", "web", "initiatives", "directory", "framework", "records" })
@NullMarked
package org.cbcm.exchange;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
