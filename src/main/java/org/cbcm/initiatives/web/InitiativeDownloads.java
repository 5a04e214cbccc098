package org.cbcm.initiatives.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cbcm.initiatives.GeographicScope;
import org.cbcm.initiatives.ImplementationStatus;
import org.cbcm.initiatives.InitiativeType;
import org.cbcm.initiatives.internal.Facet;
import org.cbcm.initiatives.internal.InitiativeFilter;
import org.cbcm.initiatives.internal.InitiativeFilters;
import org.cbcm.initiatives.internal.InitiativeQueries;
import org.cbcm.initiatives.internal.InitiativeSort;
import org.cbcm.initiatives.internal.InitiativeSummary;
import org.cbcm.web.PublicAddress;
import org.cbcm.web.StreamedDownload;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The list's selection of published initiatives to take away: CSV for any tool, an Excel
 * workbook with a sheet that says what was selected, JSON with machine codes for scripts.
 * The filters read as the list reads them, and a filter that names nothing is refused
 * with the API's problem before anything is written. The whole selection is streamed a
 * chunk at a time, each chunk's organisations named at once, so a download of the whole
 * registry never holds more than a chunk.
 */
@RestController
class InitiativeDownloads {

	/** How many initiatives are read, named and written at a time. */
	static final int CHUNK = 500;

	private final InitiativeQueries queries;

	private final InitiativeFilters filters;

	private final Labels.Source labels;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	private final PublicAddress address;

	InitiativeDownloads(InitiativeQueries queries, InitiativeFilters filters, Labels.Source labels,
			MessageSource messages, JsonMapper json, Clock clock, PublicAddress address) {
		this.queries = queries;
		this.filters = filters;
		this.labels = labels;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
		this.address = address;
	}

