package org.cbcm.coordination.web;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.coordination.AnalysisFilter;
import org.cbcm.coordination.CoordinationAnalysis;
import org.cbcm.coordination.CountedInitiative;
import org.cbcm.coordination.CountryGroup;
import org.cbcm.coordination.CoverageCell;
import org.cbcm.coordination.CoverageMatrix;
import org.cbcm.coordination.FundingAdequacy;
import org.cbcm.coordination.OverlappingSupport;
import org.cbcm.coordination.Partnership;
import org.cbcm.coordination.Verdict;
import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.directory.ProfileContact;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.PlanItem;
import org.cbcm.initiatives.DuplicateRecords;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.web.BarChart;
import org.cbcm.web.FormErrors;
import org.cbcm.web.WorldMap;
import org.cbcm.web.WorldMap.Shading;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages of the coordination analysis: an overview with the headline figures, the
 * coverage matrix as a heat map (each cell explaining itself on a page of its own), the
 * gap map, overlapping support, funding adequacy and partnership opportunities. Each has
 * the same filter form (by GET, so that a view can be linked and bookmarked); a value
 * that names nothing is shown beside its field, the page answering 400 without results.
 * Charts are drawn on the server as SVG, each with a table that says the same.
 */
@Controller
class CoordinationPages {

	/** The fill and text colour of each verdict: text contrast at least 4.5:1. */
	static final Map<Verdict, String[]> COLOURS = new EnumMap<>(Map.of(Verdict.GAP,
			new String[] { "#b2182b", "#ffffff" }, Verdict.UNDER_FUNDED, new String[] { "#fdb863", "#1a1a1a" },
			Verdict.COVERED, new String[] { "#1b7837", "#ffffff" }, Verdict.POSSIBLE_DUPLICATION,
			new String[] { "#5e3c99", "#ffffff" }, Verdict.NO_STATED_NEED, new String[] { "#f0f0f0", "#333333" }));

	/** The map's fill of countries outside the selection and of shapes without a code. */
	static final String NO_DATA_FILL = "#b8b8b8";

	static final int CHART_WIDTH = 760;

	static final int CHART_HEIGHT = 400;

	private final CoordinationAnalysis analysis;

	private final CoordinationFilters filters;

	private final CoordinationTextSource texts;

	private final CountryDirectory countries;

	private final OrganisationDirectory organisations;

	private final WorldMap worldMap;

	private final MessageSource messages;

	private final DuplicateRecords duplicateRecords;

	private final CurrentViewer viewers;

	CoordinationPages(CoordinationAnalysis analysis, CoordinationFilters filters, CoordinationTextSource texts,
			CountryDirectory countries, OrganisationDirectory organisations, WorldMap worldMap, MessageSource messages,
			DuplicateRecords duplicateRecords, CurrentViewer viewers) {
		this.duplicateRecords = duplicateRecords;
		this.viewers = viewers;
		this.analysis = analysis;
		this.filters = filters;
		this.texts = texts;
		this.countries = countries;
		this.organisations = organisations;
		this.worldMap = worldMap;
		this.messages = messages;
	}

	/** A cell of the heat map as the page shows it. */
	record CellView(String country, String element, Verdict verdict, String abbreviation, String label, String fill,
			String ink, String href, String summary) {
	}

	/** A row of the heat map: a country and its cells, element by element. */
	record MatrixRow(String code, String name, List<CellView> cells) {
	}

	/** A line of a legend: its fill, its text colour, its abbreviation and its text. */
	record LegendEntry(String category, String fill, String ink, String abbreviation, String label) {
	}

	/** A headline figure of the overview, with the view it leads to. */
	record Figure(String label, String value, String href) {
	}

	/** A bar chart and the table that says the same. */
	record Chart(String svg, String caption, List<String> headers, List<List<String>> rows) {
	}

