package org.cbcm.demo.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cbcm.directory.CartagenaStatus;
import org.cbcm.directory.Country;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationType;
import org.cbcm.directory.ProfileContact;
import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.PlanItem;
import org.cbcm.initiatives.DacCriterion;
import org.cbcm.initiatives.FundingType;
import org.cbcm.initiatives.GeographicScope;
import org.cbcm.initiatives.ImplementationStatus;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeContent.CountryShare;
import org.cbcm.initiatives.InitiativeContent.DocumentLink;
import org.cbcm.initiatives.InitiativeContent.ElementShare;
import org.cbcm.initiatives.InitiativeContent.Evaluation;
import org.cbcm.initiatives.InitiativeContent.Indicator;
import org.cbcm.initiatives.InitiativeContent.Participant;
import org.cbcm.initiatives.InitiativeContent.YearFunding;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativeType;
import org.cbcm.initiatives.ParticipantRole;
import org.cbcm.records.RecordScope;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Draws a plausible registry of published initiatives, one after the other, the same ones
 * for the same seed: a theme tied to key elements, a place weighted as aid for biosafety
 * goes (least developed countries and Africa more, small islands and economies in
 * transition less, developed countries never), a funding channel with its donor, agencies
 * and currency, dates and an implementation status that agree with today, a budget drawn
 * log-normally, and for some results, indicators and an evaluation. Now and then a
 * programme comes with national projects under it. Every initiative draws only on the
 * directory and the Action Plan it is given.
 */
final class DemoPortfolio {

	/** How a demo initiative's project number starts. */
	static final String PREFIX = "DEMO-";

	/**
	 * How often a project is registered a second time by another of its parties (see
	 * {@link #twin}): a handful of pairs in a few hundred initiatives.
	 */
	static final double TWINS = 0.025;

	/** The first day the registry took records. */
	static final LocalDate FIRST_DAY = LocalDate.of(2004, 3, 1);

	/** What the drawing reads from the directory and the Action Plan, read once. */
	record Reference(List<Country> countries, Map<RegionCode, String> regionNames, List<Organisation> organisations,
			List<PlanItem> items, LocalDate today) {
	}

	/** One drawn initiative, published from the start. */
	record Drafted(InitiativeId id, RecordScope owner, InitiativeContent content, Instant createdAt,
			Instant publishedAt, boolean twin) {
	}

	/**
	 * The funding source categories of paragraph 13(d), the way money comes to an
	 * initiative.
	 */
	private enum Channel {

		GEF("13(d)(i)", 34), MULTILATERAL("13(d)(ii)", 14), OTHER_INTERNATIONAL("13(d)(iii)", 9),
		BILATERAL("13(d)(iv)", 26), STAKEHOLDERS("13(d)(v)", 4), NATIONAL("13(d)(vi)", 13);

		final String source;

		final int weight;

		Channel(String source, int weight) {
			this.source = source;
			this.weight = weight;
		}

	}

	/** Where an initiative works, and how its title names the place. */
	private record Place(GeographicScope scope, List<Country> countries, List<RegionCode> regions, String name,
			@Nullable String area) {
	}

	/** Who funds, implements, executes and supports an initiative. */
	private record Parties(Channel channel, List<Organisation> donors, @Nullable Organisation implementer,
			@Nullable Organisation executing, @Nullable Organisation partner) {
	}

	private static final Pattern WITH_ARTICLE = Pattern.compile(
			"^(Philippines|Gambia|Bahamas|Comoros|Maldives|Netherlands|Niger|Sudan|Congo|Americas|Caribbean)$|^(Republic|United|Democratic|Central African|Dominican|Lao|Islamic|Syrian|Russian|Federated)\\b|Islands$");

	private static final List<String> AREAS = List.of("Northern Province", "Coastal Region", "Western Highlands",
			"Lake Region", "Capital District", "Southern Region", "Eastern Province", "Central Valley");

	private static final List<String> OTHER_CURRENCIES = List.of("EUR", "GBP", "JPY", "SEK", "CAD", "CHF");

	/** The currency of an organisation's seat, where it is not the US dollar. */
	private static final Map<String, String> SEAT_CURRENCIES = Map.ofEntries(Map.entry("NOR", "NOK"),
			Map.entry("CHE", "CHF"), Map.entry("ITA", "EUR"), Map.entry("BEL", "EUR"), Map.entry("FRA", "EUR"),
			Map.entry("DEU", "EUR"), Map.entry("NLD", "EUR"), Map.entry("GBR", "GBP"), Map.entry("JPN", "JPY"),
			Map.entry("ZAF", "ZAR"), Map.entry("CAN", "CAD"), Map.entry("SWE", "SEK"));

	/** A country's own currency, for initiatives it funds itself. */
	private static final Map<String, String> NATIONAL_CURRENCIES = Map.ofEntries(Map.entry("KEN", "KES"),
			Map.entry("IND", "INR"), Map.entry("BRA", "BRL"), Map.entry("ZAF", "ZAR"), Map.entry("MEX", "MXN"),
			Map.entry("CHN", "CNY"), Map.entry("PHL", "PHP"), Map.entry("NGA", "NGN"), Map.entry("EGY", "EGP"),
			Map.entry("MYS", "MYR"));

	/** How likely an organisation is chosen to implement, by acronym; others count 1. */
	private static final Map<String, Double> IMPLEMENTER_WEIGHTS = Map.of("UNEP", 5.0, "UNDP", 3.0, "FAO", 1.5, "ICGEB",
			2.0, "IUCN", 1.5, "AUDA-NEPAD", 1.5, "SCBD", 0.7);

