package org.cbcm.needs;

import java.util.List;

import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * Bulk use cases of national strategies, for loads of many at once (demo data): each
 * loaded strategy is saved and published as the workflow does it, in the loader's name.
 * Only the Secretariat loads and removes. A load never overwrites a country's own
 * strategy: a country that has one is left alone. Loaded strategies are created by no
 * person, in the name the loader's viewer bears, which tells them apart for counting and
 * removal.
 */
public interface StrategyLoads {

	/** The most strategies one batch may hold: one per country. */
	int MAX_BATCH = 500;

	/**
	 * One strategy of a load.
	 *
	 * @param country the country whose strategy it is
	 * @param content what it says; valid as a published strategy's content must be
	 */
	record Loaded(CountryCode country, StrategyContent content) {
	}

	/**
	 * Saves and publishes a batch of strategies, all or none, leaving alone the countries
	 * that have a strategy already.
	 * @param comment the comment of each one's revisions
	 * @return the countries whose strategy it published, in the batch's order
	 * @throws org.cbcm.shared.ForbiddenException unless the Secretariat loads
	 * @throws org.cbcm.shared.InvalidRequestException when a content is not valid or the
	 * batch holds more than {@link #MAX_BATCH}; nothing is stored
	 */
	List<CountryCode> publish(List<Loaded> batch, @Nullable String comment, Viewer by);

	/** How many strategies a load created in that name (by no person). */
	long count(String createdBy);

	/**
	 * Removes for good every strategy a load created in that name, with its history.
	 * @return how many it removed
	 * @throws org.cbcm.shared.ForbiddenException unless the Secretariat removes
	 */
	int removeAll(String createdBy, Viewer by);

}
