package org.cbcm.roster.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.roster.AssignmentId;
import org.cbcm.roster.AssignmentStatus;
import org.cbcm.roster.ExpertContent;
import org.cbcm.roster.ExpertId;
import org.cbcm.roster.Expertise;
import org.cbcm.roster.ExpertiseArea;
import org.cbcm.roster.RequestContent;
import org.cbcm.roster.RequestId;
import org.cbcm.roster.RequestStatus;
import org.cbcm.roster.WorkMode;
import org.cbcm.roster.internal.Assignment;
import org.cbcm.roster.internal.ExpertRecord;
import org.cbcm.roster.internal.ExpertRequest;
import org.cbcm.roster.internal.ExpertStore;
import org.cbcm.roster.internal.RequestManagement;
import org.cbcm.roster.internal.Shortlists;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
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
 * The pages of requests for experts: a country's requests with the form to file one, a
 * request with its explained shortlist and its assignment (the focal point's forms for
 * the terms, the release, the completion, the report and the rating), and the assignment
 * as the expert answers and reports on it. A form refused shows its errors beside its
 * fields; nothing is changed.
 */
@Controller
class RequestController {

	/** The languages the form offers; the API takes any ISO 639 code. */
	static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar", "pt");

	/** Currencies offered first; any ISO 4217 code may be typed. */
	static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "CHF", "CAD", "JPY", "KES", "XOF", "XAF", "ZAR",
			"BRL", "INR", "CNY");

	private final RequestManagement requests;

	private final Shortlists shortlists;

	private final ExpertStore experts;

	private final CountryDirectory countries;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	RequestController(RequestManagement requests, Shortlists shortlists, ExpertStore experts,
			CountryDirectory countries, CurrentViewer viewers, MessageSource messages) {
		this.requests = requests;
		this.shortlists = shortlists;
		this.experts = experts;
		this.countries = countries;
		this.viewers = viewers;
		this.messages = messages;
	}

	@GetMapping("/countries/{code}/expert-requests")
	String list(@PathVariable CountryCode code, @RequestParam(defaultValue = "0") int page, Model model) {
		return list(code, page, new RequestForm(), Map.of(), model);
	}

	@PostMapping("/countries/{code}/expert-requests")
	String file(@PathVariable CountryCode code, @ModelAttribute("form") RequestForm form, BindingResult binding,
			Locale locale, Model model, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		Validation validation = new Validation();
		RequestContent content = form.content(validation);
		try {
			if (validation.failed() || BoundForm.failed(binding)) {
				content.check(validation);
				throw validation.problems();
			}
			RequestId id = requests.file(code, content, viewer);
			redirect.addFlashAttribute("notice", "roster.request.filed");
			return "redirect:/roster/requests/" + id;
		}
		catch (InvalidRequestException ex) {
			return list(code, 0, form, errors(binding, ex, locale), model);
		}
	}

	private String list(CountryCode code, int page, RequestForm form, Map<String, String> errors, Model model) {
		Viewer viewer = viewers.get();
		Country country = countries.get(code);
		ResultPage<ExpertRequest> found = requests.ofCountry(code, new Paging(page, 20), viewer);
		model.addAttribute("country", country);
		model.addAttribute("requests", found);
		model.addAttribute("eligible", RequestManagement.eligible(country));
		model.addAttribute("mayFile", requests.mayFile(code, viewer));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("areas", ExpertiseArea.values());
		model.addAttribute("expertiseByArea", Expertise.byArea());
		model.addAttribute("elements", RequestContent.ELEMENTS);
		model.addAttribute("languages", languageNames());
		model.addAttribute("modes", WorkMode.values());
		model.addAttribute("regions", requests.regions());
		if (form.getPreferredRegion() == null && country.region() != null) {
			form.setPreferredRegion(country.region().value());
		}
		return "roster/requests/list";
	}

	@GetMapping("/roster/requests/{id}")
	String show(@PathVariable RequestId id, Model model) {
		return show(id, Map.of(), model);
	}

	private String show(RequestId id, Map<String, String> errors, Model model) {
		Viewer viewer = viewers.get();
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		ExpertRequest request = requests.request(id, viewer);
		List<Assignment> assignments = requests.assignments(id, viewer);
		Shortlists.Shortlist shortlist = shortlists.of(id, viewer);
		List<ExpertId> shown = new ArrayList<>(assignments.stream().map(Assignment::expert).toList());
		model.addAttribute("request", request);
		model.addAttribute("languagesNeeded",
				request.content()
					.languages()
					.stream()
					.map(code -> languageName(code, locale))
					.collect(java.util.stream.Collectors.joining(", ")));
		model.addAttribute("country", countries.get(request.country()));
		model.addAttribute("shortlist", shortlist);
		model.addAttribute("rows", rows(shortlist, locale));
		boolean manages = viewer.isSecretariat()
				|| viewer.holds(org.cbcm.shared.Role.NATIONAL_FOCAL_POINT, request.country());
		model.addAttribute("assignments", assignments);
		// An expert who declined is no longer to be reached through the request.
		Set<ExpertId> reachable = manages ? assignments.stream()
			.filter(assignment -> assignment.status() != AssignmentStatus.DECLINED)
			.map(Assignment::expert)
			.collect(java.util.stream.Collectors.toSet()) : Set.of();
		model.addAttribute("names", contacts(shown, reachable));
		model.addAttribute("mayManage", manages);
		model.addAttribute("maySelect", manages && request.status() == RequestStatus.OPEN);
		model.addAttribute("errors", errors);
		model.addAttribute("currencies", CURRENCIES);
		return "roster/requests/show";
	}

	/** A shortlist row with its reasons in the reader's language. */
	record Row(Shortlists.Entry entry, String name, List<Why> reasons) {
	}

	/** A reason as read, with its points. */
	record Why(String text, int points) {
	}

	private List<Row> rows(Shortlists.Shortlist shortlist, Locale locale) {
		return shortlist.entries().stream().map(entry -> {
			String name = (entry.publicName() != null) ? entry.publicName() : messages.getMessage(
					"roster.shortlist.anonymous", new Object[] { countries.get(entry.country()).name(locale) }, locale);
			List<Why> reasons = entry.reasons()
				.stream()
				.map(reason -> new Why(shortlists.text(reason, locale), reason.points()))
				.toList();
			return new Row(entry, name, reasons);
		}).toList();
	}

	/**
	 * An offered expert as the requesting Party sees them: the name, and the contact
	 * details for those who may reach the expert (the Party's focal points and the
	 * Secretariat, as {@code ExpertManagement.contactVisible} has it), not its national
	 * users.
	 */
	record Contact(String name, @Nullable String email, @Nullable String phone) {
	}

	private Map<ExpertId, Contact> contacts(List<ExpertId> ids, Set<ExpertId> reachable) {
		Map<ExpertId, Contact> contacts = new LinkedHashMap<>();
		for (ExpertRecord record : experts.all(ids)) {
			// As listed, not as the expert or the focal point may be redrafting it now.
			ExpertContent content = (record.published() != null) ? record.published() : record.content();
			contacts.put(record.id(),
					reachable.contains(record.id())
							? new Contact(content.name(), content.contact().email(), content.contact().phone())
							: new Contact(content.name(), null, null));
		}
		return contacts;
	}

	@PostMapping("/roster/requests/{id}/select")
	String select(@PathVariable RequestId id, @RequestParam int version, @RequestParam ExpertId expert, Model model,
			RedirectAttributes redirect) {
		try {
			requests.select(id, version, expert, viewers.get());
		}
		catch (StaleVersionException ex) {
			return changedMeanwhile(id, model);
		}
		redirect.addFlashAttribute("notice", "roster.select.done");
		return "redirect:/roster/requests/" + id;
	}

	@PostMapping("/roster/requests/{id}/cancel")
	String cancel(@PathVariable RequestId id, @RequestParam int version, Model model, RedirectAttributes redirect) {
		try {
			requests.cancel(id, version, viewers.get());
		}
		catch (StaleVersionException ex) {
			return changedMeanwhile(id, model);
		}
		redirect.addFlashAttribute("notice", "roster.request.cancelled");
		return "redirect:/roster/requests/" + id;
	}

	/** The request as it now is, telling that it changed since it was read. */
	private String changedMeanwhile(RequestId id, Model model) {
		model.addAttribute("warning", "roster.request.changed-meanwhile");
		return show(id, Map.of(), model);
	}

	@GetMapping("/roster/assignments/{id}")
	String assignment(@PathVariable AssignmentId id, Model model) {
		return assignment(id, Map.of(), model);
	}

	private String assignment(AssignmentId id, Map<String, String> errors, Model model) {
		Viewer viewer = viewers.get();
		Assignment assignment = requests.assignment(id, viewer);
		ExpertRequest request = requests.requestOf(assignment);
		model.addAttribute("assignment", assignment);
		model.addAttribute("request", request);
		model.addAttribute("country", countries.get(assignment.country()));
		model.addAttribute("expertName", contacts(List.of(assignment.expert()), Set.of()).get(assignment.expert()));
		model.addAttribute("isExpert", requests.isExpertOf(assignment, viewer));
		model.addAttribute("mayManage", requests.mayManage(assignment, viewer));
		model.addAttribute("errors", errors);
		return "roster/requests/assignment";
	}

	@PostMapping("/roster/assignments/{id}/accept")
	String accept(@PathVariable AssignmentId id, @RequestParam int version,
			@RequestParam(defaultValue = "false") boolean noConflict,
			@RequestParam(defaultValue = "false") boolean confidentiality, Locale locale, Model model,
			RedirectAttributes redirect) {
		return step(onAssignment(id, model), "roster.assignment.accepted", locale, redirect,
				() -> requests.accept(id, version, noConflict, confidentiality, viewers.get()));
	}

	@PostMapping("/roster/assignments/{id}/decline")
	String decline(@PathVariable AssignmentId id, @RequestParam int version,
			@RequestParam(required = false) @Nullable String reason, Locale locale, Model model,
			RedirectAttributes redirect) {
		return step(onAssignment(id, model), "roster.assignment.declined", locale, redirect,
				() -> requests.decline(id, version, reason, viewers.get()));
	}

	@PostMapping("/roster/assignments/{id}/expert-report")
	String expertReport(@PathVariable AssignmentId id, @RequestParam int version,
			@RequestParam(required = false) @Nullable String report, Locale locale, Model model,
			RedirectAttributes redirect) {
		return step(onAssignment(id, model), "roster.assignment.reported", locale, redirect,
				() -> requests.expertReport(id, version, report, viewers.get()));
	}

	@PostMapping("/roster/assignments/{id}/terms")
	String terms(@PathVariable AssignmentId id, @RequestParam int version,
			@RequestParam(required = false) @Nullable String start,
			@RequestParam(required = false) @Nullable String end,
			@RequestParam(required = false) @Nullable String deliverables,
			@RequestParam(required = false) @Nullable String feeAmount,
			@RequestParam(required = false) @Nullable String feeCurrency, Locale locale, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		return step(onRequest(requests.assignment(id, viewer), model), "roster.assignment.saved", locale, redirect,
				() -> {
					Validation validation = new Validation();
					RequestManagement.Terms terms = new RequestManagement.Terms(
							RequestForm.date(validation, "start", start), RequestForm.date(validation, "end", end),
							deliverables, amount(validation, feeAmount), feeCurrency);
					validation.done();
					requests.arrange(id, version, terms, viewer);
				});
	}

	@PostMapping("/roster/assignments/{id}/release")
	String release(@PathVariable AssignmentId id, @RequestParam int version,
			@RequestParam(required = false) @Nullable String releasedOn,
			@RequestParam(required = false) @Nullable String releaseNote, Locale locale, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		return step(onRequest(requests.assignment(id, viewer), model), "roster.assignment.saved", locale, redirect,
				() -> {
					Validation validation = new Validation();
					java.time.LocalDate on = RequestForm.date(validation, "releasedOn", releasedOn);
					validation.done();
					requests.release(id, version, on, releaseNote, viewer);
				});
	}

	@PostMapping("/roster/assignments/{id}/complete")
	String complete(@PathVariable AssignmentId id, @RequestParam int version, Locale locale, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		return step(onRequest(requests.assignment(id, viewer), model), "roster.assignment.completed", locale, redirect,
				() -> requests.complete(id, version, viewer));
	}

	@PostMapping("/roster/assignments/{id}/report")
	String report(@PathVariable AssignmentId id, @RequestParam int version,
			@RequestParam(required = false) @Nullable String assistance,
			@RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable String rating,
			@RequestParam(required = false) @Nullable String ratingComment, Locale locale, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		return step(onRequest(requests.assignment(id, viewer), model), "roster.assignment.reported", locale, redirect,
				() -> requests.report(id, version, assistance, outcome, stars(rating), ratingComment, viewer));
	}

	/**
	 * The rating as typed: a whole number, or none; anything else is refused at its
	 * field.
	 */
	private static @Nullable Integer stars(@Nullable String rating) {
		if (rating == null || rating.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(rating.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException("rating", "roster.assignment.rating.range",
					(rating.length() > 20) ? rating.substring(0, 20) : rating);
		}
	}

	/**
	 * Where a step on an assignment leads: the page it goes back to when done, and the
	 * page that shows its refusal with the faults (in the model given).
	 */
	private record Outcome(String page, Model model, Function<Map<String, String>, String> refused) {
	}

	/** The assignment's own page, where the expert answers and reports. */
	private Outcome onAssignment(AssignmentId id, Model model) {
		return new Outcome("/roster/assignments/" + id, model, errors -> assignment(id, errors, model));
	}

	/** The request's page, where its focal point manages the assignment. */
	private Outcome onRequest(Assignment assignment, Model model) {
		return new Outcome("/roster/requests/" + assignment.request(), model, errors -> {
			model.addAttribute("refusedAssignment", assignment.id());
			return show(assignment.request(), errors, model);
		});
	}

	/**
	 * A step on an assignment: back to its page telling what was done, or its page again
	 * with what was typed when the step is refused (nothing is changed): with the faults,
	 * or telling that the assignment changed since it was read (another tab).
	 * @param done the key of the notice that tells what was done
	 */
	private String step(Outcome outcome, String done, Locale locale, RedirectAttributes redirect, Runnable step) {
		try {
			step.run();
		}
		catch (InvalidRequestException ex) {
			return outcome.refused().apply(errors(null, ex, locale));
		}
		catch (StaleVersionException ex) {
			outcome.model().addAttribute("warning", "roster.assignment.changed-meanwhile");
			return outcome.refused().apply(Map.of());
		}
		redirect.addFlashAttribute("notice", done);
		return "redirect:" + outcome.page();
	}

	private static @Nullable BigDecimal amount(Validation validation, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.length() > 20 || !value.matches("\\d+(\\.\\d{1,2})?")) {
			validation.reject("feeAmount", "roster.assignment.fee.invalid", "9999999999999.99");
			return null;
		}
		return new BigDecimal(value);
	}

	private Map<String, String> errors(@Nullable BindingResult binding, InvalidRequestException ex, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (binding != null) {
			errors.putAll(BoundForm.errors(binding, ex, messages, locale));
		}
		for (InvalidRequestException problem : ex.problems()) {
			String field = problem.parameter().replaceAll("\\[\\d+\\]$", "");
			errors.putIfAbsent(field, messages.getMessage(problem.messageKey(), problem.arguments(), locale));
		}
		return errors;
	}

	private static Map<String, String> languageNames() {
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		Map<String, String> names = new LinkedHashMap<>();
		for (String code : LANGUAGES) {
			names.put(code, languageName(code, locale));
		}
		return names;
	}

	/** A language's name in the reader's language, or its code where Java knows none. */
	private static String languageName(String code, Locale locale) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		return (name.isBlank() || name.equals(code)) ? code : name;
	}

	static boolean offered(Assignment assignment) {
		return Objects.equals(assignment.status(), AssignmentStatus.OFFERED);
	}

}
