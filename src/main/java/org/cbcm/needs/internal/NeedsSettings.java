package org.cbcm.needs.internal;

import org.cbcm.needs.NeedsContent;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of needs assessments ({@code cbcm.needs.*}).
 *
 * @param maxHighPriorities the most elements an assessment may give a high priority (the
 * real clearing-house was criticised for needs lists where everything was a priority)
 */
@ConfigurationProperties("cbcm.needs")
record NeedsSettings(@DefaultValue("" + NeedsContent.DEFAULT_MAX_HIGH) int maxHighPriorities) {
}
