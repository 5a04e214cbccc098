/**
 * The Action Plan for Building Capacities as data: each version of the plan (the draft
 * update of 2006 first), its sections and items with the codes that cite the plan's
 * paragraphs, the editorial readings of the draft's flattened tracked changes, and
 * mappings between the items of two versions. Reference data, loaded from files; read by
 * every other module.
 */
@ApplicationModule(displayName = "Action Plan framework", allowedDependencies = { "shared", "web" })
@NullMarked
package org.cbcm.framework;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
