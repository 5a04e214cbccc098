package org.cbcm.initiatives.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.cbcm.directory.Classification;
import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.RegionCode;
import org.cbcm.initiatives.internal.Facet;
import org.cbcm.initiatives.internal.InitiativeFilter;
import org.cbcm.initiatives.internal.InitiativeQueries;
import org.cbcm.initiatives.internal.InitiativeQueries.CountryFigures;
import org.cbcm.initiatives.internal.InitiativeFilters;
import org.cbcm.initiatives.internal.InitiativeSort;
import org.cbcm.shared.Paging;
import org.cbcm.web.WorldMap;
import org.cbcm.web.WorldMap.Shading;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The world map of the registry: each country coloured by how many published initiatives
 * of the selection work in it, or by their US dollars, with the same filters as the list
 * and a table that says the same for readers who cannot see the map.
 */
@Controller
class InitiativeMapController {

	/** What the colours measure. */
	enum Measure {

		/** How many initiatives work in the country. */
		INITIATIVES,

		/** The US dollars of the initiatives, divided among their countries by share. */
		USD

	}

	/** Sequential blues, lightest first (ColorBrewer), for the values above zero. */
	static final List<String> CLASS_FILLS = List.of("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c");

	static final int CLASSES = CLASS_FILLS.size();

	/**
	 * The category of a country of the selection where it has no initiative (or no US
	 * dollars): zero is a value, so it is a sand colour of its own, apart from the blues
	 * by hue and from the no-data grey by hue and lightness.
	 */
	static final String ZERO = "zero";

	static final String ZERO_FILL = "#e8dcbd";

	/**
	 * Countries outside the selection (another region or group than the one asked for),
	 * and shapes without an ISO code: a mid grey, darker than zero and the lightest blue,
	 * as if greyed out.
	 */
	static final String NO_DATA_FILL = "#b8b8b8";

	private final InitiativeQueries queries;

	private final InitiativeFilters filters;

	private final Labels.Source labels;

	private final ActiveFilters activeFilters;

	private final WorldMap worldMap;

	private final MessageSource messages;

	private final CountryDirectory countries;

	InitiativeMapController(InitiativeQueries queries, InitiativeFilters filters, Labels.Source labels,
			ActiveFilters activeFilters, WorldMap worldMap, MessageSource messages, CountryDirectory countries) {
		this.countries = countries;
		this.queries = queries;
		this.filters = filters;
		this.labels = labels;
		this.activeFilters = activeFilters;
		this.worldMap = worldMap;
		this.messages = messages;
	}

	/** One country's line of the table beside the map. */
	public record Row(String code, String name, long initiatives, BigDecimal usd, long estimated, long withoutUsd) {
	}

	/** One class of the legend: its category on the map, its fill and what it holds. */
	public record LegendEntry(String category, String fill, String label) {
	}

	@GetMapping("/initiatives/map")
	String map(HttpServletRequest request, @RequestParam(defaultValue = "INITIATIVES") Measure measure, Locale locale,
			Model model) {
		InitiativeFilter filter = filters.read(request.getParameterMap());
		Map<String, CountryFigures> figures = queries.byCountry(filter);
		long total = queries.search(filter, InitiativeSort.NEWEST, new Paging(0, 1)).totalElements();
		Labels named = labels.of(List.of(), locale);

		List<Row> rows = new ArrayList<>();
		figures.values()
			.forEach(f -> rows.add(new Row(f.country(), named.country(f.country()), f.initiatives(), f.usd(),
					f.estimated(), f.withoutUsd())));
		Comparator<Row> byValue = Comparator.comparing(row -> value(row, measure));
		rows.sort(byValue.reversed().thenComparing(Row::name, java.text.Collator.getInstance(locale)));

		List<BigDecimal> breaks = breaks(rows.stream().map(row -> value(row, measure)).toList());
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		Map<String, Shading> shading = new LinkedHashMap<>();
		for (Row row : rows) {
			BigDecimal value = value(row, measure);
			int index = classOf(value, breaks);
			String label = messages.getMessage("initiatives.map.country." + measure.name(),
					new Object[] { row.name(), row.initiatives(), numbers.format(row.usd()) }, locale);
			shading.put(row.code(), new Shading((index < 0) ? ZERO : "c" + index, label));
		}
		List<String> withNone = new ArrayList<>();
		for (Country country : selectedCountries(filter)) {
			String code = country.code().value();
			if (!figures.containsKey(code)) {
				withNone.add(named.country(code));
				shading.put(code, new Shading(ZERO, messages.getMessage("initiatives.map.country.none",
						new Object[] { named.country(code) }, locale)));
			}
		}
		withNone.sort(java.text.Collator.getInstance(locale));
		Map<String, String> fills = new LinkedHashMap<>();
		fills.put(WorldMap.NO_DATA, NO_DATA_FILL);
		fills.put(ZERO, ZERO_FILL);
		for (int index = 0; index < CLASSES; index++) {
			fills.put("c" + index, CLASS_FILLS.get(index));
		}
		long zeros = shading.values().stream().filter(shade -> shade.category().equals(ZERO)).count();

		String title = messages.getMessage("initiatives.map.measure." + measure.name(), null, locale);
		String description = messages.getMessage("initiatives.map.description",
				new Object[] { total, rows.size(), title }, locale);
		String selection = InitiativeController.selection(request);
		String link = "/initiatives?country={code}" + (selection.isEmpty() ? "" : "&" + withoutMeasure(selection));
		model.addAttribute("svg", worldMap.render(shading, fills, title, description, link));
		List<LegendEntry> legend = legend(rows, measure, breaks, numbers, locale);
		legend.add(new LegendEntry(ZERO, ZERO_FILL, messages.getMessage("initiatives.map.legend",
				new Object[] { messages.getMessage("initiatives.map.none." + measure.name(), null, locale), zeros },
				locale)));
		legend.add(new LegendEntry(WorldMap.NO_DATA, NO_DATA_FILL,
				messages.getMessage("initiatives.map.outside", null, locale)));
		model.addAttribute("legend", legend);
		model.addAttribute("withNone", withNone);
		model.addAttribute("rows", rows);
		model.addAttribute("measure", measure);
		model.addAttribute("measures", Measure.values());
		model.addAttribute("description", description);
		model.addAttribute("total", total);
		model.addAttribute("filter", filter);
		model.addAttribute("active", activeFilters.of(request, "/initiatives/map", filter, named, locale));
		model.addAttribute("selection", withoutMeasure(selection));
		model.addAttribute("estimated", rows.stream().anyMatch(row -> row.estimated() > 0));
		model.addAttribute("withoutUsd", rows.stream().anyMatch(row -> row.withoutUsd() > 0));
		model.addAttribute("hidden", hidden(request));
		return "initiatives/map";
	}

