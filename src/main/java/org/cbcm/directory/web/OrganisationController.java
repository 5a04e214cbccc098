package org.cbcm.directory.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationContent;
import org.cbcm.directory.internal.OrganisationManagement;
import org.cbcm.records.EditConflict;
import org.cbcm.records.RecordTransitions;
import org.cbcm.records.RecordView;
import org.cbcm.records.Revision;
import org.cbcm.records.Transition;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.StaleVersionException;
import org.cbcm.shared.Validation;
import org.cbcm.shared.Viewer;
import org.cbcm.web.FormErrors;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.directory.OrganisationFilter;
import org.cbcm.directory.OrganisationType;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Paging;
import org.cbcm.web.Htmx;
import org.cbcm.web.PageSections;
import org.cbcm.web.PageSubject;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation pages: the filterable list and one organisation for everybody; the
 * proposal form for reporters; the proposals to review, the edit form, the workflow and
 * the history for the Secretariat.
 */
@Controller
class OrganisationController {

	private final OrganisationDirectory organisations;

	private final CountryDirectory countries;

	private final PageSections sections;

	private final OrganisationManagement records;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	OrganisationController(OrganisationDirectory organisations, CountryDirectory countries, PageSections sections,
			OrganisationManagement records, CurrentViewer viewers, MessageSource messages) {
		this.sections = sections;
		this.records = records;
		this.viewers = viewers;
		this.messages = messages;
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
		Viewer viewer = viewers.get();
		model.addAttribute("mayPropose", viewer.isSecretariat()
				|| org.cbcm.directory.internal.OrganisationRecord.PROPOSERS.stream().anyMatch(viewer::holds));
		return Htmx.wantsFragment(request, response) ? "directory/organisations/list :: results"
				: "directory/organisations/list";
	}

	@GetMapping("/organisations/{id}")
	String show(@PathVariable OrganisationId id, Model model, java.util.Locale locale) {
		Viewer viewer = viewers.get();
		RecordView<OrganisationId, OrganisationContent> view = records.view(id, viewer);
		// Owners (the Secretariat) read the working copy and its workflow; others the
		// published copy.
		OrganisationContent shown = (view.working() != null) ? view.working() : view.published();
		Organisation organisation = organisation(view.id(), shown);
		model.addAttribute("organisation", organisation);
		model.addAttribute("view", view);
		model.addAttribute("actions", records.actions(view, viewer));
		model.addAttribute("mayEdit", view.working() != null && records.mayEdit(view, viewer));
		model.addAttribute("country",
				(organisation.country() != null) ? countries.find(organisation.country()).orElse(null) : null);
		model.addAttribute("sections", sections.of(PageSubject.organisation(organisation.id().toString()), locale));
		return "directory/organisations/show";
	}

	/** The form a reporter proposes an organisation with. */
	@GetMapping("/organisations/propose")
	String proposeForm(Model model) {
		return form(model, OrganisationForm.empty(), Map.of(), null, null);
	}