	private static final List<String> OUTCOMES = List.of(
			"Decisions on LMOs are now taken on the basis of science-based risk assessments.",
			"The competent authority handles applications within the legal deadlines.",
			"Stakeholders are consulted before each decision on an LMO.",
			"Trained staff remain in post and train their colleagues.");

	private static final List<String> LESSONS = List.of(
			"Early involvement of the ministries of trade and agriculture made adoption of the law easier.",
			"Training works best on real applications rather than fictitious cases.",
			"Equipment needs a maintenance budget from the start.",
			"Regional cooperation lowered the cost of laboratory services.");

	private final Random random;

	private final long seed;

	private final LocalDate today;

	private int number;

	private final Map<RegionCode, String> regionNames;

	private final List<Country> recipients;

	private final Map<RegionCode, List<Country>> subRegions;

	private final Map<RegionCode, List<Country>> regions;

	private final List<Organisation> organisations;

	private final Set<String> activities;

	private final Set<String> elements;

	private final Set<String> sources;

	/**
	 * @param reference what the drawing draws on
	 * @param seed makes the drawing repeatable
	 * @param lastNumber the number of the last demo initiative written, 0 for none
	 */
	DemoPortfolio(Reference reference, long seed, int lastNumber) {
		this.random = new Random(seed * 1_000_003L + lastNumber);
		this.seed = seed;
		this.today = reference.today();
		this.number = lastNumber;
		this.regionNames = reference.regionNames();
		this.recipients = reference.countries()
			.stream()
			.filter(country -> weight(country) > 0)
			.sorted(Comparator.comparing(country -> country.code().value()))
			.toList();
		this.subRegions = group(recipients,
				country -> (country.intermediateRegion() != null) ? country.intermediateRegion() : country.subRegion());
		this.regions = group(recipients, Country::region);
		this.organisations = reference.organisations()
			.stream()
			.sorted(Comparator.comparing(organisation -> organisation.id().toString()))
			.toList();
		this.activities = codes(reference.items(), ItemType.ACTIVITY);
		this.elements = reference.items()
			.stream()
			.filter(item -> item.type() == ItemType.KEY_ELEMENT || item.type() == ItemType.SUB_ELEMENT)
			.map(item -> item.code().value())
			.collect(Collectors.toSet());
		this.sources = codes(reference.items(), ItemType.FUNDING_SOURCE);
		if (recipients.isEmpty() || organisations.isEmpty()) {
			throw new IllegalStateException("Demo initiatives need countries and organisations in the directory");
		}
	}

	/** The number of the last initiative drawn (or, before any, written before). */
	int lastNumber() {
		return number;
	}

	/**
	 * The next initiatives: one, or a programme with its projects, never more than there
	 * is room for.
	 */
	List<Drafted> next(int room) {
		DemoTheme theme = weighted(List.of(DemoTheme.values()), candidate -> candidate.weight);
		if (room >= 4 && theme.programmeTitle != null && chance(0.025)) {
			return programme(theme, room);
		}
		Place place = place(theme);
		Parties parties = parties(place, false);
		InitiativeType type = chance(0.2) ? InitiativeType.ACTIVITY : InitiativeType.PROJECT;
		LocalDate start = start();
		LocalDate end = (type == InitiativeType.ACTIVITY) ? start.plusDays(between(1, 9))
				: start.plusMonths(between(12, 60)).minusDays(1);
		Drafted drafted = initiative(theme, type, place, parties, start, end, null, budget(type, parties));
		Organisation implementer = parties.implementer();
		if (room >= 2 && type == InitiativeType.PROJECT && implementer != null && chance(TWINS)) {
			return List.of(drafted, twin(drafted, theme, place, parties, implementer));
		}
		return List.of(drafted);
	}

	private static final String[] GIVEN_NAMES = { "Amina", "Kwame", "Lucía", "Mehdi", "Olga", "Wei", "Fatou", "Rahul",
			"Ana", "Tomasi", "Nadia", "Samuel", "Leila", "Carlos", "Grace", "Dmitri", "Aroha", "Youssef" };

	private static final String[] FAMILY_NAMES = { "Odhiambo", "Mensah", "Quispe", "Haddad", "Ivanova", "Zhang",
			"Diallo", "Sharma", "Pereira", "Fifita", "Karimi", "Tesfaye", "Benali", "Rojas", "Achieng", "Petrov",
			"Ngata", "Farouk" };

	/**
	 * The person to ask about an initiative, at its implementer (else its first donor):
	 * drawn from the initiative's identifier, not from the portfolio's sequence, so that
	 * naming contacts changes nothing else the generator draws. Addresses are at
	 * example.org, which no one receives mail at.
	 */
	private static List<ProfileContact> contacts(InitiativeId id, Parties parties) {
		Organisation at = (parties.implementer() != null) ? parties.implementer()
				: parties.donors().isEmpty() ? null : parties.donors().get(0);
		if (at == null) {
			return List.of();
		}
		Random draw = new Random(id.value().getLeastSignificantBits());
		String given = GIVEN_NAMES[draw.nextInt(GIVEN_NAMES.length)];
		String family = FAMILY_NAMES[draw.nextInt(FAMILY_NAMES.length)];
		String email = java.text.Normalizer.normalize(given + "." + family, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT) + "@example.org";
		return List.of(new ProfileContact(given + " " + family, at.name(), email, null));
	}

