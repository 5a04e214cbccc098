package org.cbcm.needs.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.framework.ItemCode;
import org.cbcm.needs.StrategyContent;
import org.cbcm.needs.StrategyContent.Document;
import org.cbcm.needs.StrategyContent.Objective;
import org.cbcm.needs.StrategyContent.Output;
import org.cbcm.needs.StrategyIntegration;
import org.cbcm.needs.internal.StrategyManagement;
import org.cbcm.records.FieldChange;
import org.cbcm.records.RecordConflicts;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.RecordTransitions;
import org.cbcm.records.RecordTransitions.TransitionRequest;
import org.cbcm.records.RecordView;
import org.cbcm.records.RevisionResource;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.Validation;
import org.cbcm.shared.Versioned;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
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
 * National capacity-building strategies through the REST API: the published strategy for
 * all, the draft and its workflow for the country's people.
 */
@RestController
@RequestMapping(path = "/api/v1/countries/{code}/strategy", produces = "application/json")
@Tag(name = "National strategies",
		description = "A country's national capacity-building strategy and action plan (14(c)) and whether biosafety is integrated in its national development plans (14(d))")
class StrategyApi {

	private final StrategyManagement strategies;

	private final CountryDirectory countries;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	StrategyApi(StrategyManagement strategies, CountryDirectory countries, CurrentViewer viewers,
			MessageSource messages) {
		this.strategies = strategies;
		this.countries = countries;
		this.viewers = viewers;
		this.messages = messages;
	}

	/** An objective as the API reads and writes it. */
	record ObjectiveResource(@Nullable String text, @Nullable List<String> keyElements) {

		static ObjectiveResource of(Objective objective) {
			return new ObjectiveResource(objective.text(), codes(objective.keyElements()));
		}

	}

	/**
	 * An output as the API reads and writes it; {@code objective} is the index of its
	 * objective (0 for the first).
	 */
	record OutputResource(@Nullable String text, @Nullable Integer objective, @Nullable String target,
			@Nullable Integer dueYear, @Nullable List<String> keyElements) {

		static OutputResource of(Output output) {
			return new OutputResource(output.text(), output.objective(), output.target(), output.dueYear(),
					codes(output.keyElements()));
		}

	}

	record DocumentResource(@Nullable String title, @Nullable String url) {

	}

	/** What a strategy says, as the API reads it. */
	@Schema(name = "StrategyContentResource")
	record ContentResource(@Nullable String title, @Nullable LocalDate adoptedOn, @Nullable Integer startYear,
			@Nullable Integer endYear, @Nullable StrategyIntegration integration, @Nullable String integrationNote,
			List<ObjectiveResource> objectives, List<OutputResource> outputs, List<DocumentResource> documents) {

		static @Nullable ContentResource of(@Nullable StrategyContent content) {
			if (content == null) {
				return null;
			}
			return new ContentResource(content.title(), content.adoptedOn(), content.startYear(), content.endYear(),
					content.integration(), content.integrationNote(),
					content.objectives().stream().map(ObjectiveResource::of).toList(),
					content.outputs().stream().map(OutputResource::of).toList(),
					content.documents()
						.stream()
						.map(document -> new DocumentResource(document.title(), document.url()))
						.toList());
		}

	}

	/** A change to the draft, based on the version the writer read. */
	record StrategyRequest(@Nullable Integer version, @Nullable String comment, @Nullable String title,
			@Nullable LocalDate adoptedOn, @Nullable Integer startYear, @Nullable Integer endYear,
			@Nullable StrategyIntegration integration, @Nullable String integrationNote,
			@Nullable List<ObjectiveResource> objectives, @Nullable List<OutputResource> outputs,
			@Nullable List<DocumentResource> documents) {

		/**
		 * The strategy the request gives; a code of the wrong form is noted at its place.
		 */
		StrategyContent content(Validation validation) {
			List<Objective> objectiveList = new ArrayList<>();
			List<ObjectiveResource> givenObjectives = (objectives != null) ? objectives : List.of();
			for (int index = 0; index < givenObjectives.size(); index++) {
				ObjectiveResource given = givenObjectives.get(index);
				if (given == null) {
					validation.reject("objectives[" + index + "]", "strategy.field.required");
					continue;
				}
				objectiveList.add(new Objective(given.text(), StrategyContent.codes(validation,
						"objectives[" + index + "].keyElements", given.keyElements())));
			}
			List<Output> outputList = new ArrayList<>();
			List<OutputResource> givenOutputs = (outputs != null) ? outputs : List.of();
			for (int index = 0; index < givenOutputs.size(); index++) {
				OutputResource given = givenOutputs.get(index);
				if (given == null) {
					validation.reject("outputs[" + index + "]", "strategy.field.required");
					continue;
				}
				outputList.add(new Output(given.text(), given.objective(), given.target(), given.dueYear(),
						StrategyContent.codes(validation, "outputs[" + index + "].keyElements", given.keyElements())));
			}
			List<Document> documentList = new ArrayList<>();
			List<DocumentResource> givenDocuments = (documents != null) ? documents : List.of();
			for (int index = 0; index < givenDocuments.size(); index++) {
				DocumentResource given = givenDocuments.get(index);
				documentList.add((given == null) ? new Document(null, null) : new Document(given.title(), given.url()));
			}
			return new StrategyContent(title, adoptedOn, startYear, endYear, integration, integrationNote,
					objectiveList, outputList, documentList);
		}

	}

