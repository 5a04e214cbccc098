package org.cbcm.needs;

import java.util.List;

import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * Bulk use cases of needs assessments, for loads of many at once (demo data): each loaded
 * assessment is created and published as the workflow does it, in the caller's name, and
 * announced to other modules by its own {@link NeedsPublished}. Only the Secretariat
 * loads and removes. Loaded assessments are created by no person, in the name the
 * loader's viewer bears, which tells them apart for counting and removal.
 */
public interface NeedsLoads {

	/** The most assessments one batch may hold. */
	int MAX_BATCH = 500;

	/**
	 * One assessment of a load.
	 *
	 * @param country the country it assesses
	 * @param content what it says; valid as a published assessment's content must be
	 */
	record Loaded(CountryCode country, NeedsContent content) {
	}

	/**
	 * Creates and publishes a batch of assessments, all or none.
	 * @param comment the comment of each one's revisions
	 * @return their identifiers, in the batch's order
	 * @throws org.cbcm.shared.ForbiddenException unless the Secretariat loads
	 * @throws org.cbcm.shared.InvalidRequestException when a content is not valid or the
	 * batch holds more than {@link #MAX_BATCH}; nothing is stored
	 */
	List<NeedsAssessmentId> publish(List<Loaded> batch, @Nullable String comment, Viewer by);

	/** How many assessments a load created in that name (by no person). */
	long count(String createdBy);

	/**
	 * Removes for good every assessment a load created in that name, with its history,
	 * and tells {@link NeedsArchived} for each that was public.
	 * @return how many it removed
	 * @throws org.cbcm.shared.ForbiddenException unless the Secretariat removes
	 */
	int removeAll(String createdBy, Viewer by);

}
