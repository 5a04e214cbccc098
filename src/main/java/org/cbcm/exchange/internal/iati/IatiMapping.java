package org.cbcm.exchange.internal.iati;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.cbcm.directory.Organisation;
import org.cbcm.directory.ProfileContact;
import org.cbcm.directory.RegionCode;
import org.cbcm.exchange.internal.iati.IatiActivity.Money;
import org.cbcm.exchange.internal.iati.IatiActivity.Text;
import org.cbcm.exchange.internal.iati.IatiActivity.Transaction;
import org.cbcm.framework.ItemCode;
import org.cbcm.initiatives.ExchangeRates;
import org.cbcm.initiatives.GeographicScope;
import org.cbcm.initiatives.ImplementationStatus;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeContent.CountryShare;
import org.cbcm.initiatives.InitiativeContent.DocumentLink;
import org.cbcm.initiatives.InitiativeContent.ElementShare;
import org.cbcm.initiatives.InitiativeContent.Funding;
import org.cbcm.initiatives.InitiativeContent.Geography;
import org.cbcm.initiatives.InitiativeContent.Indicator;
import org.cbcm.initiatives.InitiativeContent.Participant;
import org.cbcm.initiatives.InitiativeContent.Results;
import org.cbcm.initiatives.InitiativeContent.Schedule;
import org.cbcm.initiatives.InitiativeContent.YearFunding;
import org.cbcm.initiatives.InitiativeType;
import org.cbcm.initiatives.ParticipantRole;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Decimals;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

/**
 * An IATI activity as an initiative's content (the table in {@code docs/iati-import.md}):
 * what maps is kept, what cbcm cannot hold as given is left out with a note saying what
 * and why (a date in 1066, percentages totalling 300, an amount in a currency without a
 * rate), so that the content is one the registry accepts. Organisations are matched to
 * the directory; those it does not hold are returned as proposals.
 */
public final class IatiMapping {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

	private final ImportDirectory directory;

	private final Map<String, BigDecimal> rates;

	private final RegionMapper regions;

	/**
	 * @param rates the registry's exchange rates (USD per unit by currency and year), to
	 * bring amounts in other currencies into the activity's own
	 * @param regions the M49 region of an IATI region code and vocabulary, where one maps
	 */
	public IatiMapping(ImportDirectory directory, Map<String, BigDecimal> rates, RegionMapper regions) {
		this.directory = directory;
		this.rates = rates;
		this.regions = regions;
	}

	/** The M49 region an IATI region code stands for, where one does. */
	@FunctionalInterface
	public interface RegionMapper {

		@Nullable String m49(String code, @Nullable String vocabulary);

	}

	/**
	 * An organisation the file names that the directory does not hold.
	 *
	 * @param ref its IATI organisation identifier, if the file gives one
	 * @param name its name, if the file gives one
	 * @param type its IATI organisation type code
	 */
	public record Unmatched(@Nullable String ref, @Nullable String name, @Nullable String type) {

		/** How two mentions of one organisation are told to be the same. */
		public String key() {
			return (ref != null) ? "ref:" + ImportDirectory.key(ref)
					: "name:" + ImportDirectory.key((name != null) ? name : "");
		}

	}

	/**
	 * The activity as an initiative.
	 *
	 * @param content what the initiative says
	 * @param owner the reporting organisation in the directory, null when it is not there
	 * @param unmatched the organisations the directory does not hold (the reporting one
	 * included)
	 * @param notes what was left out, and why, in English for the import report
	 */
	public record Mapped(InitiativeContent content, @Nullable Organisation owner, List<Unmatched> unmatched,
			List<String> notes) {

		public Mapped {
			unmatched = List.copyOf(unmatched);
			notes = List.copyOf(notes);
		}

	}