	@Schema(name = "StrategyPublishedResource")
	record PublishedResource(String country, ContentResource strategy, @Nullable Instant publishedAt,
			@Nullable LocalDate confirmedOn, @Nullable LocalDate notConfirmedSince) {
	}

	@Schema(name = "StrategyDraftResource")
	record DraftResource(String country, RecordStatus status, int version, @Nullable ContentResource draft,
			@Nullable ContentResource published, Instant updatedAt, String updatedBy,
			@Nullable String returnReason) implements Versioned {

		@Override
		public Integer versionToChange() {
			return version;
		}

		static DraftResource of(RecordView<CountryCode, StrategyContent> view) {
			return new DraftResource(view.id().value(), view.status(), view.version(),
					ContentResource.of(view.working()), ContentResource.of(view.published()), view.updatedAt(),
					view.updatedByName(), view.statusNote());
		}

	}

	@GetMapping
	@Operation(summary = "The published strategy of a country; 404 until its focal point publishes one")
	PublishedResource published(@PathVariable CountryCode code) {
		RecordView<CountryCode, StrategyContent> view = strategies.view(country(code), viewers.get());
		if (view.published() == null) {
			throw new NotFoundException("strategy.not-published", view.id().value());
		}
		return new PublishedResource(view.id().value(), ContentResource.of(view.published()), view.publishedAt(),
				view.confirmedOn(), view.notConfirmedSince());
	}

	@GetMapping("/draft")
	@Operation(summary = "The working copy of the strategy with its status and version, for the country's people")
	DraftResource draft(@PathVariable CountryCode code) {
		return DraftResource.of(strategies.view(country(code), viewers.get()));
	}

	@PutMapping(consumes = "application/json")
	@Operation(summary = "Saves the working copy; 409 with the current version when it changed since the version given",
			description = "An output names its objective by index (0 for the first); key elements are codes of the "
					+ "current Action Plan, 12(a)-12(o) and the sub-elements of 12(a), such as 12(a)(ii).")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The record as it now is",
			content = @io.swagger.v3.oas.annotations.media.Content(
					schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = DraftResource.class)))
	ResponseEntity<?> save(@PathVariable CountryCode code, @RequestBody StrategyRequest request) {
		CountryCode country = country(code);
		int version = RecordConflicts.basedOn(request.version());
		Validation validation = new Validation();
		StrategyContent content = request.content(validation);
		if (validation.failed()) {
			// What is of the wrong form is reported with what the content itself refuses.
			content.check(validation);
			throw validation.problems();
		}
		return RecordConflicts.answer(
				() -> strategies.save(country, version, content, request.comment(), viewers.get()),
				() -> DraftResource.of(strategies.view(country, viewers.get())), messages);
	}

	@PostMapping(path = "/{transition:" + RecordTransitions.STEPS + "}", consumes = "application/json")
	@Operation(summary = "A step of the strategy's workflow",
			description = "submit: to the focal point (the country's people); publish, return (with a reason), "
					+ "archive (no longer public), reopen (an archived strategy becomes a draft) and confirm "
					+ "(the published strategy is still right): the focal point.")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The record as it now is",
			content = @io.swagger.v3.oas.annotations.media.Content(
					schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = DraftResource.class)))
	ResponseEntity<?> move(@PathVariable CountryCode code,
			@Parameter(description = "submit, publish, return, archive, reopen or confirm",
					schema = @Schema(allowableValues = { "submit", "publish", "return", "archive", "reopen",
							"confirm" })) @PathVariable Transition transition,
			@RequestBody TransitionRequest request) {
		CountryCode country = country(code);
		return RecordTransitions.api(
				() -> strategies.move(country, request.basedOn(), transition, request.reason(), viewers.get()),
				() -> DraftResource.of(strategies.view(country, viewers.get())), messages);
	}

	@GetMapping("/revisions")
	@Operation(summary = "The revisions of the strategy, newest first")
	List<RevisionResource> revisions(@PathVariable CountryCode code) {
		return strategies.history(country(code), viewers.get())
			.stream()
			.map(r -> RevisionResource.of(r, false))
			.toList();
	}

	@GetMapping("/revisions/{n}")
	@Operation(summary = "One revision of the strategy, field by field")
	RevisionResource revision(@PathVariable CountryCode code, @PathVariable int n) {
		return RevisionResource.of(strategies.revision(country(code), n, viewers.get()), true);
	}

	@GetMapping("/revisions/compare")
	@Operation(summary = "What differs between two revisions of the strategy, field by field")
	List<FieldChange> compare(@PathVariable CountryCode code, @RequestParam int from, @RequestParam int to) {
		return strategies.compare(country(code), from, to, viewers.get());
	}

	private static List<String> codes(List<ItemCode> codes) {
		return codes.stream().map(ItemCode::value).toList();
	}

	private CountryCode country(CountryCode code) {
		return countries.get(code).code();
	}

}