	@GetMapping("/coordination")
	String overview(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		AnalysisFilter filter = form(request, response, locale, model);
		if (filter != null) {
			CoordinationTexts named = texts.of(locale, List.of());
			List<CoverageCell> cells = analysis.cells(filter);
			FundingAdequacy funding = analysis.funding(filter);
			String query = (String) model.getAttribute("query");
			List<Figure> figures = List.of(
					new Figure(named.message("coordination.figure.gaps"), count(cells, Verdict.GAP),
							"/coordination/gaps" + query),
					new Figure(named.message("coordination.figure.under-funded"), count(cells, Verdict.UNDER_FUNDED),
							"/coordination/coverage" + query),
					new Figure(named.message("coordination.figure.duplications"),
							count(cells, Verdict.POSSIBLE_DUPLICATION), "/coordination/duplications" + query),
					new Figure(named.message("coordination.figure.ldc"), named.share(funding.toLdc(), funding.total()),
							"/coordination/funding" + query),
					new Figure(named.message("coordination.figure.sids"),
							named.share(funding.toSids(), funding.total()), "/coordination/funding" + query));
			model.addAttribute("figures", figures);
			model.addAttribute("described", described(filter, named));
		}
		return "coordination/overview";
	}

	/** How many initiatives that name no country the coverage page shows at a time. */
	static final int APART_SHOWN = 50;

	@GetMapping("/coordination/coverage")
	String coverage(HttpServletRequest request, HttpServletResponse response,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
			@RequestParam(defaultValue = "0") int apartPage, Locale locale, Model model) {
		if (apartPage < 0) {
			throw new InvalidRequestException("apartPage", "error.page.negative", apartPage);
		}
		AnalysisFilter filter = form(request, response, locale, model);
		if (filter != null) {
			CoverageMatrix matrix = analysis.coverage(filter, new Paging(page, size));
			CoordinationTexts named = texts.of(locale, List.of());
			String query = (String) model.getAttribute("asOfQuery");
			Map<String, CoverageCell> byKey = new HashMap<>();
			matrix.cells().forEach(cell -> byKey.put(cell.country().value() + " " + cell.element().value(), cell));
			List<MatrixRow> rows = new ArrayList<>();
			for (CountryCode country : matrix.countries().content()) {
				List<CellView> cells = new ArrayList<>();
				for (ItemCode element : matrix.elements()) {
					CoverageCell cell = byKey.get(country.value() + " " + element.value());
					if (cell != null) {
						cells.add(view(cell, filter.asOf(), named, query));
					}
				}
				rows.add(new MatrixRow(country.value(), named.country(country), cells));
			}
			ResultPage<String> countryPage = matrix.countries().map(CountryCode::value);
			model.addAttribute("result", countryPage);
			model.addAttribute("elements",
					matrix.elements()
						.stream()
						.map(element -> Map.entry(element.value(), named.element(element)))
						.toList());
			model.addAttribute("rows", rows);
			// Only a page of them: regional and global initiatives may be many.
			List<CoverageMatrix.Apart> apart = matrix.apart();
			Paging apartPaging = new Paging(apartPage, APART_SHOWN);
			int apartFrom = (int) Math.min(apartPaging.offset(), apart.size());
			model.addAttribute("apart",
					ResultPage.of(apart.subList(apartFrom, Math.min(apart.size(), apartFrom + APART_SHOWN))
						.stream()
						.map(shown -> new ApartView(named.element(shown.element()),
								shown.regions().isEmpty() ? named.message("coordination.coverage.apart.global")
										: String.join(", ", shown.regions().stream().map(named::region).toList()),
								shown.initiative().id().toString(), shown.initiative().title(),
								named.usd(shown.initiative().allocatedUsd()), shown.initiative().estimated()))
						.toList(), apartPaging, apart.size()));
			model.addAttribute("legend", legend(named, Map.of()));
			model.addAttribute("chart", elementChart(matrix.allocated(), named));
			model.addAttribute("described", described(filter, named));
		}
		return "coordination/coverage";
	}

	/** An initiative that names no country, shown apart from the matrix. */
	record ApartView(String element, String regions, String id, String title, String usd, boolean estimated) {
	}

