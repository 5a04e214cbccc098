package org.cbcm.roster.api;

import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cbcm.records.RecordConflicts;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.RecordTransitions;
import org.cbcm.records.RecordTransitions.TransitionRequest;
import org.cbcm.records.RecordView;
import org.cbcm.records.RevisionResource;
import org.cbcm.records.Transition;
import org.cbcm.roster.ExpertChecklist;
import org.cbcm.roster.ExpertContent;
import org.cbcm.roster.ExpertId;
import org.cbcm.roster.PublicExpert;
import org.cbcm.roster.internal.ExpertManagement;
import org.cbcm.roster.internal.ExpertStore;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.StaleVersionException;
import org.cbcm.shared.Viewer;
import org.cbcm.shared.Versioned;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An expert's record through the REST API: for its owners (the expert, the nominating
 * Party's focal points) and the Secretariat the whole record with its status, version,
 * listing and checklist; for everybody else a listed expert's public view, with only what
 * the expert agreed to show and never the contact. Saving, the workflow and the history
 * are the owners'.
 */
@RestController
@Tag(name = "Roster", description = "The roster of biosafety experts: experts' records, nominated by Parties "
		+ "and listed by the Secretariat; listed experts by expertise, region, language")
class ExpertApi {

	static final String EXPERT_EXAMPLE = """
			{"givenName": "Amina", "familyName": "Otieno", "profile": "Molecular biologist ...",
			 "contact": {"email": "amina@example.org", "phone": "+254 20 000000"},
			 "yearOfBirth": 1978, "countryOfBirth": "KEN", "nationalities": ["KEN"], "gender": "WOMAN",
			 "currentJob": {"organisation": "National Biosafety Authority", "department": "Risk assessment",
			   "title": "Head", "start": "2019-03", "type": "GOVERNMENT", "responsibilities": "Leads risk assessments"},
			 "degrees": [{"level": "DOCTORATE", "subject": "Molecular biology", "institution": "University of Nairobi",
			   "year": 2008}],
			 "expertise": ["RISK_ASSESSMENT", "BIOSAFETY_LAW"], "motherTongue": "sw",
			 "languages": [{"language": "en", "level": "EXCELLENT"}], "orcid": "0000-0002-1825-0097",
			 "availability": "AVAILABLE", "remote": true, "onSite": true,
			 "publicParts": ["NAME", "PROFILE", "EXPERTISE", "LANGUAGES"]}""";

	static final String CHANGE_EXAMPLE = "{\"version\": 3, \"comment\": \"Current post updated\", \"expert\": "
			+ EXPERT_EXAMPLE + "}";

	private final ExpertManagement experts;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	ExpertApi(ExpertManagement experts, CurrentViewer viewers, MessageSource messages) {
		this.experts = experts;
		this.viewers = viewers;
		this.messages = messages;
	}

	/** The whole record, as its owners and the Secretariat see it. */
	record ExpertResource(String id, String country, RecordStatus status,
			@Schema(description = "The version to base a change on") int version,
			@Schema(description = "The working copy") ExpertContent draft,
			@Schema(description = "The copy last listed, if any") @Nullable ExpertContent published,
			@Schema(description = "Whether listed, since and until when, when it lapsed") ExpertStore.Listing listing,
			@Schema(description = "The minimum requirements the draft does not meet yet") List<ExpertChecklist> unmet,
			@Nullable String returnReason) implements Versioned {

		@Override
		public Integer versionToChange() {
			return version;
		}

	}

	/** A change, based on the version the writer read (or given as If-Match). */
	@Schema(name = "ExpertChangeRequest")
	record ChangeRequest(@Nullable Integer version, @Nullable String comment, @Nullable ExpertContent expert) {
	}

	@GetMapping(path = "/api/v1/roster/experts/{id}", produces = "application/json")
	@Operation(summary = "An expert: the whole record for its owners and the Secretariat, "
			+ "the public view of a listed expert for everybody else (404 when not listed)")
	@ApiResponse(responseCode = "200",
			content = @Content(schema = @Schema(oneOf = { ExpertResource.class, PublicExpert.class })))
	Object get(@PathVariable ExpertId id) {
		Viewer viewer = viewers.get();
		RecordView<ExpertId, ExpertContent> view = experts.view(id, viewer);
		if (!view.owned()) {
			return experts.publicExpert(id, viewer);
		}
		return resource(view, viewer);
	}

