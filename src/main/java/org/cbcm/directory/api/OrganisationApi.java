package org.cbcm.directory.api;

import java.net.URI;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationContent;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.directory.internal.OrganisationManagement;
import org.cbcm.records.RecordConflicts;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.RecordTransitions;
import org.cbcm.records.RecordTransitions.TransitionRequest;
import org.cbcm.records.RecordView;
import org.cbcm.records.Transition;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.Validation;
import org.cbcm.shared.Versioned;
import org.cbcm.directory.OrganisationFilter;
import org.cbcm.directory.OrganisationType;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisations through the REST API: everybody reads the published ones; any reporter
 * proposes one; the Secretariat edits them and takes their workflow steps.
 */
@RestController
@RequestMapping(path = "/api/v1/organisations", produces = "application/json")
@Tag(name = "Organisations", description = "Donors, agencies and others in biosafety capacity-building")
class OrganisationApi {

	private final OrganisationDirectory organisations;

	private final CountryDirectory countries;

	private final OrganisationManagement records;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	OrganisationApi(OrganisationDirectory organisations, CountryDirectory countries, OrganisationManagement records,
			CurrentViewer viewers, MessageSource messages) {
		this.organisations = organisations;
		this.countries = countries;
		this.records = records;
		this.viewers = viewers;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Organisations by name, a page at a time, optionally of one type or seated in one country")
	ResultPage<OrganisationResource> list(@RequestParam(required = false) @Nullable OrganisationType type,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		CountryCode countryCode = countries.country("country", country);
		return organisations.search(new OrganisationFilter(type, countryCode, q), new Paging(page, size))
			.map(OrganisationResource::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One organisation by its identifier")
	OrganisationResource get(@PathVariable OrganisationId id) {
		return OrganisationResource.of(organisations.get(id));
	}

	/**
	 * Proposes an organisation to the Secretariat: any reporter may. It is stored
	 * submitted and is not public until the Secretariat publishes it.
	 */
	@PostMapping(consumes = "application/json")
	@Operation(summary = "Proposes an organisation to the Secretariat; 201 with the proposal, submitted")
	ResponseEntity<ProposalResource> propose(@RequestBody OrganisationRequest request) {
		OrganisationContent content = request.content();
		OrganisationId id = records.propose(content, request.comment(), viewers.get());
		// The proposer is not among its owners: what they proposed is what they read.
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + id))
			.body(new ProposalResource(id.toString(), RecordStatus.SUBMITTED, 1, ContentResource.of(content)));
	}

	/** A proposal as its proposer sent it, waiting for the Secretariat. */
	record ProposalResource(String id, RecordStatus status, int version,
			@Nullable ContentResource working) implements Versioned {

		@Override
		public Integer versionToChange() {
			return version;
		}

	}

	@GetMapping("/{id}/record")
	@Operation(summary = "The organisation as a record, with its working copy, status and version, for the Secretariat")
	RecordResource record(@PathVariable OrganisationId id) {
		return RecordResource.of(records.view(id, viewers.get()));
	}

	/** The Secretariat saves the working copy, based on the version it read. */
	@PutMapping(path = "/{id}", consumes = "application/json")
	@Operation(summary = "Saves the working copy; 409 with the current version when it changed since the version given")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The record as it now is",
			content = @io.swagger.v3.oas.annotations.media.Content(
					schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = RecordResource.class)))
	ResponseEntity<?> save(@PathVariable OrganisationId id, @RequestBody OrganisationRequest request) {
		OrganisationId organisation = id;
		int version = RecordConflicts.basedOn(request.version());
		return RecordConflicts.answer(
				() -> records.save(organisation, version, request.content(), request.comment(), viewers.get()),
				() -> RecordResource.of(records.view(organisation, viewers.get())), messages);
	}

	@PostMapping(path = "/{id}/{transition:" + RecordTransitions.STEPS + "}", consumes = "application/json")
	@Operation(
			summary = "Takes a step of the organisation's workflow (the Secretariat's); 409 when the version is stale")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The record as it now is",
			content = @io.swagger.v3.oas.annotations.media.Content(
					schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = RecordResource.class)))
	ResponseEntity<?> move(@PathVariable OrganisationId id,
			@Parameter(description = "submit, publish, return, archive, reopen or confirm",
					schema = @Schema(allowableValues = { "submit", "publish", "return", "archive", "reopen",
							"confirm" })) @PathVariable Transition transition,
			@RequestBody TransitionRequest request) {
		OrganisationId organisation = id;
		return RecordTransitions.api(
				() -> records.move(organisation, request.basedOn(), transition, request.reason(), viewers.get()),
				() -> RecordResource.of(records.view(organisation, viewers.get())), messages);
	}

	record OrganisationResource(String id, String name, @Nullable String acronym, OrganisationType type,
			@Nullable String country, @Nullable String website, @Nullable String description,
			@Nullable String iatiIdentifier) {

		static OrganisationResource of(Organisation organisation) {
			return new OrganisationResource(organisation.id().toString(), organisation.name(), organisation.acronym(),
					organisation.type(), (organisation.country() != null) ? organisation.country().value() : null,
					organisation.website(), organisation.description(), organisation.iatiIdentifier());
		}

	}

	/** An organisation proposed or changed, with the version a change is based on. */
	record OrganisationRequest(@Nullable Integer version, @Nullable String comment, @Nullable String name,
			@Nullable String acronym, @Nullable OrganisationType type, @Nullable String country,
			@Nullable String iatiIdentifier, @Nullable String website, @Nullable String description) {

		/** The content; a country code of the wrong form is refused with the rest. */
		OrganisationContent content() {
			CountryCode seat = null;
			if (country != null && !country.isBlank()) {
				if (!CountryCode.isValid(country)) {
					Validation validation = new Validation();
					validation.reject("country", "organisation.country.unknown", country);
					new OrganisationContent(name, acronym, type, null, iatiIdentifier, website, description)
						.check(validation);
					validation.done();
				}
				seat = CountryCode.of(country);
			}
			return new OrganisationContent(name, acronym, type, seat, iatiIdentifier, website, description);
		}

	}

	/** An organisation as a record: what the Secretariat reads and writes. */
	@Schema(name = "OrganisationRecordResource")
	record RecordResource(String id, RecordStatus status, int version, @Nullable ContentResource working,
			@Nullable ContentResource published, Instant updatedAt, String updatedBy,
			@Nullable String returnReason) implements Versioned {

		@Override
		public Integer versionToChange() {
			return version;
		}

		static RecordResource of(RecordView<OrganisationId, OrganisationContent> view) {
			return new RecordResource(view.id().toString(), view.status(), view.version(),
					ContentResource.of(view.working()), ContentResource.of(view.published()), view.updatedAt(),
					view.updatedByName(), view.statusNote());
		}

	}

	@Schema(name = "OrganisationContentResource")
	record ContentResource(@Nullable String name, @Nullable String acronym, @Nullable OrganisationType type,
			@Nullable String country, @Nullable String iatiIdentifier, @Nullable String website,
			@Nullable String description) {

		static @Nullable ContentResource of(@Nullable OrganisationContent content) {
			return (content == null) ? null
					: new ContentResource(content.name(), content.acronym(), content.type(),
							(content.country() != null) ? content.country().value() : null, content.iatiIdentifier(),
							content.website(), content.description());
		}

	}

}
