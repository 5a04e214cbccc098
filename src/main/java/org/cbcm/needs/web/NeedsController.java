package org.cbcm.needs.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.framework.ItemCode;
import org.cbcm.needs.NeedsAssessmentId;
import org.cbcm.needs.NeedsContent;
import org.cbcm.needs.internal.NeedsComparison;
import org.cbcm.needs.internal.NeedsManagement;
import org.cbcm.records.EditConflict;
import org.cbcm.records.RecordTransitions;
import org.cbcm.records.RecordView;
import org.cbcm.records.Revision;
import org.cbcm.records.Transition;
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
 * The needs assessment pages: a country's assessments (the latest published in full,
 * older ones listed, drafts for its owners), one assessment with its workflow, the form
 * with a row per element, the history, and the comparison of two assessments.
 */
@Controller
class NeedsController {

	/** Currencies offered first; any ISO 4217 code may be typed. */
	static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NOK", "SEK", "KES",
			"NGN", "ZAR", "INR", "BRL", "MXN", "CNY", "XOF", "XAF");

	private final NeedsManagement needs;

	private final CountryDirectory countries;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	NeedsController(NeedsManagement needs, CountryDirectory countries, CurrentViewer viewers, MessageSource messages) {
		this.needs = needs;
		this.countries = countries;
		this.viewers = viewers;
		this.messages = messages;
	}

	@GetMapping("/countries/{code}/needs")
	String list(@PathVariable CountryCode code, Model model) {
		Viewer viewer = viewers.get();
		Country country = countries.get(code);
		List<RecordView<NeedsAssessmentId, NeedsContent>> assessments = needs.ofCountry(code, viewer);
		Optional<RecordView<NeedsAssessmentId, NeedsContent>> latest = assessments.stream()
			.filter(RecordView::hasPublished)
			.findFirst();
		model.addAttribute("country", country);
		model.addAttribute("assessments", assessments);
		model.addAttribute("latest", latest.orElse(null));
		model.addAttribute("publishedCount", assessments.stream().filter(RecordView::hasPublished).count());
		model.addAttribute("mayCreate", needs.mayCreate(code, viewer));
		model.addAttribute("titles", needs.titles());
		return "needs/assessments/list";
	}

	@GetMapping("/countries/{code}/needs/new")
	String create(@PathVariable CountryCode code, Model model) {
		Country country = countries.get(code);
		if (!needs.mayCreate(code, viewers.get())) {
			throw new ForbiddenException("record.edit.not-yours", code.value());
		}
		return form(model, country, null, NeedsForm.of(needs.blank(), needs.elements(), 0), Map.of(), null);
	}

	@PostMapping("/countries/{code}/needs")
	String register(@PathVariable CountryCode code, @ModelAttribute("form") NeedsForm form, BindingResult binding,
			Locale locale, Model model, RedirectAttributes redirect) {
		Country country = countries.get(code);
		if (!needs.mayCreate(code, viewers.get())) {
			throw new ForbiddenException("record.edit.not-yours", code.value());
		}
		Validation validation = new Validation();
		NeedsContent content = form.content(validation);
		try {
			if (validation.failed() || BoundForm.failed(binding)) {
				throw refusal(content, validation);
			}
			NeedsAssessmentId id = needs.create(code, content, form.getComment(), viewers.get());
			redirect.addFlashAttribute("notice", "needs.created");
			return "redirect:/needs/" + id;
		}
		catch (InvalidRequestException ex) {
			return form(model, country, null, form, BoundForm.errors(binding, ex, messages, locale), null);
		}
	}

	@GetMapping("/needs/{id}")
	String show(@PathVariable NeedsAssessmentId id, Model model) {
		Viewer viewer = viewers.get();
		RecordView<NeedsAssessmentId, NeedsContent> view = needs.view(id, viewer);
		CountryCode code = view.owner().country();
		model.addAttribute("view", view);
		model.addAttribute("assessment", (view.working() != null) ? view.working() : view.shown());
		model.addAttribute("country", countries.get(java.util.Objects.requireNonNull(code)));
		model.addAttribute("actions", needs.actions(view, viewer));
		model.addAttribute("mayEdit", view.owned() && needs.mayEdit(view, viewer));
		model.addAttribute("titles", needs.titles());
		return "needs/assessments/show";
	}

	@GetMapping("/needs/{id}/edit")
	String edit(@PathVariable NeedsAssessmentId id, Model model) {
		Viewer viewer = viewers.get();
		RecordView<NeedsAssessmentId, NeedsContent> view = needs.view(id, viewer);
		if (view.working() == null || !needs.mayEdit(view, viewer)) {
			throw new ForbiddenException("record.edit.not-yours", view.owner().toString());
		}
		Country country = countries.get(java.util.Objects.requireNonNull(view.owner().country()));
		return form(model, country, id, NeedsForm.of(view.working(), needs.elements(), view.version()), Map.of(), null);
	}

	@PostMapping("/needs/{id}")
	String save(@PathVariable NeedsAssessmentId id, @ModelAttribute("form") NeedsForm form, BindingResult binding,
			Locale locale, Model model, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		RecordView<NeedsAssessmentId, NeedsContent> view = needs.view(id, viewer);
		if (view.working() == null || !needs.mayEdit(view, viewer)) {
			throw new ForbiddenException("record.edit.not-yours", view.owner().toString());
		}
		Country country = countries.get(java.util.Objects.requireNonNull(view.owner().country()));
		Validation validation = new Validation();
		NeedsContent content = form.content(validation);
		try {
			if (validation.failed() || BoundForm.failed(binding)) {
				throw refusal(content, validation);
			}
			needs.save(id, form.getVersion(), content, form.getComment(), viewer);
		}
		catch (InvalidRequestException ex) {
			return form(model, country, id, form, BoundForm.errors(binding, ex, messages, locale), null);
		}
		catch (StaleVersionException ex) {
			EditConflict conflict = needs.conflict(id, form.getVersion(), viewer);
			form.setVersion(conflict.currentVersion());
			return form(model, country, id, form, Map.of(), conflict);
		}
		redirect.addFlashAttribute("notice", "needs.saved");
		return "redirect:/needs/" + id;
	}

	@PostMapping("/needs/{id}/{transition:" + RecordTransitions.STEPS + "}")
	String move(@PathVariable NeedsAssessmentId id, @PathVariable Transition transition, @RequestParam int version,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return RecordTransitions.page(transition, "/needs/" + id, "needs", redirect,
				() -> needs.move(id, version, transition, reason, viewers.get()));
	}

	@GetMapping("/needs/{id}/history")
	String history(@PathVariable NeedsAssessmentId id, @RequestParam(required = false) @Nullable Integer from,
			@RequestParam(required = false) @Nullable Integer to, Locale locale, Model model) {
		Viewer viewer = viewers.get();
		RecordView<NeedsAssessmentId, NeedsContent> view = needs.view(id, viewer);
		List<Revision> history = needs.history(id, viewer);
		model.addAttribute("view", view);
		model.addAttribute("assessment", view.shown());
		model.addAttribute("country", countries.get(java.util.Objects.requireNonNull(view.owner().country())));
		model.addAttribute("recordFields", new NeedsFields(messages, locale, needs.elements()));
		model.addAttribute("history", history);
		if (from != null && to != null) {
			model.addAttribute("from", needs.revision(id, from, viewer));
			model.addAttribute("to", needs.revision(id, to, viewer));
			model.addAttribute("changes", needs.compare(id, from, to, viewer));
		}
		else if (history.size() >= 2) {
			model.addAttribute("suggestedFrom", history.get(1).number());
			model.addAttribute("suggestedTo", history.get(0).number());
		}
		return "needs/assessments/history";
	}

	/**
	 * What moved between two assessments of the country; by default the latest two
	 * published.
	 */
	@GetMapping("/countries/{code}/needs/compare")
	String compare(@PathVariable CountryCode code, @RequestParam(required = false) @Nullable NeedsAssessmentId from,
			@RequestParam(required = false) @Nullable NeedsAssessmentId to, Model model) {
		Viewer viewer = viewers.get();
		Country country = countries.get(code);
		model.addAttribute("country", country);
		model.addAttribute("assessments", needs.ofCountry(code, viewer));
		model.addAttribute("comparison", needs.compare(code, from, to, viewer).orElse(null));
		model.addAttribute("titles", needs.titles());
		return "needs/assessments/compare";
	}

	/**
	 * The refusal of a form whose fields are not all of the right form, with the rest.
	 */
	private InvalidRequestException refusal(NeedsContent content, Validation validation) {
		content.check(validation);
		needs.checkRules(content, validation);
		return validation.problems();
	}

	private String form(Model model, Country country, @Nullable NeedsAssessmentId id, NeedsForm form,
			Map<String, String> errors, @Nullable EditConflict conflict) {
		form.spareDocuments();
		Map<ItemCode, String> titles = needs.titles();
		model.addAttribute("form", form);
		model.addAttribute("country", country);
		model.addAttribute("assessmentId", id);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("titles", titles);
		Map<String, String> rowLabels = new java.util.HashMap<>();
		titles.forEach((code, title) -> rowLabels.put(code.value(), code.value() + " " + title));
		model.addAttribute("rowLabels", rowLabels);
		model.addAttribute("capacities", org.cbcm.needs.Capacity.values());
		model.addAttribute("priorities", org.cbcm.needs.Priority.values());
		model.addAttribute("currencies", CURRENCIES);
		model.addAttribute("maxHigh", needs.maxHigh());
		model.addAttribute("recordFields", new NeedsFields(messages,
				org.springframework.context.i18n.LocaleContextHolder.getLocale(), needs.elements()));
		return "needs/assessments/edit";
	}

}
