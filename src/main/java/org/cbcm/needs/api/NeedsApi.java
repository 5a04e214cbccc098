package org.cbcm.needs.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cbcm.needs.NeedsAssessmentId;
import org.cbcm.needs.NeedsContent;
import org.cbcm.needs.internal.NeedsManagement;
import org.cbcm.records.RecordConflicts;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.RecordTransitions;
import org.cbcm.records.RecordTransitions.TransitionRequest;
import org.cbcm.records.RecordView;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.StaleVersionException;
import org.cbcm.shared.Versioned;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Needs assessments through the REST API: a country's latest published assessment and the
 * list of its published ones for everybody; drafting, changing and the workflow for its
 * national people and focal point.
 */
@RestController
@Tag(name = "Needs",
		description = "Countries' capacity-building needs and priorities by key element 12(a)-(o), with funding requirements")
class NeedsApi {

	static final String ASSESSMENT_EXAMPLE = """
			{"assessedOn": "2026-06-01", "method": "National stocktaking workshop",
			 "participants": "Ministry of Environment, National Biosafety Authority, universities",
			 "documents": [{"title": "Stocktaking report", "url": "https://example.org/report.pdf"}],
			 "elements": [{"element": "12(a)", "capacity": "BASIC", "priority": "MEDIUM", "startYear": 2027,
			   "durationYears": 3, "shortTermRequirement": 150000, "longTermRequirement": 400000, "currency": "USD",
			   "nationalSharePercent": 30, "narrative": "A biosafety act is drafted."},
			  {"element": "12(c)", "capacity": "NONE", "priority": "HIGH"}]}""";

	static final String CREATE_EXAMPLE = "{\"comment\": \"First draft\", \"assessment\": " + ASSESSMENT_EXAMPLE + "}";

	static final String CHANGE_EXAMPLE = "{\"version\": 3, \"comment\": \"Requirements revised\", \"assessment\": "
			+ ASSESSMENT_EXAMPLE + "}";

	private final NeedsManagement needs;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	NeedsApi(NeedsManagement needs, CurrentViewer viewers, MessageSource messages) {
		this.needs = needs;
		this.viewers = viewers;
		this.messages = messages;
	}

	/** An assessment as its reader may see it. */
	record AssessmentResource(String id, String country,
			@Schema(description = "For its owners") @Nullable RecordStatus status,
			@Schema(description = "For its owners: the version to base a change on") @Nullable Integer version,
			@Nullable NeedsContent published, @Schema(description = "For its owners") @Nullable NeedsContent draft,
			@Nullable Instant publishedAt, @Nullable LocalDate confirmedOn,
			@Nullable String returnReason) implements Versioned {

		@Override
		public Integer versionToChange() {
			return version;
		}

		static AssessmentResource of(RecordView<NeedsAssessmentId, NeedsContent> view) {
			boolean owner = view.owned();
			return new AssessmentResource(view.id().toString(), Objects.requireNonNull(view.owner().country()).value(),
					owner ? view.status() : null, owner ? view.version() : null, view.published(),
					owner ? view.working() : null, view.publishedAt(), view.confirmedOn(), view.statusNote());
		}

	}

	/** A published assessment in a country's list. */
	@Schema(name = "NeedsPublishedResource")
	record PublishedResource(String id, @Nullable LocalDate assessedOn, @Nullable Instant publishedAt, String href) {
	}

	/** A country's needs: the latest published assessment and every published one. */
	record CountryNeedsResource(String country, @Nullable AssessmentResource latest,
			List<PublishedResource> published) {
	}

	/** A new assessment. */
	@Schema(name = "NeedsCreateRequest")
	record CreateRequest(@Nullable String comment, @Nullable NeedsContent assessment) {
	}

	/** A change, based on the version the writer read (or given as If-Match). */
	@Schema(name = "NeedsChangeRequest")
	record ChangeRequest(@Nullable Integer version, @Nullable String comment, @Nullable NeedsContent assessment) {
	}

	@GetMapping(path = "/api/v1/countries/{code}/needs", produces = "application/json")
	@Operation(summary = "A country's latest published needs assessment, and the list of its published ones")
	CountryNeedsResource country(
			@Parameter(description = "ISO 3166-1 alpha-3 code", example = "KEN") @PathVariable CountryCode code) {
		List<RecordView<NeedsAssessmentId, NeedsContent>> published = needs.ofCountry(code, viewers.get())
			.stream()
			.filter(RecordView::hasPublished)
			.toList();
		return new CountryNeedsResource(code.value(),
				published.isEmpty() ? null : AssessmentResource.of(published.get(0)),
				published.stream()
					.map(view -> new PublishedResource(view.id().toString(),
							Objects.requireNonNull(view.published()).assessedOn(), view.publishedAt(),
							"/api/v1/needs/" + view.id()))
					.toList());
	}

