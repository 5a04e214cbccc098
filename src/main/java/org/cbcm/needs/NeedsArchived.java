package org.cbcm.needs;

import org.cbcm.shared.CountryCode;

/**
 * A published needs assessment was archived: it no longer states the country's needs.
 *
 * @param id the assessment
 * @param country its country
 */
public record NeedsArchived(NeedsAssessmentId id, CountryCode country) {
}
