package org.cbcm.initiatives.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;

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
import org.cbcm.shared.Fields;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Validation;
import org.cbcm.web.DocumentRow;
import org.cbcm.web.ContactRow;
import org.cbcm.web.FormObject;
import org.cbcm.web.FormRows;
import org.jspecify.annotations.Nullable;

/**
 * The initiative form as Spring binds it ({@code @ModelAttribute}): every field as typed,
 * so that nothing typed is lost when a save is refused. Single fields by their path
 * ({@code funding.currency}, {@code geography.countries[0].percentage}), ticked boxes by
 * their group ({@code focus.categories}), a key element's share and an evaluation's
 * ratings by their key ({@code focus.share[12(c)]}, {@code ratings[RELEVANCE]}).
 * {@link #read()} turns it into the record's content, refusing at its field what is not
 * of the right form (a number, a date, a choice the form offers).
 */
@FormRows(
		value = { @FormRows.Rows(list = "geography.countries", most = InitiativeContent.MAX_COUNTRIES),
				@FormRows.Rows(list = "participants", most = InitiativeContent.MAX_ROWS),
				@FormRows.Rows(list = "funding.years", most = InitiativeContent.MAX_ROWS),
				@FormRows.Rows(list = "results.indicators", most = InitiativeContent.MAX_ROWS),
				@FormRows.Rows(list = "results.documents", most = InitiativeContent.MAX_ROWS),
				@FormRows.Rows(list = "evaluations", most = InitiativeContent.MAX_ROWS),
				@FormRows.Rows(list = "contacts", most = InitiativeContent.MAX_ROWS) },
		keyed = { "focus.share", "evaluations.ratings", "rows" }, message = "initiative.rows.too-many")
public class InitiativeForm extends FormObject {

	/** The lists of rows the form has, each with the most rows a record holds. */
	static final Map<String, Integer> LISTS = lists();

	private static final Pattern ELEMENT_ROW = Pattern.compile("^focus\\.keyElements\\[(\\d+)](?:\\.(\\w+))?$");

	private static final Pattern RATING = Pattern.compile("^(evaluations\\[\\d+]\\.ratings)\\.(\\w+)$");

	private @Nullable String owner;

	@NotBlank(message = "{initiative.field.required}")
	private @Nullable String title;

	private @Nullable String projectNumber;

	private @Nullable String description;

	private @Nullable String objectives;

	private @Nullable String type;

	private @Nullable String parent;

	private @Nullable String implementation;

	private Schedule schedule = new Schedule();

	private Geography geography = new Geography();

	private List<Participant> participants = new ArrayList<>();

	private Funding funding = new Funding();

	private Focus focus = new Focus();

	private Results results = new Results();

	private List<Evaluation> evaluations = new ArrayList<>();

	private List<ContactRow> contacts = new ArrayList<>();

	/** How many rows each list shows, as the form last showed them. */
	private Map<String, String> rows = new LinkedHashMap<>();

	// Getters and setters, as Spring binds them.

	public @Nullable String getOwner() {
		return owner;
	}

