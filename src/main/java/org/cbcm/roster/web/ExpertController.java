package org.cbcm.roster.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.Region;
import org.cbcm.records.EditConflict;
import org.cbcm.records.RecordTransitions;
import org.cbcm.records.RecordView;
import org.cbcm.records.Revision;
import org.cbcm.records.Transition;
import org.cbcm.roster.ExpertChecklist;
import org.cbcm.roster.ExpertContent;
import org.cbcm.roster.ExpertId;
import org.cbcm.roster.Expertise;
import org.cbcm.roster.ExpertiseArea;
import org.cbcm.roster.PublicExpert;
import org.cbcm.roster.internal.ExpertAssignments;
import org.cbcm.roster.internal.ExpertManagement;
import org.cbcm.shared.ConflictException;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.StaleVersionException;
import org.cbcm.shared.Validation;
import org.cbcm.shared.Viewer;
import org.cbcm.web.BoundForm;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An expert's record pages: the record with its status, listing, checklist and workflow
 * for its owners (the expert, the nominating Party's focal points) and the Secretariat;
 * for everybody else the public view of a listed expert, with only what the expert agreed
 * to show and never the contact. The form, the workflow's steps (a listing refused by the
 * checklist or the limits shows on the record's page) and the history.
 */
@Controller
class ExpertController {

	private final ExpertManagement experts;

	private final CountryDirectory countries;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	private final ExpertAssignments assignments;

	ExpertController(ExpertManagement experts, ExpertAssignments assignments, CountryDirectory countries,
			CurrentViewer viewers, MessageSource messages) {
		this.experts = experts;
		this.assignments = assignments;
		this.countries = countries;
		this.viewers = viewers;
		this.messages = messages;
	}

	@GetMapping("/roster/experts/{id}")
	String show(@PathVariable ExpertId id, Locale locale, Model model) {
		Viewer viewer = viewers.get();
		RecordView<ExpertId, ExpertContent> view = experts.view(id, viewer);
		model.addAttribute("names", new ExpertNames(countries, locale));
		model.addAttribute("areas", ExpertiseArea.values());
		model.addAttribute("assignments", assignments.publicOf(id));
		if (!view.owned()) {
			PublicExpert expert = experts.publicExpert(id, viewer);
			model.addAttribute("expert", expert);
			model.addAttribute("country", countries.get(CountryCode.of(expert.country())));
			return "roster/experts/public";
		}
		ExpertContent content = Objects.requireNonNull(view.working());
		CountryCode code = Objects.requireNonNull(view.owner().country());
		Set<ExpertChecklist> unmet = Set.copyOf(experts.unmet(id, viewer));
		Map<ExpertChecklist, Boolean> checklist = new LinkedHashMap<>();
		for (ExpertChecklist item : ExpertChecklist.values()) {
			checklist.put(item, !unmet.contains(item));
		}
		model.addAttribute("view", view);
		model.addAttribute("expert", content);
		model.addAttribute("expertId", id);
		model.addAttribute("country", countries.get(code));
		model.addAttribute("listing", experts.listings(List.of(id)).getOrDefault(id, null));
		model.addAttribute("checklist", checklist);
		model.addAttribute("checklistMet", unmet.isEmpty());
		model.addAttribute("contactVisible", experts.contactVisible(id, viewer));
		model.addAttribute("actions", experts.actions(view, viewer));
		model.addAttribute("mayEdit", experts.mayEdit(view, viewer));
		return "roster/experts/show";
	}

	@GetMapping("/roster/experts/{id}/edit")
	String edit(@PathVariable ExpertId id, Locale locale, Model model) {
		Viewer viewer = viewers.get();
		RecordView<ExpertId, ExpertContent> view = editable(id, viewer);
		return form(model, view, ExpertForm.of(Objects.requireNonNull(view.working()), view.version()), Map.of(), null,
				locale);
	}

	@PostMapping("/roster/experts/{id}/edit")
	String save(@PathVariable ExpertId id, @ModelAttribute("form") ExpertForm form, BindingResult binding,
			Locale locale, Model model, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		RecordView<ExpertId, ExpertContent> view = editable(id, viewer);
		Validation validation = new Validation();
		ExpertContent content = form.content(validation);
		try {
			if (validation.failed() || BoundForm.failed(binding)) {
				content.check(validation);
				throw validation.problems();
			}
			experts.save(id, form.getVersion(), content, form.getComment(), viewer);
		}
		catch (InvalidRequestException ex) {
			return form(model, view, form, BoundForm.errors(binding, ex, messages, locale), null, locale);
		}
		catch (StaleVersionException ex) {
			EditConflict conflict = experts.conflict(id, form.getVersion(), viewer);
			form.setVersion(conflict.currentVersion());
			return form(model, view, form, Map.of(), conflict, locale);
		}
		redirect.addFlashAttribute("notice", "expert.saved");
		return "redirect:/roster/experts/" + id;
	}

	@PostMapping("/roster/experts/{id}/{transition:" + RecordTransitions.STEPS + "}")
	String move(@PathVariable ExpertId id, @PathVariable Transition transition, @RequestParam int version,
			@RequestParam(required = false) @Nullable String reason, Locale locale, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		owned(id, viewer);
		try {
			return RecordTransitions.page(transition, "/roster/experts/" + id, "expert", redirect,
					() -> experts.move(id, version, transition, reason, viewer));
		}
		catch (ConflictException ex) {
			if (!ex.messageKey().startsWith("expert.list.")) {
				throw ex;
			}
			redirect.addFlashAttribute("refusal", messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return "redirect:/roster/experts/" + id;
		}
	}

	@GetMapping("/roster/experts/{id}/history")
	String history(@PathVariable ExpertId id, @RequestParam(required = false) @Nullable Integer from,
			@RequestParam(required = false) @Nullable Integer to, Locale locale, Model model) {
		Viewer viewer = viewers.get();
		List<Revision> history = experts.history(id, viewer);
		RecordView<ExpertId, ExpertContent> view = experts.view(id, viewer);
		model.addAttribute("view", view);
		model.addAttribute("expertId", id);
		model.addAttribute("title", title(view.shown(), Objects.requireNonNull(view.owner().country()), locale));
		model.addAttribute("recordFields", new ExpertFields(messages, locale));
		model.addAttribute("history", history);
		if (from != null && to != null) {
			model.addAttribute("from", experts.revision(id, from, viewer));
			model.addAttribute("to", experts.revision(id, to, viewer));
			model.addAttribute("changes", experts.compare(id, from, to, viewer));
		}
		else if (history.size() >= 2) {
			model.addAttribute("suggestedFrom", history.get(1).number());
			model.addAttribute("suggestedTo", history.get(0).number());
		}
		return "roster/experts/history";
	}

	/** The expert's name, or an expert of the nominating Party while there is none. */
	private String title(ExpertContent content, CountryCode code, Locale locale) {
		return content.name().isEmpty()
				? messages.getMessage("expert.nominated-by", new Object[] { countries.get(code).name(locale) }, locale)
				: content.name();
	}

	/**
	 * Refuses whoever is not an owner before any step, so that a step based on a stale
	 * version is not told to them as a change meanwhile.
	 */
	static void owned(RecordView<ExpertId, ExpertContent> view) {
		if (!view.owned()) {
			throw new ForbiddenException("record.edit.not-yours", view.owner().toString());
		}
	}

	private void owned(ExpertId id, Viewer viewer) {
		owned(experts.view(id, viewer));
	}

	private RecordView<ExpertId, ExpertContent> editable(ExpertId id, Viewer viewer) {
		RecordView<ExpertId, ExpertContent> view = experts.view(id, viewer);
		if (view.working() == null || !experts.mayEdit(view, viewer)) {
			throw new ForbiddenException("record.edit.not-yours", view.owner().toString());
		}
		return view;
	}

	private String form(Model model, RecordView<ExpertId, ExpertContent> view, ExpertForm form,
			Map<String, String> errors, @Nullable EditConflict conflict, Locale locale) {
		form.spareRows();
		CountryCode code = Objects.requireNonNull(view.owner().country());
		model.addAttribute("form", form);
		model.addAttribute("expertId", view.id());
		model.addAttribute("title", title(Objects.requireNonNull(view.working()), code, locale));
		model.addAttribute("country", countries.get(code));
		model.addAttribute("errors", folded(errors));
		model.addAttribute("conflict", conflict);
		model.addAttribute("countries",
				countries.all()
					.stream()
					.sorted(Comparator.comparing((Country country) -> country.name(locale)))
					.toList());
		model.addAttribute("regions", regions());
		model.addAttribute("languages", ExpertNames.languages(locale));
		model.addAttribute("areas", ExpertiseArea.values());
		model.addAttribute("expertiseOf", Expertise.byArea());
		model.addAttribute("genders", ExpertContent.Gender.values());
		model.addAttribute("organisationTypes", ExpertContent.OrganisationType.values());
		model.addAttribute("degreeLevels", ExpertContent.DegreeLevel.values());
		model.addAttribute("languageLevels", ExpertContent.LanguageLevel.values());
		model.addAttribute("availabilities", ExpertContent.Availability.values());
		model.addAttribute("parts", ExpertContent.PublicPart.values());
		model.addAttribute("recordFields", new ExpertFields(messages, locale));
		return "roster/experts/edit";
	}

	/**
	 * The faults, those of a choice in a multiple choice ({@code nationalities[2]}) under
	 * the choice, where the form shows them.
	 */
	private static Map<String, String> folded(Map<String, String> errors) {
		Map<String, String> folded = new LinkedHashMap<>();
		errors.forEach((field, message) -> {
			java.util.regex.Matcher choice = CHOICE.matcher(field);
			folded.putIfAbsent(choice.matches() ? choice.group(1) : field, message);
		});
		return folded;
	}

	private static final java.util.regex.Pattern CHOICE = java.util.regex.Pattern
		.compile("^(nationalities|countriesWorkedIn|regionsWorkedIn|expertise|publicParts)\\[\\d+]$");

	/** The regions and their sub-regions, in one list. */
	private List<Region> regions() {
		List<Region> all = new java.util.ArrayList<>();
		for (Region region : countries.regions()) {
			all.add(region);
			all.addAll(region.subRegions());
		}
		return all;
	}

}
