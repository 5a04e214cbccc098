package org.cbcm.initiatives.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbcm.initiatives.GeographicScope;
import org.cbcm.initiatives.ImplementationStatus;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativeType;
import org.cbcm.initiatives.internal.Facet;
import org.cbcm.initiatives.internal.InitiativeFilter;
import org.cbcm.initiatives.internal.InitiativeFilters;
import org.cbcm.initiatives.internal.InitiativeManagement;
import org.cbcm.initiatives.internal.InitiativeQueries;
import org.cbcm.initiatives.internal.InitiativeQueries.FacetCount;
import org.cbcm.initiatives.internal.InitiativeSort;
import org.cbcm.initiatives.internal.InitiativeSummary;
import org.cbcm.initiatives.internal.SimilarInitiatives;
import org.cbcm.initiatives.internal.SimilarInitiatives.Similar;
import org.cbcm.records.FieldChange;
import org.cbcm.records.RecordConflicts;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.RevisionResource;
import org.cbcm.records.Revision;
import org.cbcm.records.RecordTransitions;
import org.cbcm.records.RecordTransitions.TransitionRequest;
import org.cbcm.records.RecordView;
import org.cbcm.records.Transition;
import org.cbcm.shared.CursorPage;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.StaleVersionException;
import org.cbcm.shared.Validation;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Initiatives through the REST API: search of the published registry with the portal's
 * filters and facets, the record for its reader, and registration, change and workflow
 * for its owners.
 */
@RestController
@RequestMapping(path = "/api/v1/initiatives", produces = "application/json")
@Tag(name = "Initiatives",
		description = "Capacity-building initiatives: who funds and who does what, where, when, for how much, on which key elements")
class InitiativeApi {

	private final InitiativeManagement initiatives;

	private final InitiativeQueries queries;

	private final InitiativeFilters filters;

	private final SimilarInitiatives similar;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	InitiativeApi(InitiativeManagement initiatives, InitiativeQueries queries, InitiativeFilters filters,
			SimilarInitiatives similar, CurrentViewer viewers, MessageSource messages) {
		this.initiatives = initiatives;
		this.queries = queries;
		this.filters = filters;
		this.similar = similar;
		this.viewers = viewers;
		this.messages = messages;
	}

	/** A published initiative in a list. */
	record SummaryResource(String id, String title, @Nullable String projectNumber, @Nullable InitiativeType type,
			@Nullable ImplementationStatus implementation, @Nullable LocalDate start, @Nullable LocalDate end,
			@Nullable GeographicScope scope, @Nullable BigDecimal totalBudget, @Nullable String currency,
			@Schema(description = "The budget in US dollars at the start year's rate; null when the rate is missing") @Nullable BigDecimal usd,
			@Nullable Integer rateYear, @Nullable String fundingSource, List<String> countries, List<String> donors,
			List<String> implementers, List<String> keyElements, List<String> activities,
			@Schema(description = "Some country's share is split evenly for want of one") boolean countrySharesEstimated,
			Instant publishedAt, String href) {

		static SummaryResource of(InitiativeSummary summary) {
			return new SummaryResource(summary.id().toString(), summary.title(), summary.projectNumber(),
					summary.type(), summary.implementation(), summary.start(), summary.end(), summary.scope(),
					summary.totalBudget(), summary.currency(), summary.usd(), summary.budgetYear(),
					summary.fundingSource(), summary.countries(), summary.donors(), summary.implementers(),
					summary.elements(), summary.activities(), summary.countrySharesEstimated(), summary.publishedAt(),
					"/api/v1/initiatives/" + summary.id());
		}

	}

