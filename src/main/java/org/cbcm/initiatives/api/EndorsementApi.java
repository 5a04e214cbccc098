package org.cbcm.initiatives.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cbcm.initiatives.Endorsement;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.internal.InitiativeEndorsements;
import org.cbcm.initiatives.internal.InitiativeEndorsements.Voice;
import org.cbcm.initiatives.internal.InitiativeManagement;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The voice of the countries an initiative names: what each says of it, and, for the
 * focal point of such a country, saying it.
 */
@RestController
@RequestMapping(path = "/api/v1/initiatives/{id}/endorsements", produces = "application/json")
@Tag(name = "Initiatives")
class EndorsementApi {

	static final String EXAMPLE = "{\"endorsement\": \"DISPUTED\", \"note\": \"The ministry was not consulted.\"}";

	private final InitiativeManagement initiatives;

	private final InitiativeEndorsements endorsements;

	private final CurrentViewer viewers;

	EndorsementApi(InitiativeManagement initiatives, InitiativeEndorsements endorsements, CurrentViewer viewers) {
		this.initiatives = initiatives;
		this.endorsements = endorsements;
		this.viewers = viewers;
	}

	/** What a country says of the initiative. */
	record VoiceResource(String country, @Schema(
			description = "ENDORSED, COMMENTED, DISPUTED; null when the country has not answered") @Nullable Endorsement endorsement,
			@Schema(description = "The comment or the reason of a dispute, for the initiative's owners, the Secretariat and the country's people") @Nullable String note,
			@Nullable String by, @Nullable Instant at) {

		static VoiceResource of(Voice voice) {
			return new VoiceResource(voice.country().value(), voice.endorsement(), voice.note(), voice.byName(),
					voice.at());
		}

	}

	/** What the focal point says. */
	record EndorsementRequest(@Schema(
			description = "ENDORSED, COMMENTED, DISPUTED, or NONE to withdraw what the country said") @Nullable String endorsement,
			@Schema(description = "The comment (needed for COMMENTED) or the reason (needed for DISPUTED)") @Nullable String note) {
	}

	@GetMapping
	@Operation(summary = "What each country the initiative names says of it (while it is submitted or published)")
	List<VoiceResource> list(@PathVariable InitiativeId id) {
		initiatives.view(id, viewers.get());
		return endorsements.of(id, viewers.get()).stream().map(VoiceResource::of).toList();
	}

	@PutMapping(path = "/{iso3}", consumes = "application/json")
	@Operation(summary = "The focal point of a country the initiative names endorses it, comments on it or disputes it",
			description = "Only that country's focal point (not the Secretariat: the country speaks for itself); "
					+ "a dispute needs a reason, a comment its text; NONE withdraws it. 404 when the initiative does "
					+ "not name the country.")
	List<VoiceResource> say(@PathVariable InitiativeId id, @PathVariable("iso3") CountryCode country,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(value = EXAMPLE))) @RequestBody EndorsementRequest request) {
		endorsements.say(id, country, InitiativeEndorsements.parse(request.endorsement()), request.note(),
				viewers.get());
		return endorsements.of(id, viewers.get()).stream().map(VoiceResource::of).toList();
	}

}
