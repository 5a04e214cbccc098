package org.cbcm.records;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the records every module keeps ({@code cbcm.records.*}).
 *
 * @param confirmationPeriod how long a published record counts as current without being
 * confirmed or updated (the BCH's rule: one year)
 * @param reminderInterval how often the owners of a record not confirmed are reminded
 */
@ConfigurationProperties("cbcm.records")
record RecordsSettings(@DefaultValue("P12M") Period confirmationPeriod, @DefaultValue("P1M") Period reminderInterval) {
}