	/**
	 * The same project registered a second time by another of its parties, as happens
	 * when the donor and the implementing agency, or the country, each report it: the
	 * same countries and organisations, the title and description in other words, the
	 * planned start as the other party had it, the budget as approved, without the yearly
	 * figures, registered some months later. The Secretariat finds both in its queue of
	 * duplicate records.
	 */
	private Drafted twin(Drafted original, DemoTheme theme, Place place, Parties parties, Organisation implementer) {
		number++;
		String projectNumber = PREFIX + String.format(Locale.ROOT, "%06d", number);
		InitiativeId id = new InitiativeId(
				UUID.nameUUIDFromBytes(("cbcm:demo:" + seed + ":" + number).getBytes(StandardCharsets.UTF_8)));
		InitiativeContent content = original.content();
		String title = switch (between(0, 2)) {
			case 0 -> content.title() + " (" + implementer.shortName() + ")";
			case 1 -> "Support to " + Character.toLowerCase(content.title().charAt(0)) + content.title().substring(1);
			default -> "Biosafety project: " + content.title();
		};
		String funder = parties.donors().isEmpty() ? "With national funds, " : "With funding from "
				+ parties.donors().stream().map(Organisation::shortName).collect(Collectors.joining(" and ")) + ", ";
		String description = funder + implementer.shortName() + " implements this project " + where(place)
				+ ". Its aim: to " + theme.aim + ".";
		InitiativeContent.Schedule schedule = content.schedule();
		LocalDate plannedStart = schedule.plannedStart();
		if (plannedStart != null) {
			LocalDate earlier = plannedStart.minusDays(between(0, 60));
			if (earlier.getYear() == plannedStart.getYear()) {
				plannedStart = earlier;
			}
		}
		InitiativeContent.Funding funding = content.funding();
		BigDecimal budget = (funding.totalBudget() != null) ? significant(funding.totalBudget().doubleValue(), 2)
				: null;
		InitiativeContent twin = new InitiativeContent(title, projectNumber, description, content.objectives(),
				content.type(), null, content.implementation(),
				new InitiativeContent.Schedule(plannedStart, schedule.plannedEnd(), schedule.actualStart(),
						schedule.actualEnd()),
				content.geography(), content.participants(), new InitiativeContent.Funding(budget, funding.currency(),
						funding.source(), funding.type(), null, List.of()),
				content.focus(), content.results(), List.of(), content.contacts());
		Validation validation = new Validation();
		twin.check(validation);
		validation.done();
		RecordScope owner = RecordScope.of(implementer.id());
		if (owner.equals(original.owner())) {
			owner = parties.donors().isEmpty() ? RecordScope.of(place.countries().get(0).code())
					: RecordScope.of(parties.donors().get(0).id());
		}
		Instant latest = today.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant publishedAt = original.publishedAt().plus(between(20, 300), ChronoUnit.DAYS);
		if (publishedAt.isAfter(latest)) {
			publishedAt = original.publishedAt().isBefore(latest) ? latest : original.publishedAt();
		}
		return new Drafted(id, owner, twin, publishedAt.minus(between(1, 10), ChronoUnit.DAYS), publishedAt, true);
	}

	/** A programme over several countries, with a national project in each. */
	private List<Drafted> programme(DemoTheme theme, int room) {
		Place place = chance(0.3) ? global(3, 8) : shared(theme, chance(0.5));
		Parties parties = parties(place, true);
		LocalDate start = start();
		LocalDate end = start.plusMonths(between(48, 96)).minusDays(1);
		double usd = budget(InitiativeType.PROGRAMME, parties);
		Drafted programme = initiative(theme, InitiativeType.PROGRAMME, place, parties, start, end, null, usd);
		List<Drafted> all = new ArrayList<>(List.of(programme));
		int projects = Math.min(place.countries().size(), room - 1);
		for (int index = 0; index < projects; index++) {
			Country country = place.countries().get(index);
			Place national = new Place(GeographicScope.NATIONAL, List.of(country), List.of(),
					withArticle(name(country)), null);
			LocalDate projectStart = start.plusMonths(between(0, 18));
			LocalDate projectEnd = min(projectStart.plusMonths(between(24, 48)).minusDays(1), end);
			Parties own = new Parties(parties.channel(), parties.donors(), parties.implementer(),
					executing(national, parties.implementer()), null);
			all.add(initiative(theme, InitiativeType.PROJECT, national, own, projectStart, projectEnd, programme.id(),
					usd * uniform(0.06, 0.18)));
		}
		return all;
	}

