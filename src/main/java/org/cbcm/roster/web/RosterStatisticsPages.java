package org.cbcm.roster.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cbcm.directory.Country;
import org.cbcm.roster.RosterFigure;
import org.cbcm.roster.RosterReview;
import org.cbcm.roster.internal.RosterStatistics;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.web.BarChart;
import org.cbcm.web.DownloadText;
import org.cbcm.web.DownloadWorkbook;
import org.cbcm.web.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The review of the roster's operation and use as a page, and as a CSV file and a
 * workbook to take away: every figure of every part of the review, each drawn as a bar
 * chart on the server (an image named and described, no script) beside the table that
 * says the same. A year that is no year of the roster is refused (400) with its message
 * beside the field; a download refuses it before writing anything.
 */
@Controller
class RosterStatisticsPages {

	/** The most categories a chart draws; the table beside it has them all. */
	static final int CHARTED_ROWS = 15;

	static final int CHART_WIDTH = 760;

	static final int CHART_HEIGHT = 340;

	private final RosterStatistics statistics;

	private final RosterStatisticsTexts texts;

	private final MessageSource messages;

	RosterStatisticsPages(RosterStatistics statistics, RosterStatisticsTexts texts, MessageSource messages) {
		this.statistics = statistics;
		this.texts = texts;
		this.messages = messages;
	}

	/** A part of the review as the page shows it. */
	record SectionView(String id, String heading, List<FigureView> figures) {
	}

	/**
	 * A figure as the page shows it: its chart (empty where there is nothing to draw),
	 * what the chart leaves out, and the table.
	 */
	record FigureView(String id, String caption, String description, String svg, @Nullable String charted,
			List<String> headers, List<List<String>> rows) {
	}

	@GetMapping("/roster/statistics")
	String page(@RequestParam(required = false) @Nullable String year, HttpServletResponse response, Locale locale,
			Model model) {
		model.addAttribute("given", (year != null) ? year.strip() : "");
		Integer chosen;
		try {
			chosen = statistics.year(year);
		}
		catch (InvalidRequestException ex) {
			response.setStatus(400);
			model.addAttribute("errors", FormErrors.of(ex, messages, locale));
			model.addAttribute("years", statistics.years());
			return "roster/statistics";
		}
		RosterReview review = statistics.review(chosen);
		model.addAttribute("errors", Map.of());
		model.addAttribute("review", review);
		model.addAttribute("years", review.years());
		model.addAttribute("query", (chosen != null) ? "?year=" + chosen : "");
		model.addAttribute("sections", sections(review, locale));
		return "roster/statistics";
	}

	/** The review as CSV (RFC 4180): a line per count, with the byte order mark. */
	@GetMapping("/roster/statistics.csv")
	void csv(@RequestParam(required = false) @Nullable String year, Locale locale, HttpServletResponse response)
			throws IOException {
		RosterReview review = statistics.review(statistics.year(year));
		attach(response, review, "text/csv;charset=UTF-8", "csv");
		Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		writer.write('\uFEFF');
		CSVPrinter csv = CSVFormat.RFC4180.print(writer);
		csv.printRecord(headers(locale));
		for (List<Object> line : lines(review, locale)) {
			csv.printRecord(line.stream().map(DownloadText::of).toList());
		}
		csv.close(true);
	}

