package org.cbcm.coordination.internal;

import java.util.List;

import org.cbcm.initiatives.InitiativeArchived;
import org.cbcm.initiatives.InitiativeChanged;
import org.cbcm.initiatives.InitiativeEndorsementChanged;
import org.cbcm.initiatives.InitiativePublished;
import org.cbcm.initiatives.InitiativesArchived;
import org.cbcm.initiatives.InitiativesPublished;
import org.cbcm.needs.NeedsArchived;
import org.cbcm.needs.NeedsPublished;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the read model current: each event of initiatives and needs, delivered after its
 * transaction committed through the persisted event publication registry, replaces what
 * the model held of its record. A listener that fails leaves its publication incomplete,
 * to be delivered again ({@code IncompleteEventPublications}).
 * <p>
 * The listeners are {@code @ApplicationModuleListener}s without {@code @Async}: they run
 * in the publishing thread right after its commit, in a transaction of their own, so that
 * the publisher's next read already reflects the event (the issue asks it); a failure is
 * logged and leaves the publication incomplete without failing the publisher, as for an
 * asynchronous one.
 */
@Component
class CoordinationListeners {

	private final CoordinationModel model;

	CoordinationListeners(CoordinationModel model) {
		this.model = model;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(InitiativePublished event) {
		model.putInitiatives(List.of(event.facts()));
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(InitiativeChanged event) {
		model.putInitiatives(List.of(event.facts()));
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(InitiativeArchived event) {
		model.removeInitiatives(List.of(event.id()));
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(InitiativesPublished event) {
		model.putInitiatives(event.facts());
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(InitiativesArchived event) {
		model.removeInitiatives(event.ids());
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(InitiativeEndorsementChanged event) {
		model.putEndorsement(event.id(), event.country(), event.endorsement(), event.note());
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(NeedsPublished event) {
		model.putNeeds(List.of(event.facts()));
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(NeedsArchived event) {
		model.removeNeeds(event.id());
	}

}