	public void setOwner(@Nullable String owner) {
		this.owner = owner;
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getProjectNumber() {
		return projectNumber;
	}

	public void setProjectNumber(@Nullable String projectNumber) {
		this.projectNumber = projectNumber;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable String getObjectives() {
		return objectives;
	}

	public void setObjectives(@Nullable String objectives) {
		this.objectives = objectives;
	}

	public @Nullable String getType() {
		return type;
	}

	public void setType(@Nullable String type) {
		this.type = type;
	}

	public @Nullable String getParent() {
		return parent;
	}

	public void setParent(@Nullable String parent) {
		this.parent = parent;
	}

	public @Nullable String getImplementation() {
		return implementation;
	}

	public void setImplementation(@Nullable String implementation) {
		this.implementation = implementation;
	}

	public Schedule getSchedule() {
		return schedule;
	}

	public void setSchedule(Schedule schedule) {
		this.schedule = schedule;
	}

	public Geography getGeography() {
		return geography;
	}

	public void setGeography(Geography geography) {
		this.geography = geography;
	}

	public List<Participant> getParticipants() {
		return participants;
	}

	public void setParticipants(List<Participant> participants) {
		this.participants = participants;
	}

	public Funding getFunding() {
		return funding;
	}

	public void setFunding(Funding funding) {
		this.funding = funding;
	}

	public Focus getFocus() {
		return focus;
	}

	public void setFocus(Focus focus) {
		this.focus = focus;
	}

	public Results getResults() {
		return results;
	}

	public void setResults(Results results) {
		this.results = results;
	}

	public List<Evaluation> getEvaluations() {
		return evaluations;
	}

	public void setEvaluations(List<Evaluation> evaluations) {
		this.evaluations = evaluations;
	}

	public List<ContactRow> getContacts() {
		return contacts;
	}

	public void setContacts(List<ContactRow> contacts) {
		this.contacts = contacts;
	}

	public Map<String, String> getRows() {
		return rows;
	}

	public void setRows(Map<String, String> rows) {
		this.rows = rows;
	}

	/** The dates of the schedule. */
	public static class Schedule {

		private @Nullable String plannedStart;

		private @Nullable String plannedEnd;

		private @Nullable String actualStart;

		private @Nullable String actualEnd;

		public @Nullable String getPlannedStart() {
			return plannedStart;
		}

		public void setPlannedStart(@Nullable String plannedStart) {
			this.plannedStart = plannedStart;
		}

		public @Nullable String getPlannedEnd() {
			return plannedEnd;
		}

		public void setPlannedEnd(@Nullable String plannedEnd) {
			this.plannedEnd = plannedEnd;
		}

		public @Nullable String getActualStart() {
			return actualStart;
		}

		public void setActualStart(@Nullable String actualStart) {
			this.actualStart = actualStart;
		}

		public @Nullable String getActualEnd() {
			return actualEnd;
		}

		public void setActualEnd(@Nullable String actualEnd) {
			this.actualEnd = actualEnd;
		}

	}

	/** Where: the scope, the area, countries with their shares, regions ticked. */
	public static class Geography {

		private @Nullable String scope;

		private @Nullable String area;

		private List<CountryRow> countries = new ArrayList<>();

		private List<String> regions = new ArrayList<>();

		public @Nullable String getScope() {
			return scope;
		}

		public void setScope(@Nullable String scope) {
			this.scope = scope;
		}

		public @Nullable String getArea() {
			return area;
		}

		public void setArea(@Nullable String area) {
			this.area = area;
		}

		public List<CountryRow> getCountries() {
			return countries;
		}

		public void setCountries(List<CountryRow> countries) {
			this.countries = countries;
		}

		public List<String> getRegions() {
			return regions;
		}

		public void setRegions(List<String> regions) {
			this.regions = regions;
		}

	}

	/** A country and its share. */
	public static class CountryRow {

		private @Nullable String country;

		private @Nullable String percentage;

		public @Nullable String getCountry() {
			return country;
		}

		public void setCountry(@Nullable String country) {
			this.country = country;
		}

		public @Nullable String getPercentage() {
			return percentage;
		}

		public void setPercentage(@Nullable String percentage) {
			this.percentage = percentage;
		}

	}

	/** An organisation taking part, its role and share. */
	public static class Participant {

		private @Nullable String organisation;

		private @Nullable String role;

		private @Nullable String share;

		public @Nullable String getOrganisation() {
			return organisation;
		}

		public void setOrganisation(@Nullable String organisation) {
			this.organisation = organisation;
		}

		public @Nullable String getRole() {
			return role;
		}

		public void setRole(@Nullable String role) {
			this.role = role;
		}

		public @Nullable String getShare() {
			return share;
		}

		public void setShare(@Nullable String share) {
			this.share = share;
		}

	}

	/** The money: the budget, its currency, source and type, and by year. */
	public static class Funding {

		private @Nullable String totalBudget;

		private @Nullable String currency;

		private @Nullable String source;

		private @Nullable String type;

		private @Nullable String coFinancing;

		private List<YearRow> years = new ArrayList<>();

		public @Nullable String getTotalBudget() {
			return totalBudget;
		}

		public void setTotalBudget(@Nullable String totalBudget) {
			this.totalBudget = totalBudget;
		}

		public @Nullable String getCurrency() {
			return currency;
		}

		public void setCurrency(@Nullable String currency) {
			this.currency = currency;
		}

		public @Nullable String getSource() {
			return source;
		}

		public void setSource(@Nullable String source) {
			this.source = source;
		}

		public @Nullable String getType() {
			return type;
		}

		public void setType(@Nullable String type) {
			this.type = type;
		}

		public @Nullable String getCoFinancing() {
			return coFinancing;
		}

		public void setCoFinancing(@Nullable String coFinancing) {
			this.coFinancing = coFinancing;
		}

		public List<YearRow> getYears() {
			return years;
		}

		public void setYears(List<YearRow> years) {
			this.years = years;
		}

	}

	/** A year's money. */
	public static class YearRow {

		private @Nullable String year;

		private @Nullable String committed;

		private @Nullable String disbursed;

		public @Nullable String getYear() {
			return year;
		}

		public void setYear(@Nullable String year) {
			this.year = year;
		}

		public @Nullable String getCommitted() {
			return committed;
		}

		public void setCommitted(@Nullable String committed) {
			this.committed = committed;
		}

		public @Nullable String getDisbursed() {
			return disbursed;
		}

		public void setDisbursed(@Nullable String disbursed) {
			this.disbursed = disbursed;
		}

	}

	/** What it addresses: boxes ticked, and a share by key element. */
	public static class Focus {

		private List<String> elements = new ArrayList<>();

		private Map<String, String> share = new LinkedHashMap<>();

		private List<String> activities = new ArrayList<>();

		private List<String> categories = new ArrayList<>();

		private List<String> targetGroups = new ArrayList<>();

		public List<String> getElements() {
			return elements;
		}

		public void setElements(List<String> elements) {
			this.elements = elements;
		}

		public Map<String, String> getShare() {
			return share;
		}

		public void setShare(Map<String, String> share) {
			this.share = share;
		}

		public List<String> getActivities() {
			return activities;
		}

		public void setActivities(List<String> activities) {
			this.activities = activities;
		}

		public List<String> getCategories() {
			return categories;
		}

		public void setCategories(List<String> categories) {
			this.categories = categories;
		}

		public List<String> getTargetGroups() {
			return targetGroups;
		}

		public void setTargetGroups(List<String> targetGroups) {
			this.targetGroups = targetGroups;
		}

	}

	/** The results: texts, indicators and documents. */
	public static class Results {

		private @Nullable String outputs;

		private @Nullable String outcomes;

		private @Nullable String achievements;

		private @Nullable String lessons;

		private List<IndicatorRow> indicators = new ArrayList<>();

		private List<DocumentRow> documents = new ArrayList<>();

		public @Nullable String getOutputs() {
			return outputs;
		}

		public void setOutputs(@Nullable String outputs) {
			this.outputs = outputs;
		}

		public @Nullable String getOutcomes() {
			return outcomes;
		}

		public void setOutcomes(@Nullable String outcomes) {
			this.outcomes = outcomes;
		}

		public @Nullable String getAchievements() {
			return achievements;
		}

		public void setAchievements(@Nullable String achievements) {
			this.achievements = achievements;
		}

		public @Nullable String getLessons() {
			return lessons;
		}

		public void setLessons(@Nullable String lessons) {
			this.lessons = lessons;
		}

		public List<IndicatorRow> getIndicators() {
			return indicators;
		}

		public void setIndicators(List<IndicatorRow> indicators) {
			this.indicators = indicators;
		}

		public List<DocumentRow> getDocuments() {
			return documents;
		}

		public void setDocuments(List<DocumentRow> documents) {
			this.documents = documents;
		}

	}

	/** An indicator with its baseline, target and actual value. */
	public static class IndicatorRow {

		private @Nullable String name;

		private @Nullable String unit;

		private @Nullable String baseline;

		private @Nullable String baselineDate;

		private @Nullable String target;

		private @Nullable String targetDate;

		private @Nullable String actual;

		private @Nullable String actualDate;

		public @Nullable String getName() {
			return name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public @Nullable String getUnit() {
			return unit;
		}

		public void setUnit(@Nullable String unit) {
			this.unit = unit;
		}

		public @Nullable String getBaseline() {
			return baseline;
		}

		public void setBaseline(@Nullable String baseline) {
			this.baseline = baseline;
		}

		public @Nullable String getBaselineDate() {
			return baselineDate;
		}

		public void setBaselineDate(@Nullable String baselineDate) {
			this.baselineDate = baselineDate;
		}

		public @Nullable String getTarget() {
			return target;
		}

		public void setTarget(@Nullable String target) {
			this.target = target;
		}

		public @Nullable String getTargetDate() {
			return targetDate;
		}

		public void setTargetDate(@Nullable String targetDate) {
			this.targetDate = targetDate;
		}

		public @Nullable String getActual() {
			return actual;
		}

		public void setActual(@Nullable String actual) {
			this.actual = actual;
		}

		public @Nullable String getActualDate() {
			return actualDate;
		}

		public void setActualDate(@Nullable String actualDate) {
			this.actualDate = actualDate;
		}

	}

	/** An evaluation, its ratings by criterion. */
	public static class Evaluation {

		private @Nullable String evaluator;

		private @Nullable String date;

		private Map<String, String> ratings = new LinkedHashMap<>();

		private @Nullable String summary;

		private @Nullable String url;

		public @Nullable String getEvaluator() {
			return evaluator;
		}

		public void setEvaluator(@Nullable String evaluator) {
			this.evaluator = evaluator;
		}

		public @Nullable String getDate() {
			return date;
		}

		public void setDate(@Nullable String date) {
			this.date = date;
		}

		public Map<String, String> getRatings() {
			return ratings;
		}

		public void setRatings(Map<String, String> ratings) {
			this.ratings = ratings;
		}

		public @Nullable String getSummary() {
			return summary;
		}

		public void setSummary(@Nullable String summary) {
			this.summary = summary;
		}

		public @Nullable String getUrl() {
			return url;
		}

		public void setUrl(@Nullable String url) {
			this.url = url;
		}

	}

	// What the template reads.

	/** Whether a box of a group is ticked. */
	public boolean has(String group, String value) {
		return ticked(group).contains(value);
	}

	private Collection<?> ticked(String group) {
		return switch (group) {
			case "focus.elements" -> focus.elements;
			case "focus.activities" -> focus.activities;
			case "focus.categories" -> focus.categories;
			case "focus.targetGroups" -> focus.targetGroups;
			case "geography.regions" -> geography.regions;
			default -> List.of();
		};
	}

	/** How many rows of a list the form fills: one past the highest row given. */
	public int filled(String list) {
		return switch (list) {
			case "geography.countries" -> geography.countries.size();
			case "participants" -> participants.size();
			case "funding.years" -> funding.years.size();
			case "results.indicators" -> results.indicators.size();
			case "results.documents" -> results.documents.size();
			case "evaluations" -> evaluations.size();
			case "contacts" -> contacts.size();
			default -> 0;
		};
	}

	// From the record and to it.

	/** The form filled from a record's content. */
	static InitiativeForm of(InitiativeContent content) {
		InitiativeForm form = new InitiativeForm();
		form.title = content.title();
		form.projectNumber = content.projectNumber();
		form.description = content.description();
		form.objectives = content.objectives();
		form.type = text(content.type());
		form.parent = text(content.parent());
		form.implementation = text(content.implementation());
		form.schedule.plannedStart = text(content.schedule().plannedStart());
		form.schedule.plannedEnd = text(content.schedule().plannedEnd());
		form.schedule.actualStart = text(content.schedule().actualStart());
		form.schedule.actualEnd = text(content.schedule().actualEnd());
		form.geography.scope = text(content.geography().scope());
		form.geography.area = content.geography().area();
		for (var share : content.geography().countries()) {
			CountryRow row = new CountryRow();
			row.country = share.country().value();
			row.percentage = text(share.percentage());
			form.geography.countries.add(row);
		}
		content.geography().regions().forEach(region -> form.geography.regions.add(region.value()));
		for (var participant : content.participants()) {
			Participant row = new Participant();
			row.organisation = text(participant.organisation());
			row.role = text(participant.role());
			row.share = text(participant.share());
			form.participants.add(row);
		}
		var funding = content.funding();
		form.funding.totalBudget = text(funding.totalBudget());
		form.funding.currency = funding.currency();
		form.funding.source = (funding.source() != null) ? funding.source().value() : null;
		form.funding.type = text(funding.type());
		form.funding.coFinancing = text(funding.coFinancing());
		for (var year : funding.years()) {
			YearRow row = new YearRow();
			row.year = text(year.year());
			row.committed = text(year.committed());
			row.disbursed = text(year.disbursed());
			form.funding.years.add(row);
		}
		var focus = content.focus();
		focus.keyElements().forEach(element -> {
			form.focus.elements.add(element.element().value());
			String share = text(element.percentage());
			if (share != null) {
				form.focus.share.put(element.element().value(), share);
			}
		});
		focus.activities().forEach(activity -> form.focus.activities.add(activity.value()));
		focus.categories().forEach(category -> form.focus.categories.add(category.name()));
		focus.targetGroups().forEach(group -> form.focus.targetGroups.add(group.name()));
		var results = content.results();
		form.results.outputs = results.outputs();
		form.results.outcomes = results.outcomes();
		form.results.achievements = results.achievements();
		form.results.lessons = results.lessons();
		for (var indicator : results.indicators()) {
			IndicatorRow row = new IndicatorRow();
			row.name = indicator.name();
			row.unit = indicator.unit();
			row.baseline = text(indicator.baseline());
			row.baselineDate = text(indicator.baselineDate());
			row.target = text(indicator.target());
			row.targetDate = text(indicator.targetDate());
			row.actual = text(indicator.actual());
			row.actualDate = text(indicator.actualDate());
			form.results.indicators.add(row);
		}
		for (var document : results.documents()) {
			DocumentRow row = new DocumentRow(document.title(), document.url());
			form.results.documents.add(row);
		}
		for (var evaluation : content.evaluations()) {
			Evaluation row = new Evaluation();
			row.evaluator = evaluation.evaluator();
			row.date = text(evaluation.date());
			evaluation.ratings().forEach((criterion, rating) -> row.ratings.put(criterion.name(), text(rating)));
			row.summary = evaluation.summary();
			row.url = evaluation.url();
			form.evaluations.add(row);
		}
		for (ProfileContact contact : content.contacts()) {
			ContactRow row = new ContactRow();
			row.setName(contact.name());
			row.setInstitution(contact.institution());
			row.setEmail(contact.email());
			row.setPhone(contact.phone());
			form.contacts.add(row);
		}
		return form;
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		return (value != null) ? String.valueOf(value) : null;
	}

	/**
	 * The content the form holds; what is not of the right form is left out and refused
	 * at its field.
	 */
	Read read() {
		Reader reader = new Reader(new Validation());
		InitiativeContent content = reader.content();
		return new Read(content, reader.validation, List.copyOf(reader.elements));
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
						? "focus.share[" + elements.get(index) + "]" : "focus.elements";
			}
			Matcher rating = RATING.matcher(path);
			if (rating.matches()) {
				return rating.group(1) + "[" + rating.group(2) + "]";
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

	/** Reads the form into content, noting at its field what is not of the right form. */
	private final class Reader {

		private final Validation validation;

		private final List<String> elements = new ArrayList<>();

		Reader(Validation validation) {
			this.validation = validation;
		}

		InitiativeContent content() {
			List<InitiativeContent.CountryShare> countries = new ArrayList<>();
			for (int index = 0; index < geography.countries.size(); index++) {
				CountryRow row = geography.countries.get(index);
				String prefix = "geography.countries[" + index + "].";
				if (row == null || blank(row.country, row.percentage)) {
					continue;
				}
				CountryCode country = Codes.country(validation, prefix + "country", clean(row.country));
				BigDecimal percentage = decimal(prefix + "percentage", row.percentage);
				if (country != null) {
					countries.add(new InitiativeContent.CountryShare(country, percentage));
				}
			}
			List<RegionCode> regions = new ArrayList<>();
			for (String region : distinct(geography.regions)) {
				RegionCode code = Codes.region(validation, "geography.regions", region);
				if (code != null) {
					regions.add(code);
				}
			}
			List<InitiativeContent.Participant> taking = new ArrayList<>();
			for (int index = 0; index < participants.size(); index++) {
				Participant row = participants.get(index);
				String prefix = "participants[" + index + "].";
				if (row == null || blank(row.organisation, row.share)) {
					continue;
				}
				OrganisationId organisation = Codes.organisation(validation, prefix + "organisation",
						clean(row.organisation));
				ParticipantRole role = choice(ParticipantRole.class, prefix + "role", row.role);
				if (role == null) {
					validation.reject(prefix + "role", "initiative.field.required");
				}
				BigDecimal share = decimal(prefix + "share", row.share);
				if (organisation != null && role != null) {
					taking.add(new InitiativeContent.Participant(organisation, role, share));
				}
			}
			List<InitiativeContent.YearFunding> years = new ArrayList<>();
			for (int index = 0; index < funding.years.size(); index++) {
				YearRow row = funding.years.get(index);
				String prefix = "funding.years[" + index + "].";
				if (row == null || blank(row.year, row.committed, row.disbursed)) {
					continue;
				}
				Integer year = integer(prefix + "year", row.year);
				BigDecimal committed = decimal(prefix + "committed", row.committed);
				BigDecimal disbursed = decimal(prefix + "disbursed", row.disbursed);
				if (year == null) {
					validation.reject(prefix + "year", "initiative.field.required");
				}
				else {
					years.add(new InitiativeContent.YearFunding(year, committed, disbursed));
				}
			}
			String source = clean(funding.source);
			ItemCode sourceCode = (source == null) ? null
					: Codes.item(validation, "funding.source", source, "initiative.source.unknown");
			List<InitiativeContent.ElementShare> keyElements = new ArrayList<>();
			for (String element : distinct(focus.elements)) {
				ItemCode code = Codes.item(validation, "focus.elements", element, "initiative.element.unknown");
				BigDecimal percentage = decimal("focus.share[" + element + "]", focus.share.get(element));
				if (code != null) {
					elements.add(code.value());
					keyElements.add(new InitiativeContent.ElementShare(code, percentage));
				}
			}
			List<ItemCode> activities = new ArrayList<>();
			for (String activity : distinct(focus.activities)) {
				ItemCode code = Codes.item(validation, "focus.activities", activity, "initiative.activity.unknown");
				if (code != null) {
					activities.add(code);
				}
			}
			List<InitiativeContent.Indicator> indicators = new ArrayList<>();
			for (int index = 0; index < results.indicators.size(); index++) {
				IndicatorRow row = results.indicators.get(index);
				String prefix = "results.indicators[" + index + "].";
				if (row == null || blank(row.name, row.unit, row.baseline, row.baselineDate, row.target, row.targetDate,
						row.actual, row.actualDate)) {
					continue;
				}
				indicators
					.add(new InitiativeContent.Indicator(Objects.requireNonNullElse(row.name, ""), clean(row.unit),
							decimal(prefix + "baseline", row.baseline), date(prefix + "baselineDate", row.baselineDate),
							decimal(prefix + "target", row.target), date(prefix + "targetDate", row.targetDate),
							decimal(prefix + "actual", row.actual), date(prefix + "actualDate", row.actualDate)));
			}
			List<InitiativeContent.DocumentLink> documents = new ArrayList<>();
			for (DocumentRow row : results.documents) {
				if (row != null && !blank(row.getTitle(), row.getUrl())) {
					documents.add(new InitiativeContent.DocumentLink(Objects.requireNonNullElse(row.getTitle(), ""),
							Objects.requireNonNullElse(row.getUrl(), "")));
				}
			}
			List<InitiativeContent.Evaluation> evaluated = new ArrayList<>();
			for (int index = 0; index < evaluations.size(); index++) {
				Evaluation row = evaluations.get(index);
				String prefix = "evaluations[" + index + "].";
				if (row == null || (blank(row.evaluator, row.date, row.summary, row.getUrl())
						&& row.ratings.values().stream().allMatch(rating -> clean(rating) == null))) {
					continue;
				}
				Map<DacCriterion, Integer> ratings = new EnumMap<>(DacCriterion.class);
				row.ratings.forEach((criterion, text) -> {
					DacCriterion known = choice(DacCriterion.class, prefix + "ratings[" + criterion + "]", criterion);
					Integer rating = integer(prefix + "ratings[" + criterion + "]", text);
					if (known != null && rating != null) {
						ratings.put(known, rating);
					}
				});
				evaluated.add(new InitiativeContent.Evaluation(Objects.requireNonNullElse(row.evaluator, ""),
						date(prefix + "date", row.date), ratings, clean(row.summary), clean(row.getUrl())));
			}
			List<ProfileContact> people = new ArrayList<>();
			for (ContactRow row : contacts) {
				if (row != null) {
					people.add(new ProfileContact(row.getName(), row.getInstitution(), row.getEmail(), row.getPhone()));
				}
			}
			return new InitiativeContent(Objects.requireNonNullElse(title, ""), clean(projectNumber),
					clean(description), clean(objectives), choice(InitiativeType.class, "type", type),
					Codes.initiative(validation, "parent", clean(parent)),
					choice(ImplementationStatus.class, "implementation", implementation),
					new InitiativeContent.Schedule(date("schedule.plannedStart", schedule.plannedStart),
							date("schedule.plannedEnd", schedule.plannedEnd),
							date("schedule.actualStart", schedule.actualStart),
							date("schedule.actualEnd", schedule.actualEnd)),
					new InitiativeContent.Geography(choice(GeographicScope.class, "geography.scope", geography.scope),
							clean(geography.area), countries, regions),
					taking,
					new InitiativeContent.Funding(decimal("funding.totalBudget", funding.totalBudget),
							clean(funding.currency), sourceCode,
							choice(FundingType.class, "funding.type", funding.type),
							decimal("funding.coFinancing", funding.coFinancing), years),
					new InitiativeContent.Focus(keyElements, activities,
							choices(CapacityCategory.class, "focus.categories", focus.categories),
							choices(TargetGroup.class, "focus.targetGroups", focus.targetGroups)),
					new InitiativeContent.Results(clean(results.outputs), clean(results.outcomes),
							clean(results.achievements), clean(results.lessons), indicators, documents),
					evaluated, people);
		}

		private @Nullable BigDecimal decimal(String path, @Nullable String given) {
			String text = clean(given);
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

		private @Nullable Integer integer(String path, @Nullable String given) {
			String text = clean(given);
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

		private @Nullable LocalDate date(String path, @Nullable String given) {
			String text = clean(given);
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

		private <E extends Enum<E>> @Nullable E choice(Class<E> type, String path, @Nullable String given) {
			return Fields.choice(validation, type, path, clean(given));
		}

		private <E extends Enum<E>> List<E> choices(Class<E> type, String group, List<String> given) {
			List<E> chosen = new ArrayList<>();
			for (String text : distinct(given)) {
				E value = Fields.choice(validation, type, group, text);
				if (value != null) {
					chosen.add(value);
				}
			}
			return chosen;
		}

	}

	private static @Nullable String clean(@Nullable String text) {
		return Fields.blankToNull(text);
	}

	private static boolean blank(@Nullable String... texts) {
		for (String text : texts) {
			if (clean(text) != null) {
				return false;
			}
		}
		return true;
	}

	/** The boxes ticked, each once, in order; none blank. */
	private static List<String> distinct(List<String> ticked) {
		LinkedHashSet<String> set = new LinkedHashSet<>();
		for (String text : ticked) {
			if (text != null && !text.isEmpty()) {
				set.add(text);
			}
		}
		return List.copyOf(set);
	}

	private static Map<String, Integer> lists() {
		Map<String, Integer> lists = new LinkedHashMap<>();
		for (FormRows.Rows rows : InitiativeForm.class.getAnnotation(FormRows.class).value()) {
			lists.put(rows.list(), rows.most());
		}
		return java.util.Collections.unmodifiableMap(lists);
	}

}
