package org.cbcm.records;

import java.time.LocalDate;

/**
 * A published record has not been confirmed or updated within the confirmation period:
 * its owners are to be reminded. Published once per reminder interval per record.
 *
 * @param record the record
 * @param scope whose it is
 * @param title how the record is called, for the reminder
 * @param path the record's page, such as {@code /countries/KEN}
 * @param confirmedOn the day it was last confirmed or published
 */
public record RecordNotConfirmed(RecordRef record, RecordScope scope, String title, String path,
		LocalDate confirmedOn) {
}
