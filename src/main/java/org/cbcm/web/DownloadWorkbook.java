package org.cbcm.web;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A download as an Excel workbook, built as the rows stream in: only a window of rows
 * stays in memory, the others wait in temporary files that {@link #close()} deletes. The
 * first sheet has one row per item under a bold, frozen header, with dates as dates and
 * amounts as numbers, and text a spreadsheet would take for a formula made harmless; a
 * second sheet may say what the download holds.
 */
public final class DownloadWorkbook implements Closeable {

	/** How many rows stay in memory before they are written out. */
	public static final int WINDOW = 100;

	/**
	 * A column of the first sheet.
	 *
	 * @param header its header
	 * @param width its width in characters
	 */
	public record Column(String header, int width) {
	}

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final SXSSFSheet sheet;

	private final int columns;

	private final CellStyle bold;

	private final CellStyle date;

	private final CellStyle moment;

	private final CellStyle amount;

	private final CellStyle wrapped;

	private int rows;

	public DownloadWorkbook(String sheetName, List<Column> columns) {
		this.columns = columns.size();
		workbook.setCompressTempFiles(true);
		Font font = workbook.createFont();
		font.setBold(true);
		bold = workbook.createCellStyle();
		bold.setFont(font);
		date = style("yyyy-mm-dd");
		moment = style("yyyy-mm-dd hh:mm:ss");
		amount = style("#,##0.00");
		wrapped = workbook.createCellStyle();
		wrapped.setWrapText(true);
		sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
		Row header = sheet.createRow(0);
		for (int index = 0; index < columns.size(); index++) {
			Cell cell = header.createCell(index);
			cell.setCellValue(columns.get(index).header());
			cell.setCellStyle(bold);
			sheet.setColumnWidth(index, columns.get(index).width() * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	private CellStyle style(String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	/**
	 * Adds a row under the others: its cells in the columns' order, null for an empty
	 * cell.
	 */
	public void add(List<? extends @Nullable Object> cells) {
		Row row = sheet.createRow(++rows);
		for (int index = 0; index < cells.size(); index++) {
			Object value = cells.get(index);
			if (value != null) {
				fill(row.createCell(index), value);
			}
		}
	}

	private void fill(Cell cell, Object value) {
		if (value instanceof LocalDate day) {
			cell.setCellValue(day);
			cell.setCellStyle(date);
		}
		else if (value instanceof Instant at) {
			cell.setCellValue(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
			cell.setCellStyle(moment);
		}
		else if (value instanceof BigDecimal money) {
			cell.setCellValue(money.doubleValue());
			cell.setCellStyle(amount);
		}
		else if (value instanceof Integer number) {
			cell.setCellValue(number);
		}
		else if (value instanceof Long number) {
			cell.setCellValue(number);
		}
		else {
			cell.setCellValue(fitted(DownloadText.harmless(value.toString())));
		}
	}

	/** How many rows it has under the header. */
	public int count() {
		return rows;
	}

	/**
	 * Adds the sheet that says what the download holds: a line per topic, its name in
	 * bold beside its text.
	 */
	public void about(String sheetName, List<List<String>> lines) {
		Sheet about = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
		about.setColumnWidth(0, 24 * 256);
		about.setColumnWidth(1, 100 * 256);
		for (int index = 0; index < lines.size(); index++) {
			Row row = about.createRow(index);
			List<String> line = lines.get(index);
			for (int column = 0; column < line.size(); column++) {
				Cell cell = row.createCell(column);
				cell.setCellValue(fitted(DownloadText.harmless(line.get(column))));
				cell.setCellStyle((column == 0) ? bold : wrapped);
			}
		}
	}

	/** Writes the workbook, with filters over the header and every row. */
	public void write(OutputStream out) throws IOException {
		sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, columns - 1));
		workbook.write(out);
	}

	/** Deletes the temporary files and lets the workbook go. */
	@Override
	public void close() throws IOException {
		try {
			workbook.dispose();
		}
		finally {
			workbook.close();
		}
	}

	/** The text, cut to the most a cell holds. */
	private static String fitted(String text) {
		int most = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
		return (text.length() <= most) ? text : text.substring(0, most);
	}

}
