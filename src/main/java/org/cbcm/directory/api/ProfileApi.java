package org.cbcm.directory.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.FrameworkStatus;
import org.cbcm.directory.MechanismStatus;
import org.cbcm.directory.ProfileContact;
import org.cbcm.directory.ProfileContent;
import org.cbcm.directory.internal.ProfileManagement;
import org.cbcm.records.FieldChange;
import org.cbcm.records.RecordConflicts;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.RevisionResource;
import org.cbcm.records.Revision;
import org.cbcm.records.RecordTransitions;
import org.cbcm.records.RecordTransitions.TransitionRequest;
import org.cbcm.records.RecordView;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.NotFoundException;
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
 * Country profiles through the REST API: the published profile for all, the draft and its
 * workflow for its people.
 */
@RestController
@RequestMapping(path = "/api/v1/countries/{code}/profile", produces = "application/json")
@Tag(name = "Country profiles",
		description = "A country's focal points, authorities, framework and coordination mechanism")
class ProfileApi {

	private final ProfileManagement profiles;

	private final CountryDirectory countries;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	ProfileApi(ProfileManagement profiles, CountryDirectory countries, CurrentViewer viewers, MessageSource messages) {
		this.profiles = profiles;
		this.countries = countries;
		this.viewers = viewers;
		this.messages = messages;
	}

	/** A contact as the API reads and writes it. */
	@Schema(name = "ProfileContactResource")
	record ContactResource(@Nullable String name, @Nullable String institution, @Nullable String email,
			@Nullable String phone) {

		ProfileContact contact() {
			return new ProfileContact(String.valueOf((name == null) ? "" : name), institution, email, phone);
		}

		static ContactResource of(ProfileContact contact) {
			return new ContactResource(contact.name(), contact.institution(), contact.email(), contact.phone());
		}

	}

	/** What a profile says, as the API reads and writes it. */
	@Schema(name = "ProfileContentResource")
	record ContentResource(@Nullable List<ContactResource> focalPoints, @Nullable List<ContactResource> authorities,
			@Nullable FrameworkStatus framework, @Nullable String frameworkNote, @Nullable MechanismStatus mechanism,
			@Nullable String mechanismNote, @Nullable String website, @Nullable Boolean centreOfOrigin,
			@Nullable String centreOfOriginNote) {

		static @Nullable ContentResource of(@Nullable ProfileContent content) {
			if (content == null) {
				return null;
			}
			return new ContentResource(content.focalPoints().stream().map(ContactResource::of).toList(),
					content.authorities().stream().map(ContactResource::of).toList(), content.framework(),
					content.frameworkNote(), content.mechanism(), content.mechanismNote(), content.website(),
					content.centreOfOrigin(), content.centreOfOriginNote());
		}

	}

	/** A change to the draft, based on the version the writer read. */
	record ProfileRequest(@Nullable Integer version, @Nullable String comment,
			@Nullable List<ContactResource> focalPoints, @Nullable List<ContactResource> authorities,
			@Nullable FrameworkStatus framework, @Nullable String frameworkNote, @Nullable MechanismStatus mechanism,
			@Nullable String mechanismNote, @Nullable String website, @Nullable Boolean centreOfOrigin,
			@Nullable String centreOfOriginNote) {

		ProfileContent content() {
			return new ProfileContent(contacts(focalPoints), contacts(authorities), framework, frameworkNote, mechanism,
					mechanismNote, website, centreOfOrigin, centreOfOriginNote);
		}

		private static List<ProfileContact> contacts(@Nullable List<ContactResource> contacts) {
			return (contacts == null) ? List.of() : contacts.stream().map(ContactResource::contact).toList();
		}

	}

	@Schema(name = "ProfilePublishedResource")
	record PublishedResource(String country, ContentResource profile, @Nullable Instant publishedAt,
			@Nullable LocalDate confirmedOn, @Nullable LocalDate notConfirmedSince) {
	}

	@Schema(name = "ProfileDraftResource")
	record DraftResource(String country, RecordStatus status, int version, @Nullable ContentResource draft,
			@Nullable ContentResource published, Instant updatedAt, String updatedBy, @Nullable String returnReason,
			@Nullable LocalDate notConfirmedSince) implements Versioned {

		@Override
		public Integer versionToChange() {
			return version;
		}

		static DraftResource of(RecordView<CountryCode, ProfileContent> view) {
			return new DraftResource(view.id().value(), view.status(), view.version(),
					ContentResource.of(view.working()), ContentResource.of(view.published()), view.updatedAt(),
					view.updatedByName(), view.statusNote(), view.notConfirmedSince());
		}

	}

	@GetMapping
	@Operation(summary = "The published profile of a country; 404 until its focal point publishes one")
	PublishedResource published(@PathVariable CountryCode code) {
		RecordView<CountryCode, ProfileContent> view = profiles.view(country(code), viewers.get());
		if (view.published() == null) {
			throw new NotFoundException("profile.not-published", view.id().value());
		}
		return new PublishedResource(view.id().value(), ContentResource.of(view.published()), view.publishedAt(),
				view.confirmedOn(), view.notConfirmedSince());
	}

	@GetMapping("/draft")
	@Operation(summary = "The working copy of the profile with its status and version, for the country's people")
	DraftResource draft(@PathVariable CountryCode code) {
		return DraftResource.of(profiles.view(country(code), viewers.get()));
	}

	@PutMapping(consumes = "application/json")
	@Operation(summary = "Saves the working copy; 409 with the current version when it changed since the version given")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The record as it now is",
			content = @io.swagger.v3.oas.annotations.media.Content(
					schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = DraftResource.class)))
	ResponseEntity<?> save(@PathVariable CountryCode code, @RequestBody ProfileRequest request) {
		CountryCode country = country(code);
		int version = RecordConflicts.basedOn(request.version());
		return RecordConflicts.answer(
				() -> profiles.save(country, version, request.content(), request.comment(), viewers.get()),
				() -> DraftResource.of(profiles.view(country, viewers.get())), messages);
	}

	@PostMapping(path = "/{transition:" + RecordTransitions.STEPS + "}", consumes = "application/json")
	@Operation(summary = "A step of the profile's workflow",
			description = "submit: to the focal point (the country's people); publish, return (with a reason), "
					+ "archive (no longer public), reopen (an archived profile becomes a draft) and confirm "
					+ "(the published profile is still right): the focal point.")
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
				() -> profiles.move(country, request.basedOn(), transition, request.reason(), viewers.get()),
				() -> DraftResource.of(profiles.view(country, viewers.get())), messages);
	}

	@GetMapping("/revisions")
	@Operation(summary = "The revisions of the profile, newest first")
	List<RevisionResource> revisions(@PathVariable CountryCode code) {
		return profiles.history(country(code), viewers.get()).stream().map(r -> RevisionResource.of(r, false)).toList();
	}

	@GetMapping("/revisions/{n}")
	@Operation(summary = "One revision, field by field")
	RevisionResource revision(@PathVariable CountryCode code, @PathVariable int n) {
		return RevisionResource.of(profiles.revision(country(code), n, viewers.get()), true);
	}

	@GetMapping("/revisions/compare")
	@Operation(summary = "What differs between two revisions, field by field")
	List<FieldChange> compare(@PathVariable CountryCode code, @RequestParam int from, @RequestParam int to) {
		return profiles.compare(country(code), from, to, viewers.get());
	}

	private CountryCode country(CountryCode code) {
		return countries.get(code).code();
	}

}