	/**
	 * Maps an activity.
	 * @param elements the key elements chosen for it, with their percentages where known
	 */
	public Mapped map(IatiActivity activity, List<ElementShare> elements) {
		List<String> notes = new ArrayList<>(activity.warnings());
		List<Unmatched> unmatched = new ArrayList<>();
		Organisation owner = null;
		if (activity.reportingOrg() != null) {
			IatiActivity.Organisation reporting = activity.reportingOrg();
			owner = directory.organisation(reporting.ref(), text(reporting.name()));
			if (owner == null) {
				unmatched.add(new Unmatched(reporting.ref(), text(reporting.name()), reporting.type()));
			}
		}
		String title = text(activity.title());
		if (title == null) {
			title = activity.identifier();
			notes.add("No title: the identifier stands for it");
		}
		title = cut(title, 500, "title", notes);
		String description = cut(description(activity, "1", "4"), InitiativeContent.LONG_TEXT, "description", notes);
		String objectives = cut(description(activity, "2"), InitiativeContent.LONG_TEXT, "objectives", notes);
		String projectNumber = (activity.identifier().length() <= 100) ? activity.identifier() : null;
		List<Participant> participants = participants(activity, unmatched, notes);
		Geography geography = geography(activity, notes);
		Funding funding = funding(activity, notes);
		InitiativeContent content = new InitiativeContent(title, projectNumber, description, objectives,
				InitiativeType.PROJECT, null, status(activity.status(), notes), schedule(activity.dates(), notes),
				geography, participants, funding,
				new InitiativeContent.Focus(elements(elements, notes), List.of(), List.of(), List.of()),
				results(activity, notes), List.of(), contacts(activity, notes));
		return new Mapped(content, owner, unmatched, notes);
	}

	private static @Nullable String text(@Nullable Text text) {
		return (text == null || text.value().isBlank()) ? null : text.value().strip();
	}

	private static @Nullable String cut(@Nullable String text, int most, String field, List<String> notes) {
		if (text != null && text.length() > most) {
			notes.add("The " + field + " was cut to " + most + " characters");
			return text.substring(0, most);
		}
		return text;
	}

	private static @Nullable String description(IatiActivity activity, String... types) {
		for (String type : types) {
			String text = text(activity.descriptions().get(type));
			if (text != null) {
				return text;
			}
		}
		return null;
	}

	/** IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed... */
	private static @Nullable ImplementationStatus status(@Nullable String code, List<String> notes) {
		if (code == null) {
			return null;
		}
		return switch (code.strip()) {
			case "1" -> ImplementationStatus.PROPOSED;
			case "2", "3" -> ImplementationStatus.ONGOING;
			case "4" -> ImplementationStatus.COMPLETED;
			case "5" -> ImplementationStatus.CANCELLED;
			default -> {
				notes.add("Activity status " + code + " has no equivalent: left out");
				yield null;
			}
		};
	}

	private static Schedule schedule(Map<String, LocalDate> dates, List<String> notes) {
		LocalDate plannedStart = date(dates.get("1"), notes);
		LocalDate actualStart = date(dates.get("2"), notes);
		LocalDate plannedEnd = date(dates.get("3"), notes);
		LocalDate actualEnd = date(dates.get("4"), notes);
		if (plannedStart != null && plannedEnd != null && plannedEnd.isBefore(plannedStart)) {
			notes.add("The planned end " + plannedEnd + " is before the planned start: left out");
			plannedEnd = null;
		}
		if (actualStart != null && actualEnd != null && actualEnd.isBefore(actualStart)) {
			notes.add("The actual end " + actualEnd + " is before the actual start: left out");
			actualEnd = null;
		}
		return new Schedule(plannedStart, plannedEnd, actualStart, actualEnd);
	}

	private static @Nullable LocalDate date(@Nullable LocalDate date, List<String> notes) {
		if (date != null && (date.getYear() < 1950 || date.getYear() > 2100)) {
			notes.add("The date " + date + " is outside 1950–2100: left out");
			return null;
		}
		return date;
	}

