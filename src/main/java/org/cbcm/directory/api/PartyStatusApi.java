package org.cbcm.directory.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbcm.directory.CartagenaStatus;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.PartyInstrument;
import org.cbcm.directory.PartyStatusChange;
import org.cbcm.directory.internal.PartyStatusManagement;
import org.cbcm.directory.internal.PartyStatusManagement.Request;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The recorded changes of a country's status under the Protocol: read by all, recorded by
 * the Secretariat.
 */
@RestController
@RequestMapping(path = "/api/v1/countries/{code}/party-status", produces = "application/json")
@Tag(name = "Countries")
class PartyStatusApi {

	private final PartyStatusManagement statuses;

	private final CountryDirectory countries;

	private final CurrentViewer viewers;

	PartyStatusApi(PartyStatusManagement statuses, CountryDirectory countries, CurrentViewer viewers) {
		this.statuses = statuses;
		this.countries = countries;
		this.viewers = viewers;
	}

	/**
	 * A change to record: the status (PARTY, SIGNATORY, NON_PARTY), the date it holds
	 * from (ISO 8601), the instrument (RATIFICATION, ACCESSION, ACCEPTANCE, APPROVAL,
	 * SIGNATURE, WITHDRAWAL, CORRECTION) and the source.
	 */
	record PartyStatusRequest(@Nullable String status, @Nullable String date, @Nullable String instrument,
			@Nullable String source) {
	}

	record ChangeResource(String country, CartagenaStatus status, LocalDate date, PartyInstrument instrument,
			String source, Instant recordedAt, String recordedBy) {

		static ChangeResource of(PartyStatusChange change) {
			return new ChangeResource(change.country().value(), change.status(), change.effectiveOn(),
					change.instrument(), change.source(), change.recordedAt(), change.recordedBy());
		}

	}

	@GetMapping
	@Operation(summary = "The recorded changes of the country's status under the Protocol, the latest date first")
	List<ChangeResource> history(@PathVariable CountryCode code) {
		return statuses.history(country(code)).stream().map(ChangeResource::of).toList();
	}

	@PostMapping(consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Records a change of the country's status from its date on (Secretariat); "
			+ "400 naming every field at fault")
	ChangeResource record(@PathVariable CountryCode code, @RequestBody PartyStatusRequest request) {
		return ChangeResource.of(statuses.record(country(code),
				new Request(request.status(), request.date(), request.instrument(), request.source()), viewers.get()));
	}

	private CountryCode country(CountryCode code) {
		return countries.get(code).code();
	}

}
