/**
 * What every record people keep in cbcm shares, whatever module owns it: a status from
 * draft to archived with rules, per kind of record, on who may move it; a revision of
 * every saved change, readable and comparable field by field; and the confirmation of
 * published records, with a reminder to their owners and a public "not confirmed since"
 * when a record goes stale. Rule-heavy: the workflow is a named policy, unit-tested.
 */
@ApplicationModule(displayName = "Records", allowedDependencies = "shared")
@NullMarked
package org.cbcm.records;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