	private Drafted initiative(DemoTheme theme, InitiativeType type, Place place, Parties parties, LocalDate start,
			LocalDate plannedEnd, @Nullable InitiativeId parent, double usd) {
		number++;
		String projectNumber = PREFIX + String.format(Locale.ROOT, "%06d", number);
		InitiativeId id = new InitiativeId(
				UUID.nameUUIDFromBytes(("cbcm:demo:" + seed + ":" + number).getBytes(StandardCharsets.UTF_8)));

		// How far it got, with actual dates that agree with today.
		ImplementationStatus status;
		LocalDate actualStart = null;
		LocalDate actualEnd = null;
		LocalDate begun = (type == InitiativeType.ACTIVITY) ? start : start.plusDays(between(0, 150));
		if (begun.isAfter(today)) {
			status = chance(0.55) ? ImplementationStatus.APPROVED : ImplementationStatus.PROPOSED;
		}
		else {
			actualStart = begun;
			LocalDate finishing = (type == InitiativeType.ACTIVITY) ? plannedEnd : plannedEnd.plusDays(between(0, 240));
			if (finishing.isBefore(today)) {
				if (type != InitiativeType.ACTIVITY && chance(0.05)) {
					status = ImplementationStatus.CANCELLED;
					actualEnd = begun.plusDays((long) (ChronoUnit.DAYS.between(begun, finishing) * uniform(0.2, 0.7)));
				}
				else {
					status = ImplementationStatus.COMPLETED;
					actualEnd = finishing;
				}
			}
			else {
				status = chance(0.07) ? ImplementationStatus.SUSPENDED : ImplementationStatus.ONGOING;
			}
		}

		// Money, in the donor's currency at the start year's rate.
		String currency = currency(parties, place);
		BigDecimal budget = significant(usd / DemoRates.usdPerUnit(currency, start.getYear()).doubleValue(), 3);
		BigDecimal coFinancing = chance(0.3) ? significant(budget.doubleValue() * uniform(0.2, 1.0), 2) : null;
		List<YearFunding> years = new ArrayList<>();
		if (actualStart != null && type != InitiativeType.ACTIVITY && chance(0.6)) {
			int planned = plannedEnd.getYear() - start.getYear() + 1;
			BigDecimal each = budget.divide(BigDecimal.valueOf(planned), 0, RoundingMode.HALF_EVEN);
			int last = Math.min((actualEnd != null) ? actualEnd.getYear() : plannedEnd.getYear(), today.getYear());
			for (int year = actualStart.getYear(); year <= last && years.size() < 10; year++) {
				double paid = (year < today.getYear()) ? uniform(0.75, 1.0) : uniform(0.1, 0.6);
				years.add(new YearFunding(year, each, significant(each.doubleValue() * paid, 3)));
			}
		}
		FundingType fundingType = fundingType(parties);
		String source = sources.contains(parties.channel().source) ? parties.channel().source : null;

		// What it addresses.
		List<ElementShare> shares = new ArrayList<>();
		for (String element : theme.elements) {
			if (elements.contains(element)) {
				shares.add(new ElementShare(ItemCode.of(element), null));
			}
		}
		for (String element : theme.optionalElements) {
			if (elements.contains(element) && chance(0.3)) {
				shares.add(new ElementShare(ItemCode.of(element), null));
			}
		}
		if (shares.size() > 1 && chance(0.5)) {
			shares.set(0, new ElementShare(shares.get(0).element(), BigDecimal.valueOf(5L * between(8, 14))));
		}
		List<String> levelled = switch (place.scope()) {
			case NATIONAL, SUB_NATIONAL -> theme.nationalActivities;
			case SUB_REGIONAL, REGIONAL -> theme.regionalActivities;
			case GLOBAL -> theme.internationalActivities;
		};
		List<ItemCode> chosenActivities = some(levelled.stream().filter(activities::contains).sorted().toList(), 1, 3)
			.stream()
			.map(ItemCode::of)
			.toList();
		InitiativeContent.Focus focus = new InitiativeContent.Focus(shares, chosenActivities,
				some(theme.categories, 1, 3), some(theme.targetGroups, 1, 3));

		// Where, with explicit shares for some multi-country initiatives.
		List<CountryShare> countries = new ArrayList<>();
		boolean explicit = place.countries().size() > 1 && chance(0.4);
		int left = 100;
		for (int index = 0; index < place.countries().size(); index++) {
			Integer share = null;
			if (explicit) {
				share = (index == place.countries().size() - 1) ? left
						: Math.max(1, Math.min(left - (place.countries().size() - index - 1),
								(int) Math.round(100.0 / place.countries().size() * uniform(0.6, 1.4))));
				left -= share;
			}
			countries.add(new CountryShare(place.countries().get(index).code(),
					(share != null) ? BigDecimal.valueOf(share) : null));
		}

		String title = title(theme, type, place);
		InitiativeContent content = new InitiativeContent(title, projectNumber,
				description(theme, type, place, parties), objectives(theme, focus), type, parent, status,
				new InitiativeContent.Schedule(start, plannedEnd, actualStart, actualEnd),
				new InitiativeContent.Geography(place.scope(), place.area(), countries, place.regions()),
				participants(parties),
				new InitiativeContent.Funding(budget, currency, (source != null) ? ItemCode.of(source) : null,
						fundingType, coFinancing, years),
				focus, results(theme, status, start, plannedEnd, actualStart, actualEnd, projectNumber),
				evaluations(type, status, parties, actualEnd), contacts(id, parties));
		Validation validation = new Validation();
		content.check(validation);
		validation.done();

		RecordScope owner = owner(place, parties);
		LocalDate registered = start.plusDays(between(-120, 240));
		if (!registered.isBefore(today)) {
			registered = today.minusDays(between(1, 200));
		}
		if (registered.isBefore(FIRST_DAY)) {
			registered = FIRST_DAY.plusDays(between(0, 400));
		}
		Instant publishedAt = registered.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(between(28_800, 64_800));
		Instant createdAt = publishedAt.minus(between(1, 40), ChronoUnit.DAYS);
		return new Drafted(id, owner, content, createdAt, publishedAt, false);
	}

	// Places.

	private Place place(DemoTheme theme) {
		if (theme == DemoTheme.COOPERATION) {
			return shared(theme, chance(0.6));
		}
		int scope = weightedIndex(new double[] { 66, 4, 13, 10, 7 });
		boolean local = theme == DemoTheme.AWARENESS || theme == DemoTheme.RISK_MANAGEMENT
				|| theme == DemoTheme.SOCIO_ECONOMIC || theme == DemoTheme.MONITORING;
		if (scope == 0 || (scope == 1 && !local)) {
			Country country = weighted(recipients, DemoPortfolio::weight);
			return new Place(GeographicScope.NATIONAL, List.of(country), List.of(), withArticle(name(country)), null);
		}
		if (scope == 1) {
			Country country = weighted(recipients, DemoPortfolio::weight);
			String area = pick(AREAS);
			return new Place(GeographicScope.SUB_NATIONAL, List.of(country), List.of(), area + ", " + name(country),
					area);
		}
		if (scope == 4) {
			return global(5, 20);
		}
		return shared(theme, scope == 2);
	}