	@GetMapping("/coordination/coverage/{country}/{element}")
	String cell(@PathVariable CountryCode country, @PathVariable ItemCode element, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		Country found = countries.get(country);
		if (filters.elements().stream().noneMatch(item -> item.code().equals(element))) {
			throw new NotFoundException("coordination.element.not-found", element.value());
		}
		AnalysisFilter given = form(request, response, locale, model);
		model.addAttribute("countryName", found.name(locale));
		model.addAttribute("countryCode", country.value());
		model.addAttribute("elementCode", element.value());
		if (given != null) {
			AnalysisFilter filter = new AnalysisFilter(given.asOf(), null, null, country, element, given.donor(),
					given.fundingSource());
			CoverageCell cell = analysis.cells(filter)
				.stream()
				.filter(candidate -> candidate.country().equals(country) && candidate.element().equals(element))
				.findFirst()
				.orElse(null);
			CoordinationTexts named = texts.of(locale,
					(cell != null) ? CoordinationTextSource.donorsOfCells(List.of(cell)) : List.of());
			model.addAttribute("elementName", named.element(element));
			model.addAttribute("cell", cell);
			if (cell != null) {
				model.addAttribute("view", view(cell, filter.asOf(), named, ""));
				model.addAttribute("why", named.why(cell, filter.asOf()));
				model.addAttribute("priority", named.priority(cell.priority()));
				model.addAttribute("capacity", named.capacity(cell.capacity()));
				model.addAttribute("requirement", named.usd(cell.requirementUsd()));
				model.addAttribute("allocated", named.usd(cell.allocatedUsd()));
				model.addAttribute("missingRates", String.join(", ", cell.missingRates()));
				model.addAttribute("counted",
						cell.counted()
							.stream()
							.map(initiative -> new CountedView(initiative.id().toString(), initiative.title(),
									named.organisations(initiative.donors()), dates(initiative, named),
									named.usd(initiative.allocatedUsd()), initiative.estimated(),
									named.endorsement(initiative.endorsement())))
							.toList());
			}
		}
		else {
			model.addAttribute("elementName", element.value());
		}
		return "coordination/cell";
	}

	/** An initiative a cell counts, as its page lists it. */
	record CountedView(String id, String title, String donors, String dates, String usd, boolean estimated,
			String endorsement) {
	}

	/** A line of the table beside the gap map. */
	record GapRow(CellView view, String name, String priority, int initiatives, String allocated, String requirement) {
	}

	@GetMapping("/coordination/gaps")
	String gaps(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		AnalysisFilter given = form(request, response, locale, model);
		if (given != null) {
			ItemCode element = (given.element() != null) ? given.element()
					: filters.elements()
						.stream()
						.filter(item -> item.type() == ItemType.KEY_ELEMENT)
						.map(PlanItem::code)
						.findFirst()
						.orElseThrow();
			AnalysisFilter filter = new AnalysisFilter(given.asOf(), given.region(), given.group(), given.country(),
					element, given.donor(), given.fundingSource());
			CoordinationTexts named = texts.of(locale, List.of());
			List<CoverageCell> cells = analysis.cells(filter)
				.stream()
				.filter(cell -> cell.element().equals(element))
				.sorted(Comparator.comparing(CoverageCell::verdict)
					.thenComparing(cell -> named.country(cell.country()), Collator.getInstance(locale)))
				.toList();
			String query = (String) model.getAttribute("asOfQuery");
			Map<String, Shading> shading = new LinkedHashMap<>();
			Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
			List<GapRow> rows = new ArrayList<>();
			for (CoverageCell cell : cells) {
				CellView view = view(cell, filter.asOf(), named, query);
				rows.add(new GapRow(view, named.country(cell.country()), named.priority(cell.priority()),
						cell.initiatives(), named.usd(cell.allocatedUsd()), named.usd(cell.requirementUsd())));
				counts.merge(cell.verdict(), 1L, Long::sum);
				Country country = named.countryOf(cell.country());
				String iso3 = (country != null && country.iso3() != null) ? country.iso3() : null;
				if (iso3 != null) {
					shading.put(iso3, new Shading(cell.verdict().name(),
							named.country(cell.country()) + ": " + named.verdict(cell.verdict())));
				}
			}
			Map<String, String> fills = new LinkedHashMap<>();
			fills.put(WorldMap.NO_DATA, NO_DATA_FILL);
			COLOURS.forEach((verdict, colours) -> fills.put(verdict.name(), colours[0]));
			String title = named.message("coordination.gaps.map.title", named.element(element));
			String description = named.message("coordination.gaps.map.description", named.element(element),
					filter.asOf().toString(), counts.getOrDefault(Verdict.GAP, 0L), cells.size());
			model.addAttribute("svg", worldMap.render(shading, fills, title, description,
					"/coordination/coverage/{code}/" + element.value() + query));
			model.addAttribute("description", description);
			model.addAttribute("legend", legend(named, counts));
			model.addAttribute("rows", rows);
			model.addAttribute("element", element.value());
			model.addAttribute("elementName", named.element(element));
			model.addAttribute("described", described(filter, named));
		}
		return "coordination/gaps";
	}

