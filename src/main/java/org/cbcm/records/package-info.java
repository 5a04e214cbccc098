/**
 * What every record people keep in cbcm shares, whatever module owns it, written once: a
 * {@link org.cbcm.records.Record} with its working and published copies, a status from
 * draft to archived, an optimistic version, and its owner
 * ({@link org.cbcm.records.RecordScope}: a country, an organisation, a person or the
 * Secretariat); the rules, per {@link org.cbcm.records.RecordKind}, on who may write it
 * and move it ({@link org.cbcm.records.Workflow}, refusing with a
 * {@link org.cbcm.records.Refusal}: 403 or 409); the use cases every kind offers
 * ({@link org.cbcm.records.RecordUseCases} on a
 * {@link org.cbcm.records.RecordLifecycle}); a revision of every saved change, readable
 * and comparable field by field; the confirmation of published records, with a reminder
 * to their owners and a public "not confirmed since"; and the events a record registers
 * ({@link org.cbcm.records.RecordMoved} and its module's own), published when it is
 * stored.
 * <p>
 * A module brings its kind's content, its store ({@link org.cbcm.records.RecordStore},
 * its own tables through {@code JdbcClient}), its rules and its pages: see
 * {@code docs/adding-a-record-kind.md}. Who may call an endpoint is declared in the
 * modules' endpoint declarations and checked for every request; whose record it is, is
 * checked here, on the record.
 */
@ApplicationModule(displayName = "Records", allowedDependencies = "shared")
@NullMarked
package org.cbcm.records;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
