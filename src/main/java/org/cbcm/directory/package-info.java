/**
 * The directory: countries and the other Party (the European Union) with their UN
 * classifications and their status under the Protocol, and the organisations that fund,
 * implement or support biosafety capacity-building. Mostly reference data, kept simple.
 */
@ApplicationModule(displayName = "Directory", allowedDependencies = { "shared", "web", "records" })
@NullMarked
package org.cbcm.directory;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
