package org.cbcm.roster.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the roster ({@code cbcm.roster.*}), the limits of the Interim Guidelines
 * and decision BS-IV/4.
 *
 * @param maxPerCountry the most experts of one Party listed at once
 * @param maxPerArea the most experts of one Party listed at once in one area of
 * specialisation (counted on the top level of the areas of expertise)
 * @param retentionYears the years a listing lasts from the record's last update
 */
@ConfigurationProperties("cbcm.roster")
public record RosterSettings(@DefaultValue("50") int maxPerCountry, @DefaultValue("5") int maxPerArea,
		@DefaultValue("4") int retentionYears) {

	public RosterSettings {
		if (maxPerCountry < 1 || maxPerArea < 1 || retentionYears < 1) {
			throw new IllegalArgumentException("The roster's limits and retention are at least 1");
		}
	}

}
