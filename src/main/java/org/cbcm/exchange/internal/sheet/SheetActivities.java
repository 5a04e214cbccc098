package org.cbcm.exchange.internal.sheet;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbcm.directory.Organisation;
import org.cbcm.exchange.internal.iati.IatiActivity;
import org.cbcm.exchange.internal.iati.IatiActivity.Text;
import org.cbcm.exchange.internal.iati.ImportDirectory;
import org.cbcm.exchange.internal.sheet.SpreadsheetReader.Row;
import org.cbcm.exchange.internal.sheet.SpreadsheetReader.Sheet;
import org.cbcm.initiatives.InitiativeContent;
import org.jspecify.annotations.Nullable;

/**
 * Reads a spreadsheet's rows as activities, through the person's choice of columns
 * ({@link SheetColumns}), so that the rest of an import (the selection, the key element
 * assistant, the mapping to initiatives, the run) treats them as it treats an IATI
 * file's. A row is one activity; a row that cannot be read as one is skipped, with its
 * row number and every reason at once, so that the person corrects the file in one pass:
 * no identifier or title, an identifier the file repeats, a date, amount, status,
 * currency, country or key element that is none, an unknown reporting organisation.
 * <p>
 * What a person writes in a cell is read as people write it: dates as {@code 2025-03-31},
 * {@code 31/03/2025}, {@code 31.03.2025} or a year; amounts with any thousands separator
 * and a decimal point or comma ({@code 1,250,000.50}, {@code 1.250.000,50},
 * {@code 1 250 000}); a status by its IATI code or in words, in English, French or
 * Spanish; countries by code or English name; key elements by code, with a percentage in
 * brackets; several values separated by semicolons or line breaks.
 */
public final class SheetActivities {

	/** The most characters of an identifier an initiative keeps. */
	public static final int MAX_IDENTIFIER = 200;

