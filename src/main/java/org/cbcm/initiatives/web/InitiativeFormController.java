package org.cbcm.initiatives.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ActivityLevel;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.PlanItem;
import org.cbcm.initiatives.CapacityCategory;
import org.cbcm.initiatives.DacCriterion;
import org.cbcm.initiatives.FundingType;
import org.cbcm.initiatives.GeographicScope;
import org.cbcm.initiatives.ImplementationStatus;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativeType;
import org.cbcm.initiatives.ParticipantRole;
import org.cbcm.initiatives.TargetGroup;
import org.cbcm.initiatives.internal.InitiativeManagement;
import org.cbcm.initiatives.internal.SimilarInitiatives;
import org.cbcm.initiatives.internal.SimilarInitiatives.Similar;
import org.cbcm.records.EditConflict;
import org.cbcm.records.RecordView;
import org.cbcm.records.RecordScope;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.StaleVersionException;
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
 * The form that registers an initiative and changes it. It works without JavaScript: "add
 * a row" buttons post the form and come back with one more row, nothing saved; a new
 * record is checked against the registry for likely duplicates before it is saved; a
 * refused save keeps everything typed, with the reason beside each field, and a save
 * based on a stale version shows what the other person changed.
 */
@Controller
class InitiativeFormController {

	/** Currencies offered first; any ISO 4217 code may be typed. */
	static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NOK", "SEK", "DKK",
			"NZD", "CNY", "INR", "BRL", "MXN", "ZAR", "KES", "NGN", "EGP", "MAD", "XOF", "XAF", "PHP", "IDR", "MYR",
			"THB", "VND", "COP", "PEN", "ARS", "RUB", "UAH", "KZT", "TRY");

	private final InitiativeManagement initiatives;

	private final SimilarInitiatives similar;

	private final CountryDirectory countries;

	private final OrganisationDirectory organisations;

	private final ActionPlanCatalogue plan;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	private final InitiativeFields.Source fields;

	InitiativeFormController(InitiativeManagement initiatives, SimilarInitiatives similar, CountryDirectory countries,
			OrganisationDirectory organisations, ActionPlanCatalogue plan, CurrentViewer viewers,
			MessageSource messages, InitiativeFields.Source fields) {
		this.fields = fields;
		this.initiatives = initiatives;
		this.similar = similar;
		this.countries = countries;
		this.organisations = organisations;
		this.plan = plan;
		this.viewers = viewers;
		this.messages = messages;
	}

	/** Someone the record may belong to, as the owner choice offers it. */
	public record OwnerChoice(String value, String label) {
	}

	@GetMapping("/initiatives/new")
	String create(Locale locale, Model model) {
		return form(model, null, InitiativeForm.of(InitiativeContent.titled("")), Map.of(), null, null, List.of(), null,
				locale);
	}

	/**
	 * Registers the form's initiative. Spring binds the form; Bean Validation and the
	 * record's own rules find every fault at once, each shown beside its field.
	 */
	@PostMapping("/initiatives")
	String register(@Valid @ModelAttribute("form") InitiativeForm form, BindingResult binding,
			@RequestParam(required = false) @Nullable String comment,
			@RequestParam(defaultValue = "false") boolean distinct, @RequestParam(defaultValue = "false") boolean check,
			@RequestParam(required = false) @Nullable String more, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (more != null) {
			return form(model, null, form, Map.of(), null, comment, List.of(), more, locale);
		}
		InitiativeForm.Read read = form.read();
		Viewer viewer = viewers.get();
		boolean failed = read.validation().failed() || BoundForm.failed(binding);
		List<Similar> likely = similar.of(read.content(), null);
		if (check || (!distinct && !likely.isEmpty() && !failed)) {
			model.addAttribute("checked", true);
			return form(model, null, form, Map.of(), null, comment, likely, null, locale);
		}
		if (failed) {
			initiatives.checkInto(read.content(), read.validation());
			return refused(model, null, form, binding, read,
					read.validation().failed() ? read.validation().problems() : null, comment, likely, distinct,
					locale);
		}
		try {
			InitiativeId id = initiatives.create(InitiativeManagement.ownerOf(form.getOwner()), read.content(), comment,
					viewer);
			redirect.addFlashAttribute("notice", "initiative.registered");
			return "redirect:/initiatives/" + id;
		}
		catch (InvalidRequestException ex) {
			return refused(model, null, form, binding, read, ex, comment, likely, distinct, locale);
		}
	}

	private String refused(Model model, @Nullable RecordView<InitiativeId, InitiativeContent> view, InitiativeForm form,
			BindingResult binding, InitiativeForm.Read read, @Nullable InvalidRequestException ex,
			@Nullable String comment, List<Similar> likely, boolean distinct, Locale locale) {
		if (distinct) {
			// Seen and set aside once: the duplicates stay shown, and the next press
			// registers.
			model.addAttribute("checked", true);
		}
		Map<String, String> errors = BoundForm.errors(binding, (ex != null) ? read.onForm(ex) : null, messages, locale);
		return form(model, view, form, errors, null, comment, likely, null, locale);
	}

	@PostMapping("/initiatives/similar")
	String similar(@ModelAttribute("form") InitiativeForm form, @RequestParam(required = false) @Nullable String id,
			Model model) {
		InitiativeForm.Read read = form.read();
		InitiativeId itself = (id != null && InitiativeId.isValid(id)) ? InitiativeId.of(id) : null;
		model.addAttribute("similar", similar.of(read.content(), itself));
		model.addAttribute("checked", true);
		model.addAttribute("outOfBand", itself == null);
		return "initiatives/form :: similar";
	}

	@GetMapping("/initiatives/{id}/edit")
	String edit(@PathVariable InitiativeId id, Locale locale, Model model) {
		RecordView<InitiativeId, InitiativeContent> view = initiatives.view(id, viewers.get());
		if (view.working() == null || !initiatives.mayEdit(view, viewers.get())) {
			throw new org.cbcm.shared.ForbiddenException("record.edit.not-yours", view.owner().toString());
		}
		return form(model, view, InitiativeForm.of(view.working()), Map.of(), null, null, List.of(), null, locale);
	}

	@PostMapping("/initiatives/{id}")
	String save(@PathVariable("id") InitiativeId initiative, @RequestParam int version,
			@Valid @ModelAttribute("form") InitiativeForm form, BindingResult binding,
			@RequestParam(required = false) @Nullable String comment,
			@RequestParam(required = false) @Nullable String more, Locale locale, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		RecordView<InitiativeId, InitiativeContent> view = initiatives.view(initiative, viewer);
		if (more != null) {
			model.addAttribute("version", version);
			return form(model, view, form, Map.of(), null, comment, List.of(), more, locale);
		}
		InitiativeForm.Read read = form.read();
		if (read.validation().failed() || BoundForm.failed(binding)) {
			initiatives.checkInto(read.content(), read.validation());
			model.addAttribute("version", version);
			return refused(model, view, form, binding, read,
					read.validation().failed() ? read.validation().problems() : null, comment, List.of(), false,
					locale);
		}
		try {
			initiatives.save(initiative, version, read.content(), comment, viewer);
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("version", version);
			return refused(model, view, form, binding, read, ex, comment, List.of(), false, locale);
		}
		catch (StaleVersionException ex) {
			EditConflict conflict = initiatives.conflict(initiative, version, viewer);
			model.addAttribute("version", conflict.currentVersion());
			return form(model, view, form, Map.of(), conflict, comment, List.of(), null, locale);
		}
		redirect.addFlashAttribute("notice", "initiative.saved");
		return "redirect:/initiatives/" + initiative;
	}

	private String form(Model model, @Nullable RecordView<InitiativeId, InitiativeContent> view, InitiativeForm form,
			Map<String, String> errors, @Nullable EditConflict conflict, @Nullable String comment, List<Similar> likely,
			@Nullable String more, Locale locale) {
		Viewer viewer = viewers.get();
		Map<String, Integer> rows = new LinkedHashMap<>();
		InitiativeForm.LISTS.forEach((list, most) -> {
			int shown = form.filled(list);
			String asked = form.getRows().get(list);
			if (asked != null && asked.matches("\\d{1,3}")) {
				shown = Math.max(shown, Integer.parseInt(asked));
			}
			else {
				shown = shown + 1;
			}
			if (list.equals(more)) {
				shown++;
			}
			rows.put(list, Math.max(1, Math.min(shown, most)));
		});
		List<PlanItem> items = plan.items(plan.current().code(), ItemFilter.all());
		RecordScope owner = (view != null) ? view.owner() : singleOwner(viewer);
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("rows", rows);
		model.addAttribute("conflict", conflict);
		model.addAttribute("comment", comment);
		model.addAttribute("similar", likely);
		model.addAttribute("recordFields", fields.of((conflict != null) ? conflict.changes() : List.of(), locale));
		model.asMap().putIfAbsent("version", (view != null) ? view.version() : 0);
		model.addAttribute("owners", (view == null) ? owners(viewer, locale) : List.of());
		List<Map.Entry<InitiativeId, String>> programmes = (owner != null) ? initiatives.programmesFor(owner)
			.stream()
			.filter(entry -> view == null || !entry.getKey().equals(view.id()))
			.toList() : List.of();
		model.addAttribute("programmes", programmes);
		// A programme the record already names that the list does not hold (another
		// owner's published one) stays chosen.
		String parent = form.v("parent");
		model.addAttribute("parentOutside",
				(!parent.isEmpty() && programmes.stream().noneMatch(entry -> entry.getKey().toString().equals(parent)))
						? parent : null);
		model.addAttribute("countryChoices", countries.all()
			.stream()
			.sorted(Comparator.comparing(country -> country.name(locale), java.text.Collator.getInstance(locale)))
			.toList());
		model.addAttribute("regions", countries.regions());
		model.addAttribute("organisationChoices", organisations.all());
		model.addAttribute("roles", ParticipantRole.values());
		model.addAttribute("types", InitiativeType.values());
		model.addAttribute("statuses", ImplementationStatus.values());
		model.addAttribute("scopes", GeographicScope.values());
		model.addAttribute("fundingTypes", FundingType.values());
		model.addAttribute("categories", CapacityCategory.values());
		model.addAttribute("targetGroups", TargetGroup.values());
		model.addAttribute("criteria", DacCriterion.values());
		model.addAttribute("currencies", CURRENCIES);
		model.addAttribute("sources", items.stream().filter(item -> item.type() == ItemType.FUNDING_SOURCE).toList());
		model.addAttribute("keyElements",
				items.stream()
					.filter(item -> item.type() == ItemType.KEY_ELEMENT || item.type() == ItemType.SUB_ELEMENT)
					.toList());
		Map<ActivityLevel, List<PlanItem>> activities = new LinkedHashMap<>();
		for (ActivityLevel level : ActivityLevel.values()) {
			activities.put(level,
					items.stream()
						.filter(item -> item.type() == ItemType.ACTIVITY && item.level() == level)
						.collect(Collectors.toList()));
		}
		model.addAttribute("activities", activities);
		return "initiatives/form";
	}

	private @Nullable RecordScope singleOwner(Viewer viewer) {
		List<RecordScope> owners = initiatives.ownersFor(viewer);
		return (owners.size() == 1 && !viewer.isSecretariat()) ? owners.get(0) : null;
	}

	/** Whom the viewer may register an initiative for: the Secretariat, anyone. */
	private List<OwnerChoice> owners(Viewer viewer, Locale locale) {
		List<OwnerChoice> choices = new ArrayList<>();
		if (viewer.isSecretariat()) {
			for (Organisation organisation : organisations.all()) {
				choices.add(new OwnerChoice(organisation.id().toString(), organisation.name()));
			}
			countries.all()
				.stream()
				.sorted(Comparator.comparing(country -> country.name(locale), java.text.Collator.getInstance(locale)))
				.forEach(country -> choices.add(new OwnerChoice(country.code().value(), country.name(locale))));
			return choices;
		}
		Map<String, Country> byCode = countries.all()
			.stream()
			.collect(Collectors.toMap(country -> country.code().value(), country -> country));
		for (RecordScope owner : initiatives.ownersFor(viewer)) {
			if (owner.organisation() != null) {
				choices.add(new OwnerChoice(owner.organisation().toString(),
						organisations.find(owner.organisation()).map(Organisation::name).orElse(owner.toString())));
			}
			else if (owner.country() != null) {
				Country country = byCode.get(owner.country().value());
				choices.add(new OwnerChoice(owner.country().value(),
						(country != null) ? country.name(locale) : owner.country().value()));
			}
		}
		return choices;
	}

}
