package org.cbcm.coordination.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cbcm.coordination.AnalysisFilter;
import org.cbcm.coordination.CoordinationAnalysis;
import org.cbcm.coordination.CountryGroup;
import org.cbcm.coordination.CoverageCell;
import org.cbcm.coordination.FundingAdequacy;
import org.cbcm.coordination.OverlappingSupport;
import org.cbcm.coordination.Partnership;
import org.cbcm.coordination.Verdict;
import org.cbcm.web.DownloadText;
import org.cbcm.web.DownloadWorkbook;
import org.cbcm.web.PublicAddress;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The views of the coordination analysis to take away, with the pages' filters: CSV for
 * any tool, an Excel workbook with a sheet that says what it holds. A filter value that
 * names nothing is refused (400) before anything is written. The answers are bounded
 * (countries × elements at most), so they are built whole, then written.
 */
@RestController
class CoordinationDownloads {

	/** The views a download holds. */
	enum View {

		COVERAGE, GAPS, DUPLICATIONS, FUNDING, PARTNERSHIPS;

		String file() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The view a download's file names ({@code coverage} for its {@code .csv}). */
		static View of(String file) {
			return valueOf(file.toUpperCase(Locale.ROOT));
		}

	}

	private final CoordinationAnalysis analysis;

	private final CoordinationFilters filters;

	private final CoordinationTextSource texts;

	private final PublicAddress address;

	private final Clock clock;

	CoordinationDownloads(CoordinationAnalysis analysis, CoordinationFilters filters, CoordinationTextSource texts,
			PublicAddress address, Clock clock) {
		this.analysis = analysis;
		this.filters = filters;
		this.texts = texts;
		this.address = address;
		this.clock = clock;
	}

	/** A view's download as CSV: one table. */
	@GetMapping("/coordination/{view:" + CoordinationPageEndpoints.VIEW_NAMES + "}.csv")
	void csv(@PathVariable String view, HttpServletRequest request, Locale locale, HttpServletResponse response)
			throws IOException {
		csv(View.of(view), request, locale, response);
	}

	/**
	 * A view's download as a workbook: the table, and a sheet that says what it holds.
	 */
	@GetMapping("/coordination/{view:" + CoordinationPageEndpoints.VIEW_NAMES + "}.xlsx")
	void xlsx(@PathVariable String view, HttpServletRequest request, Locale locale, HttpServletResponse response)
			throws IOException {
		xlsx(View.of(view), request, locale, response);
	}

	/** A view's table and what the workbook's second sheet says of it. */
	record Download(CoordinationTable table, List<List<String>> about) {
	}

	private void csv(View view, HttpServletRequest request, Locale locale, HttpServletResponse response)
			throws IOException {
		Download download = download(view, filters.read(request.getParameterMap()), locale);
		attach(response, view, "text/csv;charset=UTF-8", "csv");
		Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		write(download.table(), writer);
	}

	/** Writes the table as CSV (RFC 4180), with the byte order mark Excel looks for. */
	static void write(CoordinationTable table, Writer writer) throws IOException {
		writer.write('\uFEFF');
		CSVPrinter csv = CSVFormat.RFC4180.print(writer);
		csv.printRecord(table.headers());
		for (List<?> row : table.rows()) {
			csv.printRecord(row.stream().map(DownloadText::of).toList());
		}
		csv.close(true);
	}

	private void xlsx(View view, HttpServletRequest request, Locale locale, HttpServletResponse response)
			throws IOException {
		Download download = download(view, filters.read(request.getParameterMap()), locale);
		CoordinationTexts named = texts.of(locale, List.of());
		try (DownloadWorkbook workbook = new DownloadWorkbook(
				named.message("coordination.download.sheet." + view.file()), download.table().columns())) {
			download.table().rows().forEach(workbook::add);
			workbook.about(named.message("coordination.download.sheet.about"), download.about());
			attach(response, view, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
			workbook.write(response.getOutputStream());
		}
	}

	/** The view's table under the filter, and the lines that say what it holds. */
	Download download(View view, AnalysisFilter filter, Locale locale) {
		String cellPages = address.base();
		String initiativePages = address.link("/initiatives/");
		List<List<String>> notes = new ArrayList<>();
		CoordinationTexts named;
		CoordinationTable table;
		switch (view) {
			case COVERAGE, GAPS -> {
				List<CoverageCell> cells = analysis.cells(filter);
				if (view == View.GAPS) {
					cells = cells.stream().filter(cell -> cell.verdict() == Verdict.GAP).toList();
				}
				named = texts.of(locale, List.of());
				table = CoordinationTable.cells(cells, filter.asOf(), named, cellPages);
				notes.add(List.of(named.message("coordination.download.about.verdicts"),
						named.message("coordination.download.about.verdicts.text")));
			}
			case DUPLICATIONS -> {
				List<OverlappingSupport> overlaps = analysis.overlaps(filter);
				named = texts.of(locale, CoordinationTextSource.donorsOfOverlaps(overlaps));
				table = CoordinationTable.overlaps(overlaps, named, initiativePages);
			}
			case FUNDING -> {
				FundingAdequacy funding = analysis.funding(filter);
				named = texts.of(locale, List.of());
				table = CoordinationTable.funding(funding, named);
				notes.add(List.of(named.message("coordination.funding.total"), named.usd(funding.total())));
				notes.add(List.of(named.message("coordination.funding.ldc"),
						named.usd(funding.toLdc()) + " (" + named.share(funding.toLdc(), funding.total()) + ")"));
				notes.add(List.of(named.message("coordination.funding.sids"),
						named.usd(funding.toSids()) + " (" + named.share(funding.toSids(), funding.total()) + ")"));
				for (CountryGroup group : CountryGroup.values()) {
					if (funding.requirements().containsKey(group)) {
						notes.add(List.of(named.message("coordination.download.about.requirement", named.group(group)),
								named.usd(funding.requirements().get(group))));
					}
				}
			}
			case PARTNERSHIPS -> {
				List<Partnership> partnerships = analysis.partnerships(filter);
				named = texts.of(locale, CoordinationTextSource.donorsOfPartnerships(partnerships));
				table = CoordinationTable.partnerships(partnerships, named);
			}
			default -> throw new IllegalStateException("Unknown view " + view);
		}
		List<List<String>> about = new ArrayList<>();
		about.add(List.of(named.message("coordination.download.about.heading." + view.file())));
		about.add(List.of(named.message("coordination.download.about.downloaded"), LocalDate.now(clock).toString()));
		about.add(List.of(named.message("coordination.field.as-of"), filter.asOf().toString()));
		List<String> described = CoordinationPages.described(filter, named);
		about.add(List.of(named.message("coordination.download.about.filters"), described.isEmpty()
				? named.message("coordination.download.about.filters.none") : String.join("; ", described)));
		about.add(List.of(named.message("coordination.download.about.count"), String.valueOf(table.rows().size())));
		about.add(List.of(named.message("coordination.download.about.usd"),
				named.message("coordination.download.about.usd.text")));
		about.addAll(notes);
		return new Download(table, about);
	}

	/**
	 * Sends the download as a file named after the view and day: coverage-2026-12-04.csv.
	 */
	private void attach(HttpServletResponse response, View view, String type, String extension) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("coordination-" + view.file() + "-" + LocalDate.now(clock) + "." + extension)
					.build()
					.toString());
	}

}