	/** The review as a workbook: the counts, and a sheet that says what they are. */
	@GetMapping("/roster/statistics.xlsx")
	void xlsx(@RequestParam(required = false) @Nullable String year, Locale locale, HttpServletResponse response)
			throws IOException {
		RosterReview review = statistics.review(statistics.year(year));
		List<DownloadWorkbook.Column> columns = new ArrayList<>();
		int[] widths = { 12, 28, 40, 12, 40, 14, 28, 10 };
		List<String> headers = headers(locale);
		for (int i = 0; i < headers.size(); i++) {
			columns.add(new DownloadWorkbook.Column(headers.get(i), widths[i]));
		}
		try (DownloadWorkbook workbook = new DownloadWorkbook(texts.message("roster.statistics.sheet", locale),
				columns)) {
			lines(review, locale).forEach(workbook::add);
			List<List<String>> about = new ArrayList<>();
			about.add(List.of(texts.message("roster.statistics.heading", locale)));
			about.add(List.of(texts.message("roster.statistics.about.as-of", locale), review.asOf().toString()));
			about.add(List.of(texts.message("roster.statistics.field.year", locale), (review.year() != null)
					? String.valueOf(review.year()) : texts.message("roster.statistics.year.all", locale)));
			about.add(List.of(texts.message("roster.statistics.about.limits", locale),
					texts.message("roster.statistics.limits", locale, review.maxPerCountry(), review.maxPerArea())));
			about.add(List.of(texts.message("roster.statistics.about.scope", locale),
					texts.message("roster.statistics.scope", locale)));
			workbook.about(texts.message("roster.statistics.sheet.about", locale), about);
			attach(response, review, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
			workbook.write(response.getOutputStream());
		}
	}

	private List<String> headers(Locale locale) {
		return List.of("section", "figure", "figure.name", "code", "category", "measure", "measure.name", "count")
			.stream()
			.map(column -> texts.message("roster.statistics.column." + column, locale))
			.toList();
	}

	/** A line per count: its part, figure, category and measure, codes and names. */
	private List<List<Object>> lines(RosterReview review, Locale locale) {
		List<List<Object>> lines = new ArrayList<>();
		Map<String, Country> named = texts.countries();
		for (RosterFigure figure : review.figures()) {
			String title = texts.title(figure, locale);
			for (RosterFigure.Row row : figure.rows()) {
				String category = texts.category(figure.dimension(), row.code(), named, locale);
				for (int i = 0; i < figure.measures().size(); i++) {
					String measure = figure.measures().get(i);
					lines.add(List.of(figure.section(), figure.name(), title, row.code(), category, measure,
							texts.measure(measure, locale), row.counts().get(i)));
				}
			}
		}
		return lines;
	}

	private List<SectionView> sections(RosterReview review, Locale locale) {
		Map<String, List<FigureView>> bySection = new LinkedHashMap<>();
		Map<String, Country> named = texts.countries();
		for (RosterFigure figure : review.figures()) {
			bySection.computeIfAbsent(figure.section(), section -> new ArrayList<>()).add(view(figure, named, locale));
		}
		List<SectionView> sections = new ArrayList<>();
		bySection.forEach((section, figures) -> sections.add(new SectionView("section-" + section,
				texts.message("roster.statistics.section." + section, locale), figures)));
		return sections;
	}

	private FigureView view(RosterFigure figure, Map<String, Country> named, Locale locale) {
		String caption = texts.title(figure, locale);
		List<String> headers = new ArrayList<>();
		headers.add(texts.dimension(figure.dimension(), locale));
		figure.measures().forEach(measure -> headers.add(texts.measure(measure, locale)));
		List<List<String>> rows = new ArrayList<>();
		BarChart chart = new BarChart(caption, texts.description(figure, locale),
				texts.message("roster.statistics.axis", locale), figure.stacked());
		List<RosterFigure.Row> drawn = figure.rows();
		String charted = null;
		if (drawn.size() > CHARTED_ROWS + 10) {
			drawn = drawn.stream()
				.sorted(java.util.Comparator.comparingLong((RosterFigure.Row row) -> -row.total(figure.charted())))
				.limit(CHARTED_ROWS)
				.toList();
			charted = texts.message("roster.statistics.chart.top", locale, CHARTED_ROWS, figure.rows().size());
		}
		for (RosterFigure.Row row : figure.rows()) {
			List<String> cells = new ArrayList<>();
			cells.add(texts.category(figure.dimension(), row.code(), named, locale));
			row.counts().forEach(count -> cells.add(texts.number(count, locale)));
			rows.add(cells);
		}
		for (RosterFigure.Row row : drawn) {
			String category = texts.category(figure.dimension(), row.code(), named, locale);
			for (int i = 0; i < figure.charted(); i++) {
				chart.add(texts.measure(figure.measures().get(i), locale), category,
						BigDecimal.valueOf(row.counts().get(i)));
			}
		}
		return new FigureView("figure-" + figure.name(), caption, texts.description(figure, locale),
				chart.isEmpty() ? "" : chart.svg(CHART_WIDTH, CHART_HEIGHT, locale), charted, headers, rows);
	}

	/**
	 * Sends the download as a file named after the review: roster-statistics-2026.csv.
	 */
	private static void attach(HttpServletResponse response, RosterReview review, String type, String extension) {
		response.setContentType(type);
		String name = "roster-statistics-" + ((review.year() != null) ? review.year() : review.asOf()) + "."
				+ extension;
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
	}

}