	/** An overlap as the page lists it. */
	record OverlapView(String country, String countryName, String element, String elementName, String href,
			List<OverlappingView> initiatives) {
	}

	/** An initiative of an overlap, with whom to ask about it. */
	record OverlappingView(String id, String title, String donors, String dates, String usd, boolean estimated,
			String endorsement, List<ProfileContact> contacts) {
	}

	/** The likeliest pairs of records registered twice the duplications page shows. */
	static final int DUPLICATE_RECORDS_SHOWN = 10;

	@GetMapping("/coordination/duplications")
	String duplications(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		AnalysisFilter filter = form(request, response, locale, model);
		if (filter != null) {
			List<OverlappingSupport> overlaps = analysis.overlaps(filter);
			CoordinationTexts named = texts.of(locale, CoordinationTextSource.donorsOfOverlaps(overlaps));
			String query = (String) model.getAttribute("asOfQuery");
			model.addAttribute("overlaps", overlaps.stream()
				.map(overlap -> new OverlapView(overlap.country().value(), named.country(overlap.country()),
						overlap.element().value(), named.element(overlap.element()),
						CoordinationTable.cellPath(overlap.country(), overlap.element().value()) + query,
						overlap.initiatives()
							.stream()
							.map(initiative -> new OverlappingView(initiative.id().toString(), initiative.title(),
									named.organisations(initiative.donors()), dates(initiative, named),
									named.usd(initiative.allocatedUsd()), initiative.estimated(),
									named.endorsement(initiative.endorsement()), overlap.contactsOf(initiative.id())))
							.toList()))
				.toList());
			model.addAttribute("described", described(filter, named));
		}
		if (viewers.get().isSecretariat()) {
			// The second kind: the same initiative registered twice, which the
			// Secretariat
			// merges or marks distinct in its queue.
			ResultPage<DuplicateRecords.Pair> pairs = duplicateRecords.open(new Paging(0, DUPLICATE_RECORDS_SHOWN));
			model.addAttribute("duplicateRecords", pairs);
		}
		return "coordination/duplications";
	}

	@GetMapping("/coordination/funding")
	String funding(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		AnalysisFilter filter = form(request, response, locale, model);
		if (filter != null) {
			FundingAdequacy funding = analysis.funding(filter);
			CoordinationTexts named = texts.of(locale, List.of());
			model.addAttribute("total", named.usd(funding.total()));
			model.addAttribute("ldc", named.usd(funding.toLdc()));
			model.addAttribute("ldcShare", named.share(funding.toLdc(), funding.total()));
			model.addAttribute("sids", named.usd(funding.toSids()));
			model.addAttribute("sidsShare", named.share(funding.toSids(), funding.total()));
			model.addAttribute("bySource", sourceChart(funding, named));
			model.addAttribute("byYear", yearChart(funding, named));
			model.addAttribute("adequacy", adequacyChart(funding, named));
			model.addAttribute("described", described(filter, named));
		}
		return "coordination/funding";
	}

	/** A partnership as the page lists it. */
	record PartnershipView(String kind, String element, String elementName, String why,
			List<Map.Entry<String, String>> countries) {
	}

