package org.cbcm.directory.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.OrganisationContent;
import org.cbcm.records.EditConflict;
import org.cbcm.records.FieldChange;
import org.cbcm.records.Record.State;
import org.cbcm.records.RecordLifecycle;
import org.cbcm.records.RecordLifecycle.Readers;
import org.cbcm.records.RecordLifecycles;
import org.cbcm.records.RecordScope;
import org.cbcm.records.RecordUseCases;
import org.cbcm.records.RecordView;
import org.cbcm.records.Revision;
import org.cbcm.records.Transition;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Validation;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of organisations as records, on the shared record lifecycle: any reporter
 * proposes one (stored submitted, the proposer its author); the Secretariat reviews the
 * proposals, edits, publishes, returns (the proposer is told why) or archives them. Only
 * published organisations are public, and only they may be named as donors or
 * implementers ({@link org.cbcm.directory.OrganisationDirectory}).
 */
@Service
@Transactional
public class OrganisationManagement extends RecordUseCases<OrganisationId, OrganisationContent, OrganisationRecord> {

	private final OrganisationRecords organisations;

	private final CountryDirectory countries;

	private final Clock clock;

	OrganisationManagement(OrganisationRecords organisations, RecordLifecycles lifecycles, CountryDirectory countries,
			Clock clock) {
		super(lifecycles.of(OrganisationRecord.KIND.name(), organisations, Readers.PUBLIC_ONCE_PUBLISHED,
				// The seat must be a country of the directory.
				(owner, id, content, validation) -> {
					if (content.country() != null && countries.find(content.country()).isEmpty()) {
						validation.reject("country", "organisation.country.unknown", content.country().value());
					}
				}, key -> new NotFoundException("organisation.not-found", key)));
		this.organisations = organisations;
		this.countries = countries;
		this.clock = clock;
	}

	/**
	 * Proposes an organisation to the Secretariat: any reporter may. It is stored
	 * submitted, not public until the Secretariat publishes it.
	 * @return its identifier
	 */
	public OrganisationId propose(OrganisationContent content, @Nullable String comment, Viewer by) {
		OrganisationId id = new OrganisationId(UUID.randomUUID());
		OrganisationRecord unsaved = new OrganisationRecord(id, State.unsaved(content, clock.instant()));
		records.propose(id, unsaved, content, comment, by, OrganisationRecord.PROPOSERS);
		return id;
	}

	/**
	 * The proposals waiting for the Secretariat, oldest first, as the Secretariat reads
	 * them; nobody else may see them.
	 */
	@Transactional(readOnly = true)
	public List<RecordView<OrganisationId, OrganisationContent>> proposals(Viewer viewer) {
		if (!viewer.isSecretariat()) {
			throw new org.cbcm.shared.ForbiddenException(org.cbcm.records.Refusal.NOT_YOURS.messageKey(),
					RecordScope.SECRETARIAT.toString());
		}
		return records.views(organisations.submitted(), OrganisationRecord::id, viewer);
	}

}
