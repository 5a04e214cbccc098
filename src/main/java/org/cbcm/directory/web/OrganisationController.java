package org.cbcm.directory.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.directory.OrganisationFilter;
import org.cbcm.directory.OrganisationType;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Paging;
import org.cbcm.web.Htmx;
import org.cbcm.web.PageSections;
import org.cbcm.web.PageSubject;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The organisation pages: the filterable list and one organisation. */
@Controller
class OrganisationController {

	private final OrganisationDirectory organisations;

	private final CountryDirectory countries;

	private final PageSections sections;

	OrganisationController(OrganisationDirectory organisations, CountryDirectory countries, PageSections sections) {
		this.sections = sections;
		this.organisations = organisations;
		this.countries = countries;
	}

	@GetMapping("/organisations")
	String list(@RequestParam(required = false) @Nullable OrganisationType type,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model) {
		CountryCode countryCode = countries.country("country", country);
		model.addAttribute("organisations",
				organisations.search(new OrganisationFilter(type, countryCode, q), new Paging(page, size)));
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("countsByType", organisations.countsByType());
		model.addAttribute("type", type);
		model.addAttribute("country", (countryCode != null) ? countries.get(countryCode) : null);
		model.addAttribute("q", q);
		model.addAttribute("size", size);
		return Htmx.wantsFragment(request, response) ? "directory/organisations/list :: results"
				: "directory/organisations/list";
	}

	@GetMapping("/organisations/{id}")
	String show(@PathVariable OrganisationId id, Model model, java.util.Locale locale) {
		Organisation organisation = organisations.get(id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("country",
				(organisation.country() != null) ? countries.find(organisation.country()).orElse(null) : null);
		model.addAttribute("sections", sections.of(PageSubject.organisation(organisation.id().toString()), locale));
		return "directory/organisations/show";
	}

}
