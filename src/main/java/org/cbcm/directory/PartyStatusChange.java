package org.cbcm.directory;

import java.time.Instant;
import java.time.LocalDate;

import org.cbcm.shared.CountryCode;

/**
 * A change of a State's (or the European Union's) status under the Protocol that the
 * Secretariat recorded: from its date on, it overrides what the reference file says.
 *
 * @param country whose status changed
 * @param status the status from that date
 * @param effectiveOn the date from which it holds (for a Party, the day the Protocol
 * entered into force for it)
 * @param instrument the act behind the change
 * @param source where the change is documented: the depositary notification, its address
 * @param recordedAt when the Secretariat recorded it
 * @param recordedBy who recorded it
 */
public record PartyStatusChange(CountryCode country, CartagenaStatus status, LocalDate effectiveOn,
		PartyInstrument instrument, String source, Instant recordedAt, String recordedBy) {
}