	/** Several countries of one sub-region, or of one region. */
	private Place shared(DemoTheme theme, boolean subRegional) {
		Map<RegionCode, List<Country>> groups = subRegional ? subRegions : regions;
		List<RegionCode> codes = groups.keySet()
			.stream()
			.filter(code -> groups.get(code).size() >= 3)
			.sorted(Comparator.comparing(RegionCode::value))
			.toList();
		RegionCode region = weighted(codes, code -> groups.get(code).stream().mapToDouble(DemoPortfolio::weight).sum());
		List<Country> members = groups.get(region);
		List<Country> chosen = distinct(members, DemoPortfolio::weight,
				between(subRegional ? 2 : 3, Math.min(subRegional ? 7 : 12, members.size())));
		String name = regionNames.getOrDefault(region, region.value());
		return new Place(subRegional ? GeographicScope.SUB_REGIONAL : GeographicScope.REGIONAL, chosen, List.of(region),
				withArticle(name), null);
	}

	/** Countries all over: developing ones, least developed ones or small islands. */
	private Place global(int fewest, int most) {
		int group = weightedIndex(new double[] { 60, 25, 15 });
		Predicate<Country> in = (group == 1) ? country -> Boolean.TRUE.equals(country.ldc())
				: (group == 2) ? country -> Boolean.TRUE.equals(country.sids()) : country -> true;
		String name = (group == 1) ? "least developed countries"
				: (group == 2) ? "small island developing States" : "developing countries";
		List<Country> members = recipients.stream().filter(in).toList();
		if (members.size() < fewest) {
			members = recipients;
			name = "developing countries";
		}
		List<Country> chosen = distinct(members, DemoPortfolio::weight,
				between(fewest, Math.min(most, members.size())));
		return new Place(GeographicScope.GLOBAL, chosen, List.of(), name, null);
	}

	/**
	 * How much biosafety aid a country draws, relative to others: developing countries
	 * and economies in transition only, least developed countries and Africa more, small
	 * islands and economies in transition less, signatories that are not Parties much
	 * less, territories and States that never signed the Protocol not at all.
	 */
	static double weight(Country country) {
		if (country.regionalOrganisation() || country.iso3() == null
				|| country.cartagenaStatus() == CartagenaStatus.NON_PARTY) {
			return 0;
		}
		boolean developing = Boolean.TRUE.equals(country.developing());
		boolean transition = Boolean.TRUE.equals(country.economyInTransition());
		if (!developing && !transition) {
			return 0;
		}
		double weight = 1;
		if (Boolean.TRUE.equals(country.ldc())) {
			weight *= 2.2;
		}
		if (country.region() != null && country.region().value().equals("002")) {
			weight *= 1.8;
		}
		if (Boolean.TRUE.equals(country.sids())) {
			weight *= 0.45;
		}
		if (transition) {
			weight *= 0.6;
		}
		if (!country.cartagenaParty()) {
			weight *= 0.3;
		}
		return weight;
	}

	// Who takes part.

	private Parties parties(Place place, boolean programme) {
		boolean national = place.scope() == GeographicScope.NATIONAL || place.scope() == GeographicScope.SUB_NATIONAL;
		List<Channel> channels = Arrays.stream(Channel.values())
			.filter(channel -> national || channel != Channel.NATIONAL)
			.filter(channel -> !programme || channel == Channel.GEF || channel == Channel.BILATERAL
					|| channel == Channel.MULTILATERAL)
			.toList();
		Channel channel = weighted(channels, candidate -> candidate.weight);
		List<Organisation> donors = new ArrayList<>();
		Organisation donor = switch (channel) {
			case GEF -> acronym("GEF").orElseGet(() -> any(type(OrganisationType.MULTILATERAL_FUND)));
			case MULTILATERAL -> any(organisations.stream()
				.filter(o -> (o.type() == OrganisationType.MULTILATERAL_FUND && !"GEF".equals(o.acronym()))
						|| (o.type() == OrganisationType.UN_BODY && !"SCBD".equals(o.acronym())))
				.toList());
			case BILATERAL -> any(type(OrganisationType.BILATERAL_AGENCY, OrganisationType.GOVERNMENT));
			case OTHER_INTERNATIONAL -> any(type(OrganisationType.NGO, OrganisationType.ACADEMIC));
			case STAKEHOLDERS -> any(type(OrganisationType.PRIVATE_SECTOR, OrganisationType.NGO));
			case NATIONAL -> null;
		};
		if (donor != null) {
			donors.add(donor);
			if (chance(0.15)) {
				Organisation second = any(type(OrganisationType.BILATERAL_AGENCY, OrganisationType.MULTILATERAL_FUND));
				if (!second.equals(donor)) {
					donors.add(second);
				}
			}
		}
		List<Organisation> candidates = switch (channel) {
			case GEF -> organisations.stream()
				.filter(o -> (o.type() == OrganisationType.UN_BODY && !"SCBD".equals(o.acronym()))
						|| (o.type() == OrganisationType.MULTILATERAL_FUND && !"GEF".equals(o.acronym())))
				.toList();
			case MULTILATERAL -> (donor != null && donor.type() == OrganisationType.UN_BODY && chance(0.6))
					? List.of(donor) : type(OrganisationType.UN_BODY);
			case BILATERAL -> type(OrganisationType.UN_BODY, OrganisationType.ACADEMIC, OrganisationType.NGO,
					OrganisationType.REGIONAL_BODY);
			case OTHER_INTERNATIONAL, STAKEHOLDERS ->
				type(OrganisationType.ACADEMIC, OrganisationType.NGO, OrganisationType.REGIONAL_BODY);
			case NATIONAL -> List.of();
		};
		List<Organisation> fitting = candidates.stream().filter(o -> fits(o, place)).toList();
		Organisation implementer = fitting.isEmpty() ? null
				: weighted(fitting, o -> IMPLEMENTER_WEIGHTS.getOrDefault(String.valueOf(o.acronym()), 1.0));
		Organisation executing = chance(0.35) ? executing(place, implementer) : null;
		Organisation partner = null;
		if (chance(0.25)) {
			List<Organisation> others = organisations.stream()
				.filter(o -> fits(o, place) && !donors.contains(o) && !o.equals(implementer) && !o.equals(executing))
				.filter(o -> o.type() != OrganisationType.MULTILATERAL_FUND)
				.toList();
			partner = others.isEmpty() ? null : pick(others);
		}
		return new Parties(channel, donors, implementer, executing, partner);
	}

