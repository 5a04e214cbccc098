package org.cbcm.initiatives;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.cbcm.records.RecordScope;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * Bulk use cases of the registry, for loads of many initiatives at once (demo data
 * today): what the workflow stores when an initiative is registered, and published,
 * written a batch at a time. Only the Secretariat loads and removes. Loaded initiatives
 * are created by no person, in the name the load gives, which tells them apart for
 * counting and removal.
 * <p>
 * A batch is written in the caller's transaction (or one of its own), so that a caller
 * may record how far its load got in the same transaction. A published initiative is
 * stored as the workflow leaves one: its record, its first revision, its registration for
 * confirmations, and its entry, tags and shares in the public read model. Each batch
 * publishes one {@link InitiativesPublished} for the initiatives it published, each
 * removal one {@link InitiativesArchived} for those that were public: other modules hear
 * bulk loads as they hear single publications, through the persisted event publication
 * registry. The registry itself hears each batch's event too, and queues the records the
 * batch may have registered twice, as publishing one initiative does.
 */
public interface InitiativeLoads {

	/** The most initiatives one batch may hold. */
	int MAX_BATCH = 5_000;

	/**
	 * One initiative of a load.
	 *
	 * @param id its identifier, new
	 * @param owner the country or organisation it belongs to
	 * @param content what it says; valid as a published initiative's content must be
	 * @param publish whether it is published at once (else it is its owner's draft)
	 * @param createdAt when it was created
	 * @param updatedAt when it was last changed, and published if it is
	 */
	record Loaded(InitiativeId id, RecordScope owner, InitiativeContent content, boolean publish, Instant createdAt,
			Instant updatedAt) {
	}

	/**
	 * Stores a batch of new initiatives and publishes the event of those published.
	 * @param createdBy the name they are created by (no person), which later counts and
	 * removes them
	 * @param comment the comment of each one's first revision
	 * @param duplicates whether the registry looks for records registered twice among
	 * them
	 * @throws org.cbcm.shared.ForbiddenException unless the Secretariat loads
	 * @throws org.cbcm.shared.InvalidRequestException when a content is not valid or the
	 * batch holds more than {@link #MAX_BATCH}; nothing is stored
	 */
	void register(List<Loaded> batch, String createdBy, @Nullable String comment, Duplicates duplicates, Viewer by);

	/**
	 * Whether the registry looks for records registered twice among a batch's published
	 * initiatives, after the batch committed (each against those already there, with the
	 * rules of a single publication).
	 */
	enum Duplicates {

		/** It looks: the load comes from outside (an import). */
		LOOK_FOR,
		/**
		 * It does not: the loader knows the batch holds no initiative registered twice
		 * (generated data, whose twins are loaded in batches of their own).
		 */
		NONE_EXPECTED

	}

	/** How many initiatives a load created in that name. */
	long count(String createdBy);

	/** Whether any initiative created by a load in that name is there. */
	boolean any(String createdBy);

	/** Up to so many of the initiatives created by a load in that name. */
	List<InitiativeId> some(String createdBy, int most);

	/**
	 * Removes initiatives a load created, for good, with their history and their place in
	 * the read model (others among the identifiers are left alone: the workflow archives
	 * them), and publishes the event of those that were public.
	 * @return how many it removed
	 * @throws org.cbcm.shared.ForbiddenException unless the Secretariat removes
	 */
	int remove(Collection<InitiativeId> ids, Viewer by);

	/** How many initiatives are published, loaded or not. */
	long published();

}
