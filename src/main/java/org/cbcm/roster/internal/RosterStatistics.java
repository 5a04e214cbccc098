package org.cbcm.roster.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.cbcm.roster.RosterFigure;
import org.cbcm.roster.RosterReview;
import org.cbcm.shared.InvalidRequestException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of the roster's operation and use (seed paragraph 7), public as the roster
 * is: the figures of every {@link ReviewSection} for a calendar year or for the roster as
 * it stands. The sections are the extension point: the part on requests and assignments
 * joins as one more {@link ReviewSection} bean, and the page, the API and the downloads
 * show its figures with the others.
 */
@Service
@Transactional(readOnly = true)
public class RosterStatistics {

	/** The first year of the roster (decision BS-I/4, 2004): no review before it. */
	public static final int FIRST_YEAR = 2004;

	private final List<ReviewSection> sections;

	private final RosterSettings settings;

	private final Clock clock;

	RosterStatistics(List<ReviewSection> sections, RosterSettings settings, Clock clock) {
		this.sections = sections;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The review for the calendar year, or for the roster as it stands where none is
	 * given.
	 */
	public RosterReview review(@Nullable Integer year) {
		LocalDate today = LocalDate.now(clock);
		if (year != null && (year < FIRST_YEAR || year > today.getYear())) {
			throw new InvalidRequestException("year", "roster.statistics.year.invalid", FIRST_YEAR, today.getYear());
		}
		ReviewSection.Period period = new ReviewSection.Period(year, today);
		List<RosterFigure> figures = new ArrayList<>();
		sections.forEach(section -> figures.addAll(section.figures(period)));
		return new RosterReview(year, today, settings.maxPerCountry(), settings.maxPerArea(), years(today), figures);
	}

	/**
	 * The year a request names: null where none is given, else a calendar year of the
	 * roster, or an {@link InvalidRequestException} naming the parameter.
	 */
	public @Nullable Integer year(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String given = text.strip();
		int today = LocalDate.now(clock).getYear();
		if (given.length() > 4 || !given.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new InvalidRequestException("year", "roster.statistics.year.invalid", FIRST_YEAR, today);
		}
		int year = Integer.parseInt(given);
		if (year < FIRST_YEAR || year > today) {
			throw new InvalidRequestException("year", "roster.statistics.year.invalid", FIRST_YEAR, today);
		}
		return year;
	}

	/** The calendar years a review may be asked for, the latest first. */
	public List<Integer> years() {
		return years(LocalDate.now(clock));
	}

	private static List<Integer> years(LocalDate today) {
		return IntStream.rangeClosed(FIRST_YEAR, today.getYear())
			.map(y -> today.getYear() + FIRST_YEAR - y)
			.boxed()
			.toList();
	}

}
