package org.cbcm.initiatives.web;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.cbcm.initiatives.DuplicatePairId;
import org.cbcm.initiatives.DuplicateRecords.Pair;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativeMergeId;
import org.cbcm.initiatives.internal.DuplicateDetection;
import org.cbcm.initiatives.internal.DuplicateDetection.ScanStep;
import org.cbcm.initiatives.internal.DuplicateQueue;
import org.cbcm.shared.ConflictException;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.StaleVersionException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's queue of initiatives registered twice: the pairs side by side with
 * their score and reasons, merging one into the other or marking them distinct, undoing a
 * merge, and scanning the whole registry a step at a time.
 */
@Controller
class DuplicateController {

	private static final String QUEUE = "redirect:/initiatives/duplicates";

	private final DuplicateQueue queue;

	private final DuplicateDetection detection;

	private final Labels.Source labels;

	private final CurrentViewer viewers;

	DuplicateController(DuplicateQueue queue, DuplicateDetection detection, Labels.Source labels,
			CurrentViewer viewers) {
		this.queue = queue;
		this.detection = detection;
		this.labels = labels;
		this.viewers = viewers;
	}

	@GetMapping("/initiatives/duplicates")
	String list(@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		ResultPage<Pair> pairs = queue.open(new Paging(page, 20));
		Set<String> named = new LinkedHashSet<>();
		pairs.content().forEach(pair -> {
			pair.first().organisations().forEach(id -> named.add(id.toString()));
			pair.second().organisations().forEach(id -> named.add(id.toString()));
		});
		model.addAttribute("pairs", pairs);
		model.addAttribute("labels", labels.of(named, locale));
		model.addAttribute("merges", queue.recentMerges(20));
		model.addAttribute("scanStep", DuplicateDetection.SCAN_STEP);
		return "initiatives/duplicates";
	}

	@PostMapping("/initiatives/duplicates/scan")
	String scan(@RequestParam(required = false) @Nullable String after, RedirectAttributes redirect) {
		InitiativeId from = (after != null && InitiativeId.isValid(after)) ? InitiativeId.of(after) : null;
		ScanStep step = detection.scan(from);
		redirect.addFlashAttribute("scan", step);
		return QUEUE;
	}

	@PostMapping("/initiatives/duplicates/{pair}/merge")
	String merge(@PathVariable DuplicatePairId pair, @RequestParam(required = false) @Nullable String survivor,
			@RequestParam(required = false) @Nullable String firstVersion,
			@RequestParam(required = false) @Nullable String secondVersion, RedirectAttributes redirect) {
		if (survivor == null || !InitiativeId.isValid(survivor)) {
			redirect.addFlashAttribute("warning", "initiative.duplicate.survivor.missing");
			return QUEUE;
		}
		return decided(redirect, "initiative.duplicate.merged", () -> queue.merge(pair, InitiativeId.of(survivor),
				number(firstVersion), number(secondVersion), viewers.get()));
	}

	@PostMapping("/initiatives/duplicates/{pair}/distinct")
	String distinct(@PathVariable DuplicatePairId pair, RedirectAttributes redirect) {
		return decided(redirect, "initiative.duplicate.marked-distinct", () -> queue.distinct(pair, viewers.get()));
	}

	@PostMapping("/initiatives/merges/{merge}/undo")
	String undo(@PathVariable InitiativeMergeId merge, RedirectAttributes redirect) {
		return decided(redirect, "initiative.merge.undone", () -> queue.undo(merge, viewers.get()));
	}

	private static String decided(RedirectAttributes redirect, String notice, Runnable decision) {
		try {
			decision.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("warning", ex.messageKey());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("warning", "initiative.duplicate.changed-meanwhile");
		}
		catch (InvalidRequestException ex) {
			redirect.addFlashAttribute("warning", ex.problems().get(0).messageKey());
		}
		return QUEUE;
	}

	private static @Nullable Integer number(@Nullable String text) {
		return (text != null && text.matches("[0-9]{1,9}")) ? Integer.valueOf(text) : null;
	}

}
