package org.cbcm.exchange.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an import's file holds, as the preview shows it before anything is written.
 *
 * @param activities how many activities were read
 * @param versions the IATI versions the file declares
 * @param publishers the reporting organisations, by identifier, with their count of
 * activities
 * @param countries the recipient countries' codes with their count of activities
 * @param currencies the currencies of the amounts with their count of activities
 * @param skipped the activities that could not be read: identifier, line, reason
 * @param foreign elements in foreign namespaces, by name, with their count
 * @param ignored IATI elements cbcm does not hold, by name, with their count
 * @param broken where and why the file broke off, if it did
 * @param sheet a spreadsheet's columns and how it was read; null for an IATI file
 */
public record ImportSummary(int activities, List<String> versions, Map<String, Integer> publishers,
		Map<String, Integer> countries, Map<String, Integer> currencies, List<Skip> skipped,
		Map<String, Integer> foreign, Map<String, Integer> ignored, @Nullable Skip broken, @Nullable Sheet sheet) {

	/** The most skipped activities the summary lists one by one. */
	public static final int MAX_LISTED = 200;

	/**
	 * How a spreadsheet was read.
	 *
	 * @param columns its columns in order: header, and the first value below it
	 * @param rows how many rows it holds below its header
	 * @param encoding the encoding a CSV file was read in
	 * @param delimiter the delimiter of a CSV file's cells
	 * @param notes what the reading noticed (an error in a cell, an encoding guessed)
	 */
	public record Sheet(List<Column> columns, int rows, @Nullable String encoding, @Nullable String delimiter,
			List<String> notes) {

		public Sheet {
			columns = List.copyOf(columns);
			notes = List.copyOf(notes);
		}

	}

	/** A column of a spreadsheet: its header, and the first value below it. */
	public record Column(String header, String sample) {
	}

	/** An activity, or the end of a file, that could not be read. */
	public record Skip(@Nullable String identifier, int line, String reason) {
	}

}
