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

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model current: each event of initiatives and needs, delivered after its
 * transaction committed through the persisted event publication registry, replaces what
 * the model held of its record. A listener that fails leaves its publication incomplete,
 * to be delivered again ({@code IncompleteEventPublications}).
 * <p>
 * The listeners are asynchronous {@code @ApplicationModuleListener}s, each in a
 * transaction of its own on a thread of the task pool, which updates the model
 * milliseconds after the publisher's commit. They were synchronous (in the publishing
 * thread, right after its commit) so that the publisher's very next read would reflect
 * the event, but a listener run after the commit opens its transaction while the
 * publishing request still holds its connection: six publications at once held the pool's
 * ten connections and waited for more, and none finished
 * ({@code InitiativeApiTests.publications_at_the_same_moment...}). Tests wait for the
 * registry to settle before they read. Two events of one initiative are handled in the
 * order their listeners run, which for events moments apart may not be the order they
 * were published.
 */
@Component
class CoordinationListeners {

	private final CoordinationModel model;

	CoordinationListeners(CoordinationModel model) {
		this.model = model;
	}

	@ApplicationModuleListener
	void on(InitiativePublished event) {
		model.putInitiatives(List.of(event.facts()));
	}

	@ApplicationModuleListener
	void on(InitiativeChanged event) {
		model.putInitiatives(List.of(event.facts()));
	}

	@ApplicationModuleListener
	void on(InitiativeArchived event) {
		model.removeInitiatives(List.of(event.id()));
	}

	@ApplicationModuleListener
	void on(InitiativesPublished event) {
		model.putInitiatives(event.facts());
	}

	@ApplicationModuleListener
	void on(InitiativesArchived event) {
		model.removeInitiatives(event.ids());
	}

	@ApplicationModuleListener
	void on(InitiativeEndorsementChanged event) {
		model.putEndorsement(event.id(), event.country(), event.endorsement(), event.note());
	}

	@ApplicationModuleListener
	void on(NeedsPublished event) {
		model.putNeeds(List.of(event.facts()));
	}

	@ApplicationModuleListener
	void on(NeedsArchived event) {
		model.removeNeeds(event.id());
	}

}
