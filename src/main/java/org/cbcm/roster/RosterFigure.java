package org.cbcm.roster;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A figure of the review of the roster's operation and use: a table of counts, one row
 * per category of a dimension (a region, a country, a language…), one column per measure
 * (experts listed, or listed in each status, or at each level). Every figure is counted
 * in SQL; the pages, the API and the downloads show the same figures.
 *
 * @param section the part of the review it belongs to ({@code listings} for the experts
 * listed and their nominations; {@code requests} for requests and assignments)
 * @param name its name, unique in the review, such as {@code listed-by-region}
 * @param dimension what its rows are
 * @param measures the names of its columns
 * @param charted how many of the first measures its chart draws (the others are for the
 * table only, such as the places left under a limit)
 * @param stacked whether the charted measures are parts of one whole and stack in one
 * bar, else stand side by side
 * @param rows its rows, in the order to show them
 */
public record RosterFigure(String section, String name, Dimension dimension, List<String> measures, int charted,
		boolean stacked, List<Row> rows) {

	/** What the rows of a figure are: how their codes are named. */
	public enum Dimension {

		/** An M49 region (code such as 002); {@code none} where a Party has none. */
		REGION,
		/** A country (its code). */
		COUNTRY,
		/**
		 * A gender the expert agreed to show ({@code NOT_STATED} where the expert did
		 * not).
		 */
		GENDER,
		/** A top-level area of expertise. */
		AREA,
		/** A second-level area of expertise. */
		EXPERTISE,
		/** A language (ISO 639 code). */
		LANGUAGE,
		/** A calendar year. */
		YEAR,
		/** A number of months from today. */
		MONTHS

	}

	/**
	 * A row: its category's code and a count per measure.
	 *
	 * @param code the category's code in the figure's dimension
	 * @param counts a count per measure, in the measures' order
	 */
	@Schema(name = "RosterFigureRow")
	public record Row(String code, List<Long> counts) {

		public Row {
			counts = List.copyOf(counts);
		}

		/** The sum of the charted counts. */
		public long total(int charted) {
			return counts.subList(0, charted).stream().mapToLong(Long::longValue).sum();
		}

	}

	public RosterFigure {
		measures = List.copyOf(measures);
		rows = List.copyOf(rows);
		if (charted < 0 || charted > measures.size()) {
			throw new IllegalArgumentException(
					"A figure charts %d of its %d measures".formatted(charted, measures.size()));
		}
	}

}
