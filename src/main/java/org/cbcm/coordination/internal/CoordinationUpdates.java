package org.cbcm.coordination.internal;

import java.util.List;

import org.cbcm.initiatives.InitiativeArchived;
import org.cbcm.initiatives.InitiativeChanged;
import org.cbcm.initiatives.InitiativeEndorsementChanged;
import org.cbcm.initiatives.InitiativePublished;
import org.cbcm.needs.NeedsArchived;
import org.cbcm.needs.NeedsPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the read model current with each single record's event, in the transaction that
 * publishes it, just before it commits: the publication and what it changes in the
 * analysis commit together or not at all, and the very next read, by anyone, reflects it.
 * <p>
 * Why in the publisher's transaction and not after it: an update after the commit needs a
 * connection of its own while the publishing request still holds one, and the hand-over
 * (the registry's row, a pool thread, a transaction, the completion) took about 70 ms
 * where the update itself takes a few. Six publications at once, each holding a
 * connection and asking for a second, exhausted the pool of ten. In the publisher's
 * transaction the update uses the connection it already holds, and events of one record
 * are applied in the order their transactions commit: the record's own row lock orders
 * them. A failure of the update fails the publication, which changes nothing and can be
 * tried again.
 * <p>
 * Loads of many initiatives at once are not handled here but by
 * {@link CoordinationListeners}, after their commit, through the event publication
 * registry.
 */
@Component
class CoordinationUpdates {

	private static final Logger log = LoggerFactory.getLogger(CoordinationUpdates.class);

	private final CoordinationModel model;

	CoordinationUpdates(CoordinationModel model) {
		this.model = model;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(InitiativePublished event) {
		timed("published", () -> model.putInitiatives(List.of(event.facts())));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(InitiativeChanged event) {
		timed("changed", () -> model.putInitiatives(List.of(event.facts())));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(InitiativeArchived event) {
		timed("archived", () -> model.removeInitiatives(List.of(event.id())));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(InitiativeEndorsementChanged event) {
		timed("endorsement",
				() -> model.putEndorsement(event.id(), event.country(), event.endorsement(), event.note()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(NeedsPublished event) {
		timed("needs published", () -> model.putNeeds(List.of(event.facts())));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(NeedsArchived event) {
		timed("needs archived", () -> model.removeNeeds(event.id()));
	}

	/**
	 * Runs the update; its duration goes to the debug log (bench/coordination reads it).
	 */
	private static void timed(String what, Runnable update) {
		long start = System.nanoTime();
		update.run();
		if (log.isDebugEnabled()) {
			log.debug("Coordination model updated ({}) in {} µs", what, (System.nanoTime() - start) / 1000);
		}
	}

}
