package org.cbcm.exchange.internal.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cbcm.shared.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/**
 * Which column of a spreadsheet holds which field of an initiative, by the column's
 * header (so that a mapping saved for one file applies to the next of the same layout,
 * whatever the order of its columns), and the reporting organisation of every row where
 * no column names it.
 *
 * @param columns the header of the column of each field the file holds
 * @param reportingOrganisation the name, acronym or IATI identifier of the directory's
 * organisation that reports every row, where no column gives it; null when a column does
 * @param dates the order of day and month in the file's dates written with numbers only
 * ({@code 03/04/2025}): day first unless the person says otherwise
 */
public record SheetColumns(Map<SheetField, String> columns, @Nullable String reportingOrganisation, DateOrder dates) {

	/** The order of day and month in dates such as {@code 03/04/2025}. */
	public enum DateOrder {

		/** {@code 31/03/2025}, as most of the world writes. */
		DAY_FIRST,
		/** {@code 03/31/2025}, as the United States write. */
		MONTH_FIRST

	}

	/** The longest name of an organisation given for the whole file. */
	public static final int MAX_ORGANISATION = 300;

	/** Columns whose dates are written day first. */
	public SheetColumns(Map<SheetField, String> columns, @Nullable String reportingOrganisation) {
		this(columns, reportingOrganisation, DateOrder.DAY_FIRST);
	}

	public SheetColumns {
		dates = (dates != null) ? dates : DateOrder.DAY_FIRST;
		EnumMap<SheetField, String> copy = new EnumMap<>(SheetField.class);
		columns.forEach((field, header) -> {
			if (header != null && !header.isBlank()) {
				copy.put(field, header);
			}
		});
		columns = java.util.Collections.unmodifiableMap(copy);
		reportingOrganisation = (reportingOrganisation == null || reportingOrganisation.isBlank()) ? null
				: reportingOrganisation.strip();
		if (reportingOrganisation != null && (reportingOrganisation.length() > MAX_ORGANISATION
				|| reportingOrganisation.chars().anyMatch(Character::isISOControl))) {
			throw new InvalidRequestException("organisation", "exchange.sheet.organisation.invalid", MAX_ORGANISATION);
		}
	}

	/**
	 * The columns as their headers suggest: each field takes the first column whose
	 * header names it and that no field took before.
	 */
	public static SheetColumns guess(List<String> headers) {
		Map<SheetField, String> guessed = new EnumMap<>(SheetField.class);
		List<String> taken = new ArrayList<>();
		for (SheetField field : SheetField.values()) {
			for (String header : headers) {
				if (!taken.contains(header) && field.recognises(header)) {
					guessed.put(field, header);
					taken.add(header);
					break;
				}
			}
		}
		return new SheetColumns(guessed, null);
	}

	/**
	 * Checks the columns against a file's headers and gives each field's column index.
	 * @throws InvalidRequestException when a field names a column the file lacks, or two
	 * fields the same column
	 */
	public Map<SheetField, Integer> indexes(List<String> headers) {
		Map<String, Integer> byHeader = new HashMap<>();
		for (int column = headers.size() - 1; column >= 0; column--) {
			byHeader.put(SheetField.key(headers.get(column)), column);
		}
		Map<SheetField, Integer> indexes = new EnumMap<>(SheetField.class);
		Map<Integer, SheetField> used = new HashMap<>();
		for (Map.Entry<SheetField, String> entry : columns.entrySet()) {
			Integer column = byHeader.get(SheetField.key(entry.getValue()));
			if (column == null) {
				throw new InvalidRequestException("column-" + entry.getKey().name(), "exchange.sheet.column.unknown",
						entry.getValue());
			}
			SheetField before = used.putIfAbsent(column, entry.getKey());
			if (before != null) {
				throw new InvalidRequestException("column-" + entry.getKey().name(), "exchange.sheet.column.twice",
						entry.getValue());
			}
			indexes.put(entry.getKey(), column);
		}
		return indexes;
	}

	/** How many of the file's headers this mapping names: how well it fits the file. */
	public int fits(List<String> headers) {
		List<String> keys = headers.stream().map(SheetField::key).toList();
		return (int) columns.values().stream().filter(header -> keys.contains(SheetField.key(header))).count();
	}

	/** Whether every column it names is in the file. */
	public boolean appliesTo(List<String> headers) {
		return !columns.isEmpty() && fits(headers) == columns.size();
	}

}
