package org.cbcm.initiatives.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.directory.Region;
import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.PlanItem;
import org.cbcm.initiatives.CapacityCategory;
import org.cbcm.initiatives.DacCriterion;
import org.cbcm.initiatives.FundingType;
import org.cbcm.initiatives.GeographicScope;
import org.cbcm.initiatives.ImplementationStatus;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeType;
import org.cbcm.initiatives.ParticipantRole;
import org.cbcm.initiatives.TargetGroup;
import org.cbcm.web.OfflineForm;
import org.cbcm.web.OfflineForm.Choice;
import org.cbcm.web.OfflineForm.Field;
import org.cbcm.web.OfflineForm.Section;
import org.cbcm.web.OfflineForm.Type;
import org.cbcm.web.OfflineTexts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An initiative as an offline form: the questions of its edit page
 * ({@link InitiativeForm}), under the names it binds and the labels it shows, with the
 * same answers offered (types, statuses, countries, regions, organisations, Action Plan
 * items). The programme it belongs to is not asked offline: it stays as the record has
 * it. A list offers the rows the record fills and five more, up to the most it holds.
 */
@Component
class InitiativeOfflineForm {

	/** The kind the stamp names. */
	static final String KIND = "initiative";

	/** The version of the questions: raise it when a question is added or changed. */
	static final int VERSION = 1;

	/** Empty rows a list offers beyond those filled. */
	static final int SPARE_ROWS = 5;

	private final MessageSource messages;

	private final CountryDirectory countries;

	private final OrganisationDirectory organisations;

	private final ActionPlanCatalogue plan;

	InitiativeOfflineForm(MessageSource messages, CountryDirectory countries, OrganisationDirectory organisations,
			ActionPlanCatalogue plan) {
		this.messages = messages;
		this.countries = countries;
		this.organisations = organisations;
		this.plan = plan;
	}

