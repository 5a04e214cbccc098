package org.cbcm.demo.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.demo.internal.DemoInitiatives;
import org.cbcm.demo.internal.DemoInitiatives.Generated;
import org.cbcm.shared.ConflictException;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.web.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's page for demo initiatives: how many there are, a form to generate
 * more, and a button to remove them all. While a generation or removal runs (from another
 * tab, person or node) the page says so, and another one is refused with 409 and the
 * reason on the page.
 */
@Controller
class DemoController {

	/** The number the form suggests. */
	static final String SUGGESTED_SIZE = "500";

	private final DemoInitiatives demo;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	DemoController(DemoInitiatives demo, CurrentViewer viewers, MessageSource messages) {
		this.demo = demo;
		this.viewers = viewers;
		this.messages = messages;
	}

	@GetMapping("/initiatives/demo")
	String page(Model model) {
		return page(model, null, Map.of());
	}

	@PostMapping("/initiatives/demo")
	String generate(@RequestParam(required = false) @Nullable String size, Locale locale, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Generated generated;
		try {
			generated = demo.generate(DemoInitiatives.size(size), viewers.get());
		}
		catch (InvalidRequestException ex) {
			return page(model, (size != null) ? size : "", FormErrors.of(ex, messages, locale));
		}
		catch (ConflictException ex) {
			return busy(model, (size != null) ? size : "", response);
		}
		redirect.addFlashAttribute("notice", "demo.generated");
		redirect.addFlashAttribute("generatedCount", generated.count());
		redirect.addFlashAttribute("generatedSeconds", generated.seconds());
		return "redirect:/initiatives/demo";
	}

	@PostMapping("/initiatives/demo/remove")
	String remove(Model model, RedirectAttributes redirect, HttpServletResponse response) {
		int removed;
		try {
			removed = demo.removeAll(viewers.get());
		}
		catch (ConflictException ex) {
			return busy(model, null, response);
		}
		redirect.addFlashAttribute("notice", "demo.removed");
		redirect.addFlashAttribute("removedCount", removed);
		return "redirect:/initiatives/demo";
	}

	/** The page, saying that another generation or removal runs and nothing was done. */
	private String busy(Model model, @Nullable String size, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("warning", "demo.busy");
		return page(model, size, Map.of());
	}

	/**
	 * The page; the number the form suggests, unless the person gave one, is what a load
	 * cut short has still to generate, if any.
	 */
	private String page(Model model, @Nullable String size, Map<String, String> errors) {
		boolean running = demo.running();
		int unfinished = running ? 0 : demo.unfinished();
		model.addAttribute("running", running);
		model.addAttribute("unfinished", unfinished);
		model.addAttribute("count", demo.count());
		model.addAttribute("published", demo.published());
		model.addAttribute("size",
				(size != null) ? size : (unfinished > 0) ? String.valueOf(unfinished) : SUGGESTED_SIZE);
		model.addAttribute("maxSize", DemoInitiatives.MAX_SIZE);
		model.addAttribute("errors", errors);
		return "demo/demo";
	}

}
