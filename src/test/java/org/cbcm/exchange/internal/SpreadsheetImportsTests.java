package org.cbcm.exchange.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cbcm.exchange.internal.sheet.SheetColumns;
import org.cbcm.exchange.internal.sheet.SheetField;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeImports;
import org.cbcm.initiatives.InitiativeImports.ExternalId;
import org.cbcm.initiatives.ParticipantRole;
import org.cbcm.initiatives.internal.InitiativeManagement;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Spreadsheet imports end to end through the use cases, on the real registry: a Latin-1
 * CSV with semicolons and French headers is previewed with each row it cannot import
 * listed by number and reason, its rows imported, and importing it again changes nothing
 * while a changed row becomes a revision; an XLSX workbook with merged cells, formulas
 * and date cells is read as a person sees it; columns a file's headers do not name are
 * chosen by hand, saved under a name and applied to the next file of that layout; wrong
 * columns and strangers are refused.
 */
@IntegrationTest
class SpreadsheetImportsTests {

	static final Charset LATIN_1 = Charset.forName("windows-1252");

	static final String HEADERS = "Identifiant;Titre;Description;Statut;Date de début;Date de fin;Organisation;"
			+ "Bailleurs;Pays;Montant;Devise;Éléments clés";

	@Autowired
	IatiImports imports;

	@Autowired
	InitiativeImports registry;

	@Autowired
	InitiativeManagement initiatives;

	@Autowired
	ApplicationContext context;

	Viewer secretariat;

	Viewer focalPoint;

	ImportFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = ImportFixture.of(context);
		secretariat = fixture.secretariat();
		focalPoint = fixture.focalPoint();
	}

	static String portfolio(String firstBudget) {
		return String.join("\r\n", HEADERS,
				"BS-001;Cadre national de biosécurité au Sénégal;Appui à l'autorité nationale de biosécurité;"
						+ "en cours;01/02/2024;31/12/2026;UNEP;GEF;Sénégal;" + firstBudget
						+ ";USD;\"12(a) (60); 12(b) (40)\"",
				"BS-002;Détection des OVM au Kenya et en Ouganda;Laboratoires de détection;closed;2023;2024;UNEP;"
						+ "Fondation Inconnue pour la Biosécurité;\"Kenya; UGA\";300.000;EUR;12(h)",
				"BS-003;;Sans titre;;;;UNEP;;;;;", "BS-004;Mauvaise date;;;31/31/2024;;UNEP;;;;;",
				"BS-001;Doublon;;;;;UNEP;;;;;", "BS-005;Pays inconnu;;;;;UNEP;;Narnia;1000;XYZ;99(z)") + "\r\n";
	}

	@Test
	void a_latin1_csv_is_previewed_with_its_row_errors_imported_and_imported_again_without_change() throws Exception {
		UUID id = upload("portefeuille.csv", portfolio("1 250 000,50").getBytes(LATIN_1));

		Imports.Stored stored = imports.get(id, secretariat);
		assertThat(stored.format()).isEqualTo("CSV");
		assertThat(stored.summary().activities()).isEqualTo(2);
		assertThat(stored.summary().sheet().encoding()).isEqualTo("windows-1252");
		assertThat(stored.summary().sheet().delimiter()).isEqualTo(";");
		assertThat(stored.columns().columns()).containsEntry(SheetField.IDENTIFIER, "Identifiant")
			.containsEntry(SheetField.KEY_ELEMENTS, "Éléments clés")
			.containsEntry(SheetField.PLANNED_START, "Date de début");
		assertThat(stored.summary().skipped()).extracting(ImportSummary.Skip::line).containsExactly(4, 5, 6, 7);
		assertThat(stored.summary().skipped().get(0).reason()).isEqualTo("no title");
		assertThat(stored.summary().skipped().get(1).reason()).contains("the date “31/31/2024” is not one");
		assertThat(stored.summary().skipped().get(2).reason()).contains("is already that of row 2");
		assertThat(stored.summary().skipped().get(3).reason()).contains("the country “Narnia” is not known",
				"the currency “XYZ”", "the key element “99(z)”");
		assertThat(imports.counts(id, secretariat)).as("a spreadsheet's rows are all chosen")
			.containsEntry("chosen", 2L);
		List<Imports.Activity> rows = imports.activities(id, Imports.Shown.ALL, new Paging(0, 10), secretariat)
			.content();
		assertThat(rows).extracting(Imports.Activity::identifier).containsExactly("BS-001", "BS-002");
		assertThat(rows.get(0).exact()).isTrue();
		assertThat(rows.get(0).elements()).containsExactly("12(a)=60", "12(b)=40");
		assertThat(rows.get(1).countries()).isEqualTo("KE UG");

		imports.start(id, true, secretariat);
		ImportReport report = finished(id).report();
		assertThat(report.created()).isEqualTo(2);
		assertThat(report.proposed()).as("the unknown donor is proposed to the directory").isEqualTo(1);
		String publisher = rows.get(0).publisher();
		org.cbcm.initiatives.InitiativeId found = registry.find(List.of(new ExternalId(publisher, "BS-001")))
			.get(new ExternalId(publisher, "BS-001"));
		assertThat(found).isNotNull();
		InitiativeContent senegal = initiatives.view(found, secretariat).published();
		assertThat(senegal.title()).isEqualTo("Cadre national de biosécurité au Sénégal");
		assertThat(senegal.geography().countries()).extracting(share -> share.country().value()).containsExactly("SEN");
		assertThat(senegal.funding().totalBudget()).isEqualByComparingTo(new BigDecimal("1250000.50"));
		assertThat(senegal.funding().currency()).isEqualTo("USD");
		assertThat(senegal.schedule().start()).isEqualTo(LocalDate.of(2024, 2, 1));
		assertThat(senegal.participants()).anyMatch(participant -> participant.role() == ParticipantRole.DONOR);

		UUID again = upload("portefeuille.csv", portfolio("1 250 000,50").getBytes(LATIN_1));
		imports.start(again, true, secretariat);
		assertThat(finished(again).report().unchanged()).as("the same file again changes nothing").isEqualTo(2);

		UUID changed = upload("portefeuille.csv", portfolio("1 300 000").getBytes(LATIN_1));
		imports.start(changed, true, secretariat);
		ImportReport changes = finished(changed).report();
		assertThat(changes.updated()).isEqualTo(1);
		assertThat(changes.unchanged()).isEqualTo(1);
		assertThat(initiatives.view(found, secretariat).published().funding().totalBudget())
			.isEqualByComparingTo(new BigDecimal("1300000"));
	}

	@Test
	void an_xlsx_workbook_is_read_with_its_merged_cells_formulas_and_dates() throws Exception {
		byte[] workbook;
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Projects");
			book.createSheet("Other");
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue("Biosafety portfolio 2025");
			Row headers = sheet.createRow(2);
			String[] names = { "Reporting organisation", "Project ID", "Project title", "Start date", "Budget",
					"Currency", "Countries" };
			for (int column = 0; column < names.length; column++) {
				headers.createCell(column).setCellValue(names[column]);
			}
			Object[][] rows = {
					{ "UNEP", "X-1", "Risk assessment training", LocalDate.of(2025, 3, 31), 1500.5, "USD", "Ghana" },
					{ null, "X-2", "Public awareness of LMOs", LocalDate.of(2025, 6, 1), null, "USD", "NGA" } };
			for (int at = 0; at < rows.length; at++) {
				Row row = sheet.createRow(3 + at);
				for (int column = 0; column < rows[at].length; column++) {
					Object value = rows[at][column];
					if (value instanceof String text) {
						row.createCell(column).setCellValue(text);
					}
					else if (value instanceof LocalDate day) {
						row.createCell(column).setCellValue(day);
						row.getCell(column).setCellStyle(date);
					}
					else if (value instanceof Double number) {
						row.createCell(column).setCellValue(number);
					}
				}
			}
			sheet.getRow(4).createCell(4).setCellFormula("E4*2");
			sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
			book.getCreationHelper().createFormulaEvaluator().evaluateAll();
			book.write(out);
			workbook = out.toByteArray();
		}

		UUID id = upload("portfolio.xlsx", workbook);

		Imports.Stored stored = imports.get(id, secretariat);
		assertThat(stored.format()).isEqualTo("XLSX");
		assertThat(stored.summary().skipped()).isEmpty();
		assertThat(stored.summary().activities()).isEqualTo(2);
		imports.start(id, false, secretariat);
		assertThat(finished(id).report().created()).isEqualTo(2);
		String publisher = imports.activities(id, Imports.Shown.ALL, new Paging(0, 5), secretariat)
			.content()
			.get(1)
			.publisher();
		ExternalId x2 = new ExternalId(publisher, "X-2");
		InitiativeContent second = initiatives.view(registry.find(List.of(x2)).get(x2), secretariat).working();
		assertThat(second.funding().totalBudget()).as("the formula's value").isEqualByComparingTo("3001");
		assertThat(second.schedule().start()).isEqualTo(LocalDate.of(2025, 6, 1));
		assertThat(second.geography().countries()).extracting(share -> share.country().value()).containsExactly("NGA");
	}

	@Test
	void columns_chosen_by_hand_are_saved_and_applied_to_the_next_file_of_that_layout() throws Exception {
		String file = "Code interne,Libellé,Agence\r\nA-1,Biosafety clearing-house training,UNEP\r\n"
				+ "A-2,\"Detection, identification of LMOs\",UNEP\r\n";
		UUID id = upload("agence.csv", file.getBytes(StandardCharsets.UTF_8));
		Imports.Stored stored = imports.get(id, secretariat);
		assertThat(stored.summary().activities()).as("no column is recognised as the identifier").isZero();
		assertThat(stored.summary().skipped().get(0).reason()).contains("no column is chosen for the identifier");

		Map<SheetField, String> chosen = new EnumMap<>(SheetField.class);
		chosen.put(SheetField.IDENTIFIER, "code interne");
		chosen.put(SheetField.TITLE, "Libellé");
		chosen.put(SheetField.REPORTING_ORGANISATION, "Agence");
		imports.columns(id, new SheetColumns(chosen, null, SheetColumns.DateOrder.MONTH_FIRST), "Agency portfolio",
				secretariat);

		assertThat(imports.get(id, secretariat).summary().activities()).isEqualTo(2);
		assertThat(imports.get(id, secretariat).columns().dates()).isEqualTo(SheetColumns.DateOrder.MONTH_FIRST);
		assertThat(imports.counts(id, secretariat)).containsEntry("chosen", 2L);
		assertThat(imports.mappings(secretariat)).extracting(Imports.Mapping::name).containsExactly("Agency portfolio");
		UUID next = upload("agence-2026.csv",
				("Agence,Libellé,Code interne\r\nUNEP,Another one,A-3\r\n").getBytes(StandardCharsets.UTF_8));
		assertThat(imports.get(next, secretariat).summary().activities())
			.as("the saved mapping fits the next file, whatever the order of its columns")
			.isEqualTo(1);

		Map<SheetField, String> wrong = new EnumMap<>(SheetField.class);
		wrong.put(SheetField.IDENTIFIER, "No such column");
		assertThatThrownBy(() -> imports.columns(id, new SheetColumns(wrong, null), null, secretariat))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("exchange.sheet.column.unknown"));
		Map<SheetField, String> twice = new EnumMap<>(SheetField.class);
		twice.put(SheetField.IDENTIFIER, "Libellé");
		twice.put(SheetField.TITLE, "Libellé");
		assertThatThrownBy(() -> imports.columns(id, new SheetColumns(twice, null), null, secretariat))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("exchange.sheet.column.twice"));
		assertThat(imports.get(id, secretariat).summary().activities()).as("a refused change changes nothing")
			.isEqualTo(2);
		assertThatThrownBy(() -> imports.columns(id, new SheetColumns(chosen, null), null, focalPoint))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> imports.upload("x.csv", new ByteArrayInputStream(file.getBytes()), "en",
				"No such mapping", secretariat))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("exchange.sheet.mapping.unknown"));
		assertThatThrownBy(() -> imports.upload("x.csv", new ByteArrayInputStream("Just,Headers\r\n".getBytes()), "en",
				null, secretariat))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("exchange.sheet.no-rows"));
	}

	@Test
	void an_iati_import_has_no_columns_to_choose() throws Exception {
		UUID id = imports.upload("a.xml", IatiImportsTests.resource("import-unep-2.03.xml"), "en", null, secretariat);
		Map<SheetField, String> chosen = new EnumMap<>(SheetField.class);
		chosen.put(SheetField.IDENTIFIER, "iati-identifier");
		assertThatThrownBy(() -> imports.columns(id, new SheetColumns(chosen, null), null, secretariat))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("exchange.sheet.not-a-spreadsheet"));
	}

	private UUID upload(String name, byte[] content) throws IOException {
		return imports.upload(name, new ByteArrayInputStream(content), "fr", null, secretariat);
	}

	Imports.Stored finished(UUID id) throws InterruptedException {
		return fixture.finished(imports, id);
	}

}
