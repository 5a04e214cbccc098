package org.cbcm.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.PlanItem;
import org.cbcm.needs.Capacity;
import org.cbcm.needs.NeedsContent;
import org.cbcm.needs.NeedsLoads;
import org.cbcm.needs.Priority;
import org.cbcm.needs.StrategyContent;
import org.cbcm.needs.StrategyIntegration;
import org.cbcm.needs.StrategyLoads;
import org.cbcm.shared.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Plausible published needs assessments of about {@value #PARTIES} developing Parties and
 * economies in transition, written with the demo initiatives through the bulk use case of
 * {@code needs} ({@link NeedsLoads}) and removed with them. Skewed as reality is: least
 * developed countries and small island developing States state more high priorities; risk
 * assessment (12(c)), detection and identification of LMOs (12(i)) and public awareness
 * and participation (12(e)) are high most often; never more than five high; requirements
 * in US dollars in plausible ranges. About {@value #STRATEGY_PERCENT} % of these Parties
 * also get a published national strategy ({@link StrategyLoads}), adopted within a year
 * or two of the assessment, with an objective for each of their high priorities, outputs
 * with targets and due years, and biosafety integrated in the development plans of some.
 * The same seed gives the same assessments and strategies.
 */
@Service
public class DemoNeeds {

	private static final Logger log = LoggerFactory.getLogger(DemoNeeds.class);

	/** How many Parties get an assessment unless the settings say otherwise. */
	static final int PARTIES = 120;

	/** How often each key element is drawn high, relative to the others (1). */
	static final Map<String, Integer> HIGH_WEIGHTS = Map.of("12(c)", 9, "12(i)", 7, "12(e)", 7, "12(a)", 4, "12(b)", 4,
			"12(d)", 3, "12(f)", 2, "12(j)", 2);

	static final List<String> METHODS = List.of("National stocktaking workshop with stakeholders",
			"Questionnaire survey of competent authorities, followed by a validation workshop",
			"Self-assessment under the national biosafety framework project",
			"Desk review of the national reports and interviews with key institutions");

	static final List<String> PARTICIPANTS = List.of(
			"Ministry of Environment, national competent authority, universities and research institutes",
			"National biosafety committee, customs, agriculture and health ministries, civil society",
			"Focal point's office, national laboratories, farmers' organisations and consumer groups");

	/** The share, in percent, of the assessed Parties that get a strategy. */
	static final int STRATEGY_PERCENT = 60;

	/**
	 * For each key element, what a strategy's objective for it says, and two outputs
	 * serving it, each with its target.
	 */
	static final Map<String, List<String>> OBJECTIVES = Map.ofEntries(
			Map.entry("12(a)",
					List.of("Complete and operate the national biosafety regulatory framework",
							"Biosafety regulations adopted", "Regulations published in the official gazette",
							"Competent national authority staffed", "At least four officers in post")),
			Map.entry("12(b)",
					List.of("Build and keep the human resources biosafety needs",
							"Training of regulators and inspectors", "60 officers trained",
							"Biosafety course in a national university", "Course taught every year")),
			Map.entry("12(c)",
					List.of("Decide on LMOs on the basis of sound scientific risk assessments",
							"Risk assessment guidelines adopted", "Guidelines used for every application",
							"Roster of national risk assessment experts", "At least 15 experts on the roster")),
			Map.entry("12(d)",
					List.of("Manage and monitor the risks identified in risk assessments",
							"Monitoring plan for released LMOs", "Every release monitored",
							"Risk management measures in permits", "Measures stated in every permit")),
			Map.entry("12(e)",
					List.of("Raise public awareness and involve the public in decisions on LMOs",
							"Public awareness campaign", "Campaign in three national languages",
							"Public consultation procedure", "Every application open to public comment")),
			Map.entry("12(f)",
					List.of("Share biosafety information through the Biosafety Clearing-House",
							"National BCH node updated", "All decisions on the BCH within 15 days",
							"BCH focal point trained", "Focal point and deputy trained")),
			Map.entry("12(g)",
					List.of("Cooperate with neighbouring countries on biosafety",
							"Subregional agreement on information sharing", "Agreement signed",
							"Joint inspections at shared borders", "Two joint inspections a year")),
			Map.entry("12(h)",
					List.of("Gain access to and transfer of biosafety technology", "Technology needs assessed",
							"Assessment report published", "Laboratory equipment acquired", "Equipment in use")),
			Map.entry("12(i)",
					List.of("Detect and identify LMOs at entry points and on the market",
							"Reference laboratory accredited", "ISO 17025 accreditation obtained",
							"Sampling at entry points", "Samples taken at all major entry points")),
			Map.entry("12(j)",
					List.of("Take socio-economic considerations into account in decisions on LMOs",
							"Socio-economic assessment framework", "Framework adopted",
							"Study of impacts on smallholder farmers", "Study published")),
			Map.entry("12(k)",
					List.of("Meet the documentation requirements of Article 18.2",
							"Documentation procedures for shipments", "Procedures in force at customs",
							"Customs officers briefed", "All customs posts briefed")),
			Map.entry("12(l)",
					List.of("Handle confidential information as the Protocol requires",
							"Procedure for confidential business information", "Procedure adopted",
							"Staff instructed on confidentiality", "All staff instructed")),
			Map.entry("12(m)",
					List.of("Respond to unintentional and illegal transboundary movements", "Emergency response plan",
							"Plan adopted and tested", "Border inspection protocol",
							"Protocol applied at all border posts")),
			Map.entry("12(n)",
					List.of("Strengthen national biosafety research", "Research agenda on biosafety", "Agenda adopted",
							"Research grants for biosafety", "Five grants awarded")),
			Map.entry("12(o)",
					List.of("Take risks to human health into account", "Food safety assessment procedure",
							"Procedure in force", "Health ministry on the biosafety committee",
							"Health ministry represented")));

	private final NeedsLoads loads;

	private final StrategyLoads strategies;

	private final CountryDirectory countries;

	private final ActionPlanCatalogue plan;

	private final int parties;

	DemoNeeds(NeedsLoads loads, StrategyLoads strategies, CountryDirectory countries, ActionPlanCatalogue plan,
			DemoSettings settings) {
		this.loads = loads;
		this.strategies = strategies;
		this.countries = countries;
		this.plan = plan;
		this.parties = Math.max(0, settings.needs());
	}

	/** How many demo needs assessments there are. */
	public long count() {
		return loads.count(DemoInitiatives.AUTHOR);
	}

	/** How many demo national strategies there are. */
	public long strategies() {
		return strategies.count(DemoInitiatives.AUTHOR);
	}

	/**
	 * Writes the demo needs assessments unless there are some already, and their
	 * strategies unless there are some already (the Secretariat).
	 * @return how many assessments it wrote
	 */
	public int loadIfNone(long seed, Viewer by) {
		boolean assessments = count() == 0;
		boolean strategies = strategies() == 0;
		if (!assessments && !strategies) {
			return 0;
		}
		List<NeedsLoads.Loaded> batch = generate(seed);
		if (assessments) {
			loads.publish(batch, null, by);
			log.info("Published {} demo needs assessments", batch.size());
		}
		if (strategies) {
			List<StrategyLoads.Loaded> written = strategies(batch, seed);
			int published = this.strategies.publish(written, null, by).size();
			log.info("Published {} demo national strategies", published);
		}
		return assessments ? batch.size() : 0;
	}

	/** Removes every demo needs assessment and national strategy (the Secretariat). */
	public int removeAll(Viewer by) {
		strategies.removeAll(DemoInitiatives.AUTHOR, by);
		return loads.removeAll(DemoInitiatives.AUTHOR, by);
	}

	/**
	 * The strategies of some of the Parties assessed, drawn from their assessments: the
	 * same ones for the same seed.
	 */
	static List<StrategyLoads.Loaded> strategies(List<NeedsLoads.Loaded> assessed, long seed) {
		Random random = new Random(seed * 37 + 0x73747261L);
		List<StrategyLoads.Loaded> batch = new ArrayList<>();
		for (NeedsLoads.Loaded assessment : assessed) {
			if (random.nextInt(100) >= STRATEGY_PERCENT) {
				continue;
			}
			batch.add(new StrategyLoads.Loaded(assessment.country(), strategy(assessment.content(), random)));
		}
		return batch;
	}

	/**
	 * A strategy adopted some months after the assessment, over five to ten years, with
	 * an objective for each high priority (the most pressing first), each with one or two
	 * outputs due within the period.
	 */
	private static StrategyContent strategy(NeedsContent assessment, Random random) {
		LocalDate adopted = Objects.requireNonNull(assessment.assessedOn()).plusDays(90 + random.nextInt(365));
		int start = adopted.getYear() + (adopted.getMonthValue() > 9 ? 1 : 0);
		int end = start + 4 + random.nextInt(6);
		List<StrategyContent.Objective> objectives = new ArrayList<>();
		List<StrategyContent.Output> outputs = new ArrayList<>();
		for (NeedsContent.Row row : assessment.elements()) {
			List<String> texts = (row.element() != null) ? OBJECTIVES.get(row.element()) : null;
			if (row.priority() != Priority.HIGH || texts == null) {
				continue;
			}
			List<ItemCode> element = List.of(ItemCode.of(Objects.requireNonNull(row.element())));
			int objective = objectives.size();
			objectives.add(new StrategyContent.Objective(texts.get(0), element));
			int count = 1 + random.nextInt(2);
			for (int output = 0; output < count; output++) {
				int due = Math.min(end, start + 1 + random.nextInt(end - start));
				outputs.add(new StrategyContent.Output(texts.get(1 + 2 * output), objective, texts.get(2 + 2 * output),
						due, element));
			}
		}
		int draw = random.nextInt(10);
		StrategyIntegration integration = (draw < 4) ? StrategyIntegration.INTEGRATED
				: (draw < 7) ? StrategyIntegration.PARTLY : StrategyIntegration.NOT_INTEGRATED;
		String note = switch (integration) {
			case INTEGRATED -> "Biosafety is a component of the national development plan " + start + "–" + end
					+ " and of the national biodiversity strategy and action plan.";
			case PARTLY ->
				"Biosafety appears in the agriculture sector plan, not yet in the national development plan.";
			case NOT_INTEGRATED -> null;
		};
		String title = (random.nextBoolean() ? "National biosafety capacity-building strategy and action plan "
				: "National strategy for biosafety capacity development ") + start + "–" + end;
		return new StrategyContent(title, adopted, start, end, integration, note, objectives, outputs, List.of());
	}

	/** The demo assessments for a seed: the same ones for the same seed. */
	List<NeedsLoads.Loaded> generate(long seed) {
		Random random = new Random(seed * 31 + 0x6e65656473L);
		List<ItemCode> keys = codes(ItemType.KEY_ELEMENT);
		List<ItemCode> subs = codes(ItemType.SUB_ELEMENT).stream()
			.filter(code -> code.value().startsWith("12(a)("))
			.toList();
		List<Country> parties = countries.all()
			.stream()
			.filter(Country::cartagenaParty)
			.filter(country -> !country.regionalOrganisation())
			.sorted(Comparator.comparing(country -> country.code().value()))
			.toList();
		List<Country> candidates = new ArrayList<>(parties.stream().filter(DemoNeeds::receiving).toList());
		Collections.shuffle(candidates, random);
		if (this.parties > candidates.size()) {
			List<Country> others = new ArrayList<>(parties.stream().filter(country -> !receiving(country)).toList());
			Collections.shuffle(others, random);
			candidates.addAll(others);
		}
		List<NeedsLoads.Loaded> batch = new ArrayList<>();
		for (Country country : candidates.subList(0, Math.min(this.parties, candidates.size()))) {
			batch.add(new NeedsLoads.Loaded(country.code(), assessment(country, keys, subs, random)));
		}
		return batch;
	}

	/** A developing Party or economy in transition, which capacity-building is for. */
	private static boolean receiving(Country country) {
		return yes(country.developing()) || yes(country.ldc()) || yes(country.sids())
				|| yes(country.economyInTransition());
	}

	private NeedsContent assessment(Country country, List<ItemCode> keys, List<ItemCode> subs, Random random) {
		boolean vulnerable = yes(country.ldc()) || yes(country.sids());
		int highs = vulnerable ? 4 + random.nextInt(2)
				: yes(country.economyInTransition()) ? 1 + random.nextInt(2) : 2 + random.nextInt(3);
		Set<String> high = drawHigh(keys, highs, random);
		LocalDate assessedOn = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365));
		List<NeedsContent.Row> rows = new ArrayList<>();
		for (ItemCode key : keys) {
			Priority priority = high.contains(key.value()) ? Priority.HIGH : other(vulnerable, random);
			rows.add(row(key.value(), priority, vulnerable, assessedOn, random));
			if (key.value().equals("12(a)") && random.nextBoolean()) {
				for (ItemCode sub : subs) {
					if (random.nextInt(3) > 0) {
						rows.add(row(sub.value(), (priority == Priority.HIGH) ? Priority.MEDIUM : Priority.LOW,
								vulnerable, assessedOn, random));
					}
				}
			}
		}
		return new NeedsContent(assessedOn, METHODS.get(random.nextInt(METHODS.size())),
				PARTICIPANTS.get(random.nextInt(PARTICIPANTS.size())), List.of(), rows);
	}

	/** Draws the high priorities, weighted towards the elements most often high. */
	private static Set<String> drawHigh(List<ItemCode> keys, int count, Random random) {
		Set<String> chosen = new HashSet<>();
		while (chosen.size() < Math.min(count, keys.size())) {
			int total = 0;
			for (ItemCode key : keys) {
				total += chosen.contains(key.value()) ? 0 : HIGH_WEIGHTS.getOrDefault(key.value(), 1);
			}
			int pick = random.nextInt(total);
			for (ItemCode key : keys) {
				if (chosen.contains(key.value())) {
					continue;
				}
				pick -= HIGH_WEIGHTS.getOrDefault(key.value(), 1);
				if (pick < 0) {
					chosen.add(key.value());
					break;
				}
			}
		}
		return chosen;
	}

	private static Priority other(boolean vulnerable, Random random) {
		int draw = random.nextInt(10);
		if (draw < (vulnerable ? 6 : 4)) {
			return Priority.MEDIUM;
		}
		return (draw < 9) ? Priority.LOW : Priority.NONE;
	}

	private static NeedsContent.Row row(String element, Priority priority, boolean vulnerable, LocalDate assessedOn,
			Random random) {
		Capacity capacity = switch (priority) {
			case HIGH -> random.nextInt(3) == 0 ? Capacity.NONE : Capacity.BASIC;
			case MEDIUM -> random.nextBoolean() ? Capacity.BASIC : Capacity.MODERATE;
			case LOW -> random.nextInt(3) == 0 ? Capacity.ADEQUATE : Capacity.MODERATE;
			case NONE -> Capacity.ADEQUATE;
		};
		if (priority == Priority.NONE) {
			return new NeedsContent.Row(element, capacity, priority, null, null, null, null, null, null, null);
		}
		int[] shortRange = switch (priority) {
			case HIGH -> new int[] { 100, 800 };
			case MEDIUM -> new int[] { 50, 400 };
			default -> new int[] { 10, 100 };
		};
		BigDecimal shortTerm = thousands(shortRange[0] + random.nextInt(shortRange[1] - shortRange[0]));
		BigDecimal longTerm = thousands((shortTerm.intValue() / 1000) * (2 + random.nextInt(3)));
		int national = vulnerable ? 5 + random.nextInt(16) : 20 + random.nextInt(41);
		return new NeedsContent.Row(element, capacity, priority, assessedOn.getYear() + random.nextInt(3),
				2 + random.nextInt(4), shortTerm, longTerm, "USD", BigDecimal.valueOf(national), null);
	}

	private List<ItemCode> codes(ItemType type) {
		return plan.items(plan.current().code(), ItemFilter.ofType(type))
			.stream()
			.map(PlanItem::code)
			.sorted()
			.toList();
	}

	private static BigDecimal thousands(int thousands) {
		return BigDecimal.valueOf(thousands * 1000L);
	}

	private static boolean yes(Boolean flag) {
		return Boolean.TRUE.equals(flag);
	}

}
