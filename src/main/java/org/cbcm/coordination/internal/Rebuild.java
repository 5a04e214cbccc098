package org.cbcm.coordination.internal;

import java.util.List;

import org.cbcm.initiatives.InitiativeFacts;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.PublishedInitiatives;
import org.cbcm.needs.NeedsAssessments;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refills the read model from the registry's published initiatives (a page at a time) and
 * the published needs assessments; at start when the model is empty. Endorsements are
 * kept: only their events carry them.
 */
@Component
class Rebuild {

	private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

	static final int PAGE = 1000;

	private final CoordinationModel model;

	private final PublishedInitiatives initiatives;

	private final ObjectProvider<NeedsAssessments> needs;

	private final TransactionTemplate transaction;

	Rebuild(CoordinationModel model, PublishedInitiatives initiatives, ObjectProvider<NeedsAssessments> needs,
			PlatformTransactionManager transactions) {
		this.model = model;
		this.initiatives = initiatives;
		this.needs = needs;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Deletes and refills, in the caller's transaction. */
	void run() {
		model.clear();
		InitiativeId after = null;
		long count = 0;
		while (true) {
			List<InitiativeFacts> page = initiatives.after(after, PAGE);
			if (page.isEmpty()) {
				break;
			}
			model.putInitiatives(page);
			count += page.size();
			after = page.get(page.size() - 1).id();
		}
		NeedsAssessments assessments = needs.getIfAvailable();
		if (assessments != null) {
			model.putNeeds(assessments.published());
		}
		log.info("Coordination read model rebuilt: {} initiatives", count);
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		transaction.executeWithoutResult(status -> {
			if (model.empty() && !emptyRegistry()) {
				run();
			}
		});
	}

	private boolean emptyRegistry() {
		@Nullable NeedsAssessments assessments = needs.getIfAvailable();
		return initiatives.after(null, 1).isEmpty() && (assessments == null || assessments.published().isEmpty());
	}

}
