package org.cbcm.initiatives.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbcm.directory.ProfileContact;
import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ItemCode;
import org.cbcm.initiatives.CapacityCategory;
import org.cbcm.initiatives.DacCriterion;
import org.cbcm.initiatives.FundingType;
import org.cbcm.initiatives.GeographicScope;
import org.cbcm.initiatives.ImplementationStatus;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeType;
import org.cbcm.initiatives.ParticipantRole;
import org.cbcm.initiatives.TargetGroup;
import org.cbcm.initiatives.internal.Codes;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Decimals;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Reads an initiative from the form's fields, refusing what is not of the right form (a
 * number, a date, a choice the form offers) at its field; and names the record's own
 * refusals by the form's fields, where the form shows them differently (key elements are
 * boxes with a percentage each, not rows).
 */
final class InitiativeForm {

	private static final Pattern ELEMENT_ROW = Pattern.compile("^focus\\.keyElements\\[(\\d+)](?:\\.(\\w+))?$");

	private final FormValues form;

	private final Validation validation;

	private final List<String> elements = new ArrayList<>();

	private InitiativeForm(FormValues form, Validation validation) {
		this.form = form;
		this.validation = validation;
	}

	/**
	 * The content the form holds; what is not of the right form is left out and refused.
	 */
	static Read read(FormValues form) {
		Validation validation = new Validation();
		form.overfull().forEach((list, limit) -> validation.reject(list, "initiative.rows.too-many", limit));
		InitiativeForm reader = new InitiativeForm(form, validation);
		InitiativeContent content = reader.content();
		return new Read(content, validation, List.copyOf(reader.elements));
	}

	/**
	 * What the form held.
	 *
	 * @param content the content read
	 * @param validation what was not of the right form
	 * @param elements the key elements ticked, in their order
	 */
	record Read(InitiativeContent content, Validation validation, List<String> elements) {

		/** The record's refusal, its fields named as the form names them. */
		InvalidRequestException onForm(InvalidRequestException ex) {
			return InvalidRequestException.of(ex.problems()
				.stream()
				.map(problem -> new InvalidRequestException(field(problem.parameter()), problem.messageKey(),
						problem.arguments()))
				.toList());
		}

		String field(String path) {
			Matcher row = ELEMENT_ROW.matcher(path);
			if (row.matches()) {
				int index = Integer.parseInt(row.group(1));
				return ("percentage".equals(row.group(2)) && index < elements.size())
						? "focus.share." + elements.get(index) : "focus.elements";
			}
			if (path.equals("focus.keyElements")) {
				return "focus.elements";
			}
			if (path.startsWith("focus.activities[")) {
				return "focus.activities";
			}
			if (path.startsWith("geography.regions[")) {
				return "geography.regions";
			}
			return path;
		}

	}

