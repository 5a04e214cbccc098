package org.cbcm.roster.internal;

import java.time.LocalDate;
import java.util.List;

import org.cbcm.roster.RosterFigure;
import org.jspecify.annotations.Nullable;

/**
 * A part of the review of the roster's operation and use: the figures it counts for a
 * period. Each part is a bean; {@link RosterStatistics} asks every one, in their
 * {@code @Order}, and the page, the API and the downloads show whatever figures they
 * give, without knowing them. {@link ListingFigures} is the part of the experts listed
 * and their nominations; the part of requests, shortlists, acceptances, completed
 * assignments and ratings (by requesting country, region and expert region, per year) is
 * to be one more implementation over the requests' and assignments' tables, with its
 * section name {@code requests} and its figures' texts in the bundle
 * ({@code roster.statistics.figure.<name>} and {@code roster.statistics.measure.<name>}).
 * <p>
 * A part sends a fixed number of SQL statements, whatever the number of experts, each
 * figure counted with {@code GROUP BY}.
 */
public interface ReviewSection {

	/** The figures of the part for the period. */
	List<RosterFigure> figures(Period period);

	/**
	 * The period of a review.
	 *
	 * @param year the calendar year counted; null for the roster as it stands
	 * @param asOf the day counted on
	 */
	record Period(@Nullable Integer year, LocalDate asOf) {

		/** The first day of the year counted; null for no year. */
		public @Nullable LocalDate from() {
			return (year != null) ? LocalDate.of(year, 1, 1) : null;
		}

		/** The first day after the year counted; null for no year. */
		public @Nullable LocalDate until() {
			return (year != null) ? LocalDate.of(year + 1, 1, 1) : null;
		}

	}

}
