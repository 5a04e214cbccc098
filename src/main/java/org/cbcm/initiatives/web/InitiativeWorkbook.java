package org.cbcm.initiatives.web;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import org.cbcm.initiatives.web.DownloadTable.Column;
import org.cbcm.web.DownloadWorkbook;

/**
 * A download of initiatives as an Excel workbook ({@link DownloadWorkbook}, built as the
 * selection streams in): the first sheet has one row per initiative in the columns of the
 * {@link DownloadTable}; the second says what the download holds.
 */
final class InitiativeWorkbook implements Closeable {

	/** How many rows stay in memory before they are written out. */
	static final int WINDOW = DownloadWorkbook.WINDOW;

	private final DownloadTable table;

	private final DownloadWorkbook workbook;

	InitiativeWorkbook(DownloadTable table, String sheetName) {
		this.table = table;
		this.workbook = new DownloadWorkbook(sheetName,
				Arrays.stream(Column.values())
					.map(column -> new DownloadWorkbook.Column(table.header(column), column.width()))
					.toList());
	}

	/** Adds the initiative's row under the others. */
	void add(DownloadRow initiative) {
		workbook.add(Arrays.stream(Column.values()).map(column -> table.cell(column, initiative)).toList());
	}

	/** How many initiatives it has. */
	int count() {
		return workbook.count();
	}

	/**
	 * Adds the sheet that says what the download holds: a line per topic, its name in
	 * bold beside its text.
	 */
	void about(String sheetName, List<List<String>> lines) {
		workbook.about(sheetName, lines);
	}

	/** Writes the workbook, with filters over the header and every row. */
	void write(OutputStream out) throws IOException {
		workbook.write(out);
	}

	/** Deletes the temporary files and lets the workbook go. */
	@Override
	public void close() throws IOException {
		workbook.close();
	}

}
