package org.cbcm.roster.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.PlanItem;
import org.cbcm.roster.ExpertFacet;
import org.cbcm.roster.ExpertFilter;
import org.cbcm.roster.ExpertFinds;
import org.cbcm.roster.ExpertFinds.FacetCount;
import org.cbcm.roster.ExpertSummary;
import org.cbcm.roster.internal.ExpertSearch;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Paging;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public roster: listed experts found by words and facets, with counts, a page at a
 * time. The form is a plain GET form, so it works without scripts; with them, htmx swaps
 * the results as the reader ticks.
 */
@Controller
class RosterSearchController {

	/** How many values of a facet show before the rest fold away. */
	static final int SHOWN = 8;

	static final int PAGE_SIZE = 20;

	private final ExpertSearch search;

	private final CountryDirectory countries;

	private final ActionPlanCatalogue plan;

	private final MessageSource messages;

	RosterSearchController(ExpertSearch search, CountryDirectory countries, ActionPlanCatalogue plan,
			MessageSource messages) {
		this.search = search;
		this.countries = countries;
		this.plan = plan;
		this.messages = messages;
	}

	/** A value of a facet as the form shows it. */
	public record Option(String value, String label, long count, boolean selected) {
	}

	/** A facet's values: those shown at once and the rest, folded away. */
	public record FacetGroup(ExpertFacet facet, String parameter, List<Option> shown, List<Option> more) {

		public boolean isEmpty() {
			return shown.isEmpty() && more.isEmpty();
		}

	}

	/** An expert found, with the labels the page shows. */
	public record Found(ExpertSummary expert, String name, String country, @Nullable String region,
			List<String> expertise, List<String> languages, @Nullable String availability, @Nullable String work) {
	}

	@GetMapping("/roster")
	String search(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		ExpertFilter filter = ExpertFilter.NONE;
		Paging paging = new Paging(0, PAGE_SIZE);
		InvalidRequestException refused = null;
		try {
			filter = search.filter(request.getParameterMap());
			paging = search.paging(request.getParameterMap(), PAGE_SIZE);
		}
		catch (InvalidRequestException ex) {
			refused = ex;
			filter = ExpertFilter.NONE;
			paging = new Paging(0, PAGE_SIZE);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		ExpertFinds finds = search.search(filter, paging);
		Labels labels = new Labels(locale);
		List<FacetGroup> groups = new ArrayList<>();
		for (ExpertFacet facet : ExpertFacet.values()) {
			groups.add(group(facet, finds.counts(facet), filter.values(facet), labels));
		}
		model.addAttribute("finds", finds);
		model.addAttribute("results", finds.experts());
		model.addAttribute("found", finds.experts().content().stream().map(labels::found).toList());
		model.addAttribute("facets", groups);
		model.addAttribute("filter", filter);
		model.addAttribute("size", paging.size());
		model.addAttribute("levels", List.of(1, 2, 3));
		String query = request.getQueryString();
		model.addAttribute("apiHref",
				"/api/v1/roster/experts" + ((query != null && refused == null) ? "?" + query : ""));
		if (refused != null) {
			model.addAttribute("refusedParameter", refused.parameter());
			model.addAttribute("refused",
					messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale));
		}
		return "roster/search";
	}

	private static FacetGroup group(ExpertFacet facet, List<FacetCount> counts, Set<String> selected, Labels labels) {
		List<Option> options = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (FacetCount count : counts) {
			options.add(new Option(count.value(), labels.of(facet, count.value()), count.count(),
					selected.contains(count.value())));
			seen.add(count.value());
		}
		// A value asked for that no expert has stays on the list, so it can be unticked.
		for (String value : selected) {
			if (!seen.contains(value)) {
				options.add(new Option(value, labels.of(facet, value), 0, true));
			}
		}
		List<Option> shown = new ArrayList<>();
		List<Option> more = new ArrayList<>();
		for (Option option : options) {
			if (shown.size() < SHOWN || option.selected()) {
				shown.add(option);
			}
			else {
				more.add(option);
			}
		}
		return new FacetGroup(facet, facet.parameter(), shown, more);
	}

	/** The words the page shows for codes, in the reader's language. */
	private final class Labels {

		private final Locale locale;

		private final Map<String, Country> byCode;

		private final Map<String, PlanItem> items;

		Labels(Locale locale) {
			this.locale = locale;
			this.byCode = countries.all()
				.stream()
				.collect(Collectors.toMap(country -> country.code().value(), Function.identity()));
			this.items = plan.items(plan.current().code(), ItemFilter.all())
				.stream()
				.collect(Collectors.toMap(item -> item.code().value(), Function.identity(), (a, b) -> a));
		}

		String of(ExpertFacet facet, String value) {
			return switch (facet) {
				case EXPERTISE -> message("roster.expertise." + value);
				case AREA -> message("roster.area." + value);
				case ELEMENT -> element(value);
				case REGION -> message("region." + value);
				case NATIONALITY -> country(value);
				case LANGUAGE -> language(value);
				case GENDER -> message("roster.search.gender." + value);
				case AVAILABILITY -> message("roster.search.availability." + value);
				case WORK -> message("roster.search.work." + value);
			};
		}

		Found found(ExpertSummary expert) {
			String country = country(expert.country().value());
			String name = (expert.publicName() != null) ? expert.publicName()
					: message("roster.search.nominated-by", country);
			List<String> languages = expert.languages()
				.entrySet()
				.stream()
				.map(spoken -> message("roster.search.spoken", language(spoken.getKey()),
						message("roster.search.level." + (3 - spoken.getValue().ordinal()))))
				.toList();
			String work = (expert.remote() && expert.onSite()) ? message("roster.search.work.both")
					: expert.remote() ? message("roster.search.work.REMOTE")
							: expert.onSite() ? message("roster.search.work.ON_SITE") : null;
			return new Found(expert, name, country,
					(expert.region() != null) ? message("region." + expert.region()) : null,
					expert.expertise().stream().map(item -> message("roster.expertise." + item.name())).toList(),
					languages, (expert.availability() != null)
							? message("roster.search.availability." + expert.availability().name()) : null,
					work);
		}

		private String element(String code) {
			PlanItem item = items.get(code);
			if (item == null) {
				return code;
			}
			String label = item.label();
			return code + " " + ((label.length() > 60) ? label.substring(0, 58).strip() + "…" : label);
		}

		private String country(String code) {
			Country country = byCode.get(code);
			return (country != null) ? country.name(locale) : code;
		}

		private String language(String code) {
			String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
			return (name.isBlank() || name.equals(code)) ? code : name;
		}

		private String message(String key, Object... arguments) {
			return messages.getMessage(key, arguments, key, locale);
		}

	}

}
