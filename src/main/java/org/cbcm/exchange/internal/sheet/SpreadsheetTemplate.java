package org.cbcm.exchange.internal.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An empty workbook for people to fill in and upload: a sheet with a bold, frozen header
 * row whose cells explain their column in a comment, and a drop-down list of the choices
 * on the rows under the header of every column that has choices; a second sheet with the
 * instructions. The choices live in a hidden sheet {@value #LISTS}, one column per list,
 * each named ({@code cbcm_choices_1}, …) for the drop-downs to refer to.
 */
public final class SpreadsheetTemplate {

	/** The hidden sheet that holds the lists of choices. */
	public static final String LISTS = "Lists";

	/** The last row (as Excel counts, from 1) that has the drop-down lists. */
	public static final int LAST_ROW = SpreadsheetReader.MAX_ROWS + 1;

	/** The prefix of the defined names of the lists. */
	static final String LIST_NAME = "cbcm_choices_";

	/**
	 * A column of the sheet to fill in.
	 *
	 * @param header its header
	 * @param help what to write in it, shown in a comment on the header; none when blank
	 * @param choices the values its drop-down offers; no drop-down when empty
	 * @param othersAllowed whether other values may be typed (several choices separated
	 * by {@code ;}, or a value not in the list): then the drop-down only suggests, else
	 * Excel refuses a value that is not one of the choices
	 * @param width its width in characters
	 */
	public record Column(String header, String help, List<String> choices, boolean othersAllowed, int width) {

		public Column {
			choices = List.copyOf(choices);
		}

	}

	private SpreadsheetTemplate() {
	}

	/**
	 * Writes the template.
	 * @param sheetName the name of the sheet to fill in (cut to 31 characters, characters
	 * Excel refuses in a sheet name replaced)
	 * @param columns its columns, in order
	 * @param instructionsTitle the name of the instructions sheet
	 * @param instructions the instructions, one a row
	 * @return the .xlsx file
	 */
	public static byte[] write(String sheetName, List<Column> columns, String instructionsTitle,
			List<String> instructions) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			List<String> names = new ArrayList<>(List.of(LISTS));
			XSSFSheet sheet = workbook.createSheet(sheetName(sheetName, "Sheet1", names));
			XSSFSheet about = workbook.createSheet(sheetName(instructionsTitle, "Instructions", names));
			XSSFSheet lists = workbook.createSheet(LISTS);
			fillIn(workbook, sheet, lists, columns);
			instruct(workbook, about, instructions);
			workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.HIDDEN);
			workbook.setActiveSheet(0);
			workbook.setSelectedTab(0);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The template cannot be written", ex);
		}
	}

	/**
	 * A name Excel takes for a sheet: at most 31 characters, none of {@code []:*?/\}, not
	 * starting or ending with an apostrophe, not "History", and unlike the names taken
	 * (whatever the case).
	 */
	static String sheetName(String wanted, String fallback, List<String> taken) {
		String name = WorkbookUtil.createSafeSheetName(wanted.strip(), ' ').strip();
		while (name.startsWith("'") || name.endsWith("'")) {
			name = name.replaceAll("^'+|'+$", "").strip();
		}
		if (name.isEmpty() || name.equalsIgnoreCase("History")) {
			name = fallback;
		}
		String unique = name;
		for (int number = 2; contains(taken, unique); number++) {
			String suffix = " (" + number + ")";
			unique = name.substring(0, Math.min(name.length(), 31 - suffix.length())).strip() + suffix;
		}
		taken.add(unique);
		return unique;
	}

	private static boolean contains(List<String> names, String name) {
		return names.stream().anyMatch((taken) -> taken.equalsIgnoreCase(name));
	}

	private static void fillIn(XSSFWorkbook workbook, XSSFSheet sheet, XSSFSheet lists, List<Column> columns) {
		Font font = workbook.createFont();
		font.setBold(true);
		XSSFCellStyle bold = workbook.createCellStyle();
		bold.setFont(font);
		XSSFRow header = sheet.createRow(0);
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFDataValidationHelper validations = new XSSFDataValidationHelper(sheet);
		int list = 0;
		for (int index = 0; index < columns.size(); index++) {
			Column column = columns.get(index);
			XSSFCell cell = header.createCell(index);
			cell.setCellValue(fitted(column.header()));
			cell.setCellStyle(bold);
			sheet.setColumnWidth(index, Math.max(1, Math.min(column.width(), 255)) * 256);
			if (!column.help().isBlank()) {
				ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
				anchor.setCol1(index);
				anchor.setCol2(index + 3);
				anchor.setRow1(0);
				anchor.setRow2(6);
				Comment comment = drawing.createCellComment(anchor);
				comment.setString(workbook.getCreationHelper().createRichTextString(fitted(column.help())));
				// the anchor's top-left cell, the header, carries it
				comment.setAuthor("cbcm");
			}
			if (!column.choices().isEmpty()) {
				String name = choices(workbook, lists, list++, column.choices());
				DataValidationConstraint constraint = validations.createFormulaListConstraint(name);
				DataValidation validation = validations.createValidation(constraint,
						new CellRangeAddressList(1, LAST_ROW - 1, index, index));
				// for a list, POI writes the opposite: this shows the arrow
				validation.setSuppressDropDownArrow(true);
				validation.setEmptyCellAllowed(true);
				validation.setShowErrorBox(!column.othersAllowed());
				if (!column.othersAllowed()) {
					// Excel's own message, in the reader's language
					validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
				}
				sheet.addValidationData(validation);
			}
		}
		sheet.createFreezePane(0, 1);
	}

	/** Writes a list of choices in its column of the hidden sheet, and names it. */
	private static String choices(XSSFWorkbook workbook, XSSFSheet lists, int list, List<String> choices) {
		for (int index = 0; index < choices.size(); index++) {
			XSSFRow row = lists.getRow(index);
			if (row == null) {
				row = lists.createRow(index);
			}
			row.createCell(list).setCellValue(fitted(choices.get(index)));
		}
		String column = CellReference.convertNumToColString(list);
		Name name = workbook.createName();
		name.setNameName(LIST_NAME + (list + 1));
		name.setRefersToFormula(LISTS + "!$" + column + "$1:$" + column + "$" + choices.size());
		return name.getNameName();
	}

	private static void instruct(XSSFWorkbook workbook, XSSFSheet about, List<String> instructions) {
		XSSFCellStyle wrapped = workbook.createCellStyle();
		wrapped.setWrapText(true);
		about.setColumnWidth(0, 120 * 256);
		for (int index = 0; index < instructions.size(); index++) {
			XSSFCell cell = about.createRow(index).createCell(0);
			cell.setCellValue(fitted(instructions.get(index)));
			cell.setCellStyle(wrapped);
		}
	}

	/** The text, cut to the most a cell holds. */
	private static String fitted(String text) {
		int most = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
		return (text.length() <= most) ? text : text.substring(0, most);
	}

}
