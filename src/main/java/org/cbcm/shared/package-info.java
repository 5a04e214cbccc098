/**
 * The shared kernel: value types every module speaks (a country's code, a page of
 * results), the failures every page and API reports the same way, and the import of
 * reference data files, and the vocabulary of who may call what ({@code Access},
 * {@code EndpointDeclarations}), which identity enforces on every request. Simple, with
 * no rules of its own beyond validating its values.
 */
@ApplicationModule(displayName = "Shared kernel")
@NullMarked
package org.cbcm.shared;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