	/**
	 * IATI roles: 1 funding is the donor; 2 accountable and 3 extending, the implementing
	 * agency; 4 implementing, the executing agency.
	 */
	private List<Participant> participants(IatiActivity activity, List<Unmatched> unmatched, List<String> notes) {
		Map<String, Participant> participants = new LinkedHashMap<>();
		for (IatiActivity.Participant participant : activity.participants()) {
			ParticipantRole role = switch (participant.role().strip()) {
				case "1" -> ParticipantRole.DONOR;
				case "2", "3" -> ParticipantRole.IMPLEMENTING_AGENCY;
				case "4" -> ParticipantRole.EXECUTING_AGENCY;
				default -> null;
			};
			IatiActivity.Organisation named = participant.organisation();
			if (role == null) {
				notes.add("Organisation role " + participant.role() + " is not one cbcm holds: left out");
				continue;
			}
			Organisation found = directory.organisation(named.ref(), text(named.name()));
			if (found == null) {
				if (named.ref() != null || text(named.name()) != null) {
					unmatched.add(new Unmatched(named.ref(), text(named.name()), named.type()));
				}
				continue;
			}
			participants.putIfAbsent(found.id() + "/" + role, new Participant(found.id(), role, null));
		}
		if (participants.size() > InitiativeContent.MAX_ROWS) {
			notes.add("Only the first " + InitiativeContent.MAX_ROWS + " participating organisations were kept");
		}
		return participants.values().stream().limit(InitiativeContent.MAX_ROWS).toList();
	}

	private Geography geography(IatiActivity activity, List<String> notes) {
		List<CountryShare> countries = new ArrayList<>();
		Set<CountryCode> seen = new LinkedHashSet<>();
		for (IatiActivity.Share share : activity.countries()) {
			CountryCode country = directory.country(share.code());
			if (country == null) {
				notes.add("Recipient country " + share.code() + " is not in the directory: left out");
			}
			else if (seen.add(country) && countries.size() < InitiativeContent.MAX_COUNTRIES) {
				countries.add(new CountryShare(country, share.percentage()));
			}
		}
		List<@Nullable BigDecimal> fitted = fitted(countries.stream().map(CountryShare::percentage).toList());
		List<CountryShare> rounded = new ArrayList<>();
		for (int index = 0; index < countries.size(); index++) {
			rounded.add(new CountryShare(countries.get(index).country(), fitted.get(index)));
		}
		countries = rounded;
		if (!percentagesFit(countries.stream().map(CountryShare::percentage).toList())) {
			notes.add("The recipient countries' percentages (total "
					+ total(countries.stream().map(CountryShare::percentage).toList())
					+ ") are not shares of 100: the countries are kept without them");
			countries = countries.stream().map(share -> new CountryShare(share.country(), null)).toList();
		}
		List<RegionCode> regions = new ArrayList<>();
		for (IatiActivity.Share share : activity.regions()) {
			String m49 = this.regions.m49(share.code(), share.vocabulary());
			RegionCode region = (m49 != null) ? directory.region(m49) : null;
			if (region == null) {
				notes.add("Recipient region " + share.code() + " (vocabulary "
						+ ((share.vocabulary() != null) ? share.vocabulary() : "1") + ") has no M49 region: left out");
			}
			else if (!regions.contains(region) && regions.size() < InitiativeContent.MAX_ROWS) {
				regions.add(region);
			}
		}
		GeographicScope scope = (countries.size() == 1 && regions.isEmpty()) ? GeographicScope.NATIONAL
				: (countries.size() > 1 || !regions.isEmpty()) ? GeographicScope.REGIONAL : null;
		return new Geography(scope, null, countries, regions);
	}

	/**
	 * Key elements with their percentages rounded to two decimals, as the registry holds
	 * them; percentages that are no shares of 100 are left out, the elements kept.
	 */
	private static List<ElementShare> elements(List<ElementShare> elements, List<String> notes) {
		List<@Nullable BigDecimal> fitted = fitted(elements.stream().map(ElementShare::percentage).toList());
		List<ElementShare> rounded = new ArrayList<>();
		for (int index = 0; index < elements.size(); index++) {
			rounded.add(new ElementShare(elements.get(index).element(), fitted.get(index)));
		}
		if (!percentagesFit(fitted)) {
			notes.add("The key elements' percentages (total " + total(fitted)
					+ ") are not shares of 100: the elements are kept without them");
			return rounded.stream().map(share -> new ElementShare(share.element(), null)).toList();
		}
		return rounded;
	}

