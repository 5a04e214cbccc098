package org.cbcm.initiatives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.cbcm.directory.ProfileContact;
import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ItemCode;
import org.cbcm.records.RecordContent;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Decimals;
import org.cbcm.shared.Fields;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

/**
 * What an initiative's record says: the fields of the Biosafety Clearing-House's
 * capacity-development initiative, with what it lacks in IATI terms (budgets by country
 * and key element, currencies, amounts per year, indicators, evaluations). Field names
 * nest as forms and the API name them: {@code geography.countries[0].percentage}.
 *
 * @param title the initiative's title
 * @param projectNumber its own identifier, such as a donor's project number
 * @param description a short description, with its goals
 * @param objectives its objectives
 * @param type programme, project, or activity or event
 * @param parent the programme it belongs to
 * @param implementation how far it got
 * @param schedule its planned and actual dates
 * @param geography where it works
 * @param participants the organisations taking part, each in a role
 * @param funding its money
 * @param focus what it addresses
 * @param results what it produced and learnt
 * @param evaluations evaluations of it, for the five-year review
 * @param contacts whom to ask
 */
public record InitiativeContent(String title, @Nullable String projectNumber, @Nullable String description,
		@Nullable String objectives, @Nullable InitiativeType type, @Nullable InitiativeId parent,
		@Nullable ImplementationStatus implementation, Schedule schedule, Geography geography,
		List<Participant> participants, Funding funding, Focus focus, Results results, List<Evaluation> evaluations,
		List<ProfileContact> contacts) implements RecordContent {

	/** The longest text of a description, objectives or results field. */
	public static final int LONG_TEXT = 10_000;

	/** The most rows of each repeated kind a record holds. */
	public static final int MAX_COUNTRIES = 250;

	public static final int MAX_ROWS = 100;

	/** The longest web address a record holds. */
	static final int MAX_LINK = 1000;

	/** The checks of text fields, under the initiative's message keys. */
	static final Fields FIELDS = Fields.keyed("initiative");

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

	public InitiativeContent {
		title = (title == null) ? "" : title.strip();
		projectNumber = Fields.blankToNull(projectNumber);
		description = Fields.blankToNull(description);
		objectives = Fields.blankToNull(objectives);
		schedule = (schedule == null) ? Schedule.NONE : schedule;
		geography = (geography == null) ? Geography.NONE : geography;
		participants = (participants == null) ? List.of() : List.copyOf(participants);
		funding = (funding == null) ? Funding.NONE : funding;
		focus = (focus == null) ? Focus.NONE : focus;
		results = (results == null) ? Results.NONE : results;
		evaluations = (evaluations == null) ? List.of() : List.copyOf(evaluations);
		contacts = (contacts == null) ? List.of() : contacts.stream().filter(contact -> !contact.blank()).toList();
	}

	/** A record with nothing in it but a title: where a new one starts. */
	public static InitiativeContent titled(String title) {
		return new InitiativeContent(title, null, null, null, null, null, null, Schedule.NONE, Geography.NONE,
				List.of(), Funding.NONE, Focus.NONE, Results.NONE, List.of(), List.of());
	}

	/** The planned and actual start and end. */
	public record Schedule(@Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd,
			@Nullable LocalDate actualStart, @Nullable LocalDate actualEnd) {

		public static final Schedule NONE = new Schedule(null, null, null, null);

		/**
		 * When it started, or is to start: the actual start if known, else the planned.
		 */
		public @Nullable LocalDate start() {
			return (actualStart != null) ? actualStart : plannedStart;
		}

		/** When it ended, or is to end. */
		public @Nullable LocalDate end() {
			return (actualEnd != null) ? actualEnd : plannedEnd;
		}

		void check(Validation validation) {
			order(validation, "schedule.plannedEnd", plannedStart, plannedEnd);
			order(validation, "schedule.actualEnd", actualStart, actualEnd);
			for (var date : java.util.Arrays.asList(plannedStart, plannedEnd, actualStart, actualEnd)) {
				if (date != null && (date.getYear() < 1950 || date.getYear() > 2100)) {
					validation.reject("schedule", "initiative.date.out-of-range", date);
					return;
				}
			}
		}

		private static void order(Validation validation, String field, @Nullable LocalDate start,
				@Nullable LocalDate end) {
			if (start != null && end != null && end.isBefore(start)) {
				validation.reject(field, "initiative.date.end-before-start", end, start);
			}
		}

	}

	/**
	 * Where the initiative works: its scope, the place for a sub-national one, and the
	 * countries (each with its percentage of the initiative, when known) and M49 regions.
	 */
	public record Geography(@Nullable GeographicScope scope, @Nullable String area, List<CountryShare> countries,
			List<RegionCode> regions) {

		public static final Geography NONE = new Geography(null, null, List.of(), List.of());

		public Geography {
			area = Fields.blankToNull(area);
			countries = (countries == null) ? List.of() : List.copyOf(countries);
			regions = (regions == null) ? List.of() : List.copyOf(regions);
		}

		/**
		 * Each country's share of the initiative in percent: as given, the rest split
		 * evenly among the countries given none.
		 */
		public Map<CountryCode, BigDecimal> shares() {
			return split(countries, CountryShare::country, CountryShare::percentage);
		}

		/** Whether some share is split evenly because none was given. */
		public boolean sharesEstimated() {
			return countries.size() > 1 && countries.stream().anyMatch(share -> share.percentage() == null);
		}

		void check(Validation validation) {
			FIELDS.limit(validation, "geography.area", area, 200);
			if (countries.size() > MAX_COUNTRIES) {
				validation.reject("geography.countries", "initiative.rows.too-many", MAX_COUNTRIES);
			}
			if (regions.size() > MAX_ROWS) {
				validation.reject("geography.regions", "initiative.rows.too-many", MAX_ROWS);
			}
			Set<CountryCode> seen = new HashSet<>();
			for (int index = 0; index < countries.size(); index++) {
				CountryShare share = countries.get(index);
				if (!seen.add(share.country())) {
					validation.reject("geography.countries[" + index + "].country", "initiative.country.twice",
							share.country().value());
				}
				percentage(validation, "geography.countries[" + index + "].percentage", share.percentage());
			}
			shareTotal(validation, "geography.countries", countries.stream().map(CountryShare::percentage).toList());
			if (new HashSet<>(regions).size() < regions.size()) {
				validation.reject("geography.regions", "initiative.region.twice");
			}
			if ((scope == GeographicScope.NATIONAL || scope == GeographicScope.SUB_NATIONAL) && countries.size() != 1) {
				validation.reject("geography.countries", "initiative.scope.one-country");
			}
			if ((scope == GeographicScope.REGIONAL || scope == GeographicScope.SUB_REGIONAL) && countries.isEmpty()
					&& regions.isEmpty()) {
				validation.reject("geography.regions", "initiative.scope.region-needed");
			}
			if (scope == GeographicScope.SUB_NATIONAL && area == null) {
				validation.reject("geography.area", "initiative.field.required");
			}
		}

	}

	/** A country the initiative works in, with its percentage of the initiative. */
	public record CountryShare(CountryCode country, @Nullable BigDecimal percentage) {
	}

	/** An organisation in a role, with its share (of the funding, for donors). */
	public record Participant(OrganisationId organisation, ParticipantRole role, @Nullable BigDecimal share) {
	}

	/**
	 * The initiative's money: the total budget in its ISO 4217 currency, the Action
	 * Plan's funding source category (13(d)(i)–(vi)), the funding type, co-financing in
	 * the same currency, and amounts committed and disbursed per year.
	 */
	public record Funding(@Nullable BigDecimal totalBudget, @Nullable String currency, @Nullable ItemCode source,
			@Nullable FundingType type, @Nullable BigDecimal coFinancing, List<YearFunding> years) {

		public static final Funding NONE = new Funding(null, null, null, null, null, List.of());

		public Funding {
			currency = (currency == null || currency.isBlank()) ? null
					: currency.strip().toUpperCase(java.util.Locale.ROOT);
			years = (years == null) ? List.of()
					: years.stream().sorted(java.util.Comparator.comparingInt(YearFunding::year)).toList();
		}

		/**
		 * Whether the currency is an ISO 4217 code. The JDK's list is the standard's,
		 * historic codes included.
		 */
		public static boolean knownCurrency(String code) {
			try {
				return Currency.getInstance(code).getCurrencyCode().equals(code);
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

		void check(Validation validation) {
			amount(validation, "funding.totalBudget", totalBudget);
			amount(validation, "funding.coFinancing", coFinancing);
			boolean money = totalBudget != null || coFinancing != null
					|| years.stream().anyMatch(year -> year.committed() != null || year.disbursed() != null);
			if (currency != null && !knownCurrency(currency)) {
				validation.reject("funding.currency", "initiative.currency.unknown", currency);
			}
			else if (currency == null && money) {
				validation.reject("funding.currency", "initiative.currency.missing");
			}
			if (years.size() > MAX_ROWS) {
				validation.reject("funding.years", "initiative.rows.too-many", MAX_ROWS);
			}
			Set<Integer> seen = new HashSet<>();
			for (int index = 0; index < years.size(); index++) {
				YearFunding year = years.get(index);
				String prefix = "funding.years[" + index + "].";
				if (year.year() < 1950 || year.year() > 2100) {
					validation.reject(prefix + "year", "initiative.year.out-of-range", String.valueOf(year.year()));
				}
				else if (!seen.add(year.year())) {
					validation.reject(prefix + "year", "initiative.year.twice", String.valueOf(year.year()));
				}
				amount(validation, prefix + "committed", year.committed());
				amount(validation, prefix + "disbursed", year.disbursed());
			}
		}

	}

	/** Amounts committed and disbursed in one year, in the initiative's currency. */
	public record YearFunding(int year, @Nullable BigDecimal committed, @Nullable BigDecimal disbursed) {
	}

	/**
	 * What the initiative addresses: key elements and sub-elements of the Action Plan
	 * (paragraph 12), each with its percentage when known; implementation activities
	 * (paragraph 14); categories of capacity development; target groups.
	 */
	public record Focus(List<ElementShare> keyElements, List<ItemCode> activities, List<CapacityCategory> categories,
			List<TargetGroup> targetGroups) {

		public static final Focus NONE = new Focus(List.of(), List.of(), List.of(), List.of());

		public Focus {
			keyElements = (keyElements == null) ? List.of() : List.copyOf(keyElements);
			activities = (activities == null) ? List.of() : List.copyOf(activities);
			categories = (categories == null) ? List.of()
					: categories.stream().filter(java.util.Objects::nonNull).distinct().toList();
			targetGroups = (targetGroups == null) ? List.of()
					: targetGroups.stream().filter(java.util.Objects::nonNull).distinct().toList();
		}

		/**
		 * Each key element's share of the initiative in percent: as given, the rest split
		 * evenly among those given none.
		 */
		public Map<ItemCode, BigDecimal> shares() {
			return split(keyElements, ElementShare::element, ElementShare::percentage);
		}

		public boolean sharesEstimated() {
			return keyElements.size() > 1 && keyElements.stream().anyMatch(share -> share.percentage() == null);
		}

		void check(Validation validation) {
			if (keyElements.size() > MAX_ROWS) {
				validation.reject("focus.keyElements", "initiative.rows.too-many", MAX_ROWS);
			}
			Set<ItemCode> seen = new HashSet<>();
			for (int index = 0; index < keyElements.size(); index++) {
				ElementShare share = keyElements.get(index);
				if (!seen.add(share.element())) {
					validation.reject("focus.keyElements[" + index + "].element", "initiative.element.twice",
							share.element().value());
				}
				percentage(validation, "focus.keyElements[" + index + "].percentage", share.percentage());
			}
			shareTotal(validation, "focus.keyElements", keyElements.stream().map(ElementShare::percentage).toList());
			if (activities.size() > MAX_ROWS) {
				validation.reject("focus.activities", "initiative.rows.too-many", MAX_ROWS);
			}
			if (new HashSet<>(activities).size() < activities.size()) {
				validation.reject("focus.activities", "initiative.activity.twice");
			}
		}

	}

	/** A key element or sub-element the initiative addresses, with its percentage. */
	public record ElementShare(ItemCode element, @Nullable BigDecimal percentage) {
	}

	/**
	 * What the initiative produced and learnt: outputs, outcomes, achievements, lessons
	 * learned, indicators, and links to documents.
	 */
	public record Results(@Nullable String outputs, @Nullable String outcomes, @Nullable String achievements,
			@Nullable String lessons, List<Indicator> indicators, List<DocumentLink> documents) {

		public static final Results NONE = new Results(null, null, null, null, List.of(), List.of());

		public Results {
			outputs = Fields.blankToNull(outputs);
			outcomes = Fields.blankToNull(outcomes);
			achievements = Fields.blankToNull(achievements);
			lessons = Fields.blankToNull(lessons);
			indicators = (indicators == null) ? List.of() : List.copyOf(indicators);
			documents = (documents == null) ? List.of() : List.copyOf(documents);
		}

		void check(Validation validation) {
			FIELDS.limit(validation, "results.outputs", outputs, LONG_TEXT);
			FIELDS.limit(validation, "results.outcomes", outcomes, LONG_TEXT);
			FIELDS.limit(validation, "results.achievements", achievements, LONG_TEXT);
			FIELDS.limit(validation, "results.lessons", lessons, LONG_TEXT);
			if (indicators.size() > MAX_ROWS) {
				validation.reject("results.indicators", "initiative.rows.too-many", MAX_ROWS);
			}
			for (int index = 0; index < indicators.size(); index++) {
				indicators.get(index).check(validation, "results.indicators[" + index + "].");
			}
			if (documents.size() > MAX_ROWS) {
				validation.reject("results.documents", "initiative.rows.too-many", MAX_ROWS);
			}
			for (int index = 0; index < documents.size(); index++) {
				DocumentLink document = documents.get(index);
				FIELDS.require(validation, "results.documents[" + index + "].title", document.title(), 300);
				FIELDS.link(validation, "results.documents[" + index + "].url", document.url(), MAX_LINK, true,
						"initiative.link.invalid", false);
			}
		}

	}

	/**
	 * An indicator of the initiative's results, with its baseline, target and actual
	 * values and their dates.
	 */
	public record Indicator(String name, @Nullable String unit, @Nullable BigDecimal baseline,
			@Nullable LocalDate baselineDate, @Nullable BigDecimal target, @Nullable LocalDate targetDate,
			@Nullable BigDecimal actual, @Nullable LocalDate actualDate) {

		public Indicator {
			name = (name == null) ? "" : name.strip();
			unit = Fields.blankToNull(unit);
		}

		void check(Validation validation, String prefix) {
			FIELDS.require(validation, prefix + "name", name, 300);
			FIELDS.limit(validation, prefix + "unit", unit, 50);
			for (var value : List.of(new Object[] { "baseline", baseline }, new Object[] { "target", target },
					new Object[] { "actual", actual })) {
				BigDecimal number = (BigDecimal) value[1];
				if (number != null && (!Decimals.readable(number) || number.abs().compareTo(MAX_AMOUNT) > 0)) {
					validation.reject(prefix + value[0], "initiative.amount.too-large");
				}
			}
		}

	}

	/** A document about the initiative, by its title and address. */
	public record DocumentLink(String title, String url) {

		public DocumentLink {
			title = (title == null) ? "" : title.strip();
			url = (url == null) ? "" : url.strip();
		}

	}

	/**
	 * An evaluation of the initiative: who evaluated it, when, its ratings from 1 (poor)
	 * to 4 (excellent) on the OECD DAC criteria, a summary, and where to read it.
	 */
	public record Evaluation(String evaluator, @Nullable LocalDate date, Map<DacCriterion, Integer> ratings,
			@Nullable String summary, @Nullable String url) {

		public Evaluation {
			evaluator = (evaluator == null) ? "" : evaluator.strip();
			ratings = (ratings == null || ratings.isEmpty()) ? Map.of()
					: java.util.Collections.unmodifiableMap(new EnumMap<>(ratings));
			summary = Fields.blankToNull(summary);
			url = Fields.blankToNull(url);
		}

		void check(Validation validation, String prefix) {
			FIELDS.require(validation, prefix + "evaluator", evaluator, 300);
			ratings.forEach((criterion, rating) -> {
				if (rating == null || rating < 1 || rating > 4) {
					validation.reject(prefix + "ratings." + criterion.name(), "initiative.rating.range",
							String.valueOf(rating));
				}
			});
			FIELDS.limit(validation, prefix + "summary", summary, LONG_TEXT);
			FIELDS.link(validation, prefix + "url", url, MAX_LINK, false, "initiative.link.invalid", false);
		}

	}

	/**
	 * Refuses content a record cannot hold, naming every field at fault. What depends on
	 * other records (that a country or organisation exists) is checked by the registry.
	 */
	@Override
	public void check(Validation validation) {
		FIELDS.require(validation, "title", title, 500);
		FIELDS.limit(validation, "projectNumber", projectNumber, 100);
		FIELDS.limit(validation, "description", description, LONG_TEXT);
		FIELDS.limit(validation, "objectives", objectives, LONG_TEXT);
		schedule.check(validation);
		geography.check(validation);
		if (participants.size() > MAX_ROWS) {
			validation.reject("participants", "initiative.rows.too-many", MAX_ROWS);
		}
		Set<String> seen = new HashSet<>();
		Map<ParticipantRole, List<@Nullable BigDecimal>> sharesByRole = new EnumMap<>(ParticipantRole.class);
		for (int index = 0; index < participants.size(); index++) {
			Participant participant = participants.get(index);
			if (!seen.add(participant.organisation() + "/" + participant.role())) {
				validation.reject("participants[" + index + "].organisation", "initiative.participant.twice");
			}
			percentage(validation, "participants[" + index + "].share", participant.share());
			sharesByRole.computeIfAbsent(participant.role(), role -> new ArrayList<>()).add(participant.share());
		}
		sharesByRole.forEach((role, shares) -> {
			// A share beyond what cbcm reads is refused at its row; summing it could take
			// gigabytes.
			BigDecimal total = shares.stream()
				.filter(share -> share != null && Decimals.readable(share))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			if (total.compareTo(HUNDRED) > 0) {
				validation.reject("participants", "initiative.share.role-over-100", role.name(), total);
			}
		});
		funding.check(validation);
		focus.check(validation);
		results.check(validation);
		if (evaluations.size() > MAX_ROWS) {
			validation.reject("evaluations", "initiative.rows.too-many", MAX_ROWS);
		}
		for (int index = 0; index < evaluations.size(); index++) {
			evaluations.get(index).check(validation, "evaluations[" + index + "].");
		}
		if (contacts.size() > MAX_ROWS) {
			validation.reject("contacts", "initiative.rows.too-many", MAX_ROWS);
		}
		for (int index = 0; index < contacts.size(); index++) {
			contacts.get(index).check(validation, "contacts[" + index + "]");
		}
	}

	/** The donors, in the order given. */
	public List<OrganisationId> organisationsIn(ParticipantRole role) {
		return participants.stream().filter(p -> p.role() == role).map(Participant::organisation).toList();
	}

	/**
	 * The record field by field, flat and in order, for revisions and their comparison.
	 */
	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		put(fields, "title", title);
		put(fields, "projectNumber", projectNumber);
		put(fields, "description", description);
		put(fields, "objectives", objectives);
		put(fields, "type", type);
		put(fields, "parent", parent);
		put(fields, "implementation", implementation);
		put(fields, "schedule.plannedStart", schedule.plannedStart());
		put(fields, "schedule.plannedEnd", schedule.plannedEnd());
		put(fields, "schedule.actualStart", schedule.actualStart());
		put(fields, "schedule.actualEnd", schedule.actualEnd());
		put(fields, "geography.scope", geography.scope());
		put(fields, "geography.area", geography.area());
		for (int index = 0; index < geography.countries().size(); index++) {
			CountryShare share = geography.countries().get(index);
			put(fields, "geography.countries[" + index + "].country", share.country().value());
			put(fields, "geography.countries[" + index + "].percentage", share.percentage());
		}
		for (int index = 0; index < geography.regions().size(); index++) {
			put(fields, "geography.regions[" + index + "]", geography.regions().get(index).value());
		}
		for (int index = 0; index < participants.size(); index++) {
			Participant participant = participants.get(index);
			put(fields, "participants[" + index + "].organisation", participant.organisation());
			put(fields, "participants[" + index + "].role", participant.role());
			put(fields, "participants[" + index + "].share", participant.share());
		}
		put(fields, "funding.totalBudget", funding.totalBudget());
		put(fields, "funding.currency", funding.currency());
		put(fields, "funding.source", funding.source());
		put(fields, "funding.type", funding.type());
		put(fields, "funding.coFinancing", funding.coFinancing());
		for (int index = 0; index < funding.years().size(); index++) {
			YearFunding year = funding.years().get(index);
			put(fields, "funding.years[" + index + "].year", year.year());
			put(fields, "funding.years[" + index + "].committed", year.committed());
			put(fields, "funding.years[" + index + "].disbursed", year.disbursed());
		}
		for (int index = 0; index < focus.keyElements().size(); index++) {
			ElementShare share = focus.keyElements().get(index);
			put(fields, "focus.keyElements[" + index + "].element", share.element());
			put(fields, "focus.keyElements[" + index + "].percentage", share.percentage());
		}
		list(fields, "focus.activities", focus.activities());
		list(fields, "focus.categories", focus.categories());
		list(fields, "focus.targetGroups", focus.targetGroups());
		put(fields, "results.outputs", results.outputs());
		put(fields, "results.outcomes", results.outcomes());
		put(fields, "results.achievements", results.achievements());
		put(fields, "results.lessons", results.lessons());
		for (int index = 0; index < results.indicators().size(); index++) {
			Indicator indicator = results.indicators().get(index);
			String prefix = "results.indicators[" + index + "].";
			put(fields, prefix + "name", indicator.name());
			put(fields, prefix + "unit", indicator.unit());
			put(fields, prefix + "baseline", indicator.baseline());
			put(fields, prefix + "baselineDate", indicator.baselineDate());
			put(fields, prefix + "target", indicator.target());
			put(fields, prefix + "targetDate", indicator.targetDate());
			put(fields, prefix + "actual", indicator.actual());
			put(fields, prefix + "actualDate", indicator.actualDate());
		}
		for (int index = 0; index < results.documents().size(); index++) {
			put(fields, "results.documents[" + index + "].title", results.documents().get(index).title());
			put(fields, "results.documents[" + index + "].url", results.documents().get(index).url());
		}
		for (int index = 0; index < evaluations.size(); index++) {
			Evaluation evaluation = evaluations.get(index);
			String prefix = "evaluations[" + index + "].";
			put(fields, prefix + "evaluator", evaluation.evaluator());
			put(fields, prefix + "date", evaluation.date());
			evaluation.ratings().forEach((criterion, rating) -> put(fields, prefix + "ratings." + criterion, rating));
			put(fields, prefix + "summary", evaluation.summary());
			put(fields, prefix + "url", evaluation.url());
		}
		for (int index = 0; index < contacts.size(); index++) {
			ProfileContact contact = contacts.get(index);
			String prefix = "contacts[" + index + "].";
			put(fields, prefix + "name", contact.name());
			put(fields, prefix + "institution", contact.institution());
			put(fields, prefix + "email", contact.email());
			put(fields, prefix + "phone", contact.phone());
		}
		return fields;
	}

	/**
	 * Percentages as given, the rest of 100 split evenly among the entries given none
	 * (rounded to four decimals; an entry gets nothing when the given ones reach 100).
	 */
	static <T, K> Map<K, BigDecimal> split(List<T> entries, Function<T, K> key,
			Function<T, @Nullable BigDecimal> given) {
		Map<K, BigDecimal> shares = new LinkedHashMap<>();
		BigDecimal allocated = BigDecimal.ZERO;
		int open = 0;
		for (T entry : entries) {
			BigDecimal share = given.apply(entry);
			if (share != null) {
				allocated = allocated.add(share);
			}
			else {
				open++;
			}
		}
		BigDecimal rest = HUNDRED.subtract(allocated).max(BigDecimal.ZERO);
		BigDecimal each = (open == 0) ? BigDecimal.ZERO
				: rest.divide(BigDecimal.valueOf(open), 4, RoundingMode.HALF_EVEN);
		for (T entry : entries) {
			BigDecimal share = given.apply(entry);
			shares.put(key.apply(entry), (share != null) ? share : each);
		}
		return shares;
	}

	private static void percentage(Validation validation, String field, @Nullable BigDecimal value) {
		if (value != null && !Decimals.readable(value)) {
			validation.reject(field, "error.number.range", Decimals.INTEGER_DIGITS, Decimals.DECIMALS);
		}
		else if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
			validation.reject(field, "initiative.percentage.range", value.toPlainString());
		}
		else if (value != null && value.stripTrailingZeros().scale() > 2) {
			validation.reject(field, "initiative.percentage.decimals", value.toPlainString());
		}
	}

	/** Given percentages may not total more than 100, nor less when all are given. */
	private static void shareTotal(Validation validation, String field, Collection<@Nullable BigDecimal> shares) {
		if (shares.stream()
			.anyMatch(share -> share != null
					&& (!Decimals.readable(share) || share.signum() < 0 || share.compareTo(HUNDRED) > 0))) {
			return;
		}
		BigDecimal total = shares.stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.compareTo(HUNDRED) > 0) {
			validation.reject(field, "initiative.percentage.over-100", total.toPlainString());
		}
		else if (!shares.isEmpty() && shares.stream().allMatch(java.util.Objects::nonNull)
				&& total.compareTo(HUNDRED) < 0) {
			validation.reject(field, "initiative.percentage.under-100", total.toPlainString());
		}
	}

	private static void amount(Validation validation, String field, @Nullable BigDecimal value) {
		if (value == null) {
			return;
		}
		if (!Decimals.readable(value)) {
			validation.reject(field, "error.number.range", Decimals.INTEGER_DIGITS, Decimals.DECIMALS);
		}
		else if (value.signum() < 0) {
			validation.reject(field, "initiative.amount.negative", value.toPlainString());
		}
		else if (value.compareTo(MAX_AMOUNT) > 0) {
			validation.reject(field, "initiative.amount.too-large");
		}
		else if (value.stripTrailingZeros().scale() > 2) {
			validation.reject(field, "initiative.amount.decimals", value.toPlainString());
		}
	}

	private static void put(Map<String, String> fields, String field, @Nullable Object value) {
		if (value instanceof BigDecimal number) {
			fields.put(field, number.stripTrailingZeros().toPlainString());
		}
		else if (value instanceof Enum<?> constant) {
			fields.put(field, constant.name());
		}
		else if (value != null) {
			fields.put(field, (value instanceof ItemCode code) ? code.value() : String.valueOf(value));
		}
	}

	private static void list(Map<String, String> fields, String field, List<?> values) {
		for (int index = 0; index < values.size(); index++) {
			put(fields, field + "[" + index + "]", values.get(index));
		}
	}

}