	private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:;|\\r?\\n|\\r)\\s*");

	private static final Pattern LIST_SEPARATORS = Pattern.compile("\\s*(?:;|\\r?\\n|\\r|,(?!\\d))\\s*");

	private static final Pattern SHARE = Pattern.compile(
			"^(.*?)\\s*(?:\\(\\s*(\\d{1,3}(?:[.,]\\d{1,4})?)\\s*%?\\s*\\)|=\\s*(\\d{1,3}(?:[.,]\\d{1,4})?)\\s*%?)$");

	private static final Pattern ELEMENT = Pattern
		.compile("^(\\d{1,3}(?:\\([a-z]{1,2}\\))?(?:\\([ivxl]{1,6}\\))?)(?:\\s.*)?$", Pattern.CASE_INSENSITIVE);

	private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?$");

	private static final Pattern YEAR_FIRST = Pattern.compile("^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})$");

	private static final Pattern DAY_FIRST = Pattern.compile("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})$");

	private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");

	private static final Pattern AMOUNT = Pattern.compile("^[0-9.,]{1,40}$");

	private static final Pattern CURRENCY = Pattern.compile("^[A-Za-z]{3}$");

	private static final Map<String, String> STATUS_WORDS = statusWords();

	private final ImportDirectory directory;

	private final Set<String> elements;

	private final String language;

	private final String codelist;

	/**
	 * @param directory the countries and organisations rows are matched against
	 * @param elements the codes of the Action Plan's key elements and sub-elements
	 * @param language the language the file's texts are taken to be in
	 * @param codelist the address of cbcm's key element codelist, which the key elements
	 * a row names are given under, so that they are taken exactly
	 */
	public SheetActivities(ImportDirectory directory, Set<String> elements, String language, String codelist) {
		this.directory = directory;
		this.elements = elements;
		this.language = language;
		this.codelist = codelist;
	}

	/** A row that cannot be imported: its number, its identifier if any, and why. */
	public record Problem(int line, @Nullable String identifier, String reason) {
	}

	/** What a reading found: how many rows were activities, and the rows skipped. */
	public record Read(int activities, List<Problem> problems) {

		public Read {
			problems = List.copyOf(problems);
		}

	}

	/**
	 * Reads the sheet's rows, in order, giving each readable one as an activity.
	 * @throws org.cbcm.shared.InvalidRequestException when the columns name one the sheet
	 * lacks
	 */
	public Read read(Sheet sheet, SheetColumns columns, String version, Consumer<IatiActivity> each) {
		Map<SheetField, Integer> indexes = columns.indexes(sheet.headers());
		Map<String, Integer> seen = new HashMap<>();
		List<Problem> problems = new ArrayList<>();
		int activities = 0;
		for (Row row : sheet.rows()) {
			Cells cells = new Cells(row, indexes);
			List<String> reasons = new ArrayList<>();
			String identifier = cells.get(SheetField.IDENTIFIER);
			if (identifier.isEmpty()) {
				reasons.add(indexes.containsKey(SheetField.IDENTIFIER) ? "no identifier"
						: "no column is chosen for the identifier");
			}
			else if (identifier.length() > MAX_IDENTIFIER) {
				reasons.add("the identifier is longer than " + MAX_IDENTIFIER + " characters");
			}
			else {
				Integer before = seen.putIfAbsent(identifier.toLowerCase(Locale.ROOT), row.line());
				if (before != null) {
					reasons.add("the identifier " + identifier + " is already that of row " + before);
				}
			}
			IatiActivity activity = activity(cells, identifier, version, columns, reasons);
			if (reasons.isEmpty()) {
				activities++;
				each.accept(activity);
			}
			else {
				problems.add(new Problem(row.line(), identifier.isEmpty() ? null : cut(identifier, 200),
						cut(String.join("; ", reasons), 1000)));
			}
		}
		return new Read(activities, problems);
	}

	private IatiActivity activity(Cells cells, String identifier, String version, SheetColumns columns,
			List<String> reasons) {
		String title = cells.get(SheetField.TITLE);
		if (title.isEmpty()) {
			reasons.add(cells.has(SheetField.TITLE) ? "no title" : "no column is chosen for the title");
		}
		Map<String, Text> descriptions = new LinkedHashMap<>();
		text(cells.get(SheetField.DESCRIPTION)).ifPresent(text -> descriptions.put("1", text));
		text(cells.get(SheetField.OBJECTIVES)).ifPresent(text -> descriptions.put("2", text));
		Map<String, LocalDate> dates = new LinkedHashMap<>();
		SheetColumns.DateOrder order = columns.dates();
		date(cells, SheetField.PLANNED_START, "1", false, order, dates, reasons);
		date(cells, SheetField.ACTUAL_START, "2", false, order, dates, reasons);
		date(cells, SheetField.PLANNED_END, "3", true, order, dates, reasons);
		date(cells, SheetField.ACTUAL_END, "4", true, order, dates, reasons);
		String status = status(cells.get(SheetField.STATUS), reasons);
		IatiActivity.Organisation reporting = reporting(cells, columns, reasons);
		List<IatiActivity.Participant> participants = new ArrayList<>();
		participants(cells.get(SheetField.FUNDING_ORGANISATIONS), "1", participants);
		participants(cells.get(SheetField.IMPLEMENTING_ORGANISATIONS), "4", participants);
		List<IatiActivity.Share> countries = countries(cells.get(SheetField.COUNTRIES), reasons);
		String currency = currency(cells.get(SheetField.CURRENCY), reasons);
		List<IatiActivity.Money> budgets = new ArrayList<>();
		String budget = cells.get(SheetField.BUDGET);
		if (!budget.isEmpty()) {
			BigDecimal value = amount(budget);
			if (value == null) {
				reasons.add("the budget " + quoted(budget) + " is not an amount");
			}
			else if (currency == null) {
				reasons.add("the budget is given without its currency");
			}
			else {
				LocalDate start = dates.getOrDefault("2", dates.get("1"));
				LocalDate end = dates.getOrDefault("4", dates.get("3"));
				budgets.add(new IatiActivity.Money("1", start, end, value, currency, start));
			}
		}
		List<IatiActivity.Code> sectors = elements(cells.get(SheetField.KEY_ELEMENTS), reasons);
		List<IatiActivity.Document> documents = new ArrayList<>();
		String website = cells.get(SheetField.WEBSITE);
		if (!website.isEmpty()) {
			if (website.matches("(?i)^https?://[^\\s]+$") && website.length() <= 2000) {
				documents.add(new IatiActivity.Document(website, "text/html", null, List.of()));
			}
			else {
				reasons.add("the website " + quoted(website) + " is not a web address (http:// or https://)");
			}
		}
		List<IatiActivity.Contact> contacts = new ArrayList<>();
		String email = cells.get(SheetField.CONTACT_EMAIL);
		if (!email.isEmpty()) {
			if (email.matches("^[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}$")) {
				contacts.add(new IatiActivity.Contact(null, null, null, email, null, null));
			}
			else {
				reasons.add("the e-mail address " + quoted(email) + " is not one");
			}
		}
		return new IatiActivity(identifier, version, reporting,
				title.isEmpty() ? null : new Text(title, language, Text.Choice.ASKED), descriptions, status, dates,
				participants, countries, List.of(), currency, budgets, List.of(), List.of(), sectors, List.of(),
				List.of(), List.of(), documents, contacts, null, List.of());
	}

	private java.util.Optional<Text> text(String value) {
		return value.isEmpty() ? java.util.Optional.empty()
				: java.util.Optional.of(new Text(value, language, Text.Choice.ASKED));
	}

	private IatiActivity.@Nullable Organisation reporting(Cells cells, SheetColumns columns, List<String> reasons) {
		String named = cells.get(SheetField.REPORTING_ORGANISATION);
		if (named.isEmpty()) {
			named = (columns.reportingOrganisation() != null) ? columns.reportingOrganisation() : "";
		}
		if (named.isEmpty()) {
			reasons.add(cells.has(SheetField.REPORTING_ORGANISATION) ? "no reporting organisation"
					: "no reporting organisation: choose its column, or name the organisation of every row");
			return null;
		}
		Organisation found = directory.organisation(named, named);
		if (found == null) {
			reasons.add("the reporting organisation " + quoted(named)
					+ " is not in the directory: add it, or name it as the directory does");
			return null;
		}
		return new IatiActivity.Organisation(ImportDirectory.reference(found), null,
				new Text(found.name(), null, Text.Choice.FIRST));
	}

	private void participants(String cell, String role, List<IatiActivity.Participant> participants) {
		for (String name : split(cell, SEPARATORS)) {
			if (participants.size() >= InitiativeContent.MAX_ROWS) {
				return;
			}
			Organisation found = directory.organisation(name, name);
			IatiActivity.Organisation organisation = (found != null)
					? new IatiActivity.Organisation(ImportDirectory.reference(found), null,
							new Text(found.name(), null, Text.Choice.FIRST))
					: new IatiActivity.Organisation(null, null, new Text(cut(name, 300), null, Text.Choice.FIRST));
			participants.add(new IatiActivity.Participant(role, organisation));
		}
	}

	private List<IatiActivity.Share> countries(String cell, List<String> reasons) {
		List<IatiActivity.Share> shares = new ArrayList<>();
		for (String part : split(cell, SEPARATORS)) {
			Matcher share = SHARE.matcher(part);
			String name = share.matches() ? share.group(1) : part;
			BigDecimal percentage = share.matches() ? percentage(share) : null;
			String iso2 = directory.countryNamed(name);
			if (iso2 != null) {
				shares.add(new IatiActivity.Share(iso2, null, percentage));
				continue;
			}
			List<String> listed = split(part, LIST_SEPARATORS);
			List<String> codes = listed.stream().map(directory::countryNamed).toList();
			if (listed.size() > 1 && !codes.contains(null)) {
				codes.forEach(code -> shares.add(new IatiActivity.Share(code, null, null)));
			}
			else {
				reasons.add("the country " + quoted(part) + " is not known (give its name in English or its code)");
			}
		}
		return shares;
	}

	private List<IatiActivity.Code> elements(String cell, List<String> reasons) {
		List<IatiActivity.Code> codes = new ArrayList<>();
		for (String part : split(cell, LIST_SEPARATORS)) {
			Matcher share = SHARE.matcher(part);
			String written = share.matches() ? share.group(1) : part;
			Matcher element = ELEMENT.matcher(written);
			String code = element.matches() ? element.group(1).toLowerCase(Locale.ROOT) : null;
			if (code == null || !elements.contains(code)) {
				reasons.add("the key element " + quoted(part) + " is not one of the Action Plan");
				continue;
			}
			codes.add(new IatiActivity.Code("99", code, codelist, share.matches() ? percentage(share) : null, null));
		}
		return codes;
	}

	private static @Nullable BigDecimal percentage(Matcher share) {
		String written = (share.group(2) != null) ? share.group(2) : share.group(3);
		return (written != null) ? new BigDecimal(written.replace(',', '.')) : null;
	}

	private static @Nullable String currency(String cell, List<String> reasons) {
		if (cell.isEmpty()) {
			return null;
		}
		String code = cell.toUpperCase(Locale.ROOT);
		if (!CURRENCY.matcher(code).matches() || !InitiativeContent.Funding.knownCurrency(code)) {
			reasons.add("the currency " + quoted(cell) + " is not an ISO 4217 code such as USD or EUR");
			return null;
		}
		return code;
	}

	private static @Nullable String status(String cell, List<String> reasons) {
		if (cell.isEmpty()) {
			return null;
		}
		String status = STATUS_WORDS.get(SheetField.key(cell));
		if (status == null) {
			reasons.add("the status " + quoted(cell)
					+ " is none of pipeline, implementation, finalisation, closed, cancelled, suspended (or 1 to 6)");
		}
		return status;
	}

	private static void date(Cells cells, SheetField field, String type, boolean end, SheetColumns.DateOrder order,
			Map<String, LocalDate> dates, List<String> reasons) {
		String cell = cells.get(field);
		if (cell.isEmpty()) {
			return;
		}
		LocalDate date = date(cell, end, order);
		if (date == null) {
			reasons.add("the date " + quoted(cell) + " is not one (write it as 2025-03-31 or 31/03/2025)");
		}
		else {
			dates.put(type, date);
		}
	}

	/**
	 * A date as people write it, day first: see
	 * {@link #date(String, boolean, SheetColumns.DateOrder)}.
	 */
	static @Nullable LocalDate date(String text, boolean end) {
		return date(text, end, SheetColumns.DateOrder.DAY_FIRST);
	}

	/**
	 * A date as people write it: ISO, year first with slashes or dots, day and month in
	 * the order given (the other way round where the number that should be the month
	 * cannot be one), or a year alone (its first day for a start, its last for an end).
	 */
	static @Nullable LocalDate date(String text, boolean end, SheetColumns.DateOrder order) {
		try {
			Matcher iso = ISO_DATE.matcher(text);
			if (iso.matches()) {
				return LocalDate.of(year(iso.group(1)), number(iso.group(2)), number(iso.group(3)));
			}
			Matcher yearFirst = YEAR_FIRST.matcher(text);
			if (yearFirst.matches()) {
				return LocalDate.of(year(yearFirst.group(1)), number(yearFirst.group(2)), number(yearFirst.group(3)));
			}
			Matcher dayFirst = DAY_FIRST.matcher(text);
			if (dayFirst.matches()) {
				int first = number(dayFirst.group(1));
				int second = number(dayFirst.group(2));
				int year = year(dayFirst.group(3));
				boolean monthFirst = (order == SheetColumns.DateOrder.MONTH_FIRST) ? first <= 12 : second > 12;
				return monthFirst ? LocalDate.of(year, first, second) : LocalDate.of(year, second, first);
			}
			Matcher year = YEAR.matcher(text);
			if (year.matches()) {
				return end ? LocalDate.of(year(year.group(1)), 12, 31) : LocalDate.of(year(year.group(1)), 1, 1);
			}
		}
		catch (DateTimeException ex) {
			return null;
		}
		return null;
	}

	private static int year(String text) {
		int year = Integer.parseInt(text);
		if (year < 1900 || year > 2200) {
			throw new DateTimeException("year out of range");
		}
		return year;
	}

	private static int number(String text) {
		return Integer.parseInt(text);
	}

	/**
	 * An amount as people write it, thousands separated by spaces, apostrophes, commas or
	 * points; null when it is none (or negative).
	 */
	static @Nullable BigDecimal amount(String text) {
		String plain = text.replaceAll("[\\s\\u00A0\\u202F'’_]", "");
		if (!AMOUNT.matcher(plain).matches()) {
			return null;
		}
		int comma = plain.lastIndexOf(',');
		int point = plain.lastIndexOf('.');
		String normal;
		if (comma >= 0 && point >= 0) {
			char decimal = (comma > point) ? ',' : '.';
			char thousands = (decimal == ',') ? '.' : ',';
			String whole = plain.substring(0, Math.max(comma, point));
			if (whole.indexOf(decimal) >= 0) {
				return null;
			}
			normal = whole.replace(String.valueOf(thousands), "") + "." + plain.substring(Math.max(comma, point) + 1);
		}
		else if (comma >= 0) {
			normal = plain.matches("\\d{1,3}(,\\d{3})+") ? plain.replace(",", "") : plain.replace(',', '.');
		}
		else if (point >= 0) {
			normal = plain.matches("\\d{1,3}(\\.\\d{3})+") ? plain.replace(".", "") : plain;
		}
		else {
			normal = plain;
		}
		if (!normal.matches("\\d+(\\.\\d+)?")) {
			return null;
		}
		return new BigDecimal(normal);
	}

	private static List<String> split(String cell, Pattern separators) {
		if (cell.isEmpty()) {
			return List.of();
		}
		return java.util.Arrays.stream(separators.split(cell))
			.map(String::strip)
			.filter(part -> !part.isEmpty())
			.limit(InitiativeContent.MAX_ROWS)
			.toList();
	}

	private static String quoted(String text) {
		return "“" + cut(text, 60) + "”";
	}

	private static String cut(String text, int most) {
		return (text.length() > most) ? text.substring(0, most - 1) + "…" : text;
	}

	private static Map<String, String> statusWords() {
		Map<String, String> words = new HashMap<>();
		put(words, "1", "1", "pipeline", "identification", "pipeline identification", "planned", "planning", "proposed",
				"in preparation", "prevu", "planifie", "en preparation", "identifie", "previsto", "planificado",
				"en preparacion", "propuesto");
		put(words, "2", "2", "implementation", "ongoing", "active", "in progress", "under way", "underway", "en cours",
				"mise en oeuvre", "en execution", "en ejecucion", "en curso", "activo", "ejecucion");
		put(words, "3", "3", "finalisation", "finalization", "closing", "finalisation en cours", "en cloture",
				"finalizacion", "en cierre");
		put(words, "4", "4", "closed", "completed", "complete", "finished", "ended", "done", "termine", "acheve",
				"clos", "cloture", "cerrado", "terminado", "concluido", "finalizado", "completado");
		put(words, "5", "5", "cancelled", "canceled", "annule", "cancelado", "anulado");
		put(words, "6", "6", "suspended", "on hold", "suspendu", "suspendido");
		return Map.copyOf(words);
	}

	private static void put(Map<String, String> words, String code, String... written) {
		for (String word : written) {
			words.put(SheetField.key(word), code);
		}
	}

	/** A row's cells by field. */
	private record Cells(Row row, Map<SheetField, Integer> indexes) {

		String get(SheetField field) {
			Integer column = indexes.get(field);
			return (column == null) ? "" : row.cell(column).strip();
		}

		boolean has(SheetField field) {
			return indexes.containsKey(field);
		}

	}

}
