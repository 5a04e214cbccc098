package org.cbcm.exchange.internal.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cbcm.shared.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the table of a spreadsheet a person uploads, a CSV file or an Excel workbook
 * (.xlsx), as text: a header row and the rows under it, each cell a string as the person
 * sees it in Excel, with the row number Excel shows so that a refusal can name it.
 * <p>
 * The format comes from the content, not the file's name. A CSV file's encoding (UTF-8,
 * UTF-16, else Windows-1252) and delimiter ({@code ,} {@code ;} tab {@code |}) are found
 * from its bytes; a workbook's first visible sheet is read, its formulas by the result
 * Excel saved (never computed again), a merged cell on every row and column it covers.
 * The header row is the first that spans the table (a title above it is passed over, see
 * {@code Table}); blank rows are skipped. Cells and headers lose their surrounding white
 * space and their control characters: a tab becomes a space, line breaks become
 * {@code \n}, NUL and the others go.
 * <p>
 * A file this class cannot read, or one beyond {@link #MAX_ROWS}, {@link #MAX_COLUMNS} or
 * {@link #MAX_CELL_LENGTH}, is refused with an {@link InvalidRequestException} on the
 * parameter {@code file} and a key {@code exchange.sheet.*}; no other exception comes out
 * of {@link #read(byte[])}.
 */
public final class SpreadsheetReader {

	/** The most data rows (under the header) a sheet may have. */
	public static final int MAX_ROWS = 20_000;

	/** The most columns a row may have. */
	public static final int MAX_COLUMNS = 200;

	/** The most characters a cell may hold, as many as Excel takes. */
	public static final int MAX_CELL_LENGTH = 32_767;

	/**
	 * The most bytes one part of a workbook (a sheet's XML, its shared strings) may
	 * inflate to. POI's default is 4 GB; a 10 MB workbook with 20,000 rows of 200 columns
	 * needs far less.
	 */
	public static final long MAX_WORKBOOK_PART = 200L * 1024 * 1024;

	/**
	 * The least ratio of a workbook part's compressed to inflated size (POI's default).
	 */
	public static final double MIN_INFLATE_RATIO = 0.01;

	/** The most notes a sheet carries; the others are counted in a last note. */
	static final int MAX_NOTES = 50;

	private static final String PARAMETER = "file";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

	/** What Excel shows of a number: 15 significant digits. */
	private static final MathContext EXCEL_DIGITS = new MathContext(15);

	private static final char[] DELIMITERS = { ',', ';', '\t', '|' };

	static {
		// POI's protections against workbooks that inflate to gigabytes are global: keep
		// them on, and never looser than cbcm's limits.
		if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
			ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		}
		if (ZipSecureFile.getMaxEntrySize() > MAX_WORKBOOK_PART) {
			ZipSecureFile.setMaxEntrySize(MAX_WORKBOOK_PART);
		}
	}

	/** How the file was written. */
	public enum Format {

		/** Text with delimited values. */
		CSV,

		/** An Excel workbook (Office Open XML). */
		XLSX

	}

	/**
	 * The table of a spreadsheet.
	 *
	 * @param format the file's format
	 * @param headers the header row's cells, up to its last non-blank one
	 * @param rows the non-blank rows under the header, in order; none when there are none
	 * @param encoding the encoding a CSV file was read in ({@code UTF-8},
	 * {@code UTF-16LE}, {@code UTF-16BE} or {@code windows-1252}); null for a workbook
	 * @param delimiter the delimiter of a CSV file; null for a workbook
	 * @param notes what a person should know about how the file was read (an encoding
	 * guessed, cells holding errors), in English, from the {@code exchange} bundle
	 */
	public record Sheet(Format format, List<String> headers, List<Row> rows, @Nullable String encoding,
			@Nullable String delimiter, List<String> notes) {

		public Sheet {
			headers = List.copyOf(headers);
			rows = List.copyOf(rows);
			notes = List.copyOf(notes);
		}

	}

	/**
	 * A row under the header.
	 *
	 * @param line the row number Excel shows, or the line a CSV record starts on (from 1)
	 * @param cells its cells from the first column, up to its last non-blank one
	 */
	public record Row(int line, List<String> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

		/** The cell of a column counted from 0; empty beyond the row's last cell. */
		public String cell(int column) {
			return (column >= 0 && column < cells.size()) ? cells.get(column) : "";
		}

	}

	private SpreadsheetReader() {
	}

	/**
	 * Reads a spreadsheet file.
	 * @param bytes the whole file
	 * @return its header and rows
	 * @throws InvalidRequestException when the file is empty, not a spreadsheet cbcm
	 * reads, damaged, or beyond the limits
	 */
	public static Sheet read(byte[] bytes) {
		if (bytes.length == 0) {
			throw new InvalidRequestException(PARAMETER, "exchange.sheet.empty");
		}
		if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
			return readWorkbook(bytes);
		}
		if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			throw new InvalidRequestException(PARAMETER, "exchange.sheet.xls");
		}
		return readCsv(bytes);
	}

	private static boolean startsWith(byte[] bytes, int... magic) {
		if (bytes.length < magic.length) {
			return false;
		}
		for (int index = 0; index < magic.length; index++) {
			if ((bytes[index] & 0xFF) != magic[index]) {
				return false;
			}
		}
		return true;
	}

	// CSV

	private static Sheet readCsv(byte[] bytes) {
		List<String> notes = new ArrayList<>();
		Decoded decoded = decode(bytes, notes);
		String text = decoded.text();
		if (binary(text)) {
			throw new InvalidRequestException(PARAMETER, "exchange.sheet.unreadable");
		}
		int start = 0;
		char delimiter;
		if (text.length() >= 5 && text.startsWith("sep=") && lineEnd(text, 0) == 5) {
			// Excel's hint of the delimiter, a line of its own before the table
			delimiter = text.charAt(4);
			start = nextLine(text, 5);
		}
		else {
			delimiter = delimiter(text);
		}
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter)
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(false)
			.setTrailingData(true)
			.get();
		Table table = new Table();
		Lines lines = new Lines(text);
		try (CSVParser parser = format.parse(new StringReader(text.substring(start)))) {
			Iterator<CSVRecord> records = parser.iterator();
			int first = lines.lineOf(start);
			long readLines = 0;
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					// the record that cannot be parsed starts after the last one read
					throw new InvalidRequestException(PARAMETER, "exchange.sheet.csv-malformed",
							(int) (first + readLines));
				}
				readLines = parser.getCurrentLineNumber();
				int line = lines.lineOf(start + record.getCharacterPosition());
				List<String> cells = new ArrayList<>(record.size());
				for (int column = 0; column < record.size(); column++) {
					cells.add(cleaned(record.get(column), line, column));
				}
				table.add(line, cells);
			}
		}
		catch (IOException ex) {
			throw new InvalidRequestException(PARAMETER, "exchange.sheet.unreadable");
		}
		return table.sheet(Format.CSV, decoded.encoding(), String.valueOf(delimiter), notes);
	}

	private record Decoded(String text, String encoding) {
	}

	private static Decoded decode(byte[] bytes, List<String> notes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
		}
		Charset utf16 = utf16WithoutMark(bytes);
		if (utf16 != null) {
			return new Decoded(new String(bytes, utf16), utf16.name());
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return new Decoded(text, "UTF-8");
		}
		catch (CharacterCodingException ex) {
			notes.add(note("exchange.sheet.note.windows-1252"));
			return new Decoded(new String(bytes, Charset.forName("windows-1252")), "windows-1252");
		}
	}

	/**
	 * UTF-16 written without a byte order mark, as some tools do: most characters of a
	 * table are ASCII, so every other byte is zero.
	 */
	private static @Nullable Charset utf16WithoutMark(byte[] bytes) {
		int pairs = Math.min(bytes.length / 2, 4096);
		if (pairs < 2) {
			return null;
		}
		int evenZeros = 0;
		int oddZeros = 0;
		for (int pair = 0; pair < pairs; pair++) {
			evenZeros += (bytes[2 * pair] == 0) ? 1 : 0;
			oddZeros += (bytes[2 * pair + 1] == 0) ? 1 : 0;
		}
		if (oddZeros * 10 >= pairs * 7 && evenZeros * 20 <= pairs) {
			return StandardCharsets.UTF_16LE;
		}
		if (evenZeros * 10 >= pairs * 7 && oddZeros * 20 <= pairs) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	/**
	 * Whether the text is rather the bytes of some other file (an image, a PDF, random
	 * bytes): more than one character in twenty is a control character or undecodable.
	 */
	private static boolean binary(String text) {
		int odd = 0;
		for (int index = 0; index < text.length(); index++) {
			char c = text.charAt(index);
			if ((Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFD') {
				odd++;
			}
		}
		return odd > 8 && odd * 20 > text.length();
	}

	/**
	 * The delimiter that comes most often outside quotes on the header line (the first
	 * line with something else than delimiters, quotes and spaces); a comma when none
	 * does.
	 */
	static char delimiter(String text) {
		int start = 0;
		int firstLine = -1;
		while (start < text.length()) {
			int end = lineEnd(text, start);
			if (hasContent(text, start, end)) {
				return mostFrequent(text, start, end);
			}
			if (firstLine < 0 && end > start) {
				firstLine = start;
			}
			start = nextLine(text, end);
		}
		// no header: the delimiters of the first line that has any
		return (firstLine < 0) ? ',' : mostFrequent(text, firstLine, lineEnd(text, firstLine));
	}

	private static char mostFrequent(String text, int start, int end) {
		int[] counts = new int[DELIMITERS.length];
		boolean quoted = false;
		for (int index = start; index < end; index++) {
			char c = text.charAt(index);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				for (int candidate = 0; candidate < DELIMITERS.length; candidate++) {
					counts[candidate] += (c == DELIMITERS[candidate]) ? 1 : 0;
				}
			}
		}
		int best = 0;
		for (int candidate = 1; candidate < DELIMITERS.length; candidate++) {
			if (counts[candidate] > counts[best]) {
				best = candidate;
			}
		}
		return DELIMITERS[best];
	}

	private static int lineEnd(String text, int start) {
		int index = start;
		while (index < text.length() && text.charAt(index) != '\n' && text.charAt(index) != '\r') {
			index++;
		}
		return index;
	}

	private static int nextLine(String text, int end) {
		if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
				&& text.charAt(end + 1) == '\n') {
			return end + 2;
		}
		return end + 1;
	}

	private static boolean hasContent(String text, int start, int end) {
		for (int index = start; index < end; index++) {
			char c = text.charAt(index);
			if (!blank(c) && c != '"' && c != ',' && c != ';' && c != '|' && !Character.isISOControl(c)) {
				return true;
			}
		}
		return false;
	}

	/** Line numbers of character positions, asked in increasing order. */
	private static final class Lines {

		private final String text;

		private int position;

		private int line = 1;

		Lines(String text) {
			this.text = text;
		}

		int lineOf(long target) {
			int end = (int) Math.min(target, text.length());
			while (position < end) {
				char c = text.charAt(position);
				if (c == '\n' || (c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n'))) {
					line++;
				}
				position++;
			}
			return line;
		}

	}

	// Workbooks

	private static Sheet readWorkbook(byte[] bytes) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			return readWorkbook(workbook);
		}
		catch (InvalidRequestException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidRequestException(PARAMETER, "exchange.sheet.unreadable");
		}
	}

	private static Sheet readWorkbook(XSSFWorkbook workbook) {
		XSSFSheet sheet = null;
		for (int index = 0; index < workbook.getNumberOfSheets() && sheet == null; index++) {
			if (workbook.getSheetVisibility(index) == SheetVisibility.VISIBLE) {
				sheet = workbook.getSheetAt(index);
			}
		}
		if (sheet == null) {
			throw new InvalidRequestException(PARAMETER, "exchange.sheet.empty");
		}
		List<String> notes = new ArrayList<>();
		int[] problems = new int[1];
		Merges merges = new Merges(sheet.getMergedRegions());
		Table table = new Table();
		for (org.apache.poi.ss.usermodel.Row row : sheet) {
			int line = row.getRowNum() + 1;
			List<String> cells = new ArrayList<>();
			for (Cell cell : row) {
				int column = cell.getColumnIndex();
				String value = cleaned(value(cell, notes, problems), line, column);
				if (!value.isEmpty()) {
					while (cells.size() <= column) {
						if (cells.size() > MAX_COLUMNS) {
							throw new InvalidRequestException(PARAMETER, "exchange.sheet.too-many-columns", line,
									MAX_COLUMNS);
						}
						cells.add("");
					}
					cells.set(column, value);
				}
			}
			if (cells.isEmpty()) {
				continue;
			}
			merges.fill(sheet, row.getRowNum(), cells);
			table.add(line, cells);
		}
		if (problems[0] > MAX_NOTES) {
			notes.add(note("exchange.sheet.note.more", problems[0] - MAX_NOTES));
		}
		return table.sheet(Format.XLSX, null, null, notes);
	}

	/**
	 * The merged regions of a sheet: every cell of a region reads its top-left cell, on
	 * the rows that have a cell of their own.
	 */
	private static final class Merges {

		private final List<CellRangeAddress> regions;

		private final List<CellRangeAddress> active = new ArrayList<>();

		private int next;

		Merges(List<CellRangeAddress> regions) {
			this.regions = new ArrayList<>(regions);
			this.regions.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
		}

		/** Fills a row's merged cells; rows come in increasing order. */
		void fill(XSSFSheet sheet, int rowIndex, List<String> cells) {
			while (next < regions.size() && regions.get(next).getFirstRow() <= rowIndex) {
				active.add(regions.get(next++));
			}
			active.removeIf((region) -> region.getLastRow() < rowIndex);
			for (CellRangeAddress region : active) {
				if (region.getFirstColumn() > MAX_COLUMNS) {
					continue;
				}
				org.apache.poi.ss.usermodel.Row top = sheet.getRow(region.getFirstRow());
				Cell corner = (top != null) ? top.getCell(region.getFirstColumn()) : null;
				if (corner == null) {
					continue;
				}
				int line = rowIndex + 1;
				// The top-left cell was read, and noted, on its own row.
				String value = cleaned(value(corner, new ArrayList<>(), new int[1]), line, region.getFirstColumn());
				if (value.isEmpty()) {
					continue;
				}
				int last = Math.min(region.getLastColumn(), MAX_COLUMNS);
				for (int column = region.getFirstColumn(); column <= last; column++) {
					while (cells.size() <= column) {
						cells.add("");
					}
					cells.set(column, value);
				}
			}
		}

	}

	private static String value(Cell cell, List<String> notes, int[] problems) {
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			if (cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
				note(notes, problems, "exchange.sheet.note.formula-without-result", reference(cell));
				return "";
			}
			type = cell.getCachedFormulaResultType();
		}
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> number(cell);
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			case ERROR -> {
				note(notes, problems, "exchange.sheet.note.error", reference(cell), error(cell));
				yield "";
			}
			default -> "";
		};
	}

	private static String error(Cell cell) {
		try {
			return FormulaError.forInt(cell.getErrorCellValue()).getString();
		}
		catch (RuntimeException ex) {
			return "#?";
		}
	}

	private static String number(Cell cell) {
		double value = cell.getNumericCellValue();
		if (!Double.isFinite(value)) {
			return "";
		}
		if (DateUtil.isCellDateFormatted(cell)) {
			boolean date1904 = cell.getSheet().getWorkbook() instanceof XSSFWorkbook workbook && workbook.isDate1904();
			LocalDateTime moment = DateUtil.getLocalDateTime(value, date1904, true);
			if (moment != null) {
				if (moment.toLocalTime().toSecondOfDay() == 0) {
					return DAY.format(moment);
				}
				return ((moment.getSecond() == 0) ? MINUTE : SECOND).format(moment);
			}
		}
		String format = cell.getCellStyle().getDataFormatString();
		if (format != null && percent(format)) {
			return plain(value * 100) + "%";
		}
		return plain(value);
	}

	/**
	 * A number as Excel shows it in a general cell: 15 significant digits, no exponent.
	 */
	static String plain(double value) {
		BigDecimal number = new BigDecimal(Double.toString(value)).round(EXCEL_DIGITS).stripTrailingZeros();
		return (number.signum() == 0) ? "0" : number.toPlainString();
	}

	/** Whether a number format shows a percentage: a % outside quotes and escapes. */
	private static boolean percent(String format) {
		boolean quoted = false;
		for (int index = 0; index < format.length(); index++) {
			char c = format.charAt(index);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && c == '\\') {
				index++;
			}
			else if (!quoted && c == '%') {
				return true;
			}
		}
		return false;
	}

	private static String reference(Cell cell) {
		return new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString(false);
	}

	private static void note(List<String> notes, int[] problems, String key, Object... arguments) {
		problems[0]++;
		if (problems[0] <= MAX_NOTES) {
			notes.add(note(key, arguments));
		}
	}

	/** A note's English text, from the {@code exchange} bundle. */
	private static String note(String key, Object... arguments) {
		String pattern = ResourceBundle.getBundle("i18n.exchange", Locale.ROOT).getString(key);
		return (arguments.length == 0) ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
	}

	// Both

	/**
	 * A cell as cbcm keeps it: no white space around it, line breaks as {@code \n}, tabs
	 * as spaces, no other control character or half surrogate pair.
	 */
	private static String cleaned(String raw, int line, int column) {
		StringBuilder text = new StringBuilder(raw.length());
		for (int index = 0; index < raw.length(); index++) {
			char c = raw.charAt(index);
			if (c == '\r') {
				text.append('\n');
				if (index + 1 < raw.length() && raw.charAt(index + 1) == '\n') {
					index++;
				}
			}
			else if (c == '\n') {
				text.append('\n');
			}
			else if (c == '\t') {
				text.append(' ');
			}
			else if (Character.isISOControl(c) || c == '\uFEFF') {
				continue;
			}
			else if (Character.isHighSurrogate(c)) {
				if (index + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(index + 1))) {
					text.append(c).append(raw.charAt(++index));
				}
			}
			else if (!Character.isLowSurrogate(c)) {
				text.append(c);
			}
		}
		int start = 0;
		int end = text.length();
		while (start < end && blank(text.charAt(start))) {
			start++;
		}
		while (end > start && blank(text.charAt(end - 1))) {
			end--;
		}
		if (end - start > MAX_CELL_LENGTH) {
			throw new InvalidRequestException(PARAMETER, "exchange.sheet.cell-too-long", line,
					CellReference.convertNumToColString(column), MAX_CELL_LENGTH);
		}
		return text.substring(start, end);
	}

	private static boolean blank(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	/**
	 * The rows as they are read: the header, then the non-blank rows, within the limits.
	 * The header is the first row, among the first {@link #HEADER_SEARCH}, that has at
	 * more than half as many different values as the row with most among the first
	 * {@link #WIDTH_SEARCH}: so a title, a date or a note above the table (even merged
	 * across it) is passed over.
	 */
	private static final class Table {

		/** How many of the first non-blank rows may be the header. */
		static final int HEADER_SEARCH = 20;

		/** How many of the first non-blank rows say how wide the table is. */
		static final int WIDTH_SEARCH = 50;

		private final List<Row> rows = new ArrayList<>();

		void add(int line, List<String> cells) {
			int last = cells.size();
			while (last > 0 && cells.get(last - 1).isEmpty()) {
				last--;
			}
			if (last == 0) {
				return;
			}
			if (last > MAX_COLUMNS) {
				throw new InvalidRequestException(PARAMETER, "exchange.sheet.too-many-columns", line, MAX_COLUMNS);
			}
			if (rows.size() > MAX_ROWS + HEADER_SEARCH) {
				throw new InvalidRequestException(PARAMETER, "exchange.sheet.too-many-rows", MAX_ROWS);
			}
			rows.add(new Row(line, List.copyOf(cells.subList(0, last))));
		}

		Sheet sheet(Format format, @Nullable String encoding, @Nullable String delimiter, List<String> notes) {
			if (rows.isEmpty()) {
				throw new InvalidRequestException(PARAMETER, "exchange.sheet.empty");
			}
			int widest = rows.stream().limit(WIDTH_SEARCH).mapToInt(Table::values).max().orElse(1);
			int header = 0;
			while (header < Math.min(HEADER_SEARCH, rows.size() - 1) && 2 * values(rows.get(header)) <= widest) {
				header++;
			}
			List<Row> below = rows.subList(header + 1, rows.size());
			if (below.size() > MAX_ROWS) {
				throw new InvalidRequestException(PARAMETER, "exchange.sheet.too-many-rows", MAX_ROWS);
			}
			List<String> all = new ArrayList<>(notes);
			if (header > 0) {
				all.add(0, note("exchange.sheet.note.above-header", header, rows.get(header).line()));
			}
			return new Sheet(format, rows.get(header).cells(), below, encoding, delimiter, all);
		}

		/** How many different values a row has. */
		private static int values(Row row) {
			return (int) row.cells().stream().filter(cell -> !cell.isEmpty()).distinct().count();
		}

	}

}