	@PutMapping(path = "/api/v1/roster/experts/{id}", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Saves the working copy (the expert, the nominating Party's focal points); 400 with the "
			+ "faults field by field, 409 with the current version when it changed since the version given "
			+ "(in the body or as If-Match)")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The record as it now is",
			content = @io.swagger.v3.oas.annotations.media.Content(
					schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ExpertResource.class)))
	ResponseEntity<?> save(@PathVariable ExpertId id, @io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(examples = @ExampleObject(value = CHANGE_EXAMPLE))) @RequestBody ChangeRequest request) {
		Viewer viewer = viewers.get();
		RecordView<ExpertId, ExpertContent> view = experts.view(id, viewer);
		if (!view.owned() || !experts.mayEdit(view, viewer)) {
			throw new ForbiddenException("record.edit.not-yours", view.owner().toString());
		}
		int version = RecordConflicts.basedOn(request.version());
		if (request.expert() == null) {
			throw new InvalidRequestException("expert", "expert.field.required");
		}
		try {
			experts.save(id, version, request.expert(), request.comment(), viewer);
		}
		catch (StaleVersionException ex) {
			return RecordConflicts.problem(ex, resource(experts.view(id, viewer), viewer), messages);
		}
		catch (InvalidRequestException ex) {
			throw inBody(ex);
		}
		return ResponseEntity.ok(resource(experts.view(id, viewer), viewer));
	}

	@PostMapping(path = "/api/v1/roster/experts/{id}/{transition:" + RecordTransitions.STEPS + "}",
			consumes = "application/json", produces = "application/json")
	@Operation(summary = "A step of the nomination's workflow",
			description = "submit, archive, reopen: the nominating Party's focal point; publish (list) and return "
					+ "(with a reason): the Secretariat, listing only when the checklist is met and within the "
					+ "limits per Party and per area (409 with the numbers otherwise); confirm: the expert or "
					+ "the focal point.")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The record as it now is",
			content = @io.swagger.v3.oas.annotations.media.Content(
					schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ExpertResource.class)))
	ResponseEntity<?> move(@PathVariable ExpertId id,
			@Parameter(description = "submit, publish, return, archive, reopen or confirm",
					schema = @Schema(allowableValues = { "submit", "publish", "return", "archive", "reopen",
							"confirm" })) @PathVariable Transition transition,
			@RequestBody TransitionRequest request) {
		Viewer viewer = viewers.get();
		if (!experts.view(id, viewer).owned()) {
			// whoever is not an owner takes no step, whatever version they name
			throw new ForbiddenException("record.edit.not-yours", id.toString());
		}
		return RecordTransitions.api(() -> experts.move(id, request.basedOn(), transition, request.reason(), viewer),
				() -> resource(experts.view(id, viewer), viewer), messages);
	}

	@GetMapping(path = "/api/v1/roster/experts/{id}/history", produces = "application/json")
	@Operation(summary = "The revisions of the record, newest first, field by field (its owners)")
	List<RevisionResource> history(@PathVariable ExpertId id) {
		return experts.history(id, viewers.get())
			.stream()
			.map(revision -> RevisionResource.of(revision, true))
			.toList();
	}

	private ExpertResource resource(RecordView<ExpertId, ExpertContent> view, Viewer viewer) {
		ExpertId id = view.id();
		return new ExpertResource(id.toString(), Objects.requireNonNull(view.owner().country()).value(), view.status(),
				view.version(), Objects.requireNonNull(view.working()), view.published(),
				experts.listings(List.of(id)).get(id), experts.unmet(id, viewer), view.statusNote());
	}

	/**
	 * The content's problems named as the body names them:
	 * {@code expert.degrees[0].subject}.
	 */
	private static InvalidRequestException inBody(InvalidRequestException ex) {
		return InvalidRequestException.of(ex.problems()
			.stream()
			.map(problem -> java.util.Set.of("comment", "version", "reason").contains(problem.parameter()) ? problem
					: new InvalidRequestException("expert." + problem.parameter(), problem.messageKey(),
							problem.arguments()))
			.toList());
	}

}
