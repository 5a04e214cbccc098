package org.cbcm.roster.internal;

import java.time.LocalDate;
import java.util.List;

import org.cbcm.roster.AssignmentId;
import org.cbcm.roster.AssignmentStatus;
import org.cbcm.roster.ExpertId;
import org.cbcm.roster.Expertise;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Grant;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the roster tells of an expert's assignments to others: the accepted and completed
 * ones for the expert's public page (without fees, terms of reference, ratings or the
 * reports' confidential parts), and whether a viewer's Party asked for the expert (its
 * focal points then see the expert's contact details).
 */
@Service
@Transactional(readOnly = true)
public class ExpertAssignments {

	private final AssignmentStore assignments;

	ExpertAssignments(AssignmentStore assignments) {
		this.assignments = assignments;
	}

	/**
	 * An assignment as the expert's public page shows it.
	 *
	 * @param id the assignment
	 * @param country the requesting Party
	 * @param expertise the expertise the request asked for
	 * @param start the first day (as agreed, else as requested)
	 * @param end the last day (as agreed, else as requested)
	 * @param status accepted or completed
	 * @param assistance the assistance or advice provided, as the Party reported it
	 */
	public record PublicAssignment(AssignmentId id, CountryCode country, List<Expertise> expertise,
			@Nullable LocalDate start, @Nullable LocalDate end, AssignmentStatus status, @Nullable String assistance) {
	}

	/** The expert's accepted and completed assignments, the latest first. */
	public List<PublicAssignment> publicOf(ExpertId expert) {
		return assignments.publicOf(expert);
	}

	/**
	 * Whether the viewer is a focal point of a Party that offered the expert an
	 * assignment the expert did not decline (offered, accepted or completed): such focal
	 * points see the expert's contact details.
	 */
	public boolean requestedBy(ExpertId expert, Viewer viewer) {
		List<CountryCode> countries = viewer.grants()
			.stream()
			.filter(grant -> grant.role() == Role.NATIONAL_FOCAL_POINT)
			.map(Grant::country)
			.filter(java.util.Objects::nonNull)
			.toList();
		return assignments.offeredBy(expert, countries);
	}

}
