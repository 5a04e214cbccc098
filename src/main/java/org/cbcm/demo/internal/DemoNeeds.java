package org.cbcm.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * in US dollars in plausible ranges. The same seed gives the same assessments.
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

	private final NeedsLoads loads;

	private final CountryDirectory countries;

	private final ActionPlanCatalogue plan;

	private final int parties;

	DemoNeeds(NeedsLoads loads, CountryDirectory countries, ActionPlanCatalogue plan, DemoSettings settings) {
		this.loads = loads;
		this.countries = countries;
		this.plan = plan;
		this.parties = Math.max(0, settings.needs());
	}

	/** How many demo needs assessments there are. */
	public long count() {
		return loads.count(DemoInitiatives.AUTHOR);
	}

	/**
	 * Writes the demo needs assessments unless there are some already (the Secretariat).
	 * @return how many it wrote
	 */
	public int loadIfNone(long seed, Viewer by) {
		if (count() > 0) {
			return 0;
		}
		List<NeedsLoads.Loaded> batch = generate(seed);
		loads.publish(batch, null, by);
		log.info("Published {} demo needs assessments", batch.size());
		return batch.size();
	}

	/** Removes every demo needs assessment (the Secretariat). */
	public int removeAll(Viewer by) {
		return loads.removeAll(DemoInitiatives.AUTHOR, by);
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
