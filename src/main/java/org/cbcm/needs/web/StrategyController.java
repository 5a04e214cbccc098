package org.cbcm.needs.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.needs.StrategyContent;
import org.cbcm.needs.StrategyIntegration;
import org.cbcm.needs.internal.StrategyManagement;
import org.cbcm.records.EditConflict;
import org.cbcm.records.RecordTransitions;
import org.cbcm.records.RecordView;
import org.cbcm.records.Revision;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
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
 * The pages of a country's national capacity-building strategy: the published strategy
 * for all (its objectives with their outputs, targets, timelines and key elements), the
 * draft and its workflow for the country's people, the edit form (which keeps what was
 * typed when a save is refused, and shows what another person changed meanwhile), and the
 * history with the comparison of two revisions.
 */
@Controller
class StrategyController {

	/** The fields the form shows an error beside; others go to the alert above it. */
	private static final Pattern SHOWN = Pattern
		.compile("title|adoptedOn|startYear|endYear|integration|integrationNote|objectives|outputs|documents"
				+ "|objectives\\[\\d+]\\.(text|keyElements)|outputs\\[\\d+]\\.(text|objective|target|dueYear|keyElements)"
				+ "|documents\\[\\d+]\\.(title|url)");

	private final StrategyManagement strategies;

	private final CountryDirectory countries;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	private final StrategyElements elements;

	StrategyController(StrategyManagement strategies, CountryDirectory countries, CurrentViewer viewers,
			MessageSource messages, StrategyElements elements) {
		this.strategies = strategies;
		this.countries = countries;
		this.viewers = viewers;
		this.messages = messages;
		this.elements = elements;
	}

	@GetMapping("/countries/{code}/strategy")
	String show(@PathVariable CountryCode code, Model model) {
		Country country = countries.get(code);
		Viewer viewer = viewers.get();
		RecordView<CountryCode, StrategyContent> strategy = strategies.view(country.code(), viewer);
		boolean mayEdit = strategies.mayEdit(strategy, viewer);
		model.addAttribute("country", country);
		model.addAttribute("strategy", strategy);
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("mayStart", !strategy.started() && mayEdit);
		model.addAttribute("owner", strategy.started() && viewer.actsFor(country.code()));
		model.addAttribute("actions", strategies.actions(strategy, viewer));
		model.addAttribute("elementNames", elements.names());
		return "needs/strategy/show";
	}

	@GetMapping("/countries/{code}/strategy/edit")
	String edit(@PathVariable CountryCode code, Model model, Locale locale) {
		Country country = countries.get(code);
		RecordView<CountryCode, StrategyContent> view = strategies.view(country.code(), viewers.get());
		StrategyContent working = (view.working() != null) ? view.working() : StrategyContent.empty();
		return form(model, locale, country, view.version(), StrategyForm.of(working), "", Map.of(), null);
	}

	/**
	 * Saves the strategy form; every fault, of the form and of the strategy, is shown
	 * beside its field at once.
	 */
	@PostMapping("/countries/{code}/strategy")
	String save(@PathVariable CountryCode code, @RequestParam int version,
			@ModelAttribute("strategyForm") StrategyForm form, BindingResult binding,
			@RequestParam(required = false) @Nullable String comment, Locale locale, Model model,
			RedirectAttributes redirect) {
		Country country = countries.get(code);
		Validation typed = new Validation();
		StrategyContent content = form.content(typed);
		try {
			if (typed.failed() || BoundForm.failed(binding)) {
				// What is not of the right form, or a row beyond the most, is reported
				// with every other fault.
				content.check(typed);
				return form(model, locale, country, version, form.spare(), comment,
						BoundForm.errors(binding, typed.failed() ? typed.problems() : null, messages, locale), null);
			}
			strategies.save(country.code(), version, content, comment, viewers.get());
		}
		catch (InvalidRequestException ex) {
			return form(model, locale, country, version, form.spare(), comment,
					BoundForm.errors(binding, ex, messages, locale), null);
		}
		catch (StaleVersionException ex) {
			EditConflict conflict = strategies.conflict(country.code(), version, viewers.get());
			return form(model, locale, country, conflict.currentVersion(), form.spare(), comment, Map.of(), conflict);
		}
		redirect.addFlashAttribute("notice", "strategy.saved");
		return "redirect:/countries/" + country.code().value() + "/strategy";
	}

	/**
	 * A step of the strategy's workflow: submit, publish, return, archive, reopen,
	 * confirm.
	 */
	@PostMapping("/countries/{code}/strategy/{transition:" + RecordTransitions.STEPS + "}")
	String move(@PathVariable CountryCode code, @PathVariable Transition transition, @RequestParam int version,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		Country country = countries.get(code);
		return RecordTransitions.page(transition, "/countries/" + country.code().value() + "/strategy", "strategy",
				redirect, () -> strategies.move(country.code(), version, transition, reason, viewers.get()));
	}

	@GetMapping("/countries/{code}/strategy/history")
	String history(@PathVariable CountryCode code, @RequestParam(required = false) @Nullable Integer from,
			@RequestParam(required = false) @Nullable Integer to, Model model, Locale locale) {
		Country country = countries.get(code);
		List<Revision> history = strategies.history(country.code(), viewers.get());
		model.addAttribute("recordFields", new StrategyFields(messages, locale));
		model.addAttribute("country", country);
		model.addAttribute("history", history);
		if (from != null && to != null) {
			model.addAttribute("from", strategies.revision(country.code(), from, viewers.get()));
			model.addAttribute("to", strategies.revision(country.code(), to, viewers.get()));
			model.addAttribute("changes", strategies.compare(country.code(), from, to, viewers.get()));
		}
		else if (history.size() >= 2) {
			model.addAttribute("suggestedFrom", history.get(1).number());
			model.addAttribute("suggestedTo", history.get(0).number());
		}
		return "needs/strategy/history";
	}

	private String form(Model model, Locale locale, Country country, int version, StrategyForm form,
			@Nullable String comment, Map<String, String> errors, @Nullable EditConflict conflict) {
		model.addAttribute("country", country);
		model.addAttribute("version", version);
		model.addAttribute("strategyForm", form);
		model.addAttribute("comment", comment);
		model.addAttribute("errors", errors);
		model.addAttribute("shownFields",
				errors.keySet().stream().filter(field -> SHOWN.matcher(field).matches()).toList());
		model.addAttribute("conflict", conflict);
		model.addAttribute("recordFields", new StrategyFields(messages, locale));
		model.addAttribute("integrations", StrategyIntegration.values());
		model.addAttribute("elements", elements.all());
		model.addAttribute("maxObjectives", StrategyContent.MAX_OBJECTIVES);
		model.addAttribute("maxOutputs", StrategyContent.MAX_OUTPUTS);
		model.addAttribute("maxDocuments", StrategyContent.MAX_DOCUMENTS);
		return "needs/strategy/edit";
	}

}
