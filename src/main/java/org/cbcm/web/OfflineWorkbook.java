package org.cbcm.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.web.OfflineForm.Field;
import org.cbcm.web.OfflineForm.Section;
import org.cbcm.web.OfflineForm.Stamp;
import org.cbcm.web.OfflineForm.Type;

/**
 * A record's form as an Excel workbook to fill offline: the instructions first, then a
 * sheet per section (a question per row, or a list's rows under its columns' headings),
 * drop-down lists for coded answers and checks of days and numbers that Excel and
 * LibreOffice apply as one types, and two very hidden sheets: the lists the drop-downs
 * offer, and the stamp that says which record, version and form the workbook was made
 * from. The first column of every sheet, hidden, names each answer as the page's form
 * binds it, so that the workbook reads back whatever its sheets' names and headings say
 * in the reader's language.
 */
public final class OfflineWorkbook {

	/** The very hidden sheet of the stamp. */
	static final String STAMP = "cbcm";

	/** The very hidden sheet of the drop-downs' answers. */
	static final String LISTS = "cbcm-lists";

	/** The first cell of a list's sheet: its hidden row names the columns. */
	static final String COLUMNS = "#columns";

	/** What Excel shows of a number: 15 significant digits. */
	private static final MathContext EXCEL_DIGITS = new MathContext(15);

	private OfflineWorkbook() {
	}