	@GetMapping("/initiatives/download.csv")
	void csv(HttpServletRequest request, @RequestParam(defaultValue = "NEWEST") InitiativeSort sort, Locale locale,
			HttpServletResponse response) throws IOException {
		InitiativeFilter filter = filters.read(request.getParameterMap());
		Labels named = labels.of(organisations(filter), locale);
		attach(response, "text/csv;charset=UTF-8", "csv");
		DownloadTable table = new DownloadTable(messages, locale);
		StreamedDownload.write(response, () -> {
			Writer writer = new BufferedWriter(
					new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
			// The byte order mark tells Excel the file is UTF-8.
			writer.write('\uFEFF');
			CSVPrinter csv = CSVFormat.RFC4180.print(writer);
			csv.printRecord(table.headers());
			each(filter, sort, named, row -> csv.printRecord(table.texts(row)));
			csv.close(true);
		});
	}

	@GetMapping("/initiatives/download.xlsx")
	void xlsx(HttpServletRequest request, @RequestParam(defaultValue = "NEWEST") InitiativeSort sort, Locale locale,
			HttpServletResponse response) throws IOException {
		InitiativeFilter filter = filters.read(request.getParameterMap());
		Labels named = labels.of(organisations(filter), locale);
		DownloadTable table = new DownloadTable(messages, locale);
		try (InitiativeWorkbook workbook = new InitiativeWorkbook(table,
				message("download.sheet.initiatives", locale))) {
			each(filter, sort, named, workbook::add);
			workbook.about(message("download.sheet.about", locale),
					about(filter, sort, workbook.count(), table, named, locale));
			attach(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
			workbook.write(response.getOutputStream());
		}
	}

	@GetMapping("/initiatives/download.json")
	void json(HttpServletRequest request, @RequestParam(defaultValue = "NEWEST") InitiativeSort sort, Locale locale,
			HttpServletResponse response) throws IOException {
		InitiativeFilter filter = filters.read(request.getParameterMap());
		Labels named = labels.of(organisations(filter), locale);
		attach(response, "application/json", "json");
		StreamedDownload.write(response, () -> {
			// Closed only when complete: closing a generator after a failure would end
			// the arrays and objects left open, and so pass a shortened file for a whole
			// one.
			JsonGenerator out = json.createGenerator(response.getOutputStream());
			out.writeStartObject();
			out.writePOJOProperty("generatedAt", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
			out.writePOJOProperty("filters", given(filter));
			out.writeStringProperty("sort", sort.name());
			out.writeName("items");
			out.writeStartArray();
			each(filter, sort, named, row -> out.writePOJO(Item.of(row)));
			out.writeEndArray();
			out.writeEndObject();
			out.close();
		});
	}

	/** Writes one initiative of a download. */
	@FunctionalInterface
	interface RowWriter {

		void write(DownloadRow row) throws IOException;

	}

	/**
	 * Hands every initiative of the selection to the writer, chunk by chunk, with the
	 * chunk's organisations named in one query.
	 */
	private void each(InitiativeFilter filter, InitiativeSort sort, Labels named, RowWriter writer) throws IOException {
		// From the configured address: a link built from the request would carry the Host
		// header its caller chose into a file others open.
		String pages = address.link("/initiatives/");
		try {
			queries.each(filter, sort, CHUNK, chunk -> {
				Set<String> organisations = new LinkedHashSet<>();
				chunk.forEach(initiative -> {
					organisations.addAll(initiative.donors());
					organisations.addAll(initiative.implementers());
				});
				Labels names = labels.naming(named, organisations);
				for (InitiativeSummary initiative : chunk) {
					try {
						writer.write(new DownloadRow(initiative, pages + initiative.id(), names));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * Sends the download as a file named after the day, such as
	 * initiatives-2025-06-30.csv.
	 */
	private void attach(HttpServletResponse response, String type, String extension) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("initiatives-" + LocalDate.now(clock) + "." + extension)
					.build()
					.toString());
	}

	/**
	 * The organisations the filter names, so that the workbook can say which they are.
	 */
	private static Set<String> organisations(InitiativeFilter filter) {
		Set<String> named = new LinkedHashSet<>();
		for (Facet facet : List.of(Facet.DONOR, Facet.IMPLEMENTER, Facet.ORGANISATION)) {
			named.addAll(filter.values(facet));
		}
		return named;
	}

	/** The workbook's sheet that says what it holds: a topic and its text per line. */
	private List<List<String>> about(InitiativeFilter filter, InitiativeSort sort, int count, DownloadTable table,
			Labels named, Locale locale) {
		List<List<String>> lines = new ArrayList<>();
		lines.add(List.of(messages.getMessage("download.about.heading", null, locale)));
		lines.add(List.of(messages.getMessage("download.about.downloaded", null, locale),
				LocalDate.now(clock).toString()));
		List<String> described = described(filter, named, locale);
		if (described.isEmpty()) {
			described = List.of(messages.getMessage("download.about.filters.none", null, locale));
		}
		for (int index = 0; index < described.size(); index++) {
			lines.add(List.of((index == 0) ? messages.getMessage("download.about.filters", null, locale) : "",
					described.get(index)));
		}
		lines.add(List.of(messages.getMessage("download.about.sort", null, locale),
				message("initiatives.sort." + sort.name(), locale)));
		lines.add(List.of(messages.getMessage("download.about.count", null, locale), String.valueOf(count)));
		lines.add(List.of(messages.getMessage("download.about.usd", null, locale),
				messages.getMessage("download.about.usd.text", null, locale)));
		lines.add(List.of(messages.getMessage("download.about.shares", null, locale),
				messages.getMessage("download.about.shares.text",
						new Object[] { table.header(DownloadTable.Column.SHARES_SPLIT_EVENLY) }, locale)));
		lines.add(List.of(messages.getMessage("download.about.codes", null, locale),
				messages.getMessage("download.about.codes.text", null, locale)));
		return lines;
	}

	/** The filters in force as the list names them: a line per facet. */
	private List<String> described(InitiativeFilter filter, Labels named, Locale locale) {
		List<String> lines = new ArrayList<>();
		if (filter.text() != null) {
			lines.add(messages.getMessage("initiatives.filter.text", new Object[] { filter.text() }, locale));
		}
		filter.tags()
			.forEach((facet, values) -> lines.add(message("facet." + facet.name(), locale) + ": "
					+ String.join(", ", values.stream().map(value -> named.facet(facet, value)).toList())));
		if (filter.fromYear() != null) {
			lines.add(messages.getMessage("initiatives.filter.from", new Object[] { filter.fromYear().toString() },
					locale));
		}
		if (filter.toYear() != null) {
			lines
				.add(messages.getMessage("initiatives.filter.to", new Object[] { filter.toYear().toString() }, locale));
		}
		return lines;
	}

	/** The filters in force with their parameters' names and machine codes. */
	private static Map<String, Object> given(InitiativeFilter filter) {
		Map<String, Object> given = new LinkedHashMap<>();
		if (filter.text() != null) {
			given.put("q", filter.text());
		}
		filter.tags().forEach((facet, values) -> given.put(facet.parameter(), List.copyOf(values)));
		if (filter.fromYear() != null) {
			given.put("from", filter.fromYear());
		}
		if (filter.toYear() != null) {
			given.put("to", filter.toYear());
		}
		return given;
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	/** An organisation by identifier and full name. */
	record OrganisationName(String id, String name) {
	}

	/**
	 * An initiative in the JSON download: machine codes, ISO dates, amounts as numbers;
	 * {@code usd} is null when the year's rate is missing; {@code endorsements} says, for
	 * each country it names, ENDORSED, COMMENTED, DISPUTED or NONE (not answered).
	 */
	record Item(String id, String link, String title, @Nullable String projectNumber, @Nullable InitiativeType type,
			@Nullable ImplementationStatus status, @Nullable LocalDate start, @Nullable LocalDate end,
			@Nullable GeographicScope scope, List<String> countries, List<OrganisationName> donors,
			List<OrganisationName> implementers, List<String> keyElements, List<String> activities,
			@Nullable String fundingSource, @Nullable BigDecimal totalBudget, @Nullable String currency,
			@Nullable Integer budgetYear, @Nullable BigDecimal usd, boolean countrySharesSplitEvenly,
			Instant publishedAt, java.util.Map<String, String> endorsements) {

		static Item of(DownloadRow row) {
			InitiativeSummary initiative = row.initiative();
			return new Item(initiative.id().toString(), row.link(), initiative.title(), initiative.projectNumber(),
					initiative.type(), initiative.implementation(), initiative.start(), initiative.end(),
					initiative.scope(), initiative.countries(), organisations(initiative.donors(), row.names()),
					organisations(initiative.implementers(), row.names()), initiative.elements(),
					initiative.activities(), initiative.fundingSource(), initiative.totalBudget(),
					initiative.currency(), initiative.budgetYear(), initiative.usd(),
					initiative.countrySharesEstimated(), initiative.publishedAt().truncatedTo(ChronoUnit.SECONDS),
					initiative.voices());
		}

		private static List<OrganisationName> organisations(List<String> ids, Labels names) {
			return ids.stream().map(id -> new OrganisationName(id, names.organisationName(id))).toList();
		}

	}

}
