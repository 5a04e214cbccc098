package org.cbcm.roster;

import java.util.List;

import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Viewer;

/**
 * Loads of many listed experts at once, for demonstrations and benchmarks: each loaded
 * expert is stored published and listed at once, in batches straight into the roster's
 * tables (no account, no history), and announced by {@link ExpertListed}. Only the
 * Secretariat loads and removes. Loaded experts are created by no person, in the name
 * given, which tells them apart for counting and removal.
 */
public interface ExpertLoads {

	/** The most experts one batch may hold. */
	int MAX_BATCH = 1000;

	/**
	 * One expert of a load.
	 *
	 * @param country the nominating Party
	 * @param content the nomination; valid by the form's rules
	 */
	record Loaded(CountryCode country, ExpertContent content) {
	}

	/**
	 * Stores and lists a batch of experts, all or none.
	 * @param loadedBy the name the load stores them in
	 * @return their identifiers, in the batch's order
	 * @throws org.cbcm.shared.ForbiddenException unless the Secretariat loads
	 * @throws org.cbcm.shared.InvalidRequestException when a content is not valid or the
	 * batch holds more than {@link #MAX_BATCH}; nothing is stored
	 */
	List<ExpertId> list(List<Loaded> batch, String loadedBy, Viewer by);

	/** How many experts a load created in that name. */
	long count(String loadedBy);

	/**
	 * Removes for good every expert a load created in that name.
	 * @return how many it removed
	 * @throws org.cbcm.shared.ForbiddenException unless the Secretariat removes
	 */
	int removeAll(String loadedBy, Viewer by);

}
