/**
 * The directory: countries and the other Party (the European Union) with their UN
 * classifications and their status under the Protocol, and the organisations that fund,
 * implement or support biosafety capacity-building, mostly reference data; and each
 * country's profile, a national record on the shared lifecycle ({@code records}) that its
 * people write and its focal point publishes, kept in columns through {@code JdbcClient}.
 */
@ApplicationModule(displayName = "Directory", allowedDependencies = { "shared", "web", "records" })
@NullMarked
package org.cbcm.directory;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
