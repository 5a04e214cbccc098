package org.cbcm.roster;

import java.time.Instant;

import org.cbcm.shared.CountryCode;

/**
 * The requesting Party's focal point recorded an assignment as completed; its report and
 * rating follow.
 *
 * @param assignment the assignment
 * @param request the request it served
 * @param expert the expert
 * @param requestedBy the requesting Party
 * @param completedAt when it was recorded completed
 */
public record AssignmentCompleted(AssignmentId assignment, RequestId request, ExpertId expert, CountryCode requestedBy,
		Instant completedAt) {
}
