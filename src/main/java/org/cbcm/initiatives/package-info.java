/**
 * The registry of capacity-building initiatives (seed paragraphs 13(d)–(h), 14(s), 15):
 * who funds and who does what, where, when, for how much, on which key elements of the
 * Action Plan, with what results. Organisations' initiatives are reference records the
 * Secretariat publishes; a focal point publishes its country's national initiatives. The
 * public searches the published ones by facet and text, maps them, and downloads them;
 * money is kept in its currency and converted to US dollars by the yearly exchange rates
 * the Secretariat keeps. An initiative is a kind of the shared record ({@code records}):
 * its content is stored as JSON beside a read model of facets (ADR 7), through
 * {@code JdbcClient}; the record itself registers its events.
 * <p>
 * Other modules hear of the public registry through events, delivered to listeners in
 * other modules by the persisted event publication registry: {@link InitiativePublished},
 * {@link InitiativeChanged} and {@link InitiativeArchived} for each publication or
 * archiving through the workflow; {@link InitiativesPublished} and
 * {@link InitiativesArchived}, one per batch, for bulk loads and removals
 * ({@link InitiativeLoads}, which the demo data uses: the {@code demo} module writes the
 * registry through it only). A listener that keeps something of every public initiative
 * listens to both kinds: a load of 100,000 announced one event per initiative would
 * write, deliver and complete 100,000 publications.
 */
@ApplicationModule(displayName = "Initiatives",
		allowedDependencies = { "shared", "web", "records", "directory", "framework" })
@NullMarked
package org.cbcm.initiatives;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
