package org.cbcm.roster.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cbcm.roster.AssignmentId;
import org.cbcm.roster.AssignmentStatus;
import org.cbcm.roster.ExpertId;
import org.cbcm.roster.RequestContent;
import org.cbcm.roster.RequestId;
import org.cbcm.roster.RequestStatus;
import org.cbcm.roster.internal.Assignment;
import org.cbcm.roster.internal.ExpertRequest;
import org.cbcm.roster.internal.RequestManagement;
import org.cbcm.roster.internal.Shortlists;
import org.cbcm.records.RecordConflicts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.Viewer;
import org.cbcm.shared.Versioned;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests for experts and assignments through the REST API, as in the pages: a country's
 * requests, filing one, a request with its explained shortlist (the reasons as message
 * keys with arguments, and as text in the caller's language) and its assignments,
 * selecting an expert, and each step of an assignment. Every change names the version it
 * is based on.
 */
@RestController
@Tag(name = "Roster requests",
		description = "Requests for experts by developing country Parties and economies in transition, their explained shortlists and the assignments")
class RequestApi {

	private final RequestManagement requests;

	private final Shortlists shortlists;

	private final CurrentViewer viewers;

	RequestApi(RequestManagement requests, Shortlists shortlists, CurrentViewer viewers) {
		this.requests = requests;
		this.shortlists = shortlists;
		this.viewers = viewers;
	}

	/** A request as its country's people read it. */
	record RequestResource(String id, String country, RequestStatus status, int version, RequestContent request,
			Instant filedAt, String filedBy, String href) implements Versioned {

		@Override
		public Integer versionToChange() {
			return version;
		}

		static RequestResource of(ExpertRequest request) {
			return new RequestResource(request.id().toString(), request.country().value(), request.status(),
					request.version(), request.content(), request.filedAt(), request.filedByName(),
					"/api/v1/roster/requests/" + request.id());
		}

	}

	/** A reason of the shortlist: its key and arguments, and its text. */
	record ReasonResource(String key, List<Object> arguments, int points, String text) {
	}

	/** An expert on the shortlist. */
	record EntryResource(String expert, int rank, int score, @Nullable String name, String country, boolean national,
			boolean genderBalance, List<ReasonResource> reasons) {
	}

	/** An assignment as the requesting Party and the expert read it. */
	record AssignmentResource(String id, String request, String expert, String country, AssignmentStatus status,
			int version, Instant offeredAt, @Nullable Instant answeredAt, @Nullable Instant conflictDeclaredAt,
			@Nullable Instant confidentialityAgreedAt, @Nullable LocalDate releasedOn, @Nullable String releaseNote,
			@Nullable LocalDate start, @Nullable LocalDate end, @Nullable String deliverables,
			@Nullable BigDecimal feeAmount, @Nullable String feeCurrency, @Nullable Instant completedAt,
			@Nullable String assistance, @Nullable String outcome, @Nullable Integer rating,
			@Nullable String ratingComment, @Nullable String expertReport) implements Versioned {

		@Override
		public Integer versionToChange() {
			return version;
		}

		static AssignmentResource of(Assignment a) {
			return new AssignmentResource(a.id().toString(), a.request().toString(), a.expert().toString(),
					a.country().value(), a.status(), a.version(), a.offeredAt(), a.answeredAt(), a.conflictDeclaredAt(),
					a.confidentialityAgreedAt(), a.releasedOn(), a.releaseNote(), a.startsOn(), a.endsOn(),
					a.deliverables(), a.feeAmount(), a.feeCurrency(), a.completedAt(), a.assistance(), a.outcome(),
					a.rating(), a.ratingComment(), a.expertReport());
		}

	}

	/** A request with its shortlist and assignments. */
	record RequestDetail(RequestResource request, int considered, List<EntryResource> shortlist,
			List<AssignmentResource> assignments) implements Versioned {

		@Override
		public Integer versionToChange() {
			return request.version();
		}

	}

	/** A new request of the country. */
	record FileRequest(@Nullable String country, @Nullable RequestContent request) {
	}

	/** A selection from the shortlist. */
	record SelectRequest(@Nullable Integer version, @Nullable String expert) {
	}

	/** A step that only names the version it is based on, with an optional reason. */
	record StepRequest(@Nullable Integer version, @Nullable String reason) {
	}

	/** The expert's acceptance with the two declarations. */
	record AcceptRequest(@Nullable Integer version, @Nullable Boolean noConflict, @Nullable Boolean confidentiality) {
	}

	/** The terms of an accepted assignment. */
	record TermsRequest(@Nullable Integer version, @Nullable LocalDate start, @Nullable LocalDate end,
			@Nullable String deliverables, @Nullable BigDecimal feeAmount, @Nullable String feeCurrency) {
	}

	/** The employer's release. */
	record ReleaseRequest(@Nullable Integer version, @Nullable LocalDate releasedOn, @Nullable String note) {
	}

	/** The Party's report and rating. */
	record ReportRequest(@Nullable Integer version, @Nullable String assistance, @Nullable String outcome,
			@Nullable Integer rating, @Nullable String ratingComment) {
	}

	/** The expert's report. */
	record ExpertReportRequest(@Nullable Integer version, @Nullable String report) {
	}

	/** What a change answers: the new version. */
	record Changed(String id, int version) implements Versioned {

		@Override
		public Integer versionToChange() {
			return version;
		}

	}

	@GetMapping(path = "/api/v1/roster/requests", produces = "application/json")
	@Operation(summary = "A country's requests for experts, the latest first")
	ResultPage<RequestResource> list(@RequestParam(required = false) @Nullable String country,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return requests.ofCountry(country(country), new Paging(page, size), viewers.get()).map(RequestResource::of);
	}

	@PostMapping(path = "/api/v1/roster/requests", consumes = "application/json", produces = "application/json")
	@Operation(summary = "File a request for an expert (a focal point of an eligible Party)")
	ResponseEntity<RequestResource> file(@RequestBody FileRequest body) {
		if (body.request() == null) {
			throw new InvalidRequestException("request", "roster.request.field.required");
		}
		Viewer viewer = viewers.get();
		RequestId id = requests.file(country(body.country()), body.request(), viewer);
		return ResponseEntity.created(URI.create("/api/v1/roster/requests/" + id))
			.body(RequestResource.of(requests.request(id, viewer)));
	}

	@GetMapping(path = "/api/v1/roster/requests/{id}", produces = "application/json")
	@Operation(summary = "A request with its explained shortlist and its assignments")
	RequestDetail request(@PathVariable RequestId id, Locale locale) {
		Viewer viewer = viewers.get();
		ExpertRequest request = requests.request(id, viewer);
		Shortlists.Shortlist shortlist = shortlists.of(id, viewer);
		List<EntryResource> entries = shortlist.entries()
			.stream()
			.map(entry -> new EntryResource(entry.expert().toString(), entry.rank(), entry.score(), entry.publicName(),
					entry.country().value(), entry.national(), entry.balancing(),
					entry.reasons()
						.stream()
						.map(reason -> new ReasonResource(reason.key(),
								reason.arguments().stream().map(RequestApi::argument).toList(), reason.points(),
								shortlists.text(reason, locale)))
						.toList()))
			.toList();
		return new RequestDetail(RequestResource.of(request), shortlist.considered(), entries,
				requests.assignments(id, viewer).stream().map(AssignmentResource::of).toList());
	}

	private static Object argument(Object argument) {
		if (argument instanceof Shortlists.Term term) {
			return term.key();
		}
		if (argument instanceof Shortlists.Language language) {
			return language.code();
		}
		return argument;
	}

	@PostMapping(path = "/api/v1/roster/requests/{id}/select", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Select an expert from the shortlist: the expert is offered the assignment")
	ResponseEntity<AssignmentResource> select(@PathVariable RequestId id, @RequestBody SelectRequest body) {
		Viewer viewer = viewers.get();
		String expert = body.expert();
		if (expert == null || !expert.matches("[0-9a-fA-F-]{36}")) {
			throw new InvalidRequestException("expert", "roster.select.not-listed", String.valueOf(expert));
		}
		AssignmentId assignment = requests.select(id, RecordConflicts.basedOn(body.version()), ExpertId.of(expert),
				viewer);
		return ResponseEntity.created(URI.create("/api/v1/roster/assignments/" + assignment))
			.body(AssignmentResource.of(requests.assignment(assignment, viewer)));
	}

	@PostMapping(path = "/api/v1/roster/requests/{id}/cancel", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Cancel an open request")
	Changed cancel(@PathVariable RequestId id, @RequestBody StepRequest body) {
		return new Changed(id.toString(), requests.cancel(id, RecordConflicts.basedOn(body.version()), viewers.get()));
	}

	@GetMapping(path = "/api/v1/roster/assignments/{id}", produces = "application/json")
	@Operation(summary = "An assignment, for its expert and the requesting Party")
	AssignmentResource assignment(@PathVariable AssignmentId id) {
		return AssignmentResource.of(requests.assignment(id, viewers.get()));
	}

	@PostMapping(path = "/api/v1/roster/assignments/{id}/accept", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "The expert accepts, declaring no conflict of interest and agreeing to confidentiality")
	Changed accept(@PathVariable AssignmentId id, @RequestBody AcceptRequest body) {
		return new Changed(id.toString(), requests.accept(id, RecordConflicts.basedOn(body.version()),
				Boolean.TRUE.equals(body.noConflict()), Boolean.TRUE.equals(body.confidentiality()), viewers.get()));
	}

	@PostMapping(path = "/api/v1/roster/assignments/{id}/decline", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "The expert declines; the request is open again")
	Changed decline(@PathVariable AssignmentId id, @RequestBody StepRequest body) {
		return new Changed(id.toString(),
				requests.decline(id, RecordConflicts.basedOn(body.version()), body.reason(), viewers.get()));
	}

	@PostMapping(path = "/api/v1/roster/assignments/{id}/terms", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "The requesting focal point records the dates, deliverables and fees")
	Changed terms(@PathVariable AssignmentId id, @RequestBody TermsRequest body) {
		return new Changed(id.toString(),
				requests.arrange(id, RecordConflicts.basedOn(body.version()), new RequestManagement.Terms(body.start(),
						body.end(), body.deliverables(), body.feeAmount(), body.feeCurrency()), viewers.get()));
	}

	@PostMapping(path = "/api/v1/roster/assignments/{id}/release", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "The requesting focal point records the employer's release (BS-V/4)")
	Changed release(@PathVariable AssignmentId id, @RequestBody ReleaseRequest body) {
		return new Changed(id.toString(), requests.release(id, RecordConflicts.basedOn(body.version()),
				body.releasedOn(), body.note(), viewers.get()));
	}

	@PostMapping(path = "/api/v1/roster/assignments/{id}/complete", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "The requesting focal point records the assignment completed")
	Changed complete(@PathVariable AssignmentId id, @RequestBody StepRequest body) {
		return new Changed(id.toString(),
				requests.complete(id, RecordConflicts.basedOn(body.version()), viewers.get()));
	}

	@PostMapping(path = "/api/v1/roster/assignments/{id}/report", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "The requesting focal point reports (section J) and rates the assignment from 1 to 5")
	Changed report(@PathVariable AssignmentId id, @RequestBody ReportRequest body) {
		return new Changed(id.toString(), requests.report(id, RecordConflicts.basedOn(body.version()),
				body.assistance(), body.outcome(), body.rating(), body.ratingComment(), viewers.get()));
	}

	@PostMapping(path = "/api/v1/roster/assignments/{id}/expert-report", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "The expert reports on the completed assignment")
	Changed expertReport(@PathVariable AssignmentId id, @RequestBody ExpertReportRequest body) {
		return new Changed(id.toString(),
				requests.expertReport(id, RecordConflicts.basedOn(body.version()), body.report(), viewers.get()));
	}

	private static CountryCode country(@Nullable String code) {
		if (code == null || !CountryCode.isValid(code)) {
			throw new InvalidRequestException("country", "roster.request.country.unknown",
					String.valueOf(code).length() > 10 ? String.valueOf(code).substring(0, 10) : String.valueOf(code));
		}
		return CountryCode.of(code);
	}

}
