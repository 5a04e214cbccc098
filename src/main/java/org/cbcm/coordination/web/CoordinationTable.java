package org.cbcm.coordination.web;

import java.util.ArrayList;
import java.util.List;

import org.cbcm.coordination.CountedInitiative;
import org.cbcm.coordination.CoverageCell;
import org.cbcm.coordination.FundingAdequacy;
import org.cbcm.coordination.OverlappingSupport;
import org.cbcm.coordination.Partnership;
import org.cbcm.coordination.Verdict;
import org.cbcm.directory.ProfileContact;
import org.cbcm.shared.CountryCode;
import org.cbcm.web.DownloadWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * One view of the analysis as a download holds it: headers in the reader's language and
 * one row of cells (texts, dates, amounts, numbers) per item, the same for the CSV file
 * and the workbook. Codes stay codes (ISO alpha-3, Action Plan citations, verdicts in
 * capitals) beside the names, so that scripts can read them.
 *
 * @param columns the columns with their widths in a workbook
 * @param rows the rows, each with a cell per column
 */
record CoordinationTable(List<DownloadWorkbook.Column> columns, List<List<@Nullable Object>> rows) {

	CoordinationTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	List<String> headers() {
		return columns.stream().map(DownloadWorkbook.Column::header).toList();
	}

	/** The coverage matrix's cells (or the gaps among them), one row per cell. */
	static CoordinationTable cells(List<CoverageCell> cells, java.time.LocalDate asOf, CoordinationTexts texts,
			String pages) {
		List<DownloadWorkbook.Column> columns = columns(texts, "country", 10, "country-name", 28, "element", 10,
				"element-title", 36, "verdict", 22, "priority", 10, "capacity", 10, "requirement-usd", 16,
				"initiatives", 12, "allocated-usd", 16, "estimate", 10, "missing-rates", 16, "why", 80, "link", 60);
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (CoverageCell cell : cells) {
			rows.add(row(cell.country().value(), texts.country(cell.country()), cell.element().value(),
					texts.title(cell.element()), cell.verdict().name(),
					(cell.priority() != null) ? cell.priority().name() : null,
					(cell.capacity() != null) ? cell.capacity().name() : null, cell.requirementUsd(),
					cell.initiatives(), cell.allocatedUsd(), yesNo(texts, cell.estimated()), texts.why(cell, asOf),
					pages + cellPath(cell.country(), cell.element().value())));
		}
		return new CoordinationTable(columns, rows);
	}

	/** Overlapping support: one row per initiative of each overlap, with its contacts. */
	static CoordinationTable overlaps(List<OverlappingSupport> overlaps, CoordinationTexts texts, String initiatives) {
		List<DownloadWorkbook.Column> columns = columns(texts, "country", 10, "country-name", 28, "element", 10,
				"initiative", 38, "title", 50, "donors", 40, "contacts", 50, "start", 12, "end", 12, "allocated-usd",
				16, "estimate", 10, "endorsement", 14, "link", 60);
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (OverlappingSupport overlap : overlaps) {
			for (CountedInitiative initiative : overlap.initiatives()) {
				rows.add(row(overlap.country().value(), texts.country(overlap.country()), overlap.element().value(),
						initiative.id().toString(), initiative.title(), texts.organisations(initiative.donors()),
						contacts(overlap.contactsOf(initiative.id())), initiative.start(), initiative.end(),
						initiative.allocatedUsd(), yesNo(texts, initiative.estimated()),
						(initiative.endorsement() != null) ? initiative.endorsement().name() : null,
						initiatives + initiative.id()));
			}
		}
		return new CoordinationTable(columns, rows);
	}

	/**
	 * Contacts in one cell: each person's name, institution, email and telephone, people
	 * apart by semicolons.
	 */
	static String contacts(List<ProfileContact> contacts) {
		List<String> people = new ArrayList<>();
		for (ProfileContact contact : contacts) {
			List<String> parts = new ArrayList<>();
			for (String part : java.util.Arrays.asList(contact.name(), contact.institution(), contact.email(),
					contact.phone())) {
				if (part != null && !part.isEmpty()) {
					parts.add(part);
				}
			}
			people.add(String.join(", ", parts));
		}
		return String.join("; ", people);
	}

	/** Funding adequacy: one row per funding source, group and year. */
	static CoordinationTable funding(FundingAdequacy funding, CoordinationTexts texts) {
		List<DownloadWorkbook.Column> columns = columns(texts, "source", 12, "source-title", 40, "group", 14,
				"group-name", 36, "year", 8, "usd", 16);
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (FundingAdequacy.Row row : funding.rows()) {
			rows.add(row((row.source() != null) ? row.source().value() : null,
					(row.source() != null) ? texts.title(row.source()) : texts.message("coordination.source.none"),
					row.group().name(), texts.group(row.group()), row.year(), row.usd()));
		}
		return new CoordinationTable(columns, rows);
	}

	/** Partnership opportunities: one row each, with why. */
	static CoordinationTable partnerships(List<Partnership> partnerships, CoordinationTexts texts) {
		List<DownloadWorkbook.Column> columns = columns(texts, "kind", 14, "element", 10, "region", 10, "region-name",
				30, "countries", 30, "provider", 10, "donors", 40, "why", 90);
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (Partnership partnership : partnerships) {
			rows.add(row(partnership.kind().name(), partnership.element().value(),
					(partnership.region() != null) ? partnership.region().value() : null,
					texts.region(partnership.region()),
					String.join("; ", partnership.countries().stream().map(CountryCode::value).toList()),
					(partnership.provider() != null) ? partnership.provider().value() : null,
					texts.organisations(partnership.donors()), texts.why(partnership)));
		}
		return new CoordinationTable(columns, rows);
	}

	/** Whether any of the cells is of the verdict. */
	static boolean any(List<CoverageCell> cells, Verdict verdict) {
		return cells.stream().anyMatch(cell -> cell.verdict() == verdict);
	}

	/** A cell page's path, such as /coordination/coverage/KEN/12(b). */
	static String cellPath(CountryCode country, String element) {
		return "/coordination/coverage/" + country.value() + "/" + element;
	}

	private static String yesNo(CoordinationTexts texts, boolean value) {
		return texts.message(value ? "coordination.download.yes" : "coordination.download.no");
	}

	private static List<@Nullable Object> row(@Nullable Object... cells) {
		List<@Nullable Object> row = new ArrayList<>(cells.length);
		java.util.Collections.addAll(row, cells);
		return row;
	}

	/** The columns: pairs of a header's key suffix and a width. */
	private static List<DownloadWorkbook.Column> columns(CoordinationTexts texts, Object... pairs) {
		List<DownloadWorkbook.Column> columns = new ArrayList<>();
		for (int index = 0; index < pairs.length; index += 2) {
			columns.add(new DownloadWorkbook.Column(texts.message("coordination.download.column." + pairs[index]),
					(Integer) pairs[index + 1]));
		}
		return columns;
	}

}
