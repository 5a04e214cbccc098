package org.cbcm.initiatives.internal;

import org.cbcm.initiatives.InitiativeFacts;
import org.cbcm.initiatives.InitiativesPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Queues the records a bulk load may have registered twice: a load (demo data today, an
 * IATI import tomorrow) publishes its initiatives a batch at a time without the workflow,
 * which detects the duplicates of one initiative as it publishes it; each batch's
 * {@link InitiativesPublished} is detected here instead, after the load's transaction
 * committed and in a transaction of its own, so that the load does not wait for it. A
 * pair across two batches is found by the later one, whose candidates include the
 * earlier. A detection that fails leaves its publication incomplete, to be delivered
 * again.
 */
@Component
class DuplicateListener {

	private static final Logger log = LoggerFactory.getLogger(DuplicateListener.class);

	private final DuplicateDetection detection;

	DuplicateListener(DuplicateDetection detection) {
		this.detection = detection;
	}

	@ApplicationModuleListener
	void on(InitiativesPublished event) {
		if (!event.lookForDuplicates()) {
			return;
		}
		long started = System.nanoTime();
		int open = detection.detectAll(event.facts().stream().map(InitiativeFacts::id).toList());
		log.debug("{} loaded initiatives are in {} open duplicate pairs, found in {} ms", event.facts().size(), open,
				(System.nanoTime() - started) / 1_000_000);
	}

}
