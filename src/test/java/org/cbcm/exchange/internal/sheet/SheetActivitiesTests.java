package org.cbcm.exchange.internal.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cbcm.exchange.internal.iati.IatiActivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the cells of a spreadsheet are read as people write them, and how columns are
 * recognised from their headers; the rows themselves are read end to end in
 * {@code SpreadsheetImportsTests}.
 */
class SheetActivitiesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "1250000|1250000", "1,250,000.50|1250000.50", "1.250.000,50|1250000.50", "1 250 000|1250000",
					"1\u00A0250\u00A0000,5|1250000.5", "1'250'000.25|1250000.25", "12,5|12.5", "1.250.000|1250000",
					"12.5|12.5", "1.5|1.5", "300.000|300000", "0|0" })
	void reads_amounts_with_any_thousands_separator(String written, String amount) {
		assertThat(SheetActivities.amount(written)).isEqualByComparingTo(new BigDecimal(amount));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "-5", "abc", "1,2,3.4.5", "12 USD", "1e9", "''", "1.2.3,4,5" })
	void refuses_what_is_no_amount(String written) {
		assertThat(SheetActivities.amount(written)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "2025-03-31|false|2025-03-31", "2025-03-31T10:15|false|2025-03-31", "31/03/2025|false|2025-03-31",
					"31.03.2025|false|2025-03-31", "03/31/2025|false|2025-03-31", "01/02/2024|false|2024-02-01",
					"2025/03/31|false|2025-03-31", "2024|false|2024-01-01", "2024|true|2024-12-31" })
	void reads_dates_as_people_write_them(String written, boolean end, LocalDate date) {
		assertThat(SheetActivities.date(written, end)).isEqualTo(date);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "03/04/2025|2025-03-04", "12/31/2025|2025-12-31", "31/12/2025|2025-12-31",
			"2025-03-04|2025-03-04" })
	void reads_dates_month_first_when_the_person_says_so(String written, LocalDate date) {
		assertThat(SheetActivities.date(written, false, SheetColumns.DateOrder.MONTH_FIRST)).isEqualTo(date);
		assertThat(SheetActivities.date("03/04/2025", false, SheetColumns.DateOrder.DAY_FIRST))
			.isEqualTo(LocalDate.of(2025, 4, 3));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "31/31/2024", "2024-02-30", "tomorrow", "1066", "99999", "12/2024" })
	void refuses_what_is_no_date(String written) {
		assertThat(SheetActivities.date(written, false)).isNull();
	}

	@Test
	void recognises_columns_by_their_headers_in_three_languages_and_takes_each_column_once() {
		SheetColumns columns = SheetColumns.guess(List.of("N° du projet", "Intitulé", "Date de début",
				"Presupuesto total", "Moneda", "PAYS", "Project title", "e-mail"));

		assertThat(columns.columns()).containsEntry(SheetField.TITLE, "Intitulé")
			.containsEntry(SheetField.PLANNED_START, "Date de début")
			.containsEntry(SheetField.BUDGET, "Presupuesto total")
			.containsEntry(SheetField.CURRENCY, "Moneda")
			.containsEntry(SheetField.COUNTRIES, "PAYS")
			.containsEntry(SheetField.CONTACT_EMAIL, "e-mail")
			.containsEntry(SheetField.IDENTIFIER, "N° du projet");
		assertThat(columns.columns().values()).doesNotHaveDuplicates();
	}

	@Test
	void a_saved_mapping_applies_to_a_file_only_when_it_has_every_column_the_mapping_names() {
		SheetColumns saved = new SheetColumns(
				Map.of(SheetField.IDENTIFIER, "Code interne", SheetField.TITLE, "Libellé"), "UNEP");

		assertThat(saved.appliesTo(List.of("libelle", "CODE INTERNE", "Autre"))).isTrue();
		assertThat(saved.appliesTo(List.of("Libellé", "Code"))).isFalse();
		assertThat(saved.indexes(List.of("Autre", "Libellé", "code interne"))).containsEntry(SheetField.IDENTIFIER, 2)
			.containsEntry(SheetField.TITLE, 1);
	}

	@Test
	void every_header_of_the_template_is_recognised_as_its_field() throws Exception {
		java.util.Properties messages = new java.util.Properties();
		try (var in = getClass().getResourceAsStream("/i18n/exchange.properties")) {
			messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		List<String> headers = new ArrayList<>();
		for (SheetField field : SheetField.values()) {
			headers.add(messages.getProperty(field.messageKey()));
		}

		SheetColumns guessed = SheetColumns.guess(headers);

		for (SheetField field : SheetField.values()) {
			assertThat(guessed.columns().get(field)).as(field.name())
				.isEqualTo(messages.getProperty(field.messageKey()));
		}
	}

	@Test
	void key_elements_are_read_with_their_shares_and_an_unknown_reporting_organisation_stops_the_row() {
		var unep = new org.cbcm.directory.Organisation(
				new org.cbcm.shared.OrganisationId(java.util.UUID.nameUUIDFromBytes("unep".getBytes())),
				"United Nations Environment Programme", "UNEP", org.cbcm.directory.OrganisationType.UN_BODY, null, null,
				null, null);
		var directory = new org.cbcm.exchange.internal.iati.ImportDirectory(List.of(), List.of(), List.of(unep));
		SheetActivities activities = new SheetActivities(directory, Set.of("12(a)", "12(b)", "12(a)(i)"), "en",
				"/codelists/ActionPlanKeyElement.xml");
		List<String> headers = List.of("Identifier", "Title", "Key elements", "Reporting organisation");
		SpreadsheetReader.Sheet sheet = new SpreadsheetReader.Sheet(SpreadsheetReader.Format.CSV, headers,
				List.of(new SpreadsheetReader.Row(2,
						List.of("A-1", "One", "12(a) (60,5 %); 12(b)=39.5, 12(a)(i) Risk assessment", "unep")),
						new SpreadsheetReader.Row(3, List.of("A-2", "Two", "", "Nobody"))),
				"UTF-8", ",", List.of());
		List<IatiActivity> read = new ArrayList<>();

		SheetActivities.Read result = activities.read(sheet, SheetColumns.guess(headers), "CSV", read::add);

		assertThat(read).singleElement().satisfies(activity -> {
			assertThat(activity.reportingOrg().ref()).isEqualTo("cbcm:" + unep.id().value());
			assertThat(activity.sectors()).extracting(IatiActivity.Code::code)
				.containsExactly("12(a)", "12(b)", "12(a)(i)");
			assertThat(activity.sectors()).extracting(IatiActivity.Code::percentage)
				.containsExactly(new BigDecimal("60.5"), new BigDecimal("39.5"), null);
		});
		assertThat(result.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.reason())
				.isEqualTo("the reporting organisation “Nobody” is not in the directory: add it, or name it as "
						+ "the directory does"));
	}

}