	/**
	 * An executing agency near the place: a regional body of its region, or a research
	 * institute.
	 */
	private @Nullable Organisation executing(Place place, @Nullable Organisation implementer) {
		List<Organisation> candidates = organisations.stream()
			.filter(o -> o.type() == OrganisationType.REGIONAL_BODY || o.type() == OrganisationType.ACADEMIC)
			.filter(o -> fits(o, place) && !o.equals(implementer))
			.toList();
		return candidates.isEmpty() ? null : pick(candidates);
	}

	/** A regional body works only in its own region. */
	private boolean fits(Organisation organisation, Place place) {
		if (organisation.type() != OrganisationType.REGIONAL_BODY) {
			return true;
		}
		if (place.scope() == GeographicScope.GLOBAL || organisation.country() == null) {
			return false;
		}
		RegionCode seat = recipientsRegion(organisation.country());
		return seat != null && place.countries().stream().allMatch(country -> seat.equals(country.region()));
	}

	private @Nullable RegionCode recipientsRegion(CountryCode code) {
		for (Map.Entry<RegionCode, List<Country>> region : regions.entrySet()) {
			if (region.getValue().stream().anyMatch(country -> country.code().equals(code))) {
				return region.getKey();
			}
		}
		return null;
	}

	private static List<Participant> participants(Parties parties) {
		List<Participant> participants = new ArrayList<>();
		for (int index = 0; index < parties.donors().size(); index++) {
			BigDecimal share = (parties.donors().size() == 1) ? BigDecimal.valueOf(100)
					: BigDecimal.valueOf((index == 0) ? 70 : 30);
			participants.add(new Participant(parties.donors().get(index).id(), ParticipantRole.DONOR, share));
		}
		if (parties.implementer() != null) {
			participants.add(new Participant(parties.implementer().id(), ParticipantRole.IMPLEMENTING_AGENCY, null));
		}
		if (parties.executing() != null) {
			participants.add(new Participant(parties.executing().id(), ParticipantRole.EXECUTING_AGENCY, null));
		}
		if (parties.partner() != null) {
			participants.add(new Participant(parties.partner().id(), ParticipantRole.COLLABORATING_PARTNER, null));
		}
		return participants;
	}

	/**
	 * Whose record it is: a country's for its own national initiatives (and now and then
	 * for one a donor funds), else the implementer's, or the donor's.
	 */
	private RecordScope owner(Place place, Parties parties) {
		boolean national = place.scope() == GeographicScope.NATIONAL || place.scope() == GeographicScope.SUB_NATIONAL;
		if (parties.implementer() == null || (national && chance(0.08))) {
			return RecordScope.of(place.countries().get(0).code());
		}
		if (!parties.donors().isEmpty() && chance(0.2)) {
			return RecordScope.of(parties.donors().get(0).id());
		}
		return RecordScope.of(parties.implementer().id());
	}

	// Money.

	private double budget(InitiativeType type, Parties parties) {
		double median = switch (type) {
			case PROGRAMME -> 6_000_000;
			case PROJECT -> 450_000;
			case ACTIVITY -> 35_000;
		};
		double spread = (type == InitiativeType.PROJECT) ? 1.0 : 0.75;
		double usd = median * StrictMath.exp(spread * random.nextGaussian());
		if (parties.channel() == Channel.NATIONAL) {
			usd *= 0.4;
		}
		return Math.max(3_000, Math.min(usd, 150_000_000));
	}

	private String currency(Parties parties, Place place) {
		if (parties.donors().isEmpty()) {
			String own = NATIONAL_CURRENCIES.get(place.countries().get(0).code().value());
			return (own != null && chance(0.6)) ? own : "USD";
		}
		if (chance(0.1)) {
			return pick(OTHER_CURRENCIES);
		}
		Organisation donor = parties.donors().get(0);
		if (donor.type() == OrganisationType.UN_BODY || donor.type() == OrganisationType.MULTILATERAL_FUND) {
			return chance(0.1) ? "EUR" : "USD";
		}
		String seat = (donor.country() != null) ? donor.country().value() : "";
		return SEAT_CURRENCIES.getOrDefault(seat, "USD");
	}