	private InitiativeContent content() {
		List<InitiativeContent.CountryShare> countries = new ArrayList<>();
		for (int index = 0; index < form.filled("geography.countries"); index++) {
			String prefix = "geography.countries[" + index + "].";
			if (blank(prefix, "country", "percentage")) {
				continue;
			}
			CountryCode country = Codes.country(validation, prefix + "country", form.get(prefix + "country"));
			BigDecimal percentage = decimal(prefix + "percentage");
			if (country != null) {
				countries.add(new InitiativeContent.CountryShare(country, percentage));
			}
		}
		List<RegionCode> regions = new ArrayList<>();
		for (String region : form.ticked("geography.regions")) {
			RegionCode code = Codes.region(validation, "geography.regions", region);
			if (code != null) {
				regions.add(code);
			}
		}
		List<InitiativeContent.Participant> participants = new ArrayList<>();
		for (int index = 0; index < form.filled("participants"); index++) {
			String prefix = "participants[" + index + "].";
			if (blank(prefix, "organisation", "share")) {
				continue;
			}
			OrganisationId organisation = Codes.organisation(validation, prefix + "organisation",
					form.get(prefix + "organisation"));
			ParticipantRole role = choice(ParticipantRole.class, prefix + "role");
			if (role == null) {
				validation.reject(prefix + "role", "initiative.field.required");
			}
			BigDecimal share = decimal(prefix + "share");
			if (organisation != null && role != null) {
				participants.add(new InitiativeContent.Participant(organisation, role, share));
			}
		}
		List<InitiativeContent.YearFunding> years = new ArrayList<>();
		for (int index = 0; index < form.filled("funding.years"); index++) {
			String prefix = "funding.years[" + index + "].";
			if (blank(prefix, "year", "committed", "disbursed")) {
				continue;
			}
			Integer year = integer(prefix + "year");
			BigDecimal committed = decimal(prefix + "committed");
			BigDecimal disbursed = decimal(prefix + "disbursed");
			if (year == null) {
				validation.reject(prefix + "year", "initiative.field.required");
			}
			else {
				years.add(new InitiativeContent.YearFunding(year, committed, disbursed));
			}
		}
		String source = form.get("funding.source");
		ItemCode sourceCode = (source == null) ? null
				: Codes.item(validation, "funding.source", source, "initiative.source.unknown");
		List<InitiativeContent.ElementShare> keyElements = new ArrayList<>();
		for (String element : form.ticked("focus.elements")) {
			ItemCode code = Codes.item(validation, "focus.elements", element, "initiative.element.unknown");
			BigDecimal percentage = decimal("focus.share." + element);
			if (code != null) {
				elements.add(code.value());
				keyElements.add(new InitiativeContent.ElementShare(code, percentage));
			}
		}
		List<ItemCode> activities = new ArrayList<>();
		for (String activity : form.ticked("focus.activities")) {
			ItemCode code = Codes.item(validation, "focus.activities", activity, "initiative.activity.unknown");
			if (code != null) {
				activities.add(code);
			}
		}
		List<InitiativeContent.Indicator> indicators = new ArrayList<>();
		for (int index = 0; index < form.filled("results.indicators"); index++) {
			String prefix = "results.indicators[" + index + "].";
			if (blank(prefix, "name", "unit", "baseline", "baselineDate", "target", "targetDate", "actual",
					"actualDate")) {
				continue;
			}
			indicators.add(new InitiativeContent.Indicator(form.v(prefix + "name"), form.get(prefix + "unit"),
					decimal(prefix + "baseline"), date(prefix + "baselineDate"), decimal(prefix + "target"),
					date(prefix + "targetDate"), decimal(prefix + "actual"), date(prefix + "actualDate")));
		}
		List<InitiativeContent.DocumentLink> documents = new ArrayList<>();
		for (int index = 0; index < form.filled("results.documents"); index++) {
			String prefix = "results.documents[" + index + "].";
			if (!blank(prefix, "title", "url")) {
				documents.add(new InitiativeContent.DocumentLink(form.v(prefix + "title"), form.v(prefix + "url")));
			}
		}
		List<InitiativeContent.Evaluation> evaluations = new ArrayList<>();
		for (int index = 0; index < form.filled("evaluations"); index++) {
			String prefix = "evaluations[" + index + "].";
			List<String> fields = new ArrayList<>(List.of("evaluator", "date", "summary", "url"));
			for (DacCriterion criterion : DacCriterion.values()) {
				fields.add("ratings." + criterion);
			}
			if (blank(prefix, fields.toArray(new String[0]))) {
				continue;
			}
			Map<DacCriterion, Integer> ratings = new EnumMap<>(DacCriterion.class);
			for (DacCriterion criterion : DacCriterion.values()) {
				Integer rating = integer(prefix + "ratings." + criterion);
				if (rating != null) {
					ratings.put(criterion, rating);
				}
			}
			evaluations.add(new InitiativeContent.Evaluation(form.v(prefix + "evaluator"), date(prefix + "date"),
					ratings, form.get(prefix + "summary"), form.get(prefix + "url")));
		}
		List<ProfileContact> contacts = new ArrayList<>();
		for (int index = 0; index < form.filled("contacts"); index++) {
			String prefix = "contacts[" + index + "].";
			contacts.add(new ProfileContact(form.v(prefix + "name"), form.get(prefix + "institution"),
					form.get(prefix + "email"), form.get(prefix + "phone")));
		}
		return new InitiativeContent(form.v("title"), form.get("projectNumber"), form.get("description"),
				form.get("objectives"), choice(InitiativeType.class, "type"),
				Codes.initiative(validation, "parent", form.get("parent")),
				choice(ImplementationStatus.class, "implementation"),
				new InitiativeContent.Schedule(date("schedule.plannedStart"), date("schedule.plannedEnd"),
						date("schedule.actualStart"), date("schedule.actualEnd")),
				new InitiativeContent.Geography(choice(GeographicScope.class, "geography.scope"),
						form.get("geography.area"), countries, regions),
				participants,
				new InitiativeContent.Funding(decimal("funding.totalBudget"), form.get("funding.currency"), sourceCode,
						choice(FundingType.class, "funding.type"), decimal("funding.coFinancing"), years),
				new InitiativeContent.Focus(keyElements, activities,
						choices(CapacityCategory.class, "focus.categories"),
						choices(TargetGroup.class, "focus.targetGroups")),
				new InitiativeContent.Results(form.get("results.outputs"), form.get("results.outcomes"),
						form.get("results.achievements"), form.get("results.lessons"), indicators, documents),
				evaluations, contacts);
	}

	private boolean blank(String prefix, String... fields) {
		for (String field : fields) {
			if (form.get(prefix + field) != null) {
				return false;
			}
		}
		return true;
	}

	private @Nullable BigDecimal decimal(String path) {
		String text = form.get(path);
		if (text == null) {
			return null;
		}
		try {
			return Decimals.parse(path, text);
		}
		catch (InvalidRequestException ex) {
			validation.check(() -> {
				throw ex;
			});
			return null;
		}
	}

	private @Nullable Integer integer(String path) {
		String text = form.get(path);
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			validation.reject(path, "initiative.amount.invalid", text);
			return null;
		}
	}

	private @Nullable LocalDate date(String path) {
		String text = form.get(path);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			validation.reject(path, "initiative.date.invalid", text);
			return null;
		}
	}

	private <E extends Enum<E>> @Nullable E choice(Class<E> type, String path) {
		String text = form.get(path);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			validation.reject(path, "error.type.choice", text,
					String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
			return null;
		}
	}

	private <E extends Enum<E>> List<E> choices(Class<E> type, String group) {
		List<E> chosen = new ArrayList<>();
		for (String text : form.ticked(group)) {
			try {
				chosen.add(Enum.valueOf(type, text));
			}
			catch (IllegalArgumentException ex) {
				validation.reject(group, "error.type.choice", text,
						String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
			}
		}
		return chosen;
	}

}
