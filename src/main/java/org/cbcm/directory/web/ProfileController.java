package org.cbcm.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.FrameworkStatus;
import org.cbcm.directory.MechanismStatus;
import org.cbcm.directory.ProfileContact;
import org.cbcm.directory.ProfileContent;
import org.cbcm.directory.internal.ProfileManagement;
import org.cbcm.records.Revision;
import org.cbcm.records.EditConflict;
import org.cbcm.records.RecordTransitions;
import org.cbcm.records.RecordView;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.StaleVersionException;
import org.cbcm.shared.Validation;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.Viewer;
import org.cbcm.web.BoundForm;
import org.cbcm.web.FormErrors;
import org.cbcm.web.OfflineFiles;
import org.cbcm.web.OfflineForm;
import org.cbcm.web.OfflineReview;
import org.cbcm.web.OfflineTexts;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a country's profile for its people: the edit form (which keeps what was
 * typed when a save is refused, and shows what another person changed meanwhile), the
 * workflow buttons, and the history with the comparison of two revisions.
 */
@Controller
class ProfileController {

	/** Empty rows the form offers below the contacts already listed. */
	static final int SPARE_ROWS = 2;

	private final ProfileManagement profiles;

	private final CountryDirectory countries;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	ProfileController(ProfileManagement profiles, CountryDirectory countries, CurrentViewer viewers,
			MessageSource messages) {
		this.profiles = profiles;
		this.countries = countries;
		this.viewers = viewers;
		this.messages = messages;
	}

	@GetMapping("/countries/{code}/profile/edit")
	String edit(@PathVariable CountryCode code, Model model) {
		Country country = country(code);
		RecordView<CountryCode, ProfileContent> view = profiles.view(country.code(), viewers.get());
		return form(model, country, view.version(), (view.working() != null) ? view.working() : ProfileContent.empty(),
				"", Map.of(), null);
	}

	/**
	 * Saves the profile form, which Spring binds; every fault, of the form and of the
	 * profile, is shown beside its field at once.
	 */
	@PostMapping("/countries/{code}/profile")
	String save(@PathVariable CountryCode code, @RequestParam int version,
			@ModelAttribute("profileForm") ProfileForm form, BindingResult binding,
			@RequestParam(required = false) @Nullable String comment, Locale locale, Model model,
			RedirectAttributes redirect) {
		Country country = country(code);
		Validation choices = new Validation();
		ProfileContent content = form.content(choices);
		try {
			if (choices.failed() || BoundForm.failed(binding)) {
				// A choice the form does not offer, or a row beyond the most, is
				// reported with every other fault.
				content.check(choices);
				return form(model, country, version, content, comment,
						BoundForm.errors(binding, choices.failed() ? choices.problems() : null, messages, locale),
						null);
			}
			profiles.save(country.code(), version, content, comment, viewers.get());
		}
		catch (InvalidRequestException ex) {
			return form(model, country, version, content, comment, BoundForm.errors(binding, ex, messages, locale),
					null);
		}
		catch (StaleVersionException ex) {
			EditConflict conflict = profiles.conflict(country.code(), version, viewers.get());
			return form(model, country, conflict.currentVersion(), content, comment, Map.of(), conflict);
		}
		redirect.addFlashAttribute("notice", "profile.saved");
		return "redirect:/countries/" + country.code().value() + "#profile";
	}

	/**
	 * A step of the profile's workflow: submit, publish, return, archive, reopen,
	 * confirm.
	 */
	@PostMapping("/countries/{code}/profile/{transition:" + RecordTransitions.STEPS + "}")
	String move(@PathVariable CountryCode code, @PathVariable Transition transition, @RequestParam int version,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		Country country = country(code);
		return RecordTransitions.page(transition, "/countries/" + country.code().value() + "#profile", "profile",
				redirect, () -> profiles.move(country.code(), version, transition, reason, viewers.get()));
	}

