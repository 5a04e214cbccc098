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
import org.cbcm.web.BoundForm;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