	/**
	 * A proposal: stored submitted for the Secretariat to review; refused with every
	 * fault next to its field, nothing stored.
	 */
	@PostMapping("/organisations")
	String propose(@ModelAttribute("form") OrganisationForm form, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			Validation choices = new Validation();
			OrganisationContent content = form.content(choices);
			if (choices.failed()) {
				content.check(choices);
				choices.done();
			}
			records.propose(content, form.comment(), viewers.get());
		}
		catch (InvalidRequestException ex) {
			return form(model, form, FormErrors.of(ex, messages, locale), null, null);
		}
		redirect.addFlashAttribute("notice", "organisation.proposed");
		return "redirect:/organisations";
	}

	/** The proposals waiting for the Secretariat, each with its workflow. */
	@GetMapping("/organisations/proposals")
	String proposals(Model model) {
		Viewer viewer = viewers.get();
		List<RecordView<OrganisationId, OrganisationContent>> proposals = records.proposals(viewer);
		model.addAttribute("proposals", proposals.stream()
			.map(view -> new Proposal(view, organisation(view.id(), view.working()), records.actions(view, viewer)))
			.toList());
		return "directory/organisations/proposals";
	}

	/** A proposal or published organisation to review. */
	record Proposal(RecordView<OrganisationId, OrganisationContent> view, Organisation organisation,
			List<Transition> actions) {
	}

	@GetMapping("/organisations/{id}/edit")
	String edit(@PathVariable OrganisationId id, Model model) {
		RecordView<OrganisationId, OrganisationContent> view = records.view(id, viewers.get());
		OrganisationContent working = (view.working() != null) ? view.working() : view.published();
		return form(model, OrganisationForm.of(working, view.version()), Map.of(), view.id(), null);
	}

	/** The Secretariat saves an organisation, based on the version it read. */
	@PostMapping("/organisations/{id}")
	String save(@PathVariable OrganisationId id, @ModelAttribute("form") OrganisationForm form, Locale locale,
			Model model, RedirectAttributes redirect) {
		OrganisationId organisation = id;
		Validation choices = new Validation();
		OrganisationContent content = form.content(choices);
		try {
			if (choices.failed()) {
				content.check(choices);
				choices.done();
			}
			records.save(organisation, form.basedOn(), content, form.comment(), viewers.get());
		}
		catch (InvalidRequestException ex) {
			return form(model, form, FormErrors.of(ex, messages, locale), organisation, null);
		}
		catch (StaleVersionException ex) {
			EditConflict conflict = records.conflict(organisation, form.basedOn(), viewers.get());
			return form(model, form, Map.of(), organisation, conflict);
		}
		redirect.addFlashAttribute("notice", "organisation.saved");
		return "redirect:/organisations/" + organisation;
	}

	/** A step of the organisation's workflow, taken by the Secretariat. */
	@PostMapping("/organisations/{id}/{transition:" + RecordTransitions.STEPS + "}")
	String move(@PathVariable OrganisationId id, @PathVariable Transition transition, @RequestParam int version,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		OrganisationId organisation = id;
		return RecordTransitions.page(transition, "/organisations/" + organisation, "organisation", redirect,
				() -> records.move(organisation, version, transition, reason, viewers.get()));
	}

	@GetMapping("/organisations/{id}/history")
	String history(@PathVariable OrganisationId id, @RequestParam(required = false) @Nullable Integer from,
			@RequestParam(required = false) @Nullable Integer to, Model model) {
		OrganisationId organisation = id;
		Viewer viewer = viewers.get();
		RecordView<OrganisationId, OrganisationContent> view = records.view(organisation, viewer);
		List<Revision> history = records.history(organisation, viewer);
		model.addAttribute("recordFields", new OrganisationFields(messages, LocaleContextHolder.getLocale()));
		model.addAttribute("organisation",
				organisation(organisation, (view.working() != null) ? view.working() : view.published()));
		model.addAttribute("history", history);
		if (from != null && to != null) {
			model.addAttribute("from", records.revision(organisation, from, viewer));
			model.addAttribute("to", records.revision(organisation, to, viewer));
			model.addAttribute("changes", records.compare(organisation, from, to, viewer));
		}
		else if (history.size() >= 2) {
			model.addAttribute("suggestedFrom", history.get(1).number());
			model.addAttribute("suggestedTo", history.get(0).number());
		}
		return "directory/organisations/history";
	}

	private String form(Model model, OrganisationForm form, Map<String, String> errors,
			@Nullable OrganisationId organisation, @Nullable EditConflict conflict) {
		model.addAttribute("form", (conflict != null) ? withVersion(form, conflict.currentVersion()) : form);
		model.addAttribute("organisationId", organisation);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("recordFields", new OrganisationFields(messages, LocaleContextHolder.getLocale()));
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("countries",
				countries.all()
					.stream()
					.sorted(java.util.Comparator.comparing(country -> country.name(LocaleContextHolder.getLocale())))
					.toList());
		return "directory/organisations/edit";
	}

	private static OrganisationForm withVersion(OrganisationForm form, int version) {
		return new OrganisationForm(form.name(), form.acronym(), form.type(), form.country(), form.iatiIdentifier(),
				form.website(), form.description(), version, form.comment());
	}

	/** The organisation as pages show it, from a copy of its record. */
	static Organisation organisation(OrganisationId id, @Nullable OrganisationContent content) {
		if (content == null || content.name() == null || content.type() == null) {
			throw new NotFoundException("organisation.not-found", id.toString());
		}
		return new Organisation(id, content.name(), content.acronym(), content.type(), content.country(),
				content.website(), content.description(), content.iatiIdentifier());
	}

}
