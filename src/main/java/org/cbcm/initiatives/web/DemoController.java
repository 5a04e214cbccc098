package org.cbcm.initiatives.web;

import java.util.Locale;
import java.util.Map;

import org.cbcm.initiatives.internal.DemoInitiatives;
import org.cbcm.initiatives.internal.DemoInitiatives.Generated;
import org.cbcm.initiatives.internal.InitiativeQueries;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.web.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's page for demo initiatives: how many there are, a form to generate
 * more, and a button to remove them all.
 */
@Controller
class DemoController {

	/** The number the form suggests. */
	static final String SUGGESTED_SIZE = "500";

	private final DemoInitiatives demo;

	private final InitiativeQueries queries;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	DemoController(DemoInitiatives demo, InitiativeQueries queries, CurrentViewer viewers, MessageSource messages) {
		this.demo = demo;
		this.queries = queries;
		this.viewers = viewers;
		this.messages = messages;
	}

	@GetMapping("/initiatives/demo")
	String page(Model model) {
		return page(model, SUGGESTED_SIZE, Map.of());
	}

	@PostMapping("/initiatives/demo")
	String generate(@RequestParam(required = false) @Nullable String size, Locale locale, Model model,
			RedirectAttributes redirect) {
		Generated generated;
		try {
			generated = demo.generate(DemoInitiatives.size(size), viewers.get());
		}
		catch (InvalidRequestException ex) {
			return page(model, (size != null) ? size : "", FormErrors.of(ex, messages, locale));
		}
		redirect.addFlashAttribute("notice", "demo.generated");
		redirect.addFlashAttribute("generatedCount", generated.count());
		redirect.addFlashAttribute("generatedSeconds", generated.seconds());
		return "redirect:/initiatives/demo";
	}

	@PostMapping("/initiatives/demo/remove")
	String remove(RedirectAttributes redirect) {
		int removed = demo.removeAll(viewers.get());
		redirect.addFlashAttribute("notice", "demo.removed");
		redirect.addFlashAttribute("removedCount", removed);
		return "redirect:/initiatives/demo";
	}

	private String page(Model model, String size, Map<String, String> errors) {
		model.addAttribute("count", demo.count());
		model.addAttribute("published", queries.count());
		model.addAttribute("size", size);
		model.addAttribute("maxSize", DemoInitiatives.MAX_SIZE);
		model.addAttribute("errors", errors);
		return "initiatives/demo";
	}

}
