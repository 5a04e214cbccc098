package org.cbcm.records;

import java.time.Clock;
import java.util.function.Function;

import org.cbcm.records.RecordLifecycle.Readers;
import org.cbcm.records.RecordLifecycle.Rules;
import org.cbcm.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Makes the shared record lifecycle for a module's kind of record. */
@Component
public class RecordLifecycles {

	private final Revisions revisions;

	private final Confirmations confirmations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PendingWork heads;

	RecordLifecycles(Revisions revisions, Confirmations confirmations, ApplicationEventPublisher events, Clock clock,
			PendingWork heads) {
		this.heads = heads;
		this.revisions = revisions;
		this.confirmations = confirmations;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The lifecycle of a kind of record.
	 * @param kindName the kind's name, as revisions name it
	 * @param store where the module keeps the records
	 * @param readers who reads records and history
	 * @param rules the module's rules beyond the content's own
	 * @param notFound the refusal for an identifier that names no record the reader may
	 * know of
	 */
	public <K, C extends RecordContent, R extends Record<C>> RecordLifecycle<K, C, R> of(String kindName,
			RecordStore<K, R> store, Readers readers, Rules<K, C> rules, Function<String, NotFoundException> notFound) {
		return new RecordLifecycle<>(kindName, store, readers, rules, notFound, revisions, confirmations, events, clock,
				heads);
	}

}
