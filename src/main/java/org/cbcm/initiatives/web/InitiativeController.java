package org.cbcm.initiatives.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.initiatives.ExchangeRates;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.internal.Facet;
import org.cbcm.initiatives.internal.InitiativeEndorsements;
import org.cbcm.initiatives.internal.InitiativeFilter;
import org.cbcm.initiatives.internal.InitiativeFilters;
import org.cbcm.initiatives.internal.InitiativeManagement;
import org.cbcm.initiatives.internal.InitiativeQueries;
import org.cbcm.initiatives.internal.InitiativeQueries.FacetCount;
import org.cbcm.initiatives.internal.InitiativeSort;
import org.cbcm.initiatives.internal.InitiativeSummary;
import org.cbcm.records.FieldChange;
import org.cbcm.records.Revision;
import org.cbcm.records.RecordTransitions;
import org.cbcm.records.RecordView;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.StaleVersionException;
import org.cbcm.shared.Viewer;
import org.cbcm.web.FormErrors;
import org.cbcm.web.WorldMap;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public registry: the list with text search and facets, an initiative's page, and
 * for its owners the workflow buttons and the history.
 */
@Controller
class InitiativeController {

	/** The facets the list offers, in the order it shows them. */
	static final List<Facet> LIST_FACETS = List.of(Facet.STATUS, Facet.GROUP, Facet.REGION, Facet.COUNTRY,
			Facet.ELEMENT, Facet.ACTIVITY, Facet.DONOR, Facet.IMPLEMENTER, Facet.SOURCE, Facet.TYPE, Facet.CATEGORY,
			Facet.TARGET, Facet.SCOPE, Facet.ENDORSEMENT);

	/** How many values of a facet show before "more". */
	static final int SHOWN_VALUES = 6;

	private final InitiativeManagement initiatives;

	private final InitiativeQueries queries;

	private final InitiativeFilters filters;

	private final ExchangeRates rates;

	private final Labels.Source labels;

	private final CurrentViewer viewers;

	private final ActiveFilters activeFilters;

	private final InitiativeFields.Source fields;

	private final InitiativeEndorsements endorsements;

	private final MessageSource messages;

	private final org.cbcm.initiatives.InitiativeImports imports;

	private final WorldMap worldMap;

	InitiativeController(InitiativeManagement initiatives, InitiativeQueries queries, InitiativeFilters filters,
			ExchangeRates rates, Labels.Source labels, CurrentViewer viewers, ActiveFilters activeFilters,
			InitiativeFields.Source fields, InitiativeEndorsements endorsements, MessageSource messages,
			org.cbcm.initiatives.InitiativeImports imports, WorldMap worldMap) {
		this.imports = imports;
		this.worldMap = worldMap;
		this.endorsements = endorsements;
		this.messages = messages;
		this.activeFilters = activeFilters;
		this.fields = fields;
		this.initiatives = initiatives;
		this.queries = queries;
		this.filters = filters;
		this.rates = rates;
		this.labels = labels;
		this.viewers = viewers;
	}

	/** A value of a facet as the list offers it. */
	public record Option(String value, String label, long count, boolean selected) {
	}

	/**
	 * A facet with its values: the first few, and the rest behind "more". A long facet
	 * (more values than show at first) offers its values by count or from A to Z, and a
	 * box that narrows them to those whose name holds some text; the addresses of the two
	 * orders keep the rest of the page's query.
	 *
	 * @param facet the facet
	 * @param shown the values shown at first
	 * @param more the values behind "more"
	 * @param offered how many values the facet has before the box narrows them
	 * @param byName whether the values go from A to Z, rather than by count
	 * @param find the text the box narrows them by, or null
	 * @param byCountHref the page ordering this facet's values by count
	 * @param byNameHref the page ordering them from A to Z
	 */
	public record FacetGroup(Facet facet, List<Option> shown, List<Option> more, int offered, boolean byName,
			@Nullable String find, String byCountHref, String byNameHref) {

		public boolean isEmpty() {
			return offered == 0;
		}

		/** Whether it has more values than show at first, and so an order and a box. */
		public boolean isLong() {
			return offered > SHOWN_VALUES || find != null || byName;
		}

		public String parameter() {
			return facet.parameter();
		}

		/** The parameter of the order of its values: {@code country-order=name}. */
		public String orderParameter() {
			return facet.parameter() + ORDER;
		}

		/** The parameter of the text its values are narrowed by: {@code country-find}. */
		public String findParameter() {
			return facet.parameter() + FIND;
		}

	}

	/**
	 * Suffix of the parameters that order a facet's values ({@code name} or
	 * {@code count}).
	 */
	static final String ORDER = "-order";

	/** Suffix of the parameters that narrow a facet's values to those naming a text. */
	static final String FIND = "-find";

	/** The longest text a facet's values are narrowed by. */
	static final int MAX_FIND = 100;

