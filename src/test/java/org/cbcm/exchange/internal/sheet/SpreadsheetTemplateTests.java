package org.cbcm.exchange.internal.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cbcm.exchange.internal.sheet.SpreadsheetReader.Sheet;
import org.cbcm.exchange.internal.sheet.SpreadsheetTemplate.Column;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetTemplateTests {

	static final List<String> COUNTRIES = IntStream.rangeClosed(1, 250)
		.mapToObj((number) -> "Country " + number + ", \"the\" republic")
		.toList();

	static final List<Column> COLUMNS = List.of(
			new Column("Country", "One country of the list", COUNTRIES, false, 30), new Column("Partners",
					"Organisations, separated by ;", List.of("Seed Institute", "Biosafety Network"), true, 40),
			new Column("Title", "The initiative's title", List.of(), false, 50));

	static byte[] template() {
		return SpreadsheetTemplate.write("Initiatives: 2024/25 [draft]", COLUMNS, "How to fill it in",
				List.of("Write one initiative a row.", "Do not change the headers."));
	}

	@Test
	void writes_the_headers_in_bold_under_a_frozen_pane_with_their_help_and_widths() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);

			assertThat(sheet.getSheetName()).isEqualTo("Initiatives  2024 25  draft");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Country");
			assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Title");
			assertThat(workbook.getFontAt(sheet.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isZero();
			assertThat(sheet.getRow(0).getCell(1).getCellComment().getString().getString())
				.isEqualTo("Organisations, separated by ;");
			assertThat(sheet.getColumnWidth(2)).isEqualTo(50 * 256);
			assertThat(sheet.getLastRowNum()).isZero();
		}
	}

	@Test
	void offers_the_choices_in_drop_downs_from_named_lists_of_a_hidden_sheet() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			List<XSSFDataValidation> validations = sheet.getDataValidations();

			assertThat(validations).hasSize(2);
			XSSFDataValidation country = validations.get(0);
			assertThat(country.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
			assertThat(country.getValidationConstraint().getFormula1()).isEqualTo("cbcm_choices_1");
			assertThat(country.getRegions().getCellRangeAddresses())
				.containsExactly(CellRangeAddress.valueOf("A2:A20001"));
			assertThat(country.getShowErrorBox()).isTrue();
			assertThat(country.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
			assertThat(sheet.getCTWorksheet().getDataValidations().getDataValidationArray(0).getShowDropDown())
				.as("Excel hides the arrow when set")
				.isFalse();
			XSSFDataValidation partners = validations.get(1);
			assertThat(partners.getValidationConstraint().getFormula1()).isEqualTo("cbcm_choices_2");
			assertThat(partners.getRegions().getCellRangeAddresses())
				.containsExactly(CellRangeAddress.valueOf("B2:B20001"));
			assertThat(partners.getShowErrorBox()).isFalse();

			Name countries = workbook.getName("cbcm_choices_1");
			assertThat(countries.getRefersToFormula()).isEqualTo("Lists!$A$1:$A$250");
			assertThat(workbook.getName("cbcm_choices_2").getRefersToFormula()).isEqualTo("Lists!$B$1:$B$2");
			XSSFSheet lists = workbook.getSheet("Lists");
			assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(lists))).isEqualTo(SheetVisibility.HIDDEN);
			List<String> values = new ArrayList<>();
			for (int row = 0; row <= lists.getLastRowNum(); row++) {
				values.add(lists.getRow(row).getCell(0).getStringCellValue());
			}
			assertThat(values).isEqualTo(COUNTRIES);
			assertThat(lists.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Biosafety Network");
		}
	}

	@Test
	void writes_the_instructions_on_a_second_visible_sheet() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(workbook.getActiveSheetIndex()).isZero();
			XSSFSheet about = workbook.getSheetAt(1);
			assertThat(about.getSheetName()).isEqualTo("How to fill it in");
			assertThat(workbook.getSheetVisibility(1)).isEqualTo(SheetVisibility.VISIBLE);
			assertThat(about.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Write one initiative a row.");
			assertThat(about.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Do not change the headers.");
		}
	}

	@Test
	void reads_back_as_headers_without_rows() {
		Sheet sheet = SpreadsheetReader.read(template());

		assertThat(sheet.headers()).containsExactly("Country", "Partners", "Title");
		assertThat(sheet.rows()).isEmpty();
		assertThat(sheet.notes()).isEmpty();
	}

	@Test
	void names_sheets_as_excel_takes_them() {
		List<String> taken = new ArrayList<>(List.of("Lists"));

		assertThat(SpreadsheetTemplate.sheetName("A name far longer than the thirty-one characters", "Sheet1", taken))
			.isEqualTo("A name far longer than the thir");
		assertThat(SpreadsheetTemplate.sheetName("lists", "Sheet1", taken)).isEqualTo("lists (2)");
		assertThat(SpreadsheetTemplate.sheetName("'quoted'", "Sheet1", taken)).isEqualTo("quoted");
		assertThat(SpreadsheetTemplate.sheetName(" ?*", "Sheet1", taken)).isEqualTo("Sheet1");
		assertThat(SpreadsheetTemplate.sheetName("History", "Instructions", taken)).isEqualTo("Instructions");
		assertThat(SpreadsheetTemplate.sheetName("A name far longer than the thirty-one characters", "Sheet1", taken))
			.isEqualTo("A name far longer than the (2)");
	}

}