	private FundingType fundingType(Parties parties) {
		if (parties.channel() == Channel.NATIONAL) {
			return chance(0.4) ? FundingType.IN_KIND : FundingType.GRANT;
		}
		if (parties.donors().get(0).type() == OrganisationType.MULTILATERAL_FUND
				&& !"GEF".equals(parties.donors().get(0).acronym()) && chance(0.3)) {
			return FundingType.LOAN;
		}
		return chance(0.08) ? FundingType.MIXED : FundingType.GRANT;
	}

	// Words.

	private String title(DemoTheme theme, InitiativeType type, Place place) {
		if (type == InitiativeType.PROGRAMME) {
			return String.format(Locale.ROOT, Objects.requireNonNull(theme.programmeTitle), place.name());
		}
		if (type == InitiativeType.ACTIVITY) {
			String pattern = switch (place.scope()) {
				case NATIONAL, SUB_NATIONAL -> "National workshop on %s in %s";
				case SUB_REGIONAL -> "Subregional workshop on %s for %s";
				case REGIONAL -> "Regional workshop on %s for %s";
				case GLOBAL -> "International course on %s for %s";
			};
			return String.format(Locale.ROOT, pattern, theme.topic, place.name());
		}
		boolean national = place.scope() == GeographicScope.NATIONAL || place.scope() == GeographicScope.SUB_NATIONAL;
		String title = String.format(Locale.ROOT, pick(national ? theme.nationalTitles : theme.sharedTitles),
				place.name());
		if (chance(0.12)) {
			title += chance(0.8) ? " (phase II)" : " (phase III)";
		}
		return title;
	}

	private static String description(DemoTheme theme, InitiativeType type, Place place, Parties parties) {
		String who = (parties.implementer() != null) ? parties.implementer().shortName()
				: "The Government of " + withArticle(name(place.countries().get(0)));
		String what = type.name().toLowerCase(Locale.ROOT);
		String where = where(place);
		String funder = parties.donors().isEmpty() ? " with national funds" : " with funding from "
				+ parties.donors().stream().map(Organisation::shortName).collect(Collectors.joining(" and "));
		return who + " carries out this " + what + " " + where + funder + ". It aims to " + theme.aim + ".";
	}

	/** Where an initiative works, as its description says it. */
	private static String where(Place place) {
		return switch (place.scope()) {
			case NATIONAL, SUB_NATIONAL -> "in " + place.name();
			case SUB_REGIONAL, REGIONAL -> "in " + place.countries().size() + " countries of " + place.name();
			case GLOBAL -> "in " + place.countries().size() + " " + place.name();
		};
	}

	private static String objectives(DemoTheme theme, InitiativeContent.Focus focus) {
		return Character.toUpperCase(theme.aim.charAt(0)) + theme.aim.substring(1) + ", working with "
				+ focus.targetGroups()
					.stream()
					.map(group -> group.name().toLowerCase(Locale.ROOT).replace('_', ' '))
					.collect(Collectors.joining(", "))
				+ ".";
	}

	private InitiativeContent.Results results(DemoTheme theme, ImplementationStatus status, LocalDate start,
			LocalDate plannedEnd, @Nullable LocalDate actualStart, @Nullable LocalDate actualEnd,
			String projectNumber) {
		boolean done = status == ImplementationStatus.COMPLETED;
		boolean going = status == ImplementationStatus.ONGOING;
		List<Indicator> indicators = new ArrayList<>();
		if (!theme.measures.isEmpty() && ((done && chance(0.5)) || (going && chance(0.35)))) {
			for (DemoTheme.Measure measure : some(theme.measures, 1, 2)) {
				int target = between(measure.lowestTarget(), measure.highestTarget());
				int baseline = "percent".equals(measure.unit()) ? Math.max(0, measure.lowestTarget() - 30) : 0;
				double progress = done ? uniform(0.6, 1.15) : Math.min(1.0, ChronoUnit.DAYS.between(start, today)
						/ (double) Math.max(1, ChronoUnit.DAYS.between(start, plannedEnd)));
				int actual = baseline + (int) Math.round((target - baseline) * progress);
				indicators.add(new Indicator(measure.name(), measure.unit(), BigDecimal.valueOf(baseline),
						(actualStart != null) ? actualStart : start, BigDecimal.valueOf(target), plannedEnd,
						BigDecimal.valueOf(actual), done ? actualEnd : today.minusDays(between(1, 60))));
			}
		}
		List<DocumentLink> documents = new ArrayList<>();
		if (chance(0.15)) {
			documents.add(new DocumentLink("Project document",
					"https://example.org/demo/" + projectNumber.toLowerCase(Locale.ROOT) + ".pdf"));
		}
		if (done && chance(0.1)) {
			documents.add(new DocumentLink("Final report",
					"https://example.org/demo/" + projectNumber.toLowerCase(Locale.ROOT) + "-final-report.pdf"));
		}
		return new InitiativeContent.Results(done ? theme.outputs : null, (done && chance(0.5)) ? pick(OUTCOMES) : null,
				null, (done && chance(0.25)) ? pick(LESSONS) : null, indicators, documents);
	}