	@GetMapping("/initiatives")
	String list(HttpServletRequest request, @RequestParam(defaultValue = "NEWEST") InitiativeSort sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale,
			Model model) {
		InitiativeFilter filter = filters.read(request.getParameterMap());
		ResultPage<InitiativeSummary> results = queries.search(filter, sort, new Paging(page, size));
		Map<Facet, List<FacetCount>> counts = queries.facets(filter, EnumSet.copyOf(LIST_FACETS));
		Set<String> organisations = new LinkedHashSet<>();
		results.content().forEach(row -> {
			organisations.addAll(row.donors());
			organisations.addAll(row.implementers());
		});
		for (Facet facet : List.of(Facet.DONOR, Facet.IMPLEMENTER)) {
			counts.get(facet).forEach(count -> organisations.add(count.value()));
			organisations.addAll(filter.values(facet));
		}
		Labels named = labels.of(organisations, locale);
		List<FacetGroup> groups = new ArrayList<>();
		for (Facet facet : LIST_FACETS) {
			groups.add(group(facet, counts.get(facet), filter.values(facet), named, request, locale));
		}
		model.addAttribute("results", results);
		model.addAttribute("facets", groups);
		model.addAttribute("active", activeFilters.of(request, "/initiatives", filter, named, locale));
		model.addAttribute("filter", filter);
		model.addAttribute("labels", named);
		model.addAttribute("sort", sort);
		model.addAttribute("sorts", InitiativeSort.values());
		model.addAttribute("size", size);
		model.addAttribute("selection", selection(request));
		model.addAttribute("total", queries.count());
		return "initiatives/list";
	}

	private static FacetGroup group(Facet facet, List<FacetCount> counts, Set<String> selected, Labels named,
			HttpServletRequest request, Locale locale) {
		List<Option> options = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (FacetCount count : counts) {
			options.add(new Option(count.value(), named.facet(facet, count.value()), count.count(),
					selected.contains(count.value())));
			seen.add(count.value());
		}
		// A value asked for that no initiative has stays on the list, so it can be
		// unticked.
		for (String value : selected) {
			if (!seen.contains(value)) {
				options.add(new Option(value, named.facet(facet, value), 0, true));
			}
		}
		boolean byName = byName(request, facet.parameter() + ORDER);
		String find = find(request, facet.parameter() + FIND);
		if (byName) {
			java.text.Collator collator = java.text.Collator.getInstance(locale);
			options.sort(Comparator.comparing(Option::label, collator));
		}
		List<Option> shown = new ArrayList<>();
		List<Option> more = new ArrayList<>();
		for (Option option : options) {
			// A ticked value stays whatever the box says, so that the form keeps it.
			if (find != null && !option.selected() && !plain(option.label()).contains(plain(find))) {
				continue;
			}
			(shown.size() < SHOWN_VALUES || option.selected() ? shown : more).add(option);
		}
		return new FacetGroup(facet, shown, more, options.size(), byName, find,
				ActiveFilters.with(request, "/initiatives", facet.parameter() + ORDER, null),
				ActiveFilters.with(request, "/initiatives", facet.parameter() + ORDER, "name"));
	}

	private static boolean byName(HttpServletRequest request, String parameter) {
		String order = request.getParameter(parameter);
		if (order == null || order.isBlank() || order.equals("count")) {
			return false;
		}
		if (order.equals("name")) {
			return true;
		}
		throw new InvalidRequestException(parameter, "error.type.choice", order, "count, name");
	}

	private static @Nullable String find(HttpServletRequest request, String parameter) {
		String find = request.getParameter(parameter);
		if (find == null || find.isBlank()) {
			return null;
		}
		if (find.length() > MAX_FIND) {
			throw new InvalidRequestException(parameter, "initiative.field.too-long", MAX_FIND, find.length());
		}
		return find.strip();
	}

