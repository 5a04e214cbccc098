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
public class OrganisationManagement {

	private final RecordLifecycle<OrganisationId, OrganisationContent, OrganisationRecord> records;

	private final OrganisationRecords organisations;

	private final CountryDirectory countries;

	private final Clock clock;

	OrganisationManagement(OrganisationRecords organisations, RecordLifecycles lifecycles, CountryDirectory countries,
			Clock clock) {
		this.organisations = organisations;
		this.countries = countries;
		this.clock = clock;
		this.records = lifecycles.of(OrganisationRecord.KIND.name(), organisations, Readers.PUBLIC_ONCE_PUBLISHED,
				this::rules, key -> new NotFoundException("organisation.not-found", key));
	}

	/** The seat must be a country of the directory. */
	private void rules(RecordScope owner, @Nullable OrganisationId id, OrganisationContent content,
			Validation validation) {
		if (content.country() != null && countries.find(content.country()).isEmpty()) {
			validation.reject("country", "organisation.country.unknown", content.country().value());
		}
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

	@Transactional(readOnly = true)
	public RecordView<OrganisationId, OrganisationContent> view(OrganisationId id, Viewer viewer) {
		return records.view(id, viewer);
	}

	/** The workflow steps the viewer may take on the organisation now, in their order. */
	public static List<Transition> actions(RecordView<OrganisationId, OrganisationContent> view, Viewer viewer) {
		return RecordLifecycle.actions(view, viewer);
	}

	public static boolean mayEdit(RecordView<OrganisationId, OrganisationContent> view, Viewer viewer) {
		return RecordLifecycle.mayEdit(view, viewer);
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
		return organisations.submitted().stream().map(record -> records.view(record.id(), viewer)).toList();
	}

	/**
	 * Saves new content based on the version the writer read; returns the new version.
	 */
	public int save(OrganisationId id, int basedOn, OrganisationContent content, @Nullable String comment, Viewer by) {
		return records.save(id, basedOn, content, comment, by);
	}

	/** Moves the organisation through the workflow; returns the new version. */
	public int move(OrganisationId id, int basedOn, Transition transition, @Nullable String reason, Viewer by) {
		return records.move(id, basedOn, transition, reason, by).version();
	}

	@Transactional(readOnly = true)
	public List<Revision> history(OrganisationId id, Viewer viewer) {
		return records.history(id, viewer);
	}

	@Transactional(readOnly = true)
	public Revision revision(OrganisationId id, int number, Viewer viewer) {
		return records.revision(id, number, viewer);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> compare(OrganisationId id, int from, int to, Viewer viewer) {
		return records.compare(id, from, to, viewer);
	}

	@Transactional(readOnly = true)
	public EditConflict conflict(OrganisationId id, int basedOn, Viewer viewer) {
		return records.conflict(id, basedOn, viewer);
	}

}
