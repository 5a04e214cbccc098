package org.cbcm.exchange.internal.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cbcm.exchange.internal.sheet.SpreadsheetReader.Format;
import org.cbcm.exchange.internal.sheet.SpreadsheetReader.Row;
import org.cbcm.exchange.internal.sheet.SpreadsheetReader.Sheet;
import org.cbcm.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadsheetReaderTests {

	// CSV

	@Test
	void reads_a_utf8_csv_with_a_byte_order_mark_and_commas() {
		byte[] bytes = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				"Title,Country\nSeeds of trust,Perú\r\n".getBytes(StandardCharsets.UTF_8));

		Sheet sheet = SpreadsheetReader.read(bytes);

		assertThat(sheet.format()).isEqualTo(Format.CSV);
		assertThat(sheet.encoding()).isEqualTo("UTF-8");
		assertThat(sheet.delimiter()).isEqualTo(",");
		assertThat(sheet.headers()).containsExactly("Title", "Country");
		assertThat(sheet.rows()).containsExactly(new Row(2, List.of("Seeds of trust", "Perú")));
		assertThat(sheet.notes()).isEmpty();
	}

	@Test
	void reads_a_windows_1252_csv_with_semicolons_and_accents_and_says_so() {
		byte[] bytes = "Titre;Pays;Budget\r\nBiosécurité;España;1 000 €\r\nÜbung;Perú;5\r\n"
			.getBytes(Charset.forName("windows-1252"));

		Sheet sheet = SpreadsheetReader.read(bytes);

		assertThat(sheet.encoding()).isEqualTo("windows-1252");
		assertThat(sheet.delimiter()).isEqualTo(";");
		assertThat(sheet.headers()).containsExactly("Titre", "Pays", "Budget");
		assertThat(sheet.rows()).extracting(Row::cells)
			.containsExactly(List.of("Biosécurité", "España", "1 000 €"), List.of("Übung", "Perú", "5"));
		assertThat(sheet.notes()).singleElement().asString().contains("Windows-1252");
	}

	@Test
	void reads_a_plain_utf8_csv_without_a_note() {
		Sheet sheet = SpreadsheetReader.read("Title;Pays\nñandú;Perú\n".getBytes(StandardCharsets.UTF_8));

		assertThat(sheet.encoding()).isEqualTo("UTF-8");
		assertThat(sheet.rows().get(0).cells()).containsExactly("ñandú", "Perú");
		assertThat(sheet.notes()).isEmpty();
	}

	@Test
	void reads_a_utf16_little_endian_csv_with_a_byte_order_mark() {
		byte[] bytes = concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
				"Τίτλος\tΧώρα\r\nΕκπαίδευση €\tΕλλάδα\r\n".getBytes(StandardCharsets.UTF_16LE));

		Sheet sheet = SpreadsheetReader.read(bytes);

		assertThat(sheet.encoding()).isEqualTo("UTF-16LE");
		assertThat(sheet.delimiter()).isEqualTo("\t");
		assertThat(sheet.headers()).containsExactly("Τίτλος", "Χώρα");
		assertThat(sheet.rows().get(0).cells()).containsExactly("Εκπαίδευση €", "Ελλάδα");
	}

	@Test
	void reads_a_utf16_csv_written_without_a_byte_order_mark() {
		Sheet sheet = SpreadsheetReader.read("Title,Country\r\nÉchange,México\r\n".getBytes(StandardCharsets.UTF_16LE));

		assertThat(sheet.encoding()).isEqualTo("UTF-16LE");
		assertThat(sheet.rows().get(0).cells()).containsExactly("Échange", "México");
	}

	@Test
	void reads_a_tab_separated_file() {
		Sheet sheet = SpreadsheetReader
			.read("Title\tCountry\tYear\nA, B and C\tKenya\t2024\n".getBytes(StandardCharsets.UTF_8));

		assertThat(sheet.delimiter()).isEqualTo("\t");
		assertThat(sheet.rows().get(0).cells()).containsExactly("A, B and C", "Kenya", "2024");
	}

	@Test
	void reads_a_pipe_separated_file() {
		Sheet sheet = SpreadsheetReader.read("Title|Country\nA; B|Kenya\n".getBytes(StandardCharsets.UTF_8));

		assertThat(sheet.delimiter()).isEqualTo("|");
		assertThat(sheet.rows().get(0).cells()).containsExactly("A; B", "Kenya");
	}

	@Test
	void counts_the_delimiters_of_the_header_outside_quotes() {
		// three semicolons inside the quoted header, two commas outside
		Sheet sheet = SpreadsheetReader.read("\"a;b;c;d\",Country,Year\nx,y,z\n".getBytes(StandardCharsets.UTF_8));

		assertThat(sheet.delimiter()).isEqualTo(",");
		assertThat(sheet.headers()).containsExactly("a;b;c;d", "Country", "Year");
	}

	@Test
	void takes_a_comma_when_the_header_has_no_delimiter() {
		Sheet sheet = SpreadsheetReader.read("Title\nOne\n".getBytes(StandardCharsets.UTF_8));

		assertThat(sheet.delimiter()).isEqualTo(",");
		assertThat(sheet.rows()).containsExactly(new Row(2, List.of("One")));
	}

	@Test
	void follows_the_delimiter_excel_names_on_a_first_line() {
		Sheet sheet = SpreadsheetReader.read("sep=;\nTitle;Notes\nA, B;c\n".getBytes(StandardCharsets.UTF_8));

		assertThat(sheet.delimiter()).isEqualTo(";");
		assertThat(sheet.headers()).containsExactly("Title", "Notes");
		assertThat(sheet.rows()).containsExactly(new Row(3, List.of("A, B", "c")));
	}

	@Test
	void reads_quoted_cells_with_delimiters_line_breaks_and_doubled_quotes() {
		String csv = """
				Title;Description;Partners
				"Training; part 1";"First line
				second line";"The ""Biosafety"" network"
				 "  spaced  " ; plain ;x
				Next;one;two
				""";

		Sheet sheet = SpreadsheetReader.read(csv.getBytes(StandardCharsets.UTF_8));

		assertThat(sheet.rows()).containsExactly(
				new Row(2, List.of("Training; part 1", "First line\nsecond line", "The \"Biosafety\" network")),
				new Row(4, List.of("spaced", "plain", "x")), new Row(5, List.of("Next", "one", "two")));
	}

	@Test
	void reads_ragged_rows() {
		Sheet sheet = SpreadsheetReader.read("a,b,c\n1\n1,2,3,4,5\n1,,\n".getBytes(StandardCharsets.UTF_8));

		assertThat(sheet.rows()).extracting(Row::cells)
			.containsExactly(List.of("1"), List.of("1", "2", "3", "4", "5"), List.of("1"));
		assertThat(sheet.rows().get(0).cell(2)).isEmpty();
		assertThat(sheet.rows().get(0).cell(99)).isEmpty();
	}

	@Test
	void skips_blank_lines_before_the_header_and_between_rows_and_keeps_their_line_numbers() {
		String csv = "\n;;;\n  \r\nTitle;Year\r\n\r\nOne;2020\r\n;\r\n\r\n\"Two\nlines\";2021\r\nThree;2022";

		Sheet sheet = SpreadsheetReader.read(csv.getBytes(StandardCharsets.UTF_8));

		assertThat(sheet.delimiter()).isEqualTo(";");
		assertThat(sheet.headers()).containsExactly("Title", "Year");
		assertThat(sheet.rows()).containsExactly(new Row(6, List.of("One", "2020")),
				new Row(9, List.of("Two\nlines", "2021")), new Row(11, List.of("Three", "2022")));
	}

	@Test
	void removes_nul_and_other_control_characters_and_turns_tabs_into_spaces() {
		String csv = "Ti\u0000tle,Notes\nab\u0000c,d\u0007e\u001Bf\n\"tab\tin\r\nside\",\uFEFFx\u00A0\n";

		Sheet sheet = SpreadsheetReader.read(csv.getBytes(StandardCharsets.UTF_8));

		assertThat(sheet.headers()).containsExactly("Title", "Notes");
		assertThat(sheet.rows()).extracting(Row::cells)
			.containsExactly(List.of("abc", "def"), List.of("tab in\nside", "x"));
	}

	@Test
	void refuses_a_quote_that_is_never_closed_naming_its_line() {
		assertRefused("Title,Year\nOne,2020\n\"Two,2021\nThree,2022\n".getBytes(StandardCharsets.UTF_8),
				"exchange.sheet.csv-malformed", 3);
	}

	// Workbooks

	@Test
	void reads_strings_numbers_dates_and_booleans_of_a_workbook() throws IOException {
		byte[] bytes = workbook((workbook, sheet) -> {
			CellStyle date = style(workbook, "yyyy-mm-dd");
			CellStyle moment = style(workbook, "dd/mm/yyyy hh:mm");
			CellStyle percent = style(workbook, "0%");
			row(sheet, 0, "Text", "Integer", "Decimal", "Large", "Date", "Moment", "Yes", "Share", "Negative");
			XSSFRow row = sheet.createRow(1);
			row.createCell(0).setCellValue("  Training\tcourse  ");
			row.createCell(1).setCellValue(12000);
			row.createCell(2).setCellValue(1234.5);
			row.createCell(3).setCellValue(1e12);
			row.createCell(4).setCellValue(LocalDate.of(2024, 3, 1));
			row.getCell(4).setCellStyle(date);
			row.createCell(5).setCellValue(LocalDateTime.of(2024, 3, 1, 14, 30));
			row.getCell(5).setCellStyle(moment);
			row.createCell(6).setCellValue(true);
			row.createCell(7).setCellValue(0.25);
			row.getCell(7).setCellStyle(percent);
			row.createCell(8).setCellValue(-0.0);
			XSSFRow second = sheet.createRow(2);
			second.createCell(2).setCellValue(0.1 + 0.2);
			second.createCell(3).setCellValue(-1.5e-7);
			second.createCell(8).setCellValue(-42);
		});

		Sheet sheet = SpreadsheetReader.read(bytes);

		assertThat(sheet.format()).isEqualTo(Format.XLSX);
		assertThat(sheet.encoding()).isNull();
		assertThat(sheet.delimiter()).isNull();
		assertThat(sheet.rows().get(0).cells()).containsExactly("Training course", "12000", "1234.5", "1000000000000",
				"2024-03-01", "2024-03-01T14:30", "TRUE", "25%", "0");
		assertThat(sheet.rows().get(1).cells()).containsExactly("", "", "0.3", "-0.00000015", "", "", "", "", "-42");
	}

	@Test
	void reads_the_cached_result_of_a_formula() throws IOException {
		byte[] bytes = workbook((workbook, sheet) -> {
			row(sheet, 0, "Title", "Budget", "Double", "Label");
			XSSFRow row = sheet.createRow(1);
			row.createCell(0).setCellValue("One");
			row.createCell(1).setCellValue(600);
			row.createCell(2).setCellFormula("B2*2");
			row.createCell(3).setCellFormula("A2&\" and more\"");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		});

		Sheet sheet = SpreadsheetReader.read(bytes);

		assertThat(sheet.rows().get(0).cells()).containsExactly("One", "600", "1200", "One and more");
		assertThat(sheet.notes()).isEmpty();
	}

	@Test
	void reads_a_formula_without_a_saved_result_as_empty_and_says_so() throws IOException {
		byte[] bytes = workbook((workbook, sheet) -> {
			row(sheet, 0, "Title", "Double");
			XSSFRow row = sheet.createRow(1);
			row.createCell(0).setCellValue("One");
			row.createCell(1).setCellFormula("2*2");
		});

		Sheet sheet = SpreadsheetReader.read(bytes);

		assertThat(sheet.rows().get(0).cells()).containsExactly("One");
		assertThat(sheet.notes()).singleElement().asString().contains("B2");
	}

	@Test
	void reads_an_error_cell_as_empty_with_a_note() throws IOException {
		byte[] bytes = workbook((workbook, sheet) -> {
			row(sheet, 0, "Title", "Budget", "Ratio");
			XSSFRow row = sheet.createRow(6);
			row.createCell(0).setCellValue("One");
			row.createCell(1).setCellErrorValue(FormulaError.NA.getCode());
			row.createCell(2).setCellFormula("1/0");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		});

		Sheet sheet = SpreadsheetReader.read(bytes);

		assertThat(sheet.rows()).containsExactly(new Row(7, List.of("One")));
		assertThat(sheet.notes()).containsExactly("Cell B7 holds an error (#N/A): it was read as empty.",
				"Cell C7 holds an error (#DIV/0!): it was read as empty.");
	}

	@Test
	void reads_a_merged_cell_on_every_row_it_covers() throws IOException {
		byte[] bytes = workbook((workbook, sheet) -> {
			row(sheet, 0, "Organisation", "Title", "Year");
			row(sheet, 1, "Seed Institute", "One", "2020");
			row(sheet, 2, "", "Two", "2021");
			row(sheet, 3, "", "Three", "2022");
			row(sheet, 4, "Other", "Four", "2023");
			sheet.addMergedRegion(CellRangeAddress.valueOf("A2:A4"));
			sheet.addMergedRegion(CellRangeAddress.valueOf("B5:C5"));
		});

		Sheet sheet = SpreadsheetReader.read(bytes);

		assertThat(sheet.rows()).extracting(Row::cells)
			.containsExactly(List.of("Seed Institute", "One", "2020"), List.of("Seed Institute", "Two", "2021"),
					List.of("Seed Institute", "Three", "2022"), List.of("Other", "Four", "Four"));
	}

	@Test
	void finds_a_header_below_blank_rows_and_reads_hidden_rows_with_their_excel_numbers() throws IOException {
		byte[] bytes = workbook((workbook, sheet) -> {
			sheet.createRow(0).createCell(0).setCellValue("   ");
			row(sheet, 3, "", "Title", "Year");
			row(sheet, 4, "", "One", "2020");
			row(sheet, 5, "", "", "");
			row(sheet, 7, "", "Hidden", "2021");
			sheet.getRow(7).setZeroHeight(true);
		});

		Sheet sheet = SpreadsheetReader.read(bytes);

		assertThat(sheet.headers()).containsExactly("", "Title", "Year");
		assertThat(sheet.rows()).containsExactly(new Row(5, List.of("", "One", "2020")),
				new Row(8, List.of("", "Hidden", "2021")));
	}

	@Test
	void reads_the_first_visible_sheet() throws IOException {
		byte[] bytes = workbook((workbook, sheet) -> {
			row(sheet, 0, "Hidden header");
			XSSFSheet visible = workbook.createSheet("Visible");
			row(visible, 0, "Title");
			row(visible, 1, "One");
			workbook.setSheetHidden(0, true);
			workbook.setActiveSheet(1);
		});

		Sheet sheet = SpreadsheetReader.read(bytes);

		assertThat(sheet.headers()).containsExactly("Title");
		assertThat(sheet.rows()).containsExactly(new Row(2, List.of("One")));
	}

	@Test
	void reads_a_header_without_rows_as_no_rows() throws IOException {
		Sheet sheet = SpreadsheetReader.read(workbook((workbook, sheet1) -> row(sheet1, 0, "Title", "Year")));

		assertThat(sheet.headers()).containsExactly("Title", "Year");
		assertThat(sheet.rows()).isEmpty();
	}

	// Limits and refusals

	@Test
	void reads_20000_rows_and_refuses_20001() {
		StringBuilder csv = new StringBuilder("Title,Year\n");
		for (int row = 0; row < SpreadsheetReader.MAX_ROWS; row++) {
			csv.append("Initiative ").append(row).append(",2020\n");
		}
		Sheet sheet = SpreadsheetReader.read(csv.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(sheet.rows()).hasSize(SpreadsheetReader.MAX_ROWS);
		assertThat(sheet.rows().get(SpreadsheetReader.MAX_ROWS - 1).line()).isEqualTo(SpreadsheetReader.MAX_ROWS + 1);

		csv.append("One more,2021\n");
		assertRefused(csv.toString().getBytes(StandardCharsets.UTF_8), "exchange.sheet.too-many-rows", 20_000);
	}

	@Test
	void reads_200_columns_and_refuses_201() {
		String header = String.join(",", java.util.Collections.nCopies(SpreadsheetReader.MAX_COLUMNS, "h"));
		assertThat(SpreadsheetReader.read((header + "\nx\n").getBytes(StandardCharsets.UTF_8)).headers()).hasSize(200);
		// trailing empty cells do not count
		assertThat(SpreadsheetReader.read((header + "\nx" + ",".repeat(500) + "\n").getBytes(StandardCharsets.UTF_8))
			.rows()).hasSize(1);

		assertRefused(("Title\nx" + ",y".repeat(SpreadsheetReader.MAX_COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8),
				"exchange.sheet.too-many-columns", 2, 200);
	}

	@Test
	void refuses_201_columns_in_a_workbook() throws IOException {
		byte[] bytes = workbook((workbook, sheet) -> {
			row(sheet, 0, "Title");
			sheet.createRow(1).createCell(SpreadsheetReader.MAX_COLUMNS).setCellValue("far");
		});

		assertRefused(bytes, "exchange.sheet.too-many-columns", 2, 200);
	}

	@Test
	void refuses_a_cell_longer_than_excel_takes() {
		String csv = "Title,Notes\nx," + "a".repeat(SpreadsheetReader.MAX_CELL_LENGTH + 1) + "\n";

		assertRefused(csv.getBytes(StandardCharsets.UTF_8), "exchange.sheet.cell-too-long", 2, "B", 32_767);
		assertThat(SpreadsheetReader
			.read(("Title\n" + "a".repeat(SpreadsheetReader.MAX_CELL_LENGTH)).getBytes(StandardCharsets.UTF_8))
			.rows()
			.get(0)
			.cell(0)).hasSize(SpreadsheetReader.MAX_CELL_LENGTH);
	}

	@Test
	void refuses_an_empty_file() {
		assertRefused(new byte[0], "exchange.sheet.empty");
		assertRefused("\n ; ;\n\n".getBytes(StandardCharsets.UTF_8), "exchange.sheet.empty");
	}

	@Test
	void refuses_an_empty_workbook() throws IOException {
		assertRefused(workbook((workbook, sheet) -> sheet.createRow(3).createCell(2).setCellValue(" ")),
				"exchange.sheet.empty");
	}

	@Test
	void refuses_an_old_excel_file() {
		byte[] ole2 = concat(
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 },
				new byte[504]);

		assertRefused(ole2, "exchange.sheet.xls");
	}

	@Test
	void refuses_garbage_bytes() {
		byte[] garbage = new byte[4096];
		new Random(17).nextBytes(garbage);
		garbage[0] = 'x';

		assertRefused(garbage, "exchange.sheet.unreadable");
	}

	@Test
	void refuses_a_truncated_workbook() throws IOException {
		byte[] bytes = workbook((workbook, sheet) -> row(sheet, 0, "Title"));

		assertRefused(Arrays.copyOf(bytes, bytes.length / 2), "exchange.sheet.unreadable");
		assertRefused(Arrays.copyOf(bytes, 10), "exchange.sheet.unreadable");
	}

	@Test
	void refuses_a_zip_that_is_no_workbook() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
		}

		assertRefused(out.toByteArray(), "exchange.sheet.unreadable");
	}

	@Test
	void keeps_pois_protections_against_zip_bombs_on() {
		SpreadsheetReader.read("Title\n".getBytes(StandardCharsets.UTF_8));

		assertThat(ZipSecureFile.getMinInflateRatio()).isGreaterThanOrEqualTo(SpreadsheetReader.MIN_INFLATE_RATIO);
		assertThat(ZipSecureFile.getMaxEntrySize()).isLessThanOrEqualTo(SpreadsheetReader.MAX_WORKBOOK_PART);
	}

	@Test
	void refuses_a_workbook_whose_sheet_inflates_a_hundred_times() throws IOException {
		byte[] bytes = workbook((workbook, sheet) -> {
			row(sheet, 0, "Title");
			row(sheet, 1, "One");
		});
		// 20 MB of spaces before the sheet's root element compress to a few kilobytes
		byte[] bomb = rewritten(bytes, "xl/worksheets/sheet1.xml",
				(xml) -> xml.replaceFirst("\\?>", "?>" + " ".repeat(20 * 1024 * 1024)));

		assertRefused(bomb, "exchange.sheet.unreadable");
		// the same sheet, without the padding, is read
		assertThat(SpreadsheetReader.read(rewritten(bytes, "xl/worksheets/sheet1.xml", (xml) -> xml)).rows())
			.hasSize(1);
	}

	// Helpers

	interface Filler {

		void fill(XSSFWorkbook workbook, XSSFSheet sheet) throws IOException;

	}

	static byte[] workbook(Filler filler) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			filler.fill(workbook, workbook.createSheet("Initiatives"));
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static void row(XSSFSheet sheet, int index, String... cells) {
		XSSFRow row = sheet.createRow(index);
		for (int column = 0; column < cells.length; column++) {
			row.createCell(column).setCellValue(cells[column]);
		}
	}

	static CellStyle style(XSSFWorkbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	static byte[] rewritten(byte[] zipBytes, String entryName, java.util.function.UnaryOperator<String> change)
			throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals(entryName)) {
					content = change.apply(new String(content, StandardCharsets.UTF_8))
						.getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	static byte[] concat(byte[] first, byte[] second) {
		byte[] all = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	static void assertRefused(byte[] bytes, String key, Object... arguments) {
		assertThatThrownBy(() -> SpreadsheetReader.read(bytes)).isInstanceOfSatisfying(InvalidRequestException.class,
				(refusal) -> {
					assertThat(refusal.parameter()).isEqualTo("file");
					assertThat(refusal.messageKey()).isEqualTo(key);
					assertThat(refusal.arguments()).containsExactly(arguments);
				});
	}

}
