/**
 * The roster of biosafety experts (seed paragraphs 7 and 14(t); decisions EM-I/3, BS-I/4
 * to BS-V/4): experts nominated by Parties, listed by the Secretariat against the
 * criteria and limits of the guidelines, found by expertise, region and language, asked
 * for by developing country Parties and economies in transition through requests with a
 * ranked and explained shortlist, and followed through assignments, reports and ratings
 * to the annual review of the roster's use.
 * <p>
 * An expert's record is a person's record co-owned by the nominating Party
 * ({@code RecordScope.of(person, country)}) on the shared lifecycle ({@code records}):
 * the expert or the focal point writes it, the focal point submits it, the Secretariat
 * lists (publishes) or returns it. A listing lapses four years after the record's last
 * update. Other modules hear {@link ExpertListed}, {@link ExpertLapsed},
 * {@link RequestFiled}, {@link AssignmentAccepted} and {@link AssignmentCompleted}.
 */
@ApplicationModule(displayName = "Roster of experts",
		allowedDependencies = { "shared", "web", "records", "directory", "framework", "identity" })
@NullMarked
package org.cbcm.roster;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
