package org.cbcm.roster;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The review of the roster's operation and use (seed paragraph 7; decision BS-I/4 asks
 * for it at the end of each calendar year): the figures of each part of the review, on
 * the day given, for the calendar year chosen or for the roster as it stands.
 *
 * @param year the calendar year the listings are counted for; null for every expert
 * listed now
 * @param asOf the day the figures are counted on
 * @param maxPerCountry the most experts of one Party listed at once (the guidelines)
 * @param maxPerArea the most experts of one Party listed at once in one area
 * @param years the calendar years in which experts were listed, for choosing one
 * @param figures the figures, part by part
 */
public record RosterReview(@Nullable Integer year, LocalDate asOf, int maxPerCountry, int maxPerArea,
		List<Integer> years, List<RosterFigure> figures) {

	public RosterReview {
		years = List.copyOf(years);
		figures = List.copyOf(figures);
	}

	/** The figure of the name, if the review has it. */
	public java.util.Optional<RosterFigure> figure(String name) {
		return figures.stream().filter(figure -> figure.name().equals(name)).findFirst();
	}

}