	/**
	 * Percentages rounded to two decimals; when all are given and they totalled 100
	 * before rounding (within a hundredth per share), the last takes what rounding lost,
	 * so that they total 100 again. Others are left as they are, for the check to judge.
	 */
	static List<@Nullable BigDecimal> fitted(List<@Nullable BigDecimal> percentages) {
		if (percentages.isEmpty() || percentages.stream()
			.anyMatch(percentage -> percentage != null
					&& (!Decimals.readable(percentage) || percentage.abs().compareTo(MAX_AMOUNT) > 0))) {
			return percentages;
		}
		List<@Nullable BigDecimal> rounded = new ArrayList<>();
		for (BigDecimal percentage : percentages) {
			rounded.add((percentage != null) ? percentage.setScale(2, RoundingMode.HALF_EVEN) : null);
		}
		if (rounded.stream().allMatch(java.util.Objects::nonNull)) {
			BigDecimal given = percentages.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal total = rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal tolerance = new BigDecimal("0.01").multiply(BigDecimal.valueOf(percentages.size()));
			if (given.subtract(HUNDRED).abs().compareTo(tolerance) <= 0 && total.compareTo(HUNDRED) != 0) {
				int last = rounded.size() - 1;
				BigDecimal adjusted = rounded.get(last).add(HUNDRED.subtract(total));
				if (adjusted.signum() >= 0) {
					rounded.set(last, adjusted);
				}
			}
		}
		return rounded;
	}

	/** Whether percentages can be kept: each 0–100 with two decimals, together 100. */
	private static boolean percentagesFit(List<@Nullable BigDecimal> percentages) {
		BigDecimal total = BigDecimal.ZERO;
		boolean all = true;
		for (BigDecimal percentage : percentages) {
			if (percentage == null) {
				all = false;
				continue;
			}
			if (!Decimals.readable(percentage) || percentage.signum() < 0 || percentage.compareTo(HUNDRED) > 0
					|| percentage.stripTrailingZeros().scale() > 2) {
				return false;
			}
			total = total.add(percentage);
		}
		return total.compareTo(HUNDRED) <= 0 && (!all || percentages.isEmpty() || total.compareTo(HUNDRED) == 0);
	}

	private static String total(List<@Nullable BigDecimal> percentages) {
		return percentages.stream()
			.filter(percentage -> percentage != null && Decimals.readable(percentage))
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.stripTrailingZeros()
			.toPlainString();
	}

	/**
	 * The money: the activity's currency (its default, else that of its first amount);
	 * the total of its budgets (a revised budget replacing the original of its period),
	 * else of its planned disbursements, else of its commitments; commitments and
	 * disbursements (expenditure included) per year of their transaction date. Amounts in
	 * another currency are converted at the registry's rate of their year, or left out.
	 */
	private Funding funding(IatiActivity activity, List<String> notes) {
		String currency = activity.defaultCurrency();
		if (currency == null) {
			currency = activity.budgets()
				.stream()
				.map(Money::currency)
				.filter(java.util.Objects::nonNull)
				.findFirst()
				.orElse(activity.transactions()
					.stream()
					.map(Transaction::currency)
					.filter(java.util.Objects::nonNull)
					.findFirst()
					.orElse(null));
		}
		if (currency != null) {
			currency = currency.strip().toUpperCase(java.util.Locale.ROOT);
			if (!Funding.knownCurrency(currency)) {
				notes.add("Currency " + currency + " is not an ISO 4217 code: the amounts are left out");
				return Funding.NONE;
			}
		}
		if (currency == null) {
			if (!activity.budgets().isEmpty() || !activity.transactions().isEmpty()) {
				notes.add("No currency is given: the amounts are left out");
			}
			return Funding.NONE;
		}
		String money = currency;
		Map<String, BigDecimal> budgets = new LinkedHashMap<>();
		for (Money budget : activity.budgets()) {
			BigDecimal value = amount(budget.value(), budget.currency(), currency, year(budget), notes);
			if (value != null) {
				String period = budget.periodStart() + "/" + budget.periodEnd();
				if ("2".equals(budget.type()) || !budgets.containsKey(period)) {
					budgets.put(period, value);
				}
			}
		}
		BigDecimal total = sum(budgets.values());
		if (total == null) {
			total = sum(activity.plannedDisbursements()
				.stream()
				.map(planned -> amount(planned.value(), planned.currency(), money, year(planned), notes))
				.toList());
		}
		Map<Integer, BigDecimal[]> years = new TreeMap<>();
		BigDecimal committed = BigDecimal.ZERO;
		for (Transaction transaction : activity.transactions()) {
			int column = switch (transaction.type()) {
				case "2" -> 0;
				case "3", "4" -> 1;
				default -> -1;
			};
			LocalDate date = (transaction.date() != null) ? transaction.date() : transaction.valueDate();
			if (column < 0 || date == null) {
				continue;
			}
			if (date.getYear() < 1950 || date.getYear() > 2100) {
				notes.add("A transaction dated " + date + " is outside 1950–2100: left out");
				continue;
			}
			BigDecimal value = amount(transaction.value(), transaction.currency(), currency, date.getYear(), notes);
			if (value == null) {
				continue;
			}
			BigDecimal[] year = years.computeIfAbsent(date.getYear(), key -> new BigDecimal[2]);
			year[column] = (year[column] == null) ? value : year[column].add(value);
			if (column == 0) {
				committed = committed.add(value);
			}
		}
		if (total == null && committed.signum() > 0) {
			total = committed;
		}
		List<YearFunding> yearly = new ArrayList<>();
		years.forEach((year, amounts) -> {
			if (yearly.size() < InitiativeContent.MAX_ROWS) {
				yearly.add(new YearFunding(year, positive(amounts[0], year, notes), positive(amounts[1], year, notes)));
			}
		});
		return new Funding(positive(total, null, notes), currency, null, null, null, yearly);
	}

