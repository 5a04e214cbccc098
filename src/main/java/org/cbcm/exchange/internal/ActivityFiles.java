package org.cbcm.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.exchange.internal.iati.IatiActivity;
import org.cbcm.exchange.internal.iati.IatiReader;
import org.cbcm.exchange.internal.iati.ImportDirectory;
import org.cbcm.exchange.internal.sheet.SheetActivities;
import org.cbcm.exchange.internal.sheet.SheetColumns;
import org.cbcm.exchange.internal.sheet.SpreadsheetReader;
import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.PlanItem;
import org.cbcm.shared.InvalidRequestException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Reads an import's file, whatever its format, into activities in their order: an IATI
 * file through {@link IatiReader}, a spreadsheet (CSV or XLSX) through the person's
 * columns ({@link SheetActivities}). The same file read twice with the same columns gives
 * the same activities, in the same order: a run finds again what the preview showed.
 */
@Component
class ActivityFiles {

	/** The format of an IATI activity file. */
	static final String IATI = "IATI";

	/** The largest XLSX workbook an import takes: it is read whole into memory. */
	static final long MAX_WORKBOOK = 10L * 1024 * 1024;

	private final CountryDirectory countries;

	private final OrganisationDirectory organisations;

	private final ActionPlanCatalogue plan;

	ActivityFiles(CountryDirectory countries, OrganisationDirectory organisations, ActionPlanCatalogue plan) {
		this.countries = countries;
		this.organisations = organisations;
		this.plan = plan;
	}

	/**
	 * What a reading found besides the activities.
	 *
	 * @param versions the IATI versions declared, or the spreadsheet's format
	 * @param skipped what could not be read: identifier, line or row, reason
	 * @param foreign an IATI file's foreign elements by name
	 * @param ignored an IATI file's elements cbcm does not hold
	 * @param broken where an IATI file broke off
	 * @param sheet how a spreadsheet was read
	 */
	record Reading(List<String> versions, List<ImportSummary.Skip> skipped, Map<String, Integer> foreign,
			Map<String, Integer> ignored, ImportSummary.@Nullable Skip broken, ImportSummary.@Nullable Sheet sheet) {
	}

	/**
	 * The format of a file by its first bytes: {@code XLSX} for a ZIP (or an old Excel
	 * file, which the reading refuses), {@code IATI} for XML or a file named so, else
	 * {@code CSV}.
	 */
	static String format(byte[] bytes, @Nullable String fileName) {
		if (bytes.length >= 4 && ((bytes[0] == 'P' && bytes[1] == 'K')
				|| ((bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11))) {
			return "XLSX";
		}
		int at = 0;
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			at = 3;
		}
		while (at < bytes.length && Character.isWhitespace(bytes[at])) {
			at++;
		}
		boolean xml = fileName != null && fileName.strip().toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
		return (xml || (at < bytes.length && bytes[at] == '<')) ? IATI : "CSV";
	}

	/** A spreadsheet read into its cells. */
	SpreadsheetReader.Sheet sheet(String format, byte[] bytes) {
		if ("XLSX".equals(format) && bytes.length > MAX_WORKBOOK) {
			throw new InvalidRequestException("file", "exchange.sheet.workbook-too-large",
					MAX_WORKBOOK / (1024 * 1024));
		}
		return SpreadsheetReader.read(bytes);
	}

	/**
	 * Reads the file, giving each activity in order.
	 * @param columns a spreadsheet's columns (ignored for an IATI file)
	 * @throws InvalidRequestException when the file cannot be read at all, or the columns
	 * name one the spreadsheet lacks
	 */
	Reading read(String format, String language, @Nullable SheetColumns columns, InputStream in,
			Consumer<IatiActivity> each) {
		if (IATI.equals(format)) {
			IatiReader.Summary read;
			try {
				read = new IatiReader(language).read(in, each);
			}
			catch (IatiReader.UnreadableFile ex) {
				throw new InvalidRequestException("file", "exchange.file.unreadable", ex.getMessage());
			}
			IatiReader.Skipped broken = read.broken();
			return new Reading(read.versions(),
					read.skipped()
						.stream()
						.map(skip -> new ImportSummary.Skip(skip.identifier(), skip.line(), skip.reason()))
						.toList(),
					read.foreign(), read.ignored(), (broken != null)
							? new ImportSummary.Skip(broken.identifier(), broken.line(), broken.reason()) : null,
					null);
		}
		byte[] bytes;
		try {
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return read(sheet(format, bytes), language, columns, each);
	}

	/** Reads a spreadsheet already read into its cells, giving each activity in order. */
	Reading read(SpreadsheetReader.Sheet sheet, String language, @Nullable SheetColumns columns,
			Consumer<IatiActivity> each) {
		String format = sheet.format().name();
		SheetColumns mapped = (columns != null) ? columns : SheetColumns.guess(sheet.headers());
		SheetActivities.Read read = activities(language).read(sheet, mapped, format, each);
		List<ImportSummary.Skip> skipped = read.problems()
			.stream()
			.map(problem -> new ImportSummary.Skip(problem.identifier(), problem.line(), problem.reason()))
			.toList();
		return new Reading(List.of(format), skipped, Map.of(), Map.of(), null, summary(sheet));
	}

	/**
	 * The key elements and sub-elements of the current Action Plan: those an activity may
	 * be classified by.
	 */
	List<PlanItem> elements() {
		return plan.items(plan.current().code(), ItemFilter.all())
			.stream()
			.filter(item -> item.type() == ItemType.KEY_ELEMENT || item.type() == ItemType.SUB_ELEMENT)
			.toList();
	}

	private SheetActivities activities(String language) {
		Set<String> elements = elements().stream().map(item -> item.code().value()).collect(Collectors.toSet());
		return new SheetActivities(new ImportDirectory(countries.all(), countries.regions(), organisations.all()),
				elements, language, IatiImports.CODELIST_PATH);
	}

	/** The sheet's columns, each with the first value below it, for the person to map. */
	static ImportSummary.Sheet summary(SpreadsheetReader.Sheet sheet) {
		List<ImportSummary.Column> columns = new ArrayList<>();
		for (int column = 0; column < sheet.headers().size(); column++) {
			int at = column;
			String sample = sheet.rows()
				.stream()
				.map(row -> row.cell(at))
				.filter(value -> !value.isBlank())
				.findFirst()
				.orElse("");
			columns.add(new ImportSummary.Column(cut(sheet.headers().get(column), 200), cut(sample, 80)));
		}
		String delimiter = "\t".equals(sheet.delimiter()) ? "tab" : sheet.delimiter();
		return new ImportSummary.Sheet(columns, sheet.rows().size(), sheet.encoding(), delimiter,
				sheet.notes().stream().limit(50).toList());
	}

	private static String cut(String text, int most) {
		return (text.length() > most) ? text.substring(0, most - 1) + "…" : text;
	}

}