	/** A record as its reader may see it. */
	@Schema(name = "InitiativeRecordResource")
	record RecordResource(String id, @Schema(description = "Organisation identifier or country code") String owner,
			@Schema(description = "For its owners") @Nullable RecordStatus status,
			@Schema(description = "For its owners: the version to base a change on") @Nullable Integer version,
			@Nullable InitiativeDocument published,
			@Schema(description = "For its owners") @Nullable InitiativeDocument draft, @Nullable Instant publishedAt,
			@Nullable LocalDate confirmedOn, @Nullable LocalDate notConfirmedSince,
			@Nullable String returnReason) implements Versioned {

		@Override
		public Integer versionToChange() {
			return version;
		}

		static RecordResource of(RecordView<InitiativeId, InitiativeContent> view) {
			boolean owner = view.owned();
			return new RecordResource(view.id().toString(), view.owner().toString(), owner ? view.status() : null,
					owner ? view.version() : null,
					(view.published() != null) ? InitiativeDocument.of(view.published()) : null,
					owner ? InitiativeDocument.of(java.util.Objects.requireNonNull(view.working())) : null,
					view.publishedAt(), view.confirmedOn(), view.notConfirmedSince(), view.statusNote());
		}

	}

	/** A whole initiative as a writer sends it, for the API's documentation. */
	static final String INITIATIVE_EXAMPLE = """
			{"title": "Detecting LMOs in East Africa", "projectNumber": "GEF-5432", "type": "PROJECT",
			 "implementation": "ONGOING", "description": "Builds the capacity of risk assessors and laboratories.",
			 "schedule": {"plannedStart": "2024-02-01", "plannedEnd": "2027-01-31"},
			 "geography": {"scope": "SUB_REGIONAL",
			   "countries": [{"country": "KEN", "percentage": 50}, {"country": "UGA"}, {"country": "TZA"}]},
			 "participants": [{"organisation": "855f3e8c-8aea-3dd0-9475-6ddc28c6fa7d", "role": "DONOR"},
			   {"organisation": "f118df2d-9c43-3e57-adb1-c1deb57aab4c", "role": "IMPLEMENTING_AGENCY"}],
			 "funding": {"totalBudget": 1200000, "currency": "EUR", "source": "13(d)(i)", "type": "GRANT",
			   "years": [{"year": 2024, "committed": 600000, "disbursed": 400000}]},
			 "focus": {"keyElements": [{"element": "12(c)", "percentage": 60}, {"element": "12(i)"}],
			   "activities": ["14(l)"], "categories": ["TRAINING"], "targetGroups": ["RISK_ASSESSORS"]},
			 "results": {"indicators": [{"name": "Staff trained", "unit": "people", "baseline": 0, "target": 120}]},
			 "evaluations": [{"evaluator": "Independent Evaluation Office", "date": "2025-06-30",
			   "ratings": {"RELEVANCE": 4, "EFFICIENCY": 3}}],
			 "contacts": [{"name": "Amina Odhiambo", "institution": "UNEP", "email": "amina@example.org"}]}""";

	static final String CREATE_EXAMPLE = "{\"owner\": \"f118df2d-9c43-3e57-adb1-c1deb57aab4c\", \"comment\": \"First draft\", \"initiative\": "
			+ INITIATIVE_EXAMPLE + "}";

	static final String CHANGE_EXAMPLE = "{\"version\": 3, \"comment\": \"Disbursements of 2024\", \"initiative\": "
			+ INITIATIVE_EXAMPLE + "}";

	static final String TRANSITION_EXAMPLE = "{\"version\": 2}";

	static final String RETURN_EXAMPLE = "{\"version\": 2, \"reason\": \"Name the implementing agency.\"}";

	/**
	 * A new initiative: its owner when the writer may write for several, and its content.
	 */
	@Schema(name = "InitiativeCreateRequest")
	record CreateRequest(@Schema(
			description = "Organisation identifier or country code; needed when the writer writes for several") @Nullable String owner,
			@Nullable String comment, InitiativeDocument initiative) {
	}

	/** A change, based on the version the writer read. */
	@Schema(name = "InitiativeChangeRequest")
	record ChangeRequest(@Nullable Integer version, @Nullable String comment, InitiativeDocument initiative) {
	}

	record SimilarResource(String id, String title, @Nullable LocalDate start, @Nullable LocalDate end,
			boolean sameDonor, boolean sameImplementer, boolean datesOverlap, int titleSimilarity, String href) {

		static SimilarResource of(Similar similar) {
			return new SimilarResource(similar.id().toString(), similar.title(), similar.start(), similar.end(),
					similar.sameDonor(), similar.sameImplementer(), similar.datesOverlap(), similar.titleSimilarity(),
					"/api/v1/initiatives/" + similar.id());
		}

	}