	private static @Nullable Integer year(Money money) {
		LocalDate date = (money.valueDate() != null) ? money.valueDate() : money.periodStart();
		return (date != null) ? date.getYear() : null;
	}

	/**
	 * An amount in the activity's currency, rounded to cents; null when it cannot be
	 * (another currency without a rate, a number out of range).
	 */
	private @Nullable BigDecimal amount(BigDecimal value, @Nullable String given, @Nullable String currency,
			@Nullable Integer year, List<String> notes) {
		if (!Decimals.readable(value) || value.abs().compareTo(MAX_AMOUNT) > 0) {
			notes.add("An amount beyond what cbcm holds was left out");
			return null;
		}
		String from = (given != null) ? given.strip().toUpperCase(java.util.Locale.ROOT) : currency;
		if (from == null || currency == null || from.equals(currency)) {
			return value.setScale(2, RoundingMode.HALF_EVEN);
		}
		if (year == null) {
			notes.add("An amount in " + from + " without a date was left out");
			return null;
		}
		var fromRate = ExchangeRates.rate(rates, from, year);
		var toRate = ExchangeRates.rate(rates, currency, year);
		if (fromRate.isEmpty() || toRate.isEmpty()) {
			notes.add("An amount in " + from + " of " + year + " was left out: no exchange rate to " + currency);
			return null;
		}
		return value.multiply(fromRate.get()).divide(toRate.get(), 2, RoundingMode.HALF_EVEN);
	}

	private static @Nullable BigDecimal sum(java.util.Collection<@Nullable BigDecimal> values) {
		BigDecimal total = null;
		for (BigDecimal value : values) {
			if (value != null) {
				total = (total == null) ? value : total.add(value);
			}
		}
		return total;
	}

	private static @Nullable BigDecimal positive(@Nullable BigDecimal value, @Nullable Integer year,
			List<String> notes) {
		if (value == null) {
			return null;
		}
		if (value.signum() < 0) {
			notes.add("A negative total" + ((year != null) ? " in " + year : "") + " (reversals) was left out");
			return null;
		}
		return (value.compareTo(MAX_AMOUNT) > 0) ? null : value;
	}