	private List<Evaluation> evaluations(InitiativeType type, ImplementationStatus status, Parties parties,
			@Nullable LocalDate actualEnd) {
		if (status != ImplementationStatus.COMPLETED || type == InitiativeType.ACTIVITY || actualEnd == null
				|| !chance(0.35)) {
			return List.of();
		}
		String evaluator = (!parties.donors().isEmpty() && "GEF".equals(parties.donors().get(0).acronym()))
				? "GEF Independent Evaluation Office"
				: (parties.implementer() != null && parties.implementer().type() == OrganisationType.UN_BODY)
						? parties.implementer().shortName() + " Evaluation Office" : "Independent evaluation team";
		Map<DacCriterion, Integer> ratings = new EnumMap<>(DacCriterion.class);
		int total = 0;
		for (DacCriterion criterion : DacCriterion.values()) {
			if (chance(0.85)) {
				int rating = 1 + weightedIndex(new double[] { 5, 20, 50, 25 });
				ratings.put(criterion, rating);
				total += rating;
			}
		}
		double average = ratings.isEmpty() ? 3 : (double) total / ratings.size();
		String summary = (average >= 3.2) ? "Highly relevant and effective; results are likely to last."
				: (average >= 2.5) ? "Most targets met; sustainability depends on continued national funding."
						: "Results fell short of targets; staff turnover weakened what was built.";
		LocalDate date = min(actualEnd.plusDays(between(60, 270)), today.minusDays(1));
		return List.of(new Evaluation(evaluator, date, ratings, summary, null));
	}

	/** The country's English short name, fit for a title. */
	static String name(Country country) {
		String common = country.name(Locale.ENGLISH);
		String name = (common.contains(" - ") || common.contains("(") || common.contains("&")
				|| common.contains("Territories") || common.equals(country.iso2())) ? country.officialNameEn() : common;
		return name.replaceAll("\\s*\\(.*\\)", "").strip();
	}

	/** The name with "the" where English puts it: the Philippines, the Caribbean. */
	static String withArticle(String name) {
		return WITH_ARTICLE.matcher(name).find() ? "the " + name : name;
	}

	// Drawing.

	private LocalDate start() {
		int first = 2003;
		int last = today.getYear() + 2;
		List<Integer> years = new ArrayList<>();
		for (int year = first; year <= last; year++) {
			years.add(year);
		}
		int year = weighted(years, candidate -> (candidate > today.getYear()) ? 0.8
				: (candidate < 2008) ? 1.0 : (candidate < 2016) ? 1.5 : 2.0);
		return LocalDate.of(year, 1, 1).plusDays(between(0, 364));
	}

	private List<Organisation> type(OrganisationType... types) {
		Set<OrganisationType> wanted = Set.of(types);
		return organisations.stream().filter(o -> wanted.contains(o.type())).toList();
	}

	private Optional<Organisation> acronym(String acronym) {
		return organisations.stream().filter(o -> acronym.equalsIgnoreCase(o.acronym())).findFirst();
	}

	/** One of the candidates, or of all organisations when there is none. */
	private Organisation any(List<Organisation> candidates) {
		return pick(candidates.isEmpty() ? organisations : candidates);
	}

	private boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	/** A whole number from the lowest to the highest, both included. */
	private int between(int lowest, int highest) {
		return (highest <= lowest) ? lowest : lowest + random.nextInt(highest - lowest + 1);
	}

	private double uniform(double lowest, double highest) {
		return lowest + random.nextDouble() * (highest - lowest);
	}

	private <T> T pick(List<T> options) {
		return options.get(random.nextInt(options.size()));
	}

	/** From fewest to most of the options, in their order, none twice. */
	private <T> List<T> some(List<T> options, int fewest, int most) {
		if (options.isEmpty()) {
			return List.of();
		}
		List<T> left = new ArrayList<>(options);
		List<T> chosen = new ArrayList<>();
		int count = between(Math.min(fewest, options.size()), Math.min(most, options.size()));
		while (chosen.size() < count) {
			chosen.add(left.remove(random.nextInt(left.size())));
		}
		return chosen.stream().sorted(Comparator.comparingInt(options::indexOf)).toList();
	}

	private <T> T weighted(List<T> options, ToDoubleFunction<T> weight) {
		double[] weights = options.stream().mapToDouble(weight).toArray();
		return options.get(weightedIndex(weights));
	}

	private int weightedIndex(double[] weights) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double at = random.nextDouble() * total;
		for (int index = 0; index < weights.length; index++) {
			at -= weights[index];
			if (at < 0) {
				return index;
			}
		}
		return weights.length - 1;
	}

	/** Some of the options drawn by weight, none twice, in the order drawn. */
	private <T> List<T> distinct(List<T> options, ToDoubleFunction<T> weight, int count) {
		List<T> left = new ArrayList<>(options);
		List<T> chosen = new ArrayList<>();
		while (chosen.size() < count && !left.isEmpty()) {
			T one = weighted(left, weight);
			left.remove(one);
			chosen.add(one);
		}
		return chosen;
	}

	private static BigDecimal significant(double value, int digits) {
		return new BigDecimal(value, new MathContext(digits)).setScale(0, RoundingMode.HALF_EVEN);
	}

	private static LocalDate min(LocalDate one, LocalDate other) {
		return one.isBefore(other) ? one : other;
	}

	private static Set<String> codes(List<PlanItem> items, ItemType type) {
		return items.stream()
			.filter(item -> item.type() == type)
			.map(item -> item.code().value())
			.collect(Collectors.toSet());
	}

	private static Map<RegionCode, List<Country>> group(List<Country> countries,
			Function<Country, @Nullable RegionCode> key) {
		Map<RegionCode, List<Country>> groups = new LinkedHashMap<>();
		for (Country country : countries) {
			RegionCode code = key.apply(country);
			if (code != null) {
				groups.computeIfAbsent(code, ignored -> new ArrayList<>()).add(country);
			}
		}
		return groups;
	}

}
