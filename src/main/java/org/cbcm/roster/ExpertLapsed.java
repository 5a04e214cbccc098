package org.cbcm.roster;

import java.time.LocalDate;

import org.cbcm.shared.CountryCode;

/**
 * An expert's listing lapsed four years after the record's last update (decision
 * BS-IV/4): the expert no longer shows in searches; the record and its history stay.
 *
 * @param expert the expert's record
 * @param nominatedBy the nominating Party
 * @param on the day it lapsed
 */
public record ExpertLapsed(ExpertId expert, CountryCode nominatedBy, LocalDate on) {
}