	@GetMapping
	@Operation(summary = "Published initiatives, a page at a time",
			description = "Filters as on /initiatives: q (words of the text), and per facet any of its values "
					+ "(country, region, group, donor, implementer, organisation, element, activity, status, type, source, "
					+ "category, target, scope; repeat a parameter for several values), from and to (years it runs in).")
	ResultPage<SummaryResource> search(HttpServletRequest request,
			@RequestParam(defaultValue = "NEWEST") InitiativeSort sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @Parameter(description = "Words that must all occur",
					example = "risk assessment") @RequestParam(required = false) @Nullable String q) {
		InitiativeFilter filter = filters.read(request.getParameterMap());
		return queries.search(filter, sort, new Paging(page, size)).map(SummaryResource::of);
	}

	@GetMapping("/all")
	@Operation(summary = "Every published initiative the filters select, a chunk at a time by cursor",
			description = "For mirrors and downloads: the same filters and orders as the list, but walked by "
					+ "cursor, so that the 1,000th chunk costs what the first does. Send no cursor for the first "
					+ "chunk, then each answer's next (also in its Link header) until it is null. A cursor belongs "
					+ "to its order and filters: send them unchanged. Rows published during the walk may be "
					+ "missed or seen twice only if they move in the order (a changed title, start or budget).")
	CursorPage<SummaryResource> all(HttpServletRequest request,
			@RequestParam(defaultValue = "NEWEST") InitiativeSort sort,
			@Parameter(description = "The next of the previous chunk; none for the first") @RequestParam(
					required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "500") int size) {
		InitiativeFilter filter = filters.read(request.getParameterMap());
		int chunk = CursorPage.size(size);
		InitiativeQueries.Chunk rows = queries.chunk(filter, sort, cursor, chunk);
		return new CursorPage<>(rows.rows(), chunk, rows.next()).map(SummaryResource::of);
	}

	@GetMapping("/facets")
	@Operation(
			summary = "Counts of the published initiatives per value of each facet, over the same filters as the search")
	Map<String, List<FacetCount>> facets(HttpServletRequest request) {
		InitiativeFilter filter = filters.read(request.getParameterMap());
		Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
		queries.facets(filter, EnumSet.allOf(Facet.class))
			.forEach((facet, counts) -> facets.put(facet.parameter(), counts));
		return facets;
	}

