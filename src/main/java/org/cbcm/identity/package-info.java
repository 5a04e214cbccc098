/**
 * Accounts and what their holders may do: people with the roles they hold and the scope
 * of each (a country, an organisation), invitations and password resets by single-use
 * links, sign-in with throttling, personal API tokens, the audit log, and the security
 * configuration that enforces every module's endpoint declarations. Rule-heavy where it
 * guards access; plain elsewhere.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "shared", "web", "directory", "records" })
@NullMarked
package org.cbcm.identity;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