	/**
	 * Results: outputs, outcomes and impacts as texts of their titles; indicators with
	 * their baseline, last target and last actual value where they are numbers.
	 */
	private static Results results(IatiActivity activity, List<String> notes) {
		Map<String, StringBuilder> texts = new LinkedHashMap<>();
		List<Indicator> indicators = new ArrayList<>();
		for (IatiActivity.Result result : activity.results()) {
			String kind = switch ((result.type() != null) ? result.type().strip() : "") {
				case "2" -> "outcomes";
				case "3" -> "achievements";
				default -> "outputs";
			};
			String title = text(result.title());
			if (title != null) {
				texts.computeIfAbsent(kind, key -> new StringBuilder()).append("- ").append(title).append('\n');
			}
			for (IatiActivity.Indicator indicator : result.indicators()) {
				String name = (text(indicator.title()) != null) ? text(indicator.title()) : title;
				if (name == null || indicators.size() >= InitiativeContent.MAX_ROWS) {
					continue;
				}
				indicators
					.add(new Indicator(cut(name, 300, "indicator name", notes), null, number(indicator.baseline()),
							null, number(last(indicator.targets())), null, number(last(indicator.actuals())), null));
			}
		}
		return new Results(cut(string(texts.get("outputs")), InitiativeContent.LONG_TEXT, "outputs", notes),
				cut(string(texts.get("outcomes")), InitiativeContent.LONG_TEXT, "outcomes", notes),
				cut(string(texts.get("achievements")), InitiativeContent.LONG_TEXT, "achievements", notes), null,
				indicators, documents(activity, notes));
	}

	private static @Nullable String string(@Nullable StringBuilder builder) {
		return (builder == null) ? null : builder.toString().strip();
	}

	private static @Nullable String last(List<String> values) {
		return values.isEmpty() ? null : values.get(values.size() - 1);
	}

	private static @Nullable BigDecimal number(@Nullable String text) {
		if (text == null || text.isBlank() || text.length() > 40) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(text.strip());
			return (Decimals.readable(number) && number.abs().compareTo(MAX_AMOUNT) <= 0) ? number : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static List<DocumentLink> documents(IatiActivity activity, List<String> notes) {
		List<DocumentLink> documents = new ArrayList<>();
		for (IatiActivity.Document document : activity.documents()) {
			if (!webAddress(document.url())) {
				notes.add("Document link " + shortened(document.url()) + " is not a web address: left out");
				continue;
			}
			if (documents.size() < InitiativeContent.MAX_ROWS) {
				String title = text(document.title());
				documents
					.add(new DocumentLink(cut((title != null) ? title : document.url(), 300, "document title", notes),
							document.url().strip()));
			}
		}
		return documents;
	}

	private static boolean webAddress(String url) {
		if (url.isBlank() || url.length() > 1000) {
			return false;
		}
		try {
			URI uri = new URI(url.strip());
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	private static String shortened(String text) {
		return (text.length() > 80) ? text.substring(0, 80) + "…" : text;
	}

	/** Contacts: a person's name, else the organisation's, with what of them is valid. */
	private static List<ProfileContact> contacts(IatiActivity activity, List<String> notes) {
		List<ProfileContact> contacts = new ArrayList<>();
		for (IatiActivity.Contact contact : activity.contacts()) {
			String person = text(contact.person());
			String organisation = text(contact.organisation());
			String name = (person != null) ? person : organisation;
			if (name == null || contacts.size() >= InitiativeContent.MAX_ROWS) {
				continue;
			}
			ProfileContact full = new ProfileContact(name, organisation, contact.email(), contact.telephone());
			if (valid(full)) {
				contacts.add(full);
				continue;
			}
			ProfileContact named = new ProfileContact(cut(name, 200, "contact name", notes),
					(organisation != null && organisation.length() <= 300) ? organisation : null, null, null);
			if (valid(named)) {
				notes.add("A contact's e-mail address or telephone number is not valid: left out");
				contacts.add(named);
			}
		}
		return contacts;
	}

	private static boolean valid(ProfileContact contact) {
		Validation validation = new Validation();
		contact.check(validation, "contact");
		return !validation.failed();
	}

	/** Key elements as chosen, each once. */
	public static List<ElementShare> elements(List<ItemCode> codes) {
		return codes.stream().distinct().map(code -> new ElementShare(code, null)).toList();
	}

}
