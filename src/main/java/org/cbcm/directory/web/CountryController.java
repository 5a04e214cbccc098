package org.cbcm.directory.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.directory.Classification;
import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.CountryFilter;
import org.cbcm.directory.CountrySort;
import org.cbcm.directory.RegionCode;
import org.cbcm.directory.internal.PartyStatusManagement;
import org.cbcm.directory.ProfileContent;
import org.cbcm.directory.internal.ProfileManagement;
import org.cbcm.records.RecordView;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.Viewer;
import org.cbcm.web.Htmx;
import org.cbcm.web.PageSections;
import org.cbcm.web.PageSubject;
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

/** The country pages: the filterable list, one country, and the map by classification. */
@Controller
class CountryController {

	/**
	 * Fills of the map's categories: dark blue for in the group, pale for not, grey for
	 * no data.
	 */
	static final Map<String, String> MAP_FILLS = Map.of("yes", "#1f5f99", "no", "#cfdde9", WorldMap.NO_DATA, "#f2f2f2");

	private final CountryDirectory directory;

	private final WorldMap worldMap;

	private final MessageSource messages;

	private final ProfileManagement profiles;

	private final CurrentViewer viewers;

	private final PageSections sections;

	private final PartyStatusManagement statuses;

	CountryController(CountryDirectory directory, WorldMap worldMap, MessageSource messages, ProfileManagement profiles,
			CurrentViewer viewers, PageSections sections, PartyStatusManagement statuses) {
		this.sections = sections;
		this.statuses = statuses;
		this.directory = directory;
		this.worldMap = worldMap;
		this.messages = messages;
		this.profiles = profiles;
		this.viewers = viewers;
	}

	@GetMapping("/countries")
	String list(@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable Classification group,
			@RequestParam(required = false) @Nullable Boolean party, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "NAME") CountrySort sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model) {
		RegionCode regionCode = directory.region("region", region);
		Map<Classification, Boolean> classifications = new EnumMap<>(Classification.class);
		if (group != null) {
			classifications.put(group, Boolean.TRUE);
		}
		if (party != null) {
			classifications.put(Classification.PARTY, party);
		}
		CountryFilter filter = new CountryFilter(regionCode, classifications, q, true);
		ResultPage<Country> countries = directory.search(filter, sort, new Paging(page, size), locale);
		model.addAttribute("countries", countries);
		model.addAttribute("regions", directory.regions());
		model.addAttribute("region", regionCode);
		model.addAttribute("group", group);
		model.addAttribute("party", party);
		model.addAttribute("q", q);
		model.addAttribute("sort", sort);
		model.addAttribute("size", size);
		model.addAttribute("groups", List.of(Classification.LDC, Classification.LLDC, Classification.SIDS,
				Classification.DEVELOPING, Classification.EIT));
		model.addAttribute("sorts", CountrySort.values());
		model.addAttribute("apiLink", apiLink(regionCode, group, party, q));
		return Htmx.wantsFragment(request, response) ? "directory/countries/list :: results"
				: "directory/countries/list";
	}

	@GetMapping("/countries/{code}")
	String show(@PathVariable CountryCode code, Model model, Locale locale) {
		Country country = directory.get(code);
		Viewer viewer = viewers.get();
		RecordView<CountryCode, ProfileContent> profile = profiles.view(country.code(), viewer);
		model.addAttribute("country", country);
		model.addAttribute("profile", profile);
		boolean mayEdit = profiles.mayEdit(profile, viewer);
		model.addAttribute("mayEditProfile", mayEdit);
		// Before anybody wrote a profile there is nothing to submit, publish or archive:
		// those who may write one are offered to start it, others see nothing.
		model.addAttribute("mayStartProfile", !profile.started() && mayEdit);
		model.addAttribute("profileActions", profiles.actions(profile, viewer));
		model.addAttribute("profileOwner", profile.started() && viewer.actsFor(country.code()));
		model.addAttribute("subject", subject(country));
		model.addAttribute("statusChanges", statuses.history(country.code()));
		model.addAttribute("mayRecordStatus", viewer.isSecretariat());
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("unLanguages", Country.UN_LANGUAGES);
		model.addAttribute("sections", sections.of(PageSubject.country(country.code().value()), locale));
		model.addAttribute("inset",
				(country.iso3() != null)
						? worldMap.inset(List.of(country.iso3()),
								messages.getMessage("country.map.alt", new Object[] { country.name(locale) }, locale))
						: null);
		return "directory/countries/show";
	}

	@GetMapping("/countries/map")
	String map(@RequestParam(defaultValue = "PARTY") Classification classification, Locale locale, Model model) {
		List<Country> countries = directory.all()
			.stream()
			.filter(country -> !country.regionalOrganisation())
			.sorted(java.util.Comparator.comparing(country -> country.name(locale),
					java.text.Collator.getInstance(locale)))
			.toList();
		Map<String, Shading> shading = new LinkedHashMap<>();
		Map<String, Long> counts = new LinkedHashMap<>(Map.of("yes", 0L, "no", 0L, WorldMap.NO_DATA, 0L));
		for (Country country : countries) {
			String category = category(classification.of(country));
			counts.merge(category, 1L, Long::sum);
			if (country.iso3() != null) {
				String value = messages.getMessage("map.value." + category, null, locale);
				String label = messages.getMessage("map.country-label", new Object[] { country.name(locale), value },
						locale);
				shading.put(country.iso3(), new Shading(category, label));
			}
		}
		String title = messages.getMessage("classification." + classification.name(), null, locale);
		String description = messages.getMessage("map.description",
				new Object[] { title, counts.get("yes"), countries.size() }, locale);
		model.addAttribute("classification", classification);
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("svg", worldMap.render(shading, MAP_FILLS, title, description, "/countries/{code}"));
		model.addAttribute("counts", counts);
		model.addAttribute("fills", MAP_FILLS);
		model.addAttribute("countries", countries);
		model.addAttribute("description", description);
		return "directory/countries/map";
	}

	/** The same selection through the API, whose filters are one flag per group. */
	private static String apiLink(@Nullable RegionCode region, @Nullable Classification group, @Nullable Boolean party,
			@Nullable String q) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/api/v1/countries");
		if (region != null) {
			link.queryParam("region", region.value());
		}
		if (group != null) {
			link.queryParam(API_FLAGS.get(group), true);
		}
		if (party != null) {
			link.queryParam("party", party);
		}
		if (q != null && !q.isBlank()) {
			link.queryParam("q", q.strip());
		}
		return link.encode().build().toUriString();
	}

	private static final Map<Classification, String> API_FLAGS = Map.of(Classification.LDC, "ldc", Classification.LLDC,
			"lldc", Classification.SIDS, "sids", Classification.DEVELOPING, "developing", Classification.EIT, "eit",
			Classification.PARTY, "party");

	/**
	 * How the pages speak of the Party: as a country, or as the regional economic
	 * integration organisation (the European Union) it is; the suffix of the messages
	 * that differ.
	 */
	static String subject(Country country) {
		return country.regionalOrganisation() ? "organisation" : "country";
	}

	static String category(@Nullable Boolean value) {
		return (value == null) ? WorldMap.NO_DATA : (value ? "yes" : "no");
	}

}