	@PostMapping(path = "/api/v1/countries/{code}/needs", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Drafts a needs assessment of the country (its national users and focal point)")
	ResponseEntity<AssessmentResource> create(@PathVariable CountryCode code,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(value = CREATE_EXAMPLE))) @RequestBody CreateRequest request) {
		if (!needs.mayCreate(code, viewers.get())) {
			throw new org.cbcm.shared.ForbiddenException("record.edit.not-yours", code.value());
		}
		NeedsContent content = required(request.assessment());
		NeedsAssessmentId id;
		try {
			id = needs.create(code, content, request.comment(), viewers.get());
		}
		catch (InvalidRequestException ex) {
			throw inBody(ex);
		}
		return ResponseEntity.created(URI.create("/api/v1/needs/" + id))
			.body(AssessmentResource.of(needs.view(id, viewers.get())));
	}

	@GetMapping(path = "/api/v1/needs/{id}", produces = "application/json")
	@Operation(
			summary = "A needs assessment: the published copy for all, and for its owners the draft, status and version")
	AssessmentResource get(@PathVariable NeedsAssessmentId id) {
		return AssessmentResource.of(needs.view(id, viewers.get()));
	}

	@PutMapping(path = "/api/v1/needs/{id}", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Saves the draft; 409 with the current version when it changed since the version given "
			+ "(in the body or as If-Match)")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The record as it now is",
			content = @io.swagger.v3.oas.annotations.media.Content(
					schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = AssessmentResource.class)))
	ResponseEntity<?> save(@PathVariable NeedsAssessmentId id, @io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(examples = @ExampleObject(value = CHANGE_EXAMPLE))) @RequestBody ChangeRequest request) {
		RecordView<NeedsAssessmentId, NeedsContent> view = needs.view(id, viewers.get());
		if (!view.owned() || !needs.mayEdit(view, viewers.get())) {
			throw new org.cbcm.shared.ForbiddenException("record.edit.not-yours", view.owner().toString());
		}
		int version = RecordConflicts.basedOn(request.version());
		NeedsContent content = required(request.assessment());
		try {
			needs.save(id, version, content, request.comment(), viewers.get());
		}
		catch (StaleVersionException ex) {
			return conflict(id, ex);
		}
		catch (InvalidRequestException ex) {
			throw inBody(ex);
		}
		return ResponseEntity.ok(AssessmentResource.of(needs.view(id, viewers.get())));
	}

	@PostMapping(path = "/api/v1/needs/{id}/{transition:" + RecordTransitions.STEPS + "}",
			consumes = "application/json", produces = "application/json")
	@Operation(summary = "A step of the assessment's workflow",
			description = "submit: the draft goes to the focal point (national users and focal point); "
					+ "publish, return (with a reason), archive, reopen, confirm: the country's focal point.")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The record as it now is",
			content = @io.swagger.v3.oas.annotations.media.Content(
					schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = AssessmentResource.class)))
	ResponseEntity<?> move(@PathVariable NeedsAssessmentId id,
			@Parameter(description = "submit, publish, return, archive, reopen or confirm",
					schema = @Schema(allowableValues = { "submit", "publish", "return", "archive", "reopen",
							"confirm" })) @PathVariable Transition transition,
			@RequestBody TransitionRequest request) {
		return RecordTransitions.api(
				() -> needs.move(id, request.basedOn(), transition, request.reason(), viewers.get()),
				() -> AssessmentResource.of(needs.view(id, viewers.get())), messages);
	}

	private ResponseEntity<ProblemDetail> conflict(NeedsAssessmentId id, StaleVersionException ex) {
		return RecordConflicts.problem(ex, AssessmentResource.of(needs.view(id, viewers.get())), messages);
	}

	private static NeedsContent required(@Nullable NeedsContent content) {
		if (content == null) {
			throw new InvalidRequestException("assessment", "needs.field.required");
		}
		return content;
	}

	/**
	 * The content's problems named as the body names them:
	 * {@code assessment.elements[2].priority}.
	 */
	static InvalidRequestException inBody(InvalidRequestException ex) {
		return InvalidRequestException.of(ex.problems()
			.stream()
			.map(problem -> java.util.Set.of("comment", "version", "reason").contains(problem.parameter()) ? problem
					: new InvalidRequestException("assessment." + problem.parameter(), problem.messageKey(),
							problem.arguments()))
			.toList());
	}

}