	@PostMapping(consumes = "application/json")
	@Operation(summary = "Registers an initiative as a draft of its owner")
	ResponseEntity<RecordResource> create(@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(examples = @ExampleObject(value = CREATE_EXAMPLE))) @RequestBody CreateRequest request) {
		InitiativeContent content = content(request.initiative());
		InitiativeId id;
		try {
			id = initiatives.create(InitiativeManagement.ownerOf(request.owner()), content, request.comment(),
					viewers.get());
		}
		catch (InvalidRequestException ex) {
			throw inBody(ex);
		}
		return ResponseEntity.created(URI.create("/api/v1/initiatives/" + id))
			.body(RecordResource.of(initiatives.view(id, viewers.get())));
	}

	@PostMapping(path = "/similar", consumes = "application/json")
	@Operation(
			summary = "Published initiatives the given one may duplicate: same donor or implementer, overlapping dates, similar title")
	List<SimilarResource> similar(
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(value = INITIATIVE_EXAMPLE))) @RequestBody InitiativeDocument initiative,
			@RequestParam(required = false) @Nullable String except) {
		Validation validation = new Validation();
		InitiativeContent content = initiative.content(validation);
		validation.done();
		InitiativeId itself = (except != null && InitiativeId.isValid(except)) ? InitiativeId.of(except) : null;
		return similar.of(content, itself).stream().map(SimilarResource::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "An initiative: the published copy for all, and for its owners the draft, status and version")
	RecordResource get(@PathVariable InitiativeId id) {
		return RecordResource.of(initiatives.view(id, viewers.get()));
	}

	@PutMapping(path = "/{id}", consumes = "application/json")
	@Operation(summary = "Saves the draft; 409 with the current version when it changed since the version given")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The record as it now is",
			content = @io.swagger.v3.oas.annotations.media.Content(
					schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = RecordResource.class)))
	ResponseEntity<?> save(@PathVariable("id") InitiativeId initiative,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(value = CHANGE_EXAMPLE))) @RequestBody ChangeRequest request) {
		int version = RecordConflicts.basedOn(request.version());
		InitiativeContent content = content(request.initiative());
		try {
			initiatives.save(initiative, version, content, request.comment(), viewers.get());
		}
		catch (StaleVersionException ex) {
			return conflict(initiative, ex);
		}
		catch (InvalidRequestException ex) {
			throw inBody(ex);
		}
		return ResponseEntity.ok(RecordResource.of(initiatives.view(initiative, viewers.get())));
	}

	@PostMapping(path = "/{id}/{transition:" + RecordTransitions.STEPS + "}", consumes = "application/json")
	@Operation(summary = "A step of the record's workflow",
			description = "submit: the draft goes for publication (its reporters or national people); "
					+ "publish: the Secretariat for organisations' initiatives, the focal point for national ones; "
					+ "return: back to its writers, with a reason; archive: no longer public; "
					+ "reopen: an archived initiative becomes a draft; confirm: the published initiative is still right.")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The record as it now is",
			content = @io.swagger.v3.oas.annotations.media.Content(
					schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = RecordResource.class)))
	ResponseEntity<?> move(@PathVariable InitiativeId id,
			@Parameter(description = "submit, publish, return, archive, reopen or confirm",
					schema = @Schema(allowableValues = { "submit", "publish", "return", "archive", "reopen",
							"confirm" })) @PathVariable Transition transition,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = { @ExampleObject(name = "step", value = TRANSITION_EXAMPLE), @ExampleObject(
							name = "return", value = RETURN_EXAMPLE) })) @RequestBody TransitionRequest request) {
		return RecordTransitions.api(
				() -> initiatives.move(id, request.basedOn(), transition, request.reason(), viewers.get()),
				() -> RecordResource.of(initiatives.view(id, viewers.get())), messages);
	}

	@GetMapping("/{id}/revisions")
	@Operation(
			summary = "The revisions of the record, newest first: all for its owners and the Secretariat, the published ones (without author) for everybody else")
	List<RevisionResource> revisions(@PathVariable InitiativeId id) {
		return initiatives.history(id, viewers.get()).stream().map(r -> RevisionResource.of(r, false)).toList();
	}

	@GetMapping("/{id}/revisions/{n}")
	@Operation(summary = "One revision, field by field")
	RevisionResource revision(@PathVariable InitiativeId id, @PathVariable int n) {
		return RevisionResource.of(initiatives.revision(id, n, viewers.get()), true);
	}

	@GetMapping("/{id}/revisions/compare")
	@Operation(summary = "What differs between two revisions, field by field")
	List<FieldChange> compare(@PathVariable InitiativeId id, @RequestParam int from, @RequestParam int to) {
		return initiatives.compare(id, from, to, viewers.get());
	}

	/** 409, with the current version and the record as it now is. */
	private ResponseEntity<ProblemDetail> conflict(InitiativeId id, StaleVersionException ex) {
		return RecordConflicts.problem(ex, RecordResource.of(initiatives.view(id, viewers.get())), messages);
	}

	private static InitiativeContent content(@Nullable InitiativeDocument document) {
		if (document == null) {
			throw new InvalidRequestException("initiative", "initiative.field.required");
		}
		Validation validation = new Validation();
		InitiativeContent content = document.content(validation);
		if (validation.failed()) {
			// What is of the wrong form is reported with what the content itself refuses.
			content.check(validation);
			throw inBody(validation.problems());
		}
		return content;
	}

	/**
	 * The problems of the initiative's content named as the body names them:
	 * {@code initiative.funding.currency}.
	 */
	static InvalidRequestException inBody(InvalidRequestException ex) {
		return InvalidRequestException.of(ex.problems()
			.stream()
			.map(problem -> java.util.Set.of("owner", "comment", "version", "reason").contains(problem.parameter())
					? problem
					: new InvalidRequestException("initiative." + problem.parameter(), problem.messageKey(),
							problem.arguments()))
			.toList());
	}

}
