package org.cbcm.coordination.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cbcm.initiatives.InitiativeFacts;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativesArchived;
import org.cbcm.initiatives.InitiativesPublished;
import org.cbcm.initiatives.PublishedInitiatives;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model current with loads of many initiatives at once
 * ({@link InitiativesPublished}, {@link InitiativesArchived}): delivered after the load's
 * transaction committed, on a thread of the task pool, through the persisted event
 * publication registry. A listener that fails leaves its publication incomplete, to be
 * delivered again ({@code IncompleteEventPublications}). A load of thousands of
 * initiatives takes seconds in the model; its writer does not wait for them, and the
 * analysis counts the load a moment after it committed. What is written is each
 * initiative's present state, read when the event is handled.
 * <p>
 * Single records' events update the model in their own transaction:
 * {@link CoordinationUpdates}.
 */
@Component
class CoordinationListeners {

	private final CoordinationModel model;

	private final PublishedInitiatives initiatives;

	CoordinationListeners(CoordinationModel model, PublishedInitiatives initiatives) {
		this.model = model;
		this.initiatives = initiatives;
	}

	@ApplicationModuleListener
	void on(InitiativesPublished event) {
		refresh(event.facts().stream().map(InitiativeFacts::id).toList());
	}

	@ApplicationModuleListener
	void on(InitiativesArchived event) {
		refresh(event.ids());
	}

	/**
	 * Puts the initiatives as they are now, not as the event said: a load's event may be
	 * delivered after a later change of one of its initiatives (moments later on the task
	 * pool, or much later when a failed delivery is resubmitted), and the change updated
	 * the model already. The records stay locked until the model is written.
	 */
	private void refresh(List<InitiativeId> ids) {
		for (int from = 0; from < ids.size(); from += PublishedInitiatives.AT_ONCE) {
			List<InitiativeId> part = ids.subList(from, Math.min(ids.size(), from + PublishedInitiatives.AT_ONCE));
			List<InitiativeFacts> now = initiatives.now(part);
			Set<InitiativeId> published = now.stream().map(InitiativeFacts::id).collect(Collectors.toSet());
			model.removeInitiatives(part.stream().filter(id -> !published.contains(id)).toList());
			model.putInitiatives(now);
		}
	}

}