	@GetMapping("/coordination/partnerships")
	String partnerships(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		AnalysisFilter filter = form(request, response, locale, model);
		if (filter != null) {
			List<Partnership> partnerships = analysis.partnerships(filter);
			CoordinationTexts named = texts.of(locale, CoordinationTextSource.donorsOfPartnerships(partnerships));
			String query = (String) model.getAttribute("asOfQuery");
			Map<Partnership.Kind, List<PartnershipView>> byKind = new LinkedHashMap<>();
			for (Partnership.Kind kind : Partnership.Kind.values()) {
				byKind.put(kind, new ArrayList<>());
			}
			for (Partnership partnership : partnerships) {
				List<Map.Entry<String, String>> links = new ArrayList<>();
				List<CountryCode> linked = new ArrayList<>(partnership.countries());
				if (partnership.provider() != null) {
					linked.add(0, partnership.provider());
				}
				for (CountryCode country : linked) {
					links.add(Map.entry(named.country(country),
							CoordinationTable.cellPath(country, partnership.element().value()) + query));
				}
				byKind.get(partnership.kind())
					.add(new PartnershipView(partnership.kind().name(), partnership.element().value(),
							named.element(partnership.element()), named.why(partnership), links));
			}
			List<Map.Entry<String, List<PartnershipView>>> sections = new ArrayList<>();
			byKind.forEach((kind, views) -> sections.add(Map.entry(named.kind(kind), views)));
			model.addAttribute("sections", sections);
			model.addAttribute("described", described(filter, named));
		}
		return "coordination/partnerships";
	}

	/**
	 * Reads the filter and puts the form's choices and values in the model; null when a
	 * value names nothing, the page then answering 400 with the message beside its field.
	 */
	private @Nullable AnalysisFilter form(HttpServletRequest request, HttpServletResponse response, Locale locale,
			Model model) {
		Map<String, String[]> parameters = request.getParameterMap();
		Map<String, String> given = CoordinationFilters.given(parameters);
		model.addAttribute("given", given);
		model.addAttribute("regions", countries.regions());
		model.addAttribute("groups",
				java.util.Arrays.stream(CountryGroup.values())
					.map(group -> Map.entry(group.name(),
							messages.getMessage("coordination.group." + group.name(), null, locale)))
					.toList());
		model.addAttribute("elementChoices",
				filters.elements()
					.stream()
					.map(item -> Map.entry(item.code().value(), item.code().value() + " " + item.label()))
					.toList());
		model.addAttribute("sourceChoices",
				filters.sources()
					.stream()
					.map(item -> Map.entry(item.code().value(), item.code().value() + " " + item.label()))
					.toList());
		Collator collator = Collator.getInstance(locale);
		model.addAttribute("donorChoices",
				organisations.all()
					.stream()
					.sorted(Comparator.comparing(Organisation::name, collator))
					.map(organisation -> Map.entry(organisation.id().toString(), organisation.fullName()))
					.toList());
		model.addAttribute("countryChoices",
				countries.all()
					.stream()
					.map(country -> Map.entry(country.code().value(), country.name(locale)))
					.sorted(Map.Entry.comparingByValue(collator))
					.toList());
		model.addAttribute("query", query(given, List.of()));
		model.addAttribute("asOfQuery", query(given, List.of("region", "group", "country", "element")));
		try {
			AnalysisFilter filter = filters.read(parameters);
			model.addAttribute("errors", Map.of());
			model.addAttribute("asOf", filter.asOf().toString());
			return filter;
		}
		catch (InvalidRequestException ex) {
			response.setStatus(400);
			model.addAttribute("errors", FormErrors.of(ex, messages, locale));
			return null;
		}
	}

