package org.cbcm.coordination.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cbcm.coordination.AnalysisFilter;
import org.cbcm.coordination.CountedInitiative;
import org.cbcm.coordination.CountryGroup;
import org.cbcm.coordination.CoverageCell;
import org.cbcm.coordination.FundingAdequacy;
import org.cbcm.coordination.OverlappingSupport;
import org.cbcm.coordination.Partnership;
import org.cbcm.coordination.Verdict;
import org.cbcm.directory.CartagenaStatus;
import org.cbcm.directory.Country;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationType;
import org.cbcm.directory.ProfileContact;
import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.PlanItem;
import org.cbcm.framework.VersionCode;
import org.cbcm.initiatives.Endorsement;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.needs.Capacity;
import org.cbcm.needs.Priority;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.web.DownloadWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words and tables of the coordination views from hand-made answers, without the
 * application: each verdict explains itself, and the CSV file and the workbook hold the
 * same cells, codes beside names, amounts as numbers and estimates marked.
 */
class CoordinationTableTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 12, 4);

	static final CountryCode KEN = CountryCode.of("KEN");

	static final CountryCode PER = CountryCode.of("PER");

	static final ItemCode B = ItemCode.of("12(b)");

	static final OrganisationId GEF = new OrganisationId(UUID.nameUUIDFromBytes("gef".getBytes()));

	static final OrganisationId UNEP = new OrganisationId(UUID.nameUUIDFromBytes("unep".getBytes()));

	static final InitiativeId FIRST = new InitiativeId(UUID.nameUUIDFromBytes("first".getBytes()));

	static final InitiativeId SECOND = new InitiativeId(UUID.nameUUIDFromBytes("second".getBytes()));

	static CoordinationTexts texts() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/web", "i18n/directory", "i18n/coordination");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new CoordinationTexts(messages, Locale.ENGLISH,
				List.of(country("KEN", "KE", true, false), country("PER", "PE", false, false),
						country("FJI", "FJ", false, true)),
				List.of(new PlanItem(VersionCode.of("2006"), B, ItemType.KEY_ELEMENT, null, ItemCode.of("12"), "12",
						"Risk assessment", "Risk assessment and risk management", "Risk assessment", List.of(), null)))
			.naming(Map.of(GEF, organisation(GEF, "Global Environment Facility", "GEF"), UNEP,
					organisation(UNEP, "United Nations Environment Programme", "UNEP")));
	}

	static Country country(String iso3, String iso2, boolean ldc, boolean sids) {
		return new Country(CountryCode.of(iso3), iso2, iso3, "404", iso3, RegionCode.of("002"), RegionCode.of("202"),
				null, ldc, false, sids, true, false, false, CartagenaStatus.PARTY, null, null, null, null, null);
	}

	static Organisation organisation(OrganisationId id, String name, String acronym) {
		return new Organisation(id, name, acronym, OrganisationType.values()[0], null, null, null, null);
	}

	static CountedInitiative initiative(InitiativeId id, String title, OrganisationId donor, String usd,
			boolean estimated) {
		return new CountedInitiative(id, title, List.of(donor), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
				new BigDecimal(usd), estimated, Endorsement.ENDORSED);
	}

	static CoverageCell gap() {
		return new CoverageCell(KEN, B, Priority.HIGH, Capacity.BASIC, new BigDecimal("100000"), List.of(),
				BigDecimal.ZERO, false, Verdict.GAP, List.of());
	}

	@Test
	void each_verdict_says_why_in_words() {
		CoordinationTexts texts = texts();
		assertThat(texts.why(gap(), AS_OF))
			.isEqualTo("GAP: Kenya states a high need in 12(b) and no active initiative on it as of 2026-12-04.");
		CoverageCell underFunded = new CoverageCell(KEN, B, Priority.MEDIUM, Capacity.NONE, new BigDecimal("250000"),
				List.of(initiative(FIRST, "Biosafety", GEF, "80000.40", true)), new BigDecimal("80000.40"), true,
				Verdict.UNDER_FUNDED, List.of());
		assertThat(texts.why(underFunded, AS_OF)).isEqualTo(
				"UNDER-FUNDED: Kenya states a medium need in 12(b) requiring 250,000 US dollars; the one active initiative on it allocates 80,000 US dollars, less than that, as of 2026-12-04.");
		CoverageCell duplicated = new CoverageCell(KEN, B, Priority.HIGH, null, null,
				List.of(initiative(FIRST, "A", GEF, "10", false), initiative(SECOND, "B", UNEP, "20", false)),
				new BigDecimal("30"), false, Verdict.POSSIBLE_DUPLICATION, List.of());
		assertThat(texts.why(duplicated, AS_OF)).isEqualTo(
				"POSSIBLE DUPLICATION: 2 active initiatives of 2 different donors work on 12(b) in Kenya with overlapping dates as of 2026-12-04.");
		CoverageCell covered = new CoverageCell(PER, B, Priority.HIGH, null, null,
				List.of(initiative(FIRST, "A", GEF, "10", false)), BigDecimal.TEN, false, Verdict.COVERED, List.of());
		assertThat(texts.why(covered, AS_OF)).startsWith("COVERED: one active initiative works on 12(b) in Peru")
			.contains("no requirement in US dollars is stated");
		CoverageCell none = new CoverageCell(PER, B, null, null, null, List.of(), BigDecimal.ZERO, false,
				Verdict.NO_STATED_NEED, List.of());
		assertThat(texts.why(none, AS_OF))
			.isEqualTo("NO STATED NEED: no published needs assessment of Peru rates 12(b) as of 2026-12-04.");
		CoverageCell low = new CoverageCell(PER, B, Priority.LOW, null, null, List.of(), BigDecimal.ZERO, false,
				Verdict.NO_STATED_NEED, List.of());
		assertThat(texts.why(low, AS_OF)).startsWith("NO STATED NEED: Peru rates its need in 12(b) as low");
	}

	@Test
	void the_coverage_csv_holds_codes_names_amounts_and_reasons() throws IOException {
		CoordinationTexts texts = texts();
		CoverageCell estimated = new CoverageCell(PER, B, Priority.HIGH, Capacity.ADEQUATE, null,
				List.of(initiative(FIRST, "A", GEF, "1234567.5", true)), new BigDecimal("1234567.5"), true,
				Verdict.COVERED, List.of());
		CoordinationTable table = CoordinationTable.cells(List.of(gap(), estimated), AS_OF, texts,
				"https://cbcm.example");

		StringWriter csv = new StringWriter();
		CoordinationDownloads.write(table, csv);

		List<String> lines = csv.toString().lines().toList();
		assertThat(lines.get(0)).startsWith("\uFEFFCountry (ISO alpha-3),Country name,Key element,");
		assertThat(lines.get(1)).startsWith("KEN,Kenya,12(b),Risk assessment,GAP,HIGH,BASIC,100000,0,0,No,")
			.contains(",GAP: Kenya states a high need in 12(b) and no active initiative on it as of 2026-12-04.,")
			.endsWith(",https://cbcm.example/coordination/coverage/KEN/12(b)");
		assertThat(lines.get(2)).startsWith("PER,Peru,12(b),Risk assessment,COVERED,HIGH,ADEQUATE,,1,1234567.5,Yes,");
	}

	@Test
	void overlaps_name_their_donors_and_titles_stay_titles() throws IOException {
		CoordinationTexts texts = texts();
		OverlappingSupport overlap = new OverlappingSupport(KEN, B,
				List.of(initiative(FIRST, "=HYPERLINK(\"x\")", GEF, "10", false),
						initiative(SECOND, "Second", UNEP, "20", true)),
				Map.of(FIRST, List.of(new ProfileContact("Amina Odhiambo", "UNEP", "amina@example.org", null),
						new ProfileContact("=cmd", null, null, "+254 20 000000"))));
		CoordinationTable table = CoordinationTable.overlaps(List.of(overlap), texts, "https://cbcm.example/i/");

		StringWriter csv = new StringWriter();
		CoordinationDownloads.write(table, csv);

		List<String> lines = csv.toString().lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).contains(",Donors,Contacts,Start,");
		assertThat(lines.get(1))
			.contains(",\"'=HYPERLINK(\"\"x\"\")\",Global Environment Facility (GEF),"
					+ "\"Amina Odhiambo, UNEP, amina@example.org; =cmd, +254 20 000000\",2025-01-01,")
			.contains(",ENDORSED,https://cbcm.example/i/" + FIRST.value());
		assertThat(lines.get(2)).contains("United Nations Environment Programme (UNEP),,2025-01-01,").contains(",Yes,");
	}

	@Test
	void the_workbook_holds_amounts_as_numbers_and_dates_as_dates() throws IOException {
		CoordinationTexts texts = texts();
		OverlappingSupport overlap = new OverlappingSupport(KEN, B, List
			.of(initiative(FIRST, "First", GEF, "1500.25", false), initiative(SECOND, "Second", UNEP, "20", true)),
				Map.of());
		CoordinationTable table = CoordinationTable.overlaps(List.of(overlap), texts, "https://cbcm.example/i/");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DownloadWorkbook workbook = new DownloadWorkbook("Overlapping support", table.columns())) {
			table.rows().forEach(workbook::add);
			workbook.about("About", List.of(List.of("Rows", "2")));
			workbook.write(out);
		}
		try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = read.getSheet("Overlapping support");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			Row first = sheet.getRow(1);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("KEN");
			assertThat(first.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 1, 1));
			assertThat(first.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(1500.25);
			assertThat(read.getSheet("About").getRow(0).getCell(1).getStringCellValue()).isEqualTo("2");
		}
	}

	@Test
	void funding_and_partnerships_become_rows() throws IOException {
		CoordinationTexts texts = texts();
		FundingAdequacy funding = new FundingAdequacy(AnalysisFilter.asOf(AS_OF),
				List.of(new FundingAdequacy.Row(ItemCode.of("13(d)(i)"), CountryGroup.LDC, 2026, new BigDecimal("500")),
						new FundingAdequacy.Row(null, CountryGroup.SIDS, 2027, new BigDecimal("250"))),
				Map.of(CountryGroup.LDC, new BigDecimal("1000")), new BigDecimal("750"), new BigDecimal("500"),
				new BigDecimal("250"));
		StringWriter csv = new StringWriter();
		CoordinationDownloads.write(CoordinationTable.funding(funding, texts), csv);
		assertThat(csv.toString().lines().toList()).containsExactly(
				"\uFEFFFunding source,Funding source title,Country group,Country group name,Year,US dollars",
				"13(d)(i),13(d)(i),LDC,Least developed countries,2026,500",
				"\"\",No funding source named,SIDS,Small island developing States,2027,250");
		assertThat(texts.share(funding.toLdc(), funding.total())).isEqualTo("66.7%");

		Partnership regional = new Partnership(Partnership.Kind.REGIONAL, B, RegionCode.of("202"),
				List.of(KEN, PER, CountryCode.of("FJI")), null, List.of());
		Partnership coFunding = new Partnership(Partnership.Kind.CO_FUNDING, B, RegionCode.of("002"), List.of(), null,
				List.of(GEF, UNEP));
		CoordinationTable table = CoordinationTable.partnerships(List.of(regional, coFunding), texts);
		assertThat(table.rows().get(0)).startsWith("REGIONAL", "12(b)", "202", "Sub-Saharan Africa", "KEN; PER; FJI");
		assertThat((String) table.rows().get(0).get(7)).isEqualTo(
				"3 countries of Sub-Saharan Africa (Kenya, Peru, Fiji) state a high need in 12(b) Risk assessment, and no regional initiative works on it there: a regional initiative could serve them together.");
		assertThat((String) table.rows().get(1).get(7))
			.startsWith("Global Environment Facility (GEF); United Nations Environment Programme (UNEP) all support");
	}

	@Test
	void every_verdict_has_its_words_colours_and_abbreviation() {
		CoordinationTexts texts = texts();
		for (Verdict verdict : Verdict.values()) {
			assertThat(texts.verdict(verdict)).isNotBlank();
			assertThat(texts.abbreviation(verdict)).isNotBlank();
			assertThat(CoordinationPages.COLOURS).containsKey(verdict);
		}
		for (Partnership.Kind kind : Partnership.Kind.values()) {
			assertThat(texts.kind(kind)).isNotBlank();
		}
		for (CountryGroup group : CountryGroup.values()) {
			assertThat(texts.group(group)).isNotBlank();
		}
		for (Priority priority : Priority.values()) {
			assertThat(texts.priority(priority)).isNotBlank();
		}
		for (Capacity capacity : Capacity.values()) {
			assertThat(texts.capacity(capacity)).isNotBlank();
		}
		for (Endorsement endorsement : Endorsement.values()) {
			assertThat(texts.endorsement(endorsement)).isNotBlank();
		}
	}

	@Test
	void verdict_colours_give_their_text_enough_contrast() {
		CoordinationPages.COLOURS
			.forEach((verdict, colours) -> assertThat(contrast(colours[0], colours[1])).as("contrast of %s", verdict)
				.isGreaterThanOrEqualTo(4.5));
	}

	/** The WCAG 2 contrast ratio of two colours written #rrggbb. */
	static double contrast(String first, String second) {
		double a = luminance(first);
		double b = luminance(second);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	private static double luminance(String colour) {
		double[] channels = new double[3];
		for (int index = 0; index < 3; index++) {
			double value = Integer.parseInt(colour.substring(1 + 2 * index, 3 + 2 * index), 16) / 255.0;
			channels[index] = (value <= 0.03928) ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
	}

}
