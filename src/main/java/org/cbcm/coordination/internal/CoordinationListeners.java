package org.cbcm.coordination.internal;

import java.util.List;

import org.cbcm.initiatives.InitiativesArchived;
import org.cbcm.initiatives.InitiativesPublished;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model current with loads of many initiatives at once
 * ({@link InitiativesPublished}, {@link InitiativesArchived}): delivered after the load's
 * transaction committed, on a thread of the task pool, through the persisted event
 * publication registry. A listener that fails leaves its publication incomplete, to be
 * delivered again ({@code IncompleteEventPublications}). A load of thousands of
 * initiatives takes seconds in the model; its writer does not wait for them, and the
 * analysis counts the load a moment after it committed.
 * <p>
 * Single records' events update the model in their own transaction:
 * {@link CoordinationUpdates}.
 */
@Component
class CoordinationListeners {

	private final CoordinationModel model;

	CoordinationListeners(CoordinationModel model) {
		this.model = model;
	}

	@ApplicationModuleListener
	void on(InitiativesPublished event) {
		model.putInitiatives(event.facts());
	}

	@ApplicationModuleListener
	void on(InitiativesArchived event) {
		model.removeInitiatives(event.ids());
	}

}