	/** Text as a reader types it: lower case, without accents. */
	static String plain(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT);
	}

	/** The filters and order of the list as a query, for its downloads and map. */
	static String selection(HttpServletRequest request) {
		UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
		request.getParameterMap().forEach((name, values) -> {
			if (name.equals("page") || name.equals("size") || name.endsWith(ORDER) || name.endsWith(FIND)) {
				return;
			}
			for (String each : values) {
				if (!each.isBlank()) {
					uri.queryParam(name, each);
				}
			}
		});
		String query = uri.encode().build().getQuery();
		return (query == null) ? "" : query;
	}

	/** An initiative's money in US dollars at the year's rate, or why it is not shown. */
	public record Usd(@Nullable BigDecimal amount, int year) {

		public boolean missing() {
			return amount == null;
		}

	}

	@GetMapping("/initiatives/{id}")
	String show(@PathVariable("id") InitiativeId initiative, @RequestParam(defaultValue = "false") boolean draft,
			Locale locale, Model model) {
		return page(initiative, draft, locale, model);
	}

	/**
	 * What a named country's focal point says of the initiative (principles 11(a) and
	 * 11(b)): endorsed, commented (with the comment), disputed (with the reason), or
	 * withdrawn (NONE). A fault shows beside its field and saves nothing.
	 */
	@PostMapping("/initiatives/{id}/endorsement/{country}")
	String endorse(@PathVariable("id") InitiativeId initiative, @PathVariable("country") CountryCode country,
			@RequestParam(required = false) @Nullable String endorsement,
			@RequestParam(required = false) @Nullable String note, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			endorsements.say(initiative, country, InitiativeEndorsements.parse(endorsement), note, viewers.get());
		}
		catch (InvalidRequestException ex) {
			response.setStatus(400);
			model.addAttribute("endorsementErrors", FormErrors.of(ex, messages, locale));
			model.addAttribute("endorsementCountry", country.value());
			model.addAttribute("endorsementValue", endorsement);
			model.addAttribute("endorsementNote", note);
			return page(initiative, false, locale, model);
		}
		redirect.addFlashAttribute("notice", "endorsement.saved");
		return "redirect:/initiatives/" + initiative + "#voice";
	}

	private String page(InitiativeId initiative, boolean draft, Locale locale, Model model) {
		Viewer viewer = viewers.get();
		RecordView<InitiativeId, InitiativeContent> view = initiatives.view(initiative, viewer);
		boolean showDraft = view.owned() && (draft || view.published() == null);
		InitiativeContent content = showDraft ? java.util.Objects.requireNonNull(view.working()) : view.shown();
		Set<String> named = new LinkedHashSet<>();
		content.participants().forEach(p -> named.add(p.organisation().toString()));
		model.addAttribute("view", view);
		model.addAttribute("record", content);
		model.addAttribute("showingDraft", showDraft);
		model.addAttribute("labels", labels.of(named, locale));
		model.addAttribute("countryShares", content.geography().shares());
		model.addAttribute("elementShares", content.focus().shares());
		model.addAttribute("usd", usd(content));
		model.addAttribute("yearRates", rates.table());
		model.addAttribute("children", queries.children(initiative));
		model.addAttribute("parentTitle",
				(content.parent() != null) ? parentTitle(content.parent(), view, viewer).orElse(null) : null);
		model.addAttribute("actions", view.owned() ? initiatives.actions(view, viewer) : List.of());
		model.addAttribute("mayEdit", view.owned() && initiatives.mayEdit(view, viewer));
		model.addAttribute("voices", endorsements.of(initiative, viewer));
		model.addAttribute("origin", imports.origin(initiative).orElse(null));
		model.addAttribute("endorsementValues", List.of("ENDORSED", "COMMENTED", "DISPUTED", "NONE"));
		List<String> countries = content.geography()
			.countries()
			.stream()
			.map(share -> share.country().value())
			.toList();
		model.addAttribute("inset", countries.isEmpty() ? null : worldMap.inset(countries,
				messages.getMessage("initiative.map.alt", new Object[] { String.join(", ", countries) }, locale)));
		return "initiatives/show";
	}

	private java.util.Optional<String> parentTitle(InitiativeId parent,
			RecordView<InitiativeId, InitiativeContent> view, Viewer viewer) {
		java.util.Optional<String> published = queries.title(parent);
		if (published.isPresent() || !view.owned()) {
			return published;
		}
		try {
			return java.util.Optional.of(initiatives.view(parent, viewer).shown().title());
		}
		catch (NotFoundException ex) {
			return java.util.Optional.empty();
		}
	}

	private @Nullable Usd usd(InitiativeContent content) {
		InitiativeContent.Funding funding = content.funding();
		if (funding.totalBudget() == null || funding.currency() == null || content.schedule().start() == null) {
			return null;
		}
		int year = content.schedule().start().getYear();
		return new Usd(rates.usdPerUnit(funding.currency(), year)
			.map(rate -> ExchangeRates.inWholeDollars(funding.totalBudget(), rate))
			.orElse(null), year);
	}

	@GetMapping("/initiatives/{id}/history")
	String history(@PathVariable("id") InitiativeId initiative, @RequestParam(required = false) @Nullable Integer from,
			@RequestParam(required = false) @Nullable Integer to, Locale locale, Model model) {
		Viewer viewer = viewers.get();
		List<Revision> history = initiatives.history(initiative, viewer);
		RecordView<InitiativeId, InitiativeContent> view = initiatives.view(initiative, viewer);
		model.addAttribute("view", view);
		model.addAttribute("history", history);
		List<FieldChange> changes = List.of();
		if (from != null && to != null) {
			model.addAttribute("from", initiatives.revision(initiative, from, viewer));
			model.addAttribute("to", initiatives.revision(initiative, to, viewer));
			changes = initiatives.compare(initiative, from, to, viewer);
			model.addAttribute("changes", changes);
		}
		else if (history.size() >= 2) {
			model.addAttribute("suggestedFrom", history.get(1).number());
			model.addAttribute("suggestedTo", history.get(0).number());
		}
		model.addAttribute("recordFields", fields.of(changes, locale));
		return "initiatives/history";
	}

	/**
	 * A step of the record's workflow: submit, publish, return, archive, reopen, confirm.
	 */
	@PostMapping("/initiatives/{id}/{transition:" + RecordTransitions.STEPS + "}")
	String move(@PathVariable InitiativeId id, @PathVariable Transition transition, @RequestParam int version,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return RecordTransitions.page(transition, "/initiatives/" + id, "initiative", redirect,
				() -> initiatives.move(id, version, transition, reason, viewers.get()));
	}

}
