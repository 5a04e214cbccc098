package org.cbcm.roster.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.cbcm.roster.AssignmentId;
import org.cbcm.roster.AssignmentStatus;
import org.cbcm.roster.ExpertId;
import org.cbcm.roster.RequestId;
import org.cbcm.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * An expert offered a Party's request, and what became of it: the answer (with the
 * declarations of no conflict of interest and of confidentiality, timestamped), the terms
 * the Party recorded (dates, deliverables, fees, the employer's release), the completion,
 * the Party's report (section J of the guidelines) and rating, and the expert's own
 * report.
 *
 * @param id the assignment
 * @param request the request it serves
 * @param expert the expert
 * @param country the requesting Party
 * @param status where it stands
 * @param version counts its changes, for optimistic locking
 * @param offeredAt when the Party selected the expert
 * @param offeredByName who selected
 * @param answeredAt when the expert accepted or declined
 * @param declineReason why the expert declined, if they said
 * @param conflictDeclaredAt when the expert declared no conflict of interest
 * @param confidentialityAgreedAt when the expert agreed to confidentiality
 * @param releasedOn the day the employer released the expert (BS-V/4)
 * @param releaseNote the release's terms or reference
 * @param startsOn the first day of the assignment as agreed
 * @param endsOn its last day
 * @param deliverables what the expert delivers
 * @param feeAmount the fees agreed
 * @param feeCurrency their ISO 4217 currency
 * @param completedAt when the Party recorded it completed
 * @param assistance the Party's report: the assistance or advice provided
 * @param outcome the Party's report: its outcome
 * @param partyReportedAt when the Party reported
 * @param rating the Party's rating, 1 to 5
 * @param ratingComment why that rating
 * @param expertReport the expert's report
 * @param expertReportedAt when the expert reported
 */
public record Assignment(AssignmentId id, RequestId request, ExpertId expert, CountryCode country,
		AssignmentStatus status, int version, Instant offeredAt, String offeredByName, @Nullable Instant answeredAt,
		@Nullable String declineReason, @Nullable Instant conflictDeclaredAt, @Nullable Instant confidentialityAgreedAt,
		@Nullable LocalDate releasedOn, @Nullable String releaseNote, @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn, @Nullable String deliverables, @Nullable BigDecimal feeAmount,
		@Nullable String feeCurrency, @Nullable Instant completedAt, @Nullable String assistance,
		@Nullable String outcome, @Nullable Instant partyReportedAt, @Nullable Integer rating,
		@Nullable String ratingComment, @Nullable String expertReport, @Nullable Instant expertReportedAt) {

	static Assignment offered(AssignmentId id, RequestId request, ExpertId expert, CountryCode country, Instant at,
			String by) {
		return new Assignment(id, request, expert, country, AssignmentStatus.OFFERED, 1, at, by, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	Assignment answered(AssignmentStatus status, Instant at, @Nullable String reason, boolean declared) {
		return new Assignment(id, request, expert, country, status, version, offeredAt, offeredByName, at, reason,
				declared ? at : null, declared ? at : null, releasedOn, releaseNote, startsOn, endsOn, deliverables,
				feeAmount, feeCurrency, completedAt, assistance, outcome, partyReportedAt, rating, ratingComment,
				expertReport, expertReportedAt);
	}

	Assignment arranged(@Nullable LocalDate start, @Nullable LocalDate end, @Nullable String deliverables,
			@Nullable BigDecimal amount, @Nullable String currency) {
		return new Assignment(id, request, expert, country, status, version, offeredAt, offeredByName, answeredAt,
				declineReason, conflictDeclaredAt, confidentialityAgreedAt, releasedOn, releaseNote, start, end,
				deliverables, amount, currency, completedAt, assistance, outcome, partyReportedAt, rating,
				ratingComment, expertReport, expertReportedAt);
	}

	Assignment released(LocalDate on, @Nullable String note) {
		return new Assignment(id, request, expert, country, status, version, offeredAt, offeredByName, answeredAt,
				declineReason, conflictDeclaredAt, confidentialityAgreedAt, on, note, startsOn, endsOn, deliverables,
				feeAmount, feeCurrency, completedAt, assistance, outcome, partyReportedAt, rating, ratingComment,
				expertReport, expertReportedAt);
	}

	Assignment completed(Instant at) {
		return new Assignment(id, request, expert, country, AssignmentStatus.COMPLETED, version, offeredAt,
				offeredByName, answeredAt, declineReason, conflictDeclaredAt, confidentialityAgreedAt, releasedOn,
				releaseNote, startsOn, endsOn, deliverables, feeAmount, feeCurrency, at, assistance, outcome,
				partyReportedAt, rating, ratingComment, expertReport, expertReportedAt);
	}

	Assignment partyReported(String assistance, @Nullable String outcome, int rating, @Nullable String comment,
			Instant at) {
		return new Assignment(id, request, expert, country, status, version, offeredAt, offeredByName, answeredAt,
				declineReason, conflictDeclaredAt, confidentialityAgreedAt, releasedOn, releaseNote, startsOn, endsOn,
				deliverables, feeAmount, feeCurrency, completedAt, assistance, outcome, at, rating, comment,
				expertReport, expertReportedAt);
	}

	Assignment expertReported(String report, Instant at) {
		return new Assignment(id, request, expert, country, status, version, offeredAt, offeredByName, answeredAt,
				declineReason, conflictDeclaredAt, confidentialityAgreedAt, releasedOn, releaseNote, startsOn, endsOn,
				deliverables, feeAmount, feeCurrency, completedAt, assistance, outcome, partyReportedAt, rating,
				ratingComment, report, at);
	}

	public String path() {
		return "/roster/assignments/" + id;
	}

}