	private static BigDecimal value(Row row, Measure measure) {
		return (measure == Measure.USD) ? row.usd() : BigDecimal.valueOf(row.initiatives());
	}

	/**
	 * The upper bounds of the classes: quantiles of the values above zero, so that each
	 * class holds about as many countries; fewer classes when there are fewer values.
	 */
	static List<BigDecimal> breaks(List<BigDecimal> values) {
		List<BigDecimal> positive = values.stream().filter(value -> value.signum() > 0).sorted().toList();
		List<BigDecimal> breaks = new ArrayList<>();
		for (int k = 1; k <= CLASSES && !positive.isEmpty(); k++) {
			int index = (int) Math.ceil((double) k * positive.size() / CLASSES) - 1;
			BigDecimal upper = positive.get(Math.max(index, 0));
			if (breaks.isEmpty() || upper.compareTo(breaks.get(breaks.size() - 1)) > 0) {
				breaks.add(upper);
			}
		}
		return breaks;
	}

	/** The class of a value, -1 for none (zero). */
	static int classOf(BigDecimal value, List<BigDecimal> breaks) {
		if (value.signum() <= 0) {
			return -1;
		}
		for (int index = 0; index < breaks.size(); index++) {
			if (value.compareTo(breaks.get(index)) <= 0) {
				// Spread the classes over the whole scale when there are fewer than five.
				return index + (CLASSES - breaks.size());
			}
		}
		return CLASSES - 1;
	}

	private List<LegendEntry> legend(List<Row> rows, Measure measure, List<BigDecimal> breaks, NumberFormat numbers,
			Locale locale) {
		List<LegendEntry> legend = new ArrayList<>();
		for (int index = 0; index < breaks.size(); index++) {
			int shown = index + (CLASSES - breaks.size());
			BigDecimal low = null;
			long countries = 0;
			for (Row row : rows) {
				BigDecimal value = value(row, measure);
				if (classOf(value, breaks) == shown) {
					low = (low == null || value.compareTo(low) < 0) ? value : low;
					countries++;
				}
			}
			String range = (low == null || low.compareTo(breaks.get(index)) == 0) ? numbers.format(breaks.get(index))
					: messages.getMessage("initiatives.map.range",
							new Object[] { numbers.format(low), numbers.format(breaks.get(index)) }, locale);
			legend.add(new LegendEntry("c" + shown, CLASS_FILLS.get(shown),
					messages.getMessage("initiatives.map.legend", new Object[] { range, countries }, locale)));
		}
		return legend;
	}

	/**
	 * The countries the selection looks at: those of the countries, regions and groups it
	 * names (each of these filters that is given), or every country when it names none.
	 * Where they have no initiative the map says zero; elsewhere it has no data.
	 */
	private List<Country> selectedCountries(InitiativeFilter filter) {
		Set<String> codes = filter.values(Facet.COUNTRY);
		List<RegionCode> regions = filter.values(Facet.REGION).stream().map(RegionCode::of).toList();
		List<Classification> groups = filter.values(Facet.GROUP).stream().map(Classification::valueOf).toList();
		return countries.all()
			.stream()
			.filter(country -> codes.isEmpty() || codes.contains(country.code().value()))
			.filter(country -> regions.isEmpty() || regions.stream().anyMatch(country::isIn))
			.filter(country -> groups.isEmpty()
					|| groups.stream().anyMatch(group -> Boolean.TRUE.equals(group.of(country))))
			.toList();
	}

	/**
	 * The filters of the selection as hidden fields, for the form that changes the
	 * measure.
	 */
	private static List<Map.Entry<String, String>> hidden(HttpServletRequest request) {
		List<Map.Entry<String, String>> hidden = new ArrayList<>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.equals("measure") || name.equals("page") || name.equals("size") || name.equals("sort")) {
				return;
			}
			for (String value : values) {
				if (!value.isBlank()) {
					hidden.add(Map.entry(name, value));
				}
			}
		});
		return hidden;
	}

	private static String withoutMeasure(String selection) {
		return String.join("&",
				java.util.Arrays.stream(selection.split("&"))
					.filter(part -> !part.isEmpty() && !part.startsWith("measure="))
					.toList());
	}

}
