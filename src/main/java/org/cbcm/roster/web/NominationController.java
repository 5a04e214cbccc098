package org.cbcm.roster.web;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.RecordView;
import org.cbcm.roster.ExpertChecklist;
import org.cbcm.roster.ExpertContent;
import org.cbcm.roster.ExpertId;
import org.cbcm.roster.ExpertiseArea;
import org.cbcm.roster.internal.ExpertManagement;
import org.cbcm.roster.internal.ExpertStore;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.Viewer;
import org.cbcm.web.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Nominating experts and following the nominations: a focal point nominates an expert of
 * its country (the expert's account is invited and the draft record started) and sees its
 * country's nominations against the limits of the guidelines; the Secretariat reviews the
 * queue of all countries' submitted nominations; an expert finds their own record.
 */
@Controller
class NominationController {

	/** The rows of a page of nominations. */
	static final int PAGE_SIZE = 25;

	/**
	 * The six official languages of the United Nations, an expert's choice of language.
	 */
	static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar");

	/** The statuses a list of nominations filters on, in the workflow's order. */
	static final List<RecordStatus> STATUSES = List.of(RecordStatus.DRAFT, RecordStatus.SUBMITTED,
			RecordStatus.PUBLISHED, RecordStatus.ARCHIVED);

	private final ExpertManagement experts;

	private final ExpertStore store;

	private final CountryDirectory countries;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	NominationController(ExpertManagement experts, ExpertStore store, CountryDirectory countries, CurrentViewer viewers,
			MessageSource messages) {
		this.experts = experts;
		this.store = store;
		this.countries = countries;
		this.viewers = viewers;
		this.messages = messages;
	}

	@GetMapping("/countries/{code}/experts/nominate")
	String form(@PathVariable CountryCode code, Model model) {
		return form(model, countries.get(code), NominationForm.blank(), Map.of());
	}

	@PostMapping("/countries/{code}/experts/nominate")
	String nominate(@PathVariable CountryCode code, @ModelAttribute("form") NominationForm form, Locale locale,
			Model model, RedirectAttributes redirect) {
		Country country = countries.get(code);
		ExpertManagement.Nominated nominated;
		try {
			nominated = experts.nominate(code, form.nomination(), viewers.get());
		}
		catch (InvalidRequestException ex) {
			return form(model, country, form, FormErrors.of(ex, messages, locale));
		}
		redirect.addFlashAttribute("notice", nominated.mailed() ? "nomination.invited" : "nomination.not-mailed");
		return "redirect:/countries/" + code.value() + "/experts";
	}

	@GetMapping("/countries/{code}/experts")
	String country(@PathVariable CountryCode code, @RequestParam(required = false) @Nullable RecordStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Viewer viewer = viewers.get();
		Country country = countries.get(code);
		ResultPage<Row> rows = rows(experts.nominations(code, filter(status), new Paging(page, PAGE_SIZE), viewer));
		Map<ExpertiseArea, Integer> perArea = store.listedPerArea(code);
		model.addAttribute("country", country);
		model.addAttribute("rows", rows);
		model.addAttribute("status", status);
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("listed", store.listedIn(code));
		model.addAttribute("areas",
				Arrays.stream(ExpertiseArea.values())
					.map(area -> new AreaCount(area, perArea.getOrDefault(area, 0)))
					.toList());
		model.addAttribute("settings", experts.settings());
		return "roster/nominations/country";
	}

	@GetMapping("/roster/nominations")
	String queue(@RequestParam(defaultValue = "SUBMITTED") RecordStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Viewer viewer = viewers.get();
		ResultPage<Row> rows = rows(experts.nominations(null, filter(status), new Paging(page, PAGE_SIZE), viewer));
		model.addAttribute("rows", rows);
		model.addAttribute("status", status);
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("countries",
				countries.all().stream().collect(Collectors.toMap(Country::code, Function.identity())));
		return "roster/nominations/queue";
	}

	/** An expert's own record, wherever its page is. */
	@GetMapping("/roster/me")
	String me() {
		ExpertId own = experts.own(viewers.get()).orElseThrow(() -> new NotFoundException("nomination.me.none"));
		return "redirect:/roster/experts/" + own;
	}

	private static List<RecordStatus> filter(@Nullable RecordStatus status) {
		return (status == null) ? List.of() : List.of(status);
	}

	/** The rows of a page, with the listings of all of them read in one query. */
	private ResultPage<Row> rows(ResultPage<RecordView<ExpertId, ExpertContent>> page) {
		Map<ExpertId, ExpertStore.Listing> listings = experts
			.listings(page.content().stream().map(RecordView::id).toList());
		return page.map(view -> {
			ExpertContent content = (view.working() != null) ? view.working() : view.shown();
			return new Row(view.id(), content.name(), java.util.Objects.requireNonNull(view.owner().country()),
					view.status(), ExpertChecklist.values().length - ExpertChecklist.unmet(content).size(),
					ExpertChecklist.values().length, listings.get(view.id()), view.updatedAtUtc());
		});
	}

	private String form(Model model, Country country, NominationForm form, Map<String, String> errors) {
		model.addAttribute("country", country);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("languages", LANGUAGES.stream()
			.map(tag -> new Language(tag, Locale.forLanguageTag(tag).getDisplayLanguage(Locale.forLanguageTag(tag))))
			.toList());
		return "roster/nominations/nominate";
	}

	/**
	 * A nomination as the lists show it.
	 *
	 * @param id the record
	 * @param name the expert's name, blank until given
	 * @param country the nominating Party
	 * @param status where the record stands
	 * @param met how many requirements of the checklist it meets
	 * @param of how many there are
	 * @param listing whether it is listed and until when, or when it lapsed
	 * @param changed when it last changed (submitted, for a submitted one), UTC
	 */
	record Row(ExpertId id, String name, CountryCode country, RecordStatus status, int met, int of,
			ExpertStore.@Nullable Listing listing, LocalDateTime changed) {
	}

	/** How many of the country's experts are listed in a top-level area. */
	record AreaCount(ExpertiseArea area, int listed) {
	}

	/** A language an expert may choose, named in itself. */
	record Language(String tag, String name) {
	}

}
