package org.cbcm.roster;

import java.time.LocalDate;
import java.util.Set;

import org.cbcm.shared.CountryCode;

/**
 * The Secretariat listed an expert on the roster, for the first time, again after a
 * return, or on re-nomination after a lapse.
 *
 * @param expert the expert's record
 * @param nominatedBy the nominating Party
 * @param expertise the areas of expertise listed
 * @param until the day the listing lapses unless the record is updated
 */
public record ExpertListed(ExpertId expert, CountryCode nominatedBy, Set<Expertise> expertise, LocalDate until) {
}