	@GetMapping("/countries/{code}/profile/history")
	String history(@PathVariable CountryCode code, @RequestParam(required = false) @Nullable Integer from,
			@RequestParam(required = false) @Nullable Integer to, Model model) {
		Country country = country(code);
		List<Revision> history = profiles.history(country.code(), viewers.get());
		model.addAttribute("recordFields", new ProfileFields(messages, LocaleContextHolder.getLocale()));
		model.addAttribute("country", country);
		model.addAttribute("history", history);
		if (from != null && to != null) {
			model.addAttribute("from", profiles.revision(country.code(), from, viewers.get()));
			model.addAttribute("to", profiles.revision(country.code(), to, viewers.get()));
			model.addAttribute("changes", profiles.compare(country.code(), from, to, viewers.get()));
		}
		else if (history.size() >= 2) {
			model.addAttribute("suggestedFrom", history.get(1).number());
			model.addAttribute("suggestedTo", history.get(0).number());
		}
		return "directory/profile/history";
	}

	/**
	 * The profile as an offline form, filled from its working copy: only its writers
	 * download it, since a draft is not public.
	 */
	@GetMapping("/countries/{code}/profile/offline.{format:xlsx|docx}")
	ResponseEntity<byte[]> offline(@PathVariable CountryCode code, @PathVariable String format, Locale locale) {
		Country country = country(code);
		Viewer viewer = viewers.get();
		RecordView<CountryCode, ProfileContent> view = profiles.view(country.code(), viewer);
		if (view.working() == null || !profiles.mayEdit(view, viewer)) {
			throw new ForbiddenException("record.edit.not-yours", view.owner().toString());
		}
		OfflineForm form = ProfileOfflineForm.of(messages, locale, country.name(locale), view.version());
		return download(form, country, view.version(), form.values(ProfileForm.of(view.working())), format, locale);
	}

	/** The profile's offline form, blank: its questions are public. */
	@GetMapping("/countries/{code}/profile/offline-blank.{format:xlsx|docx}")
	ResponseEntity<byte[]> offlineBlank(@PathVariable CountryCode code, @PathVariable String format, Locale locale) {
		Country country = country(code);
		OfflineForm form = ProfileOfflineForm.of(messages, locale, country.name(locale), 0);
		return download(form, country, 0, Map.of(), format, locale);
	}

	private ResponseEntity<byte[]> download(OfflineForm form, Country country, int version,
			Map<String, List<String>> values, String format, Locale locale) {
		OfflineForm.Stamp stamp = new OfflineForm.Stamp(form.kind(), country.code().value(), version, form.version(),
				OfflineForm.FORMAT);
		OfflineTexts texts = OfflineTexts.of(messages, locale);
		return OfflineFiles.download(form, stamp, values, texts, format, "profile-" + country.code().value());
	}

