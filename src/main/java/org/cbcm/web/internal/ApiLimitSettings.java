package org.cbcm.web.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests one client may send to the REST API ({@code cbcm.web.api-limits.*}),
 * as two policies over the same window: reads, and requests that change something. The
 * defaults let a script page through the whole registry and onboard a country's people in
 * minutes, while one client cannot take a node for itself.
 *
 * @param reads requests that only read (GET, HEAD, OPTIONS) one client may send in a
 * window: 600 a minute, ten a second on average, so that a mirror walks 100,000 records
 * in pages of a hundred within two minutes, and a burst of 600 is taken at once
 * @param writes requests that change something (POST, PUT, PATCH, DELETE) one client may
 * send in a window: 120 a minute, two a second on average, so that onboarding 170 focal
 * points or pushing a donor's portfolio of hundreds of initiatives takes a few minutes
 * @param window the window, over which each allowance refills evenly
 * @param memory how many clients the limits remember, the least recently used forgotten
 * first (in memory, per node)
 */
@ConfigurationProperties("cbcm.web.api-limits")
record ApiLimitSettings(@DefaultValue("600") long reads, @DefaultValue("120") long writes,
		@DefaultValue("1m") Duration window, @DefaultValue("10000") long memory) {

	ApiLimitSettings {
		if (reads < 1 || writes < 1) {
			throw new IllegalArgumentException(
					"cbcm.web.api-limits: reads (%d) and writes (%d) must be at least 1".formatted(reads, writes));
		}
		if (window.toSeconds() < 1) {
			throw new IllegalArgumentException(
					"cbcm.web.api-limits.window (%s) must be a second at least".formatted(window));
		}
		if (memory < 1) {
			throw new IllegalArgumentException("cbcm.web.api-limits.memory (%d) must be at least 1".formatted(memory));
		}
	}

}