	/**
	 * The given filter values as a query, such as {@code ?asOf=2026-12-04&element=12(b)},
	 * empty for none; without the names left out.
	 */
	static String query(Map<String, String> given, List<String> without) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("");
		given.forEach((name, value) -> {
			if (!value.isBlank() && !without.contains(name)) {
				link.queryParam(name, value.strip());
			}
		});
		return link.encode().build().toUriString();
	}

	/** The filter in words, one line per value given (the date apart). */
	static List<String> described(AnalysisFilter filter, CoordinationTexts named) {
		List<String> lines = new ArrayList<>();
		if (filter.region() != null) {
			lines.add(named.message("coordination.field.region") + ": " + named.region(filter.region()));
		}
		if (filter.group() != null) {
			lines.add(named.message("coordination.field.group") + ": " + named.group(filter.group()));
		}
		if (filter.country() != null) {
			lines.add(named.message("coordination.field.country") + ": " + named.country(filter.country()));
		}
		if (filter.element() != null) {
			lines.add(named.message("coordination.field.element") + ": " + named.element(filter.element()));
		}
		if (filter.donor() != null) {
			lines.add(named.message("coordination.field.donor") + ": " + filter.donor());
		}
		if (filter.fundingSource() != null) {
			lines.add(named.message("coordination.field.source") + ": " + filter.fundingSource().value() + " "
					+ named.title(filter.fundingSource()));
		}
		return lines;
	}

	private static CellView view(CoverageCell cell, LocalDate asOf, CoordinationTexts named, String query) {
		String[] colours = COLOURS.get(cell.verdict());
		return new CellView(cell.country().value(), cell.element().value(), cell.verdict(),
				named.abbreviation(cell.verdict()), named.verdict(cell.verdict()), colours[0], colours[1],
				CoordinationTable.cellPath(cell.country(), cell.element().value()) + query, named.why(cell, asOf));
	}

	private static List<LegendEntry> legend(CoordinationTexts named, Map<Verdict, Long> counts) {
		List<LegendEntry> legend = new ArrayList<>();
		for (Verdict verdict : Verdict.values()) {
			String label = counts.isEmpty() ? named.message("coordination.legend." + verdict.name())
					: named.message("coordination.legend.counted",
							named.message("coordination.legend." + verdict.name()), counts.getOrDefault(verdict, 0L));
			legend.add(new LegendEntry(verdict.name(), COLOURS.get(verdict)[0], COLOURS.get(verdict)[1],
					named.abbreviation(verdict), label));
		}
		return legend;
	}

	private static String count(List<CoverageCell> cells, Verdict verdict) {
		return String.valueOf(cells.stream().filter(cell -> cell.verdict() == verdict).count());
	}

	private static String dates(CountedInitiative initiative, CoordinationTexts named) {
		String start = (initiative.start() != null) ? initiative.start().toString() : "…";
		String end = (initiative.end() != null) ? initiative.end().toString() : "…";
		return named.message("coordination.dates", start, end);
	}

	/**
	 * US dollars allocated by key element, stacked by country group, over every cell of
	 * the filter.
	 */
	private Chart elementChart(List<CoverageMatrix.Allocated> allocated, CoordinationTexts named) {
		Map<ItemCode, Map<CountryGroup, BigDecimal>> sums = new java.util.TreeMap<>();
		for (CoverageMatrix.Allocated cell : allocated) {
			Country country = named.countryOf(cell.country());
			CountryGroup group = (country != null) ? CountryGroup.of(country) : CountryGroup.OTHER_DEVELOPING;
			sums.computeIfAbsent(cell.element(), key -> new EnumMap<>(CountryGroup.class))
				.merge(group, cell.usd(), BigDecimal::add);
		}
		BarChart chart = new BarChart(named.message("coordination.chart.elements.title"),
				named.message("coordination.chart.elements.description"), named.message("coordination.chart.usd"),
				true);
		List<String> headers = new ArrayList<>();
		headers.add(named.message("coordination.column.element"));
		for (CountryGroup group : CountryGroup.values()) {
			headers.add(named.group(group));
		}
		List<List<String>> rows = new ArrayList<>();
		sums.forEach((element, byGroup) -> {
			List<String> row = new ArrayList<>();
			row.add(named.element(element));
			for (CountryGroup group : CountryGroup.values()) {
				BigDecimal value = byGroup.getOrDefault(group, BigDecimal.ZERO);
				row.add(named.usd(value));
				// Every group, zero too, so that each keeps its colour from chart to
				// chart.
				chart.add(named.group(group), element.value(), value);
			}
			rows.add(row);
		});
		return new Chart(chart.isEmpty() ? "" : chart.svg(CHART_WIDTH, CHART_HEIGHT, named.locale()),
				named.message("coordination.chart.elements.title"), headers, rows);
	}

	/** US dollars by country group, stacked by funding source. */
	private static Chart sourceChart(FundingAdequacy funding, CoordinationTexts named) {
		Map<String, Map<CountryGroup, BigDecimal>> sums = new java.util.TreeMap<>(
				Comparator.nullsLast(Comparator.naturalOrder()));
		Map<String, String> sourceNames = new HashMap<>();
		for (FundingAdequacy.Row row : funding.rows()) {
			String source = (row.source() != null) ? row.source().value() : "~";
			sourceNames.put(source, (row.source() != null) ? row.source().value() + " " + named.title(row.source())
					: named.message("coordination.source.none"));
			sums.computeIfAbsent(source, key -> new EnumMap<>(CountryGroup.class))
				.merge(row.group(), row.usd(), BigDecimal::add);
		}
		BarChart chart = new BarChart(named.message("coordination.chart.sources.title"),
				named.message("coordination.chart.sources.description"), named.message("coordination.chart.usd"), true);
		List<String> headers = new ArrayList<>();
		headers.add(named.message("coordination.column.source"));
		for (CountryGroup group : CountryGroup.values()) {
			headers.add(named.group(group));
		}
		List<List<String>> rows = new ArrayList<>();
		sums.forEach((source, byGroup) -> {
			List<String> row = new ArrayList<>();
			row.add(sourceNames.get(source));
			for (CountryGroup group : CountryGroup.values()) {
				BigDecimal value = byGroup.getOrDefault(group, BigDecimal.ZERO);
				row.add(named.usd(value));
				chart.add(sourceNames.get(source), named.group(group), value);
			}
			rows.add(row);
		});
		return new Chart(chart.isEmpty() ? "" : chart.svg(CHART_WIDTH, CHART_HEIGHT, named.locale()),
				named.message("coordination.chart.sources.title"), headers, rows);
	}

	/** US dollars by year, stacked by country group. */
	private static Chart yearChart(FundingAdequacy funding, CoordinationTexts named) {
		Map<Integer, Map<CountryGroup, BigDecimal>> sums = new java.util.TreeMap<>();
		for (FundingAdequacy.Row row : funding.rows()) {
			sums.computeIfAbsent(row.year(), key -> new EnumMap<>(CountryGroup.class))
				.merge(row.group(), row.usd(), BigDecimal::add);
		}
		BarChart chart = new BarChart(named.message("coordination.chart.years.title"),
				named.message("coordination.chart.years.description"), named.message("coordination.chart.usd"), true);
		List<String> headers = new ArrayList<>();
		headers.add(named.message("coordination.column.year"));
		for (CountryGroup group : CountryGroup.values()) {
			headers.add(named.group(group));
		}
		List<List<String>> rows = new ArrayList<>();
		sums.forEach((year, byGroup) -> {
			List<String> row = new ArrayList<>();
			row.add(String.valueOf(year));
			for (CountryGroup group : CountryGroup.values()) {
				BigDecimal value = byGroup.getOrDefault(group, BigDecimal.ZERO);
				row.add(named.usd(value));
				chart.add(named.group(group), String.valueOf(year), value);
			}
			rows.add(row);
		});
		return new Chart(chart.isEmpty() ? "" : chart.svg(CHART_WIDTH, CHART_HEIGHT, named.locale()),
				named.message("coordination.chart.years.title"), headers, rows);
	}

	/** Requirements against allocations, side by side, by country group. */
	private static Chart adequacyChart(FundingAdequacy funding, CoordinationTexts named) {
		Map<CountryGroup, BigDecimal> allocated = new EnumMap<>(CountryGroup.class);
		funding.rows().forEach(row -> allocated.merge(row.group(), row.usd(), BigDecimal::add));
		String allocatedName = named.message("coordination.chart.allocated");
		String requiredName = named.message("coordination.chart.required");
		BarChart chart = new BarChart(named.message("coordination.chart.adequacy.title"),
				named.message("coordination.chart.adequacy.description"), named.message("coordination.chart.usd"),
				false);
		List<String> headers = List.of(named.message("coordination.column.group"), requiredName, allocatedName,
				named.message("coordination.column.covered"));
		List<List<String>> rows = new ArrayList<>();
		for (CountryGroup group : CountryGroup.values()) {
			BigDecimal required = funding.requirements().getOrDefault(group, BigDecimal.ZERO);
			BigDecimal given = allocated.getOrDefault(group, BigDecimal.ZERO);
			if (required.signum() == 0 && given.signum() == 0) {
				continue;
			}
			chart.add(requiredName, named.group(group), required);
			chart.add(allocatedName, named.group(group), given);
			rows.add(List.of(named.group(group), named.usd(required), named.usd(given), named.share(given, required)));
		}
		return new Chart(chart.isEmpty() ? "" : chart.svg(CHART_WIDTH, CHART_HEIGHT, named.locale()),
				named.message("coordination.chart.adequacy.title"), headers, rows);
	}

}