	/**
	 * Reads a filled offline form and shows what it would change, field by field, each
	 * problem beside its field; nothing is saved. A file that is not this profile's form
	 * is refused on the edit page with its reason.
	 */
	@PostMapping("/countries/{code}/profile/offline")
	String upload(@PathVariable CountryCode code, @RequestParam(required = false) @Nullable MultipartFile file,
			Locale locale, Model model) throws java.io.IOException {
		Country country = country(code);
		RecordView<CountryCode, ProfileContent> view = profiles.view(country.code(), viewers.get());
		OfflineForm form = ProfileOfflineForm.of(messages, locale, country.name(locale), view.version());
		OfflineFiles.Filled filled;
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidRequestException(OfflineFiles.FILE, "offline.missing");
			}
			if (file.getSize() > OfflineFiles.MAX_FILE) {
				throw new InvalidRequestException(OfflineFiles.FILE, "offline.too-large",
						OfflineFiles.MAX_FILE / (1024 * 1024));
			}
			filled = OfflineFiles.read(form, country.code().value(), file.getBytes());
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("offlineError", messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			ProfileContent working = (view.working() != null) ? view.working() : ProfileContent.empty();
			return form(model, country, view.version(), working, "", Map.of(), null);
		}
		return review(model, country, form, filled.values(), filled.stamp().version(), filled.format(), Map.of(),
				locale);
	}

	/**
	 * Applies a reviewed upload as a new draft revision, checked as a save from the edit
	 * page; based on a version another save overtook, it is shown again against the
	 * record as it now is.
	 */
	@PostMapping("/countries/{code}/profile/offline/apply")
	String apply(@PathVariable CountryCode code, @RequestParam int version, @RequestParam int basedOn,
			@RequestParam String format, @RequestParam(required = false) @Nullable String comment,
			@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model,
			RedirectAttributes redirect) {
		Country country = country(code);
		OfflineForm form = ProfileOfflineForm.of(messages, locale, country.name(locale), version);
		Map<String, List<String>> values = OfflineFiles.answers(form, parameters);
		ProfileForm uploaded = new ProfileForm();
		BindingResult binding = OfflineForm.bind(uploaded, values);
		Validation choices = new Validation();
		ProfileContent content = uploaded.content(choices);
		content.check(choices);
		if (choices.failed() || BoundForm.failed(binding)) {
			return review(model, country, form, values, basedOn, format, Map.of(), locale);
		}
		String why = (comment == null || comment.isBlank()) ? messages.getMessage("offline.comment",
				new Object[] { OfflineFiles.formatOf(format) != null ? format.toUpperCase(Locale.ROOT) : "" }, locale)
				: comment;
		try {
			profiles.save(country.code(), version, content, why, viewers.get());
		}
		catch (InvalidRequestException ex) {
			return review(model, country, form, values, basedOn, format, FormErrors.of(ex, messages, locale), locale);
		}
		catch (StaleVersionException ex) {
			return review(model, country, form, values, basedOn, format, Map.of(), locale);
		}
		redirect.addFlashAttribute("notice", "offline.applied");
		return "redirect:/countries/" + country.code().value() + "#profile";
	}

	/** The review of uploaded answers against the profile as it now is. */
	private String review(Model model, Country country, OfflineForm form, Map<String, List<String>> values, int basedOn,
			String format, Map<String, String> refused, Locale locale) {
		RecordView<CountryCode, ProfileContent> view = profiles.view(country.code(), viewers.get());
		ProfileForm uploaded = new ProfileForm();
		BindingResult binding = OfflineForm.bind(uploaded, values);
		Validation choices = new Validation();
		ProfileContent content = uploaded.content(choices);
		content.check(choices);
		Map<String, String> errors = new java.util.LinkedHashMap<>(
				BoundForm.errors(binding, choices.failed() ? choices.problems() : null, messages, locale));
		refused.forEach(errors::putIfAbsent);
		ProfileFields fields = new ProfileFields(messages, locale);
		ProfileContent current = (view.working() != null) ? view.working() : ProfileContent.empty();
		List<OfflineReview.Row> rows = OfflineReview.rows(current.fields(), content.fields(), fields::label,
				fields::value, errors);
		model.addAttribute("country", country);
		model.addAttribute("review", new OfflineReview(rows, OfflineReview.answers(values), view.version(), basedOn,
				format, !errors.isEmpty()));
		return "directory/profile/offline";
	}

	private String form(Model model, Country country, int version, ProfileContent content, @Nullable String comment,
			Map<String, String> errors, @Nullable EditConflict conflict) {
		model.addAttribute("country", country);
		model.addAttribute("version", version);
		model.addAttribute("focalPoints", rows(content.focalPoints()));
		model.addAttribute("authorities", rows(content.authorities()));
		model.addAttribute("profileContent", content);
		model.addAttribute("comment", comment);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("recordFields", new ProfileFields(messages, LocaleContextHolder.getLocale()));
		model.addAttribute("frameworks", FrameworkStatus.values());
		model.addAttribute("mechanisms", MechanismStatus.values());
		return "directory/profile/edit";
	}

	private static List<ProfileContact> rows(List<ProfileContact> contacts) {
		List<ProfileContact> rows = new ArrayList<>(contacts);
		for (int spare = 0; spare < SPARE_ROWS && rows.size() < ProfileContent.MAX_CONTACTS; spare++) {
			rows.add(new ProfileContact("", null, null, null));
		}
		return rows;
	}

	private Country country(CountryCode code) {
		return countries.get(code);
	}

}