	/**
	 * Writes the form, filled with the answers given (by the names the form binds).
	 */
	public static byte[] write(OfflineForm form, Stamp stamp, Map<String, List<String>> values, OfflineTexts texts) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			XSSFSheet about = workbook.createSheet(WorkbookUtil.createSafeSheetName(texts.instructions()));
			about.setColumnWidth(0, 100 * 256);
			int line = 0;
			cell(about.createRow(line++), 0, form.title(), styles.heading);
			for (String paragraph : form.instructions()) {
				cell(about.createRow(line++), 0, paragraph, styles.wrapped);
			}
			XSSFSheet lists = workbook.createSheet(LISTS);
			int[] list = { 0 };
			Set<String> names = new HashSet<>();
			names.add(about.getSheetName().toLowerCase(java.util.Locale.ROOT));
			names.add(LISTS);
			names.add(STAMP);
			for (Section section : form.sections()) {
				XSSFSheet sheet = workbook.createSheet(sheetName(section.title(), names));
				if (section.isList()) {
					writeList(workbook, sheet, lists, list, section, values, texts, styles);
				}
				else {
					writeQuestions(workbook, sheet, lists, list, section, values, texts, styles);
				}
			}
			XSSFSheet stamped = workbook.createSheet(STAMP);
			String[][] rows = { { "kind", stamp.kind() }, { "record", stamp.record() },
					{ "version", String.valueOf(stamp.version()) },
					{ "formVersion", String.valueOf(stamp.formVersion()) },
					{ "format", String.valueOf(stamp.format()) } };
			for (int index = 0; index < rows.length; index++) {
				XSSFRow row = stamped.createRow(index);
				row.createCell(0).setCellValue(rows[index][0]);
				row.createCell(1).setCellValue(rows[index][1]);
			}
			workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.VERY_HIDDEN);
			workbook.setSheetVisibility(workbook.getSheetIndex(stamped), SheetVisibility.VERY_HIDDEN);
			workbook.setActiveSheet(0);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sheetName(String title, Set<String> taken) {
		String base = WorkbookUtil.createSafeSheetName(title);
		String name = base;
		for (int count = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); count++) {
			String suffix = " " + count;
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		taken.add(name.toLowerCase(java.util.Locale.ROOT));
		return name;
	}

	private static void writeQuestions(XSSFWorkbook workbook, XSSFSheet sheet, XSSFSheet lists, int[] list,
			Section section, Map<String, List<String>> values, OfflineTexts texts, Styles styles) {
		XSSFRow header = sheet.createRow(0);
		cell(header, 0, "", styles.bold);
		cell(header, 1, texts.question(), styles.bold);
		cell(header, 2, texts.answer(), styles.bold);
		cell(header, 3, texts.note(), styles.bold);
		sheet.setColumnHidden(0, true);
		sheet.setColumnWidth(1, 50 * 256);
		sheet.setColumnWidth(2, 60 * 256);
		sheet.setColumnWidth(3, 40 * 256);
		sheet.createFreezePane(0, 1);
		int line = 1;
		for (Field field : section.fields()) {
			if (field.type() == Type.CHOICES) {
				List<String> ticked = values.getOrDefault(field.name(), List.of());
				String yes = listOf(workbook, lists, list, List.of(texts.yes()));
				for (OfflineForm.Choice choice : field.choices()) {
					XSSFRow row = sheet.createRow(line);
					cell(row, 0, field.name() + "=" + choice.value(), null);
					cell(row, 1, field.label() + ": " + choice.label(), styles.wrapped);
					cell(row, 2, ticked.contains(choice.value()) ? texts.yes() : "", styles.input);
					cell(row, 3, texts.hint(Type.CHOICES), styles.wrapped);
					validate(sheet, yes, line, line, 2, texts);
					line++;
				}
				continue;
			}
			XSSFRow row = sheet.createRow(line);
			cell(row, 0, field.name(), null);
			cell(row, 1, field.label(), styles.wrapped);
			answer(row, 2, field, first(values.get(field.name())), styles);
			cell(row, 3, texts.hint(field.type()), styles.wrapped);
			check(workbook, sheet, lists, list, field, line, line, 2, texts);
			line++;
		}
	}

	private static void writeList(XSSFWorkbook workbook, XSSFSheet sheet, XSSFSheet lists, int[] list, Section section,
			Map<String, List<String>> values, OfflineTexts texts, Styles styles) {
		XSSFRow names = sheet.createRow(0);
		XSSFRow header = sheet.createRow(1);
		cell(names, 0, COLUMNS, null);
		cell(header, 0, "", styles.bold);
		sheet.setColumnHidden(0, true);
		names.setZeroHeight(true);
		List<Field> columns = section.fields();
		for (int index = 0; index < columns.size(); index++) {
			Field column = columns.get(index);
			cell(names, index + 1, column.name(), null);
			String hint = texts.hint(column.type());
			cell(header, index + 1, hint.isEmpty() ? column.label() : column.label() + " (" + hint + ")",
					styles.boldWrapped);
			sheet.setColumnWidth(index + 1,
					((column.type() == Type.TEXT || column.type() == Type.LONG_TEXT) ? 36 : 20) * 256);
			check(workbook, sheet, lists, list, column, 2, 1 + section.rows(), index + 1, texts);
		}
		sheet.createFreezePane(1, 2);
		for (int number = 0; number < section.rows(); number++) {
			XSSFRow row = sheet.createRow(2 + number);
			cell(row, 0, section.list() + "[" + number + "]", null);
			for (int index = 0; index < columns.size(); index++) {
				Field column = columns.get(index);
				answer(row, index + 1, column, first(values.get(section.name(number, column))), styles);
			}
		}
	}

	private static String first(List<String> values) {
		return (values == null || values.isEmpty()) ? "" : values.get(0);
	}

	/** An answer as Excel holds it: a day as a day, a number as a number. */
	private static void answer(XSSFRow row, int column, Field field, String value, Styles styles) {
		XSSFCell cell = row.createCell(column);
		switch (field.type()) {
			case DATE -> {
				cell.setCellStyle(styles.date);
				try {
					if (!value.isEmpty()) {
						cell.setCellValue(LocalDate.parse(value));
						return;
					}
				}
				catch (DateTimeParseException ex) {
					// kept as the text it is
				}
			}
			case NUMBER, WHOLE_NUMBER -> {
				cell.setCellStyle(styles.input);
				try {
					if (!value.isEmpty()) {
						BigDecimal number = new BigDecimal(value);
						if (number.precision() <= 15) {
							cell.setCellValue(number.doubleValue());
							return;
						}
					}
				}
				catch (NumberFormatException ex) {
					// kept as the text it is
				}
			}
			case CHOICE -> cell.setCellStyle(styles.input);
			default -> cell.setCellStyle(field.type() == Type.LONG_TEXT ? styles.inputWrapped : styles.input);
		}
		String shown = (field.type() == Type.CHOICE && !value.isEmpty()) ? field.labelOf(value) : value;
		if (!shown.isEmpty()) {
			cell.setCellValue(fitted(shown));
		}
	}

	/** The check Excel applies to a question's cells as one types. */
	private static void check(XSSFWorkbook workbook, XSSFSheet sheet, XSSFSheet lists, int[] list, Field field,
			int firstRow, int lastRow, int column, OfflineTexts texts) {
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		DataValidationConstraint constraint = switch (field.type()) {
			case CHOICE -> helper.createFormulaListConstraint(
					listOf(workbook, lists, list, field.choices().stream().map(OfflineForm.Choice::label).toList()));
			case DATE -> helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, "DATE(1900,1,1)",
					"DATE(2999,12,31)", null);
			case NUMBER -> helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
					"-1000000000000000", "1000000000000000");
			case WHOLE_NUMBER -> helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
					"-1000000000", "1000000000");
			default -> null;
		};
		if (constraint == null) {
			return;
		}
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(firstRow, lastRow, column, column));
		if (field.type() == Type.CHOICE) {
			// for a list, POI writes the opposite: this shows the arrow
			validation.setSuppressDropDownArrow(true);
		}
		validation.setEmptyCellAllowed(true);
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(fitted(texts.invalidTitle(), 32), fitted(texts.invalid(), 255));
		sheet.addValidationData(validation);
	}

	private static void validate(XSSFSheet sheet, String name, int firstRow, int lastRow, int column,
			OfflineTexts texts) {
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(name),
				new CellRangeAddressList(firstRow, lastRow, column, column));
		validation.setSuppressDropDownArrow(true);
		validation.setEmptyCellAllowed(true);
		validation.setShowErrorBox(true);
		validation.createErrorBox(fitted(texts.invalidTitle(), 32), fitted(texts.invalid(), 255));
		sheet.addValidationData(validation);
	}

	/** Writes a drop-down's answers in a column of the hidden sheet and names them. */
	private static String listOf(XSSFWorkbook workbook, XSSFSheet lists, int[] list, List<String> choices) {
		int column = list[0]++;
		for (int index = 0; index < choices.size(); index++) {
			XSSFRow row = lists.getRow(index);
			if (row == null) {
				row = lists.createRow(index);
			}
			row.createCell(column).setCellValue(fitted(choices.get(index)));
		}
		String letters = CellReference.convertNumToColString(column);
		Name name = workbook.createName();
		name.setNameName("cbcm_list_" + (column + 1));
		name.setRefersToFormula("'" + LISTS + "'!$" + letters + "$1:$" + letters + "$" + Math.max(1, choices.size()));
		return name.getNameName();
	}

	private static void cell(Row row, int column, String text, XSSFCellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(fitted(text));
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static String fitted(String text) {
		return fitted(text, SpreadsheetVersion.EXCEL2007.getMaxTextLength());
	}

	private static String fitted(String text, int most) {
		return (text.length() <= most) ? text : text.substring(0, most);
	}

	/**
	 * Reads a workbook this class wrote and someone filled: its stamp, and the answers by
	 * the names the form binds (a choice given by its label comes back as its code). A
	 * cell holding a formula is refused, not evaluated.
	 * @throws InvalidRequestException when the workbook is not such a form, or holds a
	 * formula
	 */
	static OfflineFiles.Filled read(OfflineForm form, XSSFWorkbook workbook) {
		Sheet stampSheet = workbook.getSheet(STAMP);
		if (stampSheet == null) {
			throw new InvalidRequestException(OfflineFiles.FILE, "offline.not-a-form");
		}
		Map<String, String> stamp = new LinkedHashMap<>();
		for (Row row : stampSheet) {
			stamp.put(text(row.getCell(0)), text(row.getCell(1)));
		}
		Stamp read = OfflineFiles.stamp(stamp);
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (Sheet sheet : workbook) {
			if (sheet == stampSheet || sheet.getSheetName().equals(LISTS)) {
				continue;
			}
			Row first = sheet.getRow(0);
			if (first != null && COLUMNS.equals(text(first.getCell(0)))) {
				readList(form, sheet, first, values);
			}
			else {
				readQuestions(form, sheet, values);
			}
		}
		return new OfflineFiles.Filled(read, values, "xlsx");
	}

	private static void readQuestions(OfflineForm form, Sheet sheet, Map<String, List<String>> values) {
		for (Row row : sheet) {
			if (row.getRowNum() > OfflineFiles.MAX_ROWS) {
				break;
			}
			String key = text(row.getCell(0));
			int ticked = key.indexOf('=');
			String name = (ticked > 0) ? key.substring(0, ticked) : key;
			Field field = form.field(name);
			if (field == null) {
				continue;
			}
			String answer = answer(sheet, row.getCell(2), field);
			if (field.type() == Type.CHOICES) {
				values.computeIfAbsent(name, n -> new ArrayList<>());
				if (ticked > 0 && !answer.isBlank()) {
					values.get(name).add(key.substring(ticked + 1));
				}
			}
			else if (!answer.isEmpty()) {
				values.put(name, List.of(answer));
			}
		}
	}

	private static void readList(OfflineForm form, Sheet sheet, Row names, Map<String, List<String>> values) {
		for (Row row : sheet) {
			if (row.getRowNum() < 2) {
				continue;
			}
			if (row.getRowNum() > OfflineFiles.MAX_ROWS) {
				break;
			}
			String prefix = text(row.getCell(0));
			if (prefix.isEmpty()) {
				continue;
			}
			for (int column = 1; column < Math.min(names.getLastCellNum(), OfflineFiles.MAX_COLUMNS); column++) {
				String name = prefix + "." + text(names.getCell(column));
				Field field = form.field(name);
				if (field == null) {
					continue;
				}
				String answer = answer(sheet, row.getCell(column), field);
				if (!answer.isEmpty()) {
					values.put(name, List.of(answer));
				}
			}
		}
	}

	/** An answer as the form posts it. */
	private static String answer(Sheet sheet, Cell cell, Field field) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.FORMULA) {
			throw new InvalidRequestException(OfflineFiles.FILE, "offline.formula",
					sheet.getSheetName() + "!" + new CellReference(cell).formatAsString(false));
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			if (field.type() == Type.DATE || DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toLocalDate().toString();
			}
			return new BigDecimal(cell.getNumericCellValue(), EXCEL_DIGITS).stripTrailingZeros().toPlainString();
		}
		if (cell.getCellType() == CellType.BOOLEAN) {
			return String.valueOf(cell.getBooleanCellValue());
		}
		String text = text(cell);
		return (field.type() == Type.CHOICE && !text.isBlank()) ? field.valueOf(text) : text.strip();
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.STRING) {
			return cell.getStringCellValue();
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			return new BigDecimal(cell.getNumericCellValue(), EXCEL_DIGITS).stripTrailingZeros().toPlainString();
		}
		return "";
	}

	private static final class Styles {

		final XSSFCellStyle bold;

		final XSSFCellStyle boldWrapped;

		final XSSFCellStyle heading;

		final XSSFCellStyle wrapped;

		final XSSFCellStyle input;

		final XSSFCellStyle inputWrapped;

		final XSSFCellStyle date;

		Styles(XSSFWorkbook workbook) {
			XSSFFont font = workbook.createFont();
			font.setBold(true);
			bold = workbook.createCellStyle();
			bold.setFont(font);
			boldWrapped = workbook.createCellStyle();
			boldWrapped.setFont(font);
			boldWrapped.setWrapText(true);
			XSSFFont large = workbook.createFont();
			large.setBold(true);
			large.setFontHeightInPoints((short) 14);
			heading = workbook.createCellStyle();
			heading.setFont(large);
			wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);
			input = workbook.createCellStyle();
			input.setLocked(false);
			inputWrapped = workbook.createCellStyle();
			inputWrapped.setLocked(false);
			inputWrapped.setWrapText(true);
			date = workbook.createCellStyle();
			date.setLocked(false);
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
		}

	}

}
