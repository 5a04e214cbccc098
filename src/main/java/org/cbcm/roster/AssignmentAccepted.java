package org.cbcm.roster;

import java.time.Instant;

import org.cbcm.shared.CountryCode;

/**
 * An expert accepted a Party's request, having declared no conflict of interest and
 * agreed to confidentiality.
 *
 * @param assignment the assignment
 * @param request the request it serves
 * @param expert the expert
 * @param requestedBy the requesting Party
 * @param acceptedAt when the expert accepted
 */
public record AssignmentAccepted(AssignmentId assignment, RequestId request, ExpertId expert, CountryCode requestedBy,
		Instant acceptedAt) {
}