	/**
	 * The form, its lists offering the rows the given form fills and some more.
	 * @param filled the form as filled from the record (or uploaded)
	 */
	OfflineForm of(Locale locale, String title, int version, InitiativeForm filled) {
		List<PlanItem> items = plan.items(plan.current().code(), ItemFilter.all());
		List<Choice> elements = items.stream()
			.filter(item -> item.type() == ItemType.KEY_ELEMENT || item.type() == ItemType.SUB_ELEMENT)
			.map(item -> new Choice(item.code().value(), item.code().value() + " " + item.label()))
			.toList();
		List<Choice> activities = items.stream()
			.filter(item -> item.type() == ItemType.ACTIVITY)
			.map(item -> new Choice(item.code().value(), item.code().value() + " " + item.label()))
			.toList();
		List<Choice> sources = items.stream()
			.filter(item -> item.type() == ItemType.FUNDING_SOURCE)
			.map(item -> new Choice(item.code().value(), item.code().value() + " " + item.label()))
			.toList();
		Collator collator = Collator.getInstance(locale);
		List<Choice> countryChoices = countries.all()
			.stream()
			.sorted(Comparator.comparing(country -> country.name(locale), collator))
			.map(country -> new Choice(country.code().value(), country.name(locale)))
			.toList();
		List<Choice> organisationChoices = organisations.all()
			.stream()
			.map(organisation -> new Choice(organisation.id().toString(), organisation.name()))
			.toList();
		List<Choice> regions = new ArrayList<>();
		for (Region region : countries.regions()) {
			regions(region, 0, locale, regions);
		}
		List<Field> shares = new ArrayList<>();
		for (Choice element : elements) {
			shares.add(Field.of("focus.share[" + element.value() + "]",
					messages.getMessage("initiative.label.element.share", new Object[] { element.label() }, locale),
					Type.NUMBER));
		}
		List<Field> evaluation = new ArrayList<>(List.of(Field.of("evaluator", label("evaluator", locale), Type.TEXT),
				Field.of("date", label("date", locale), Type.DATE)));
		List<Choice> ratings = List.of(1, 2, 3, 4)
			.stream()
			.map(n -> new Choice(String.valueOf(n), text("initiative.rating." + n, locale)))
			.toList();
		for (DacCriterion criterion : DacCriterion.values()) {
			evaluation.add(Field.choice("ratings[" + criterion.name() + "]",
					label("ratings", locale) + ": " + text("initiative.criterion." + criterion.name(), locale),
					ratings));
		}
		evaluation.add(Field.of("summary", label("summary", locale), Type.LONG_TEXT));
		evaluation.add(Field.of("url", label("url", locale), Type.TEXT));
		List<Section> sections = List.of(
				Section
					.of(text("initiative.section.identity", locale),
							List.of(Field.of("title", label("title", locale), Type.TEXT),
									Field.of("projectNumber", label("projectNumber", locale), Type.TEXT),
									Field.choice("type", label("type", locale),
											choices(InitiativeType.values(), "initiative.type.", locale)),
									Field.choice("implementation", label("implementation", locale),
											choices(ImplementationStatus.values(), "initiative.status.", locale)),
									Field.of("description", label("description", locale), Type.LONG_TEXT),
									Field.of("objectives", label("objectives", locale), Type.LONG_TEXT),
									Field.of("schedule.plannedStart", label("plannedStart", locale), Type.DATE),
									Field.of("schedule.plannedEnd", label("plannedEnd", locale), Type.DATE),
									Field.of("schedule.actualStart", label("actualStart", locale), Type.DATE),
									Field.of("schedule.actualEnd", label("actualEnd", locale), Type.DATE))),
				Section.of(text("initiative.section.where", locale),
						List.of(Field.choice("geography.scope", label("scope", locale),
								choices(GeographicScope.values(), "initiative.scope.", locale)),
								Field.of("geography.area", label("area", locale), Type.TEXT),
								Field.choices("geography.regions", label("regions", locale), regions))),
				rows(label("countries", locale), "geography.countries", filled, InitiativeContent.MAX_COUNTRIES,
						n -> messages.getMessage("initiative.label.country.row", new Object[] { n }, locale),
						List.of(Field.choice("country", label("country", locale), countryChoices),
								Field.of("percentage", label("percentage", locale), Type.NUMBER))),
				rows(text("initiative.section.who", locale), "participants", filled, InitiativeContent.MAX_ROWS,
						n -> messages.getMessage("initiative.label.organisation.row", new Object[] { n }, locale),
						List.of(Field.choice("organisation", label("organisation", locale), organisationChoices),
								Field.choice("role", label("role", locale),
										choices(ParticipantRole.values(), "initiative.role.", locale)),
								Field.of("share", label("share", locale), Type.NUMBER))),
				Section.of(text("initiative.section.money", locale),
						List.of(Field.of("funding.totalBudget", label("totalBudget", locale), Type.NUMBER),
								Field.of("funding.currency", label("currency", locale), Type.TEXT),
								Field.choice("funding.source", label("source", locale), sources),
								Field.choice("funding.type", label("fundingType", locale),
										choices(FundingType.values(), "initiative.funding-type.", locale)),
								Field.of("funding.coFinancing", label("coFinancing", locale), Type.NUMBER))),
				rows(label("years", locale), "funding.years", filled, InitiativeContent.MAX_ROWS,
						n -> label("year", locale) + " " + n,
						List.of(Field.of("year", label("year", locale), Type.WHOLE_NUMBER),
								Field.of("committed", label("committed", locale), Type.NUMBER),
								Field.of("disbursed", label("disbursed", locale), Type.NUMBER))),
				Section.of(text("initiative.section.what", locale),
						List.of(Field.choices("focus.elements", label("keyElements", locale), elements),
								Field.choices("focus.activities", label("activities", locale), activities),
								Field.choices("focus.categories", label("categories", locale),
										choices(CapacityCategory.values(), "initiative.category.", locale)),
								Field.choices("focus.targetGroups", label("targetGroups", locale),
										choices(TargetGroup.values(), "initiative.target.", locale)))),
				Section.of(label("keyElements", locale) + " (%)", shares),
				Section.of(text("initiative.section.results", locale),
						List.of(Field.of("results.outputs", label("outputs", locale), Type.LONG_TEXT),
								Field.of("results.outcomes", label("outcomes", locale), Type.LONG_TEXT),
								Field.of("results.achievements", label("achievements", locale), Type.LONG_TEXT),
								Field.of("results.lessons", label("lessons", locale), Type.LONG_TEXT))),
				rows(label("indicators", locale), "results.indicators", filled, InitiativeContent.MAX_ROWS,
						n -> label("indicator", locale) + " " + n,
						List.of(Field.of("name", label("indicator", locale), Type.TEXT),
								Field.of("unit", label("unit", locale), Type.TEXT),
								Field.of("baseline", label("baseline", locale), Type.NUMBER),
								Field.of("baselineDate", label("baselineDate", locale), Type.DATE),
								Field.of("target", label("target", locale), Type.NUMBER),
								Field.of("targetDate", label("targetDate", locale), Type.DATE),
								Field.of("actual", label("actual", locale), Type.NUMBER),
								Field.of("actualDate", label("actualDate", locale), Type.DATE))),
				rows(label("documents", locale), "results.documents", filled, InitiativeContent.MAX_ROWS,
						n -> label("document-title", locale) + " " + n,
						List.of(Field.of("title", label("document-title", locale), Type.TEXT),
								Field.of("url", label("url", locale), Type.TEXT))),
				rows(label("evaluations", locale), "evaluations", filled, InitiativeContent.MAX_ROWS,
						n -> label("evaluations", locale) + " " + n, evaluation),
				rows(label("contacts", locale), "contacts", filled, InitiativeContent.MAX_ROWS,
						n -> label("contacts", locale) + " " + n,
						List.of(Field.of("name", label("name", locale), Type.TEXT),
								Field.of("institution", label("institution", locale), Type.TEXT),
								Field.of("email", label("email", locale), Type.TEXT),
								Field.of("phone", label("phone", locale), Type.TEXT))));
		return new OfflineForm(KIND, VERSION, title, OfflineTexts.instructions(messages, locale, version), sections);
	}

	private static Section rows(String title, String list, InitiativeForm filled, int most,
			java.util.function.IntFunction<String> rowLabel, List<Field> columns) {
		return Section.rows(title, list, Math.min(most, filled.filled(list) + SPARE_ROWS), rowLabel, columns);
	}

	private void regions(Region region, int depth, Locale locale, List<Choice> into) {
		into.add(new Choice(region.code().value(), "— ".repeat(depth) + text(region.nameKey(), locale)));
		for (Region sub : region.subRegions()) {
			regions(sub, depth + 1, locale, into);
		}
	}

	private List<Choice> choices(Enum<?>[] values, String prefix, Locale locale) {
		return Arrays.stream(values)
			.map(value -> new Choice(value.name(), text(prefix + value.name(), locale)))
			.toList();
	}

	private String label(String name, Locale locale) {
		return text("initiative.label." + name, locale);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
