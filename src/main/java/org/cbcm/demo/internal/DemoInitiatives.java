package org.cbcm.demo.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cbcm.demo.internal.DemoPortfolio.Drafted;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.directory.Region;
import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemFilter;
import org.cbcm.initiatives.ExchangeRate;
import org.cbcm.initiatives.ExchangeRates;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativeLoads;
import org.cbcm.shared.ConflictException;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.Grant;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the registry with realistic demo initiatives for the Secretariat to show and try
 * cbcm with, and takes them out again, through the bulk use cases of the registry
 * ({@link InitiativeLoads}): each demo initiative is a published record as the workflow
 * leaves one, written a thousand at a time in one transaction each, so that a hundred
 * thousand load in minutes, and each thousand is announced to other modules as one
 * {@link org.cbcm.initiatives.InitiativesPublished}. Demo initiatives are created by
 * "Demo data" (no person), carry project numbers starting {@code DEMO-}, and come with
 * illustrative exchange rates for the currencies and years they use, some left missing on
 * purpose.
 * <p>
 * A generation or a removal may take minutes and may be cut short by a crash: one runs at
 * a time on all nodes ({@link DemoLock}), the next is refused meanwhile; each chunk
 * records, in its own transaction, the number of the last demo initiative written and how
 * many the load has still to write ({@code demo_load}), so that numbers never repeat,
 * whatever was removed, and a load cut short is finished by the next start with
 * {@code --cbcm.demo=true}. A removal cut short leaves whole records, which the next
 * removal takes out.
 */
@Service
public class DemoInitiatives {

	private static final Logger log = LoggerFactory.getLogger(DemoInitiatives.class);

	/** The most demo initiatives one request generates. */
	public static final int MAX_SIZE = 100_000;

	/** How many initiatives one transaction writes. */
	static final int CHUNK = 1000;

	/** Who demo initiatives are created by: no person, which tells them apart. */
	static final String AUTHOR = "Demo data";

	/** The generator acts as the Secretariat would, in no person's name. */
	static final Viewer GENERATOR = new Viewer(null, AUTHOR, "", Set.of(Grant.secretariat()));

	/**
	 * How long this node trusts what it last found of whether there are demo initiatives.
	 */
	private static final Duration PRESENCE_KEPT = Duration.ofMinutes(1);

	private final InitiativeLoads loads;

	private final ExchangeRates rates;

	private final CountryDirectory countries;

	private final OrganisationDirectory organisations;

	private final ActionPlanCatalogue plan;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	/** Transactions of their own, also while a job holds the lock in another one. */
	private final TransactionTemplate each;

	private final DemoLock lock;

	private final DemoSettings settings;

	private final Clock clock;

	private final DemoNeeds needs;

	private final DemoExperts experts;

	/**
	 * Whether there are demo initiatives, as found last, and when; null to find out
	 * again.
	 */
	private volatile @Nullable Presence presence;

	DemoInitiatives(InitiativeLoads loads, ExchangeRates rates, CountryDirectory countries,
			OrganisationDirectory organisations, ActionPlanCatalogue plan, MessageSource messages, JdbcClient jdbc,
			PlatformTransactionManager transactions, DemoLock lock, DemoSettings settings, Clock clock, DemoNeeds needs,
			DemoExperts experts) {
		this.needs = needs;
		this.experts = experts;
		this.loads = loads;
		this.rates = rates;
		this.countries = countries;
		this.organisations = organisations;
		this.plan = plan;
		this.messages = messages;
		this.jdbc = jdbc;
		this.each = new TransactionTemplate(transactions);
		this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.lock = lock;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * What a generation did.
	 *
	 * @param count how many initiatives it published
	 * @param took how long it took
	 */
	public record Generated(int count, Duration took) {

		/** The time taken in seconds, to a tenth. */
		public String seconds() {
			return String.format(Locale.ROOT, "%.1f", took.toMillis() / 1000.0);
		}

	}

	/** How many demo initiatives there are. */
	public long count() {
		return loads.count(AUTHOR);
	}

	/** How many initiatives are published, demo ones among them. */
	public long published() {
		return loads.published();
	}

	/**
	 * The number of initiatives a form asks for, or a refusal naming the field when it is
	 * not a whole number from 1 to {@link #MAX_SIZE}.
	 */
	public static int size(@Nullable String text) {
		try {
			int size = Integer.parseInt((text == null) ? "" : text.strip());
			if (size >= 1 && size <= MAX_SIZE) {
				return size;
			}
		}
		catch (NumberFormatException ex) {
			// refused below, as a number out of range is
		}
		throw new InvalidRequestException("size", "demo.size.range", 1, MAX_SIZE);
	}

	/** Generates demo initiatives from the configured seed (the Secretariat). */
	public Generated generate(int size, Viewer by) {
		return generate(size, settings.seed(), by);
	}

	/**
	 * Whether the registry holds demo initiatives: what every page asks, for its banner.
	 * Answered from memory, found again after a generation or removal on this node and at
	 * most a minute after the last time (for those of other nodes).
	 */
	public boolean present() {
		Presence known = presence;
		long now = System.nanoTime();
		if (known == null || now - known.foundAt() > PRESENCE_KEPT.toNanos()) {
			boolean any = loads.any(AUTHOR);
			known = new Presence(any, now);
			presence = known;
		}
		return known.present();
	}

	/** Whether a generation or removal of demo initiatives runs now, on any node. */
	public boolean running() {
		return lock.held();
	}

	/**
	 * How many demo initiatives the load under way, or one cut short by a crash, has
	 * still to generate; 0 when there is none.
	 */
	public int unfinished() {
		return load().remaining();
	}

	/**
	 * Generates demo initiatives (the Secretariat): the same ones for the same seed and
	 * the same demo initiatives already there, numbered after them. A load cut short
	 * before is given up for this one.
	 * @throws ConflictException while another generation or removal runs
	 */
	public Generated generate(int size, long seed, Viewer by) {
		secretariat(by);
		size(String.valueOf(size));
		return lock.exclusively(() -> {
			begin(size, seed);
			Generated generated = finish(by);
			// In no person's name, as the initiatives: counted and removed as demo data.
			each.executeWithoutResult(status -> needs.loadIfNone(seed, GENERATOR));
			each.executeWithoutResult(status -> experts.loadIfNone(seed, GENERATOR));
			return generated;
		});
	}

	/**
	 * What {@code --cbcm.demo=true} does at startup: finishes a load cut short, or else
	 * generates the configured number of demo initiatives unless there are some already.
	 * Waits while another node generates or removes them, and decides then.
	 */
	public void loadOnStart() throws InterruptedException {
		lock.whenFree(() -> {
			int remaining = load().remaining();
			long present = count();
			if (remaining > 0) {
				log.info("Finishing the demo load that was cut short: {} demo initiatives to go after {}", remaining,
						present);
				finish(GENERATOR);
			}
			else if (present == 0) {
				begin(settings.size(), settings.seed());
				finish(GENERATOR);
			}
			else {
				log.info("Demo data requested, but {} demo initiatives are there already", present);
			}
			// Needs assessments come with the demo initiatives, once.
			each.executeWithoutResult(status -> needs.loadIfNone(settings.seed(), GENERATOR));
			// Listed experts for the roster, once.
			each.executeWithoutResult(status -> experts.loadIfNone(settings.seed(), GENERATOR));
			return present;
		});
	}

	/**
	 * Removes every demo initiative for good, with its history and its exchange rates
	 * (the Secretariat); other initiatives and rates stay. A load cut short is given up.
	 * @return how many were removed
	 * @throws ConflictException while another generation or removal runs
	 */
	public int removeAll(Viewer by) {
		secretariat(by);
		return lock.exclusively(() -> {
			each.executeWithoutResult(status -> jdbc.sql("UPDATE demo_load SET remaining = 0 WHERE id = 1").update());
			int removed = 0;
			for (List<InitiativeId> chunk = someDemo(); !chunk.isEmpty(); chunk = someDemo()) {
				remove(chunk);
				removed += chunk.size();
			}
			each.executeWithoutResult(status -> {
				for (ExchangeRate rate : rates.all()) {
					if (DemoRates.SOURCE.equals(rate.source()) && AUTHOR.equals(rate.updatedBy())) {
						rates.remove(rate.currency(), rate.year(), GENERATOR);
					}
				}
				// None left: the next are numbered from 1 again, the same for the same
				// seed.
				if (!loads.any(AUTHOR)) {
					jdbc.sql("UPDATE demo_load SET last_number = 0 WHERE id = 1").update();
				}
			});
			each.executeWithoutResult(status -> needs.removeAll(GENERATOR));
			each.executeWithoutResult(status -> experts.removeAll(GENERATOR));
			presence = null;
			log.info("Removed {} demo initiatives", removed);
			return removed;
		});
	}

	/**
	 * Removes demo initiatives whole, with their history and place in the read model, in
	 * one transaction: the step a removal repeats until there are none.
	 */
	void remove(List<InitiativeId> chunk) {
		each.executeWithoutResult(status -> loads.remove(chunk, GENERATOR));
		presence = null;
	}

	/** Up to a chunk of the demo initiatives there are. */
	private List<InitiativeId> someDemo() {
		return loads.some(AUTHOR, CHUNK);
	}

	/** Records a load of so many demo initiatives from the seed, before it writes any. */
	private void begin(int size, long seed) {
		each.executeWithoutResult(
				status -> jdbc.sql("UPDATE demo_load SET seed = :seed, remaining = :size WHERE id = 1")
					.param("seed", seed)
					.param("size", size)
					.update());
	}

	/** Writes what the recorded load has still to write, a chunk at a time. */
	private Generated finish(Viewer by) {
		long started = System.nanoTime();
		Material material = material(by);
		int made = 0;
		for (int written = writeNext(material, CHUNK); written > 0; written = writeNext(material, CHUNK)) {
			made += written;
		}
		Generated generated = new Generated(made, Duration.ofNanos(System.nanoTime() - started));
		log.info("Generated {} demo initiatives in {} s", generated.count(), generated.seconds());
		return generated;
	}

	/**
	 * Draws and writes the next initiatives of the recorded load, at most as many as
	 * given, in one transaction that also records how far the load got. The drawing
	 * starts from the seed and the last number written, so that a load finished after a
	 * crash goes on as it would have.
	 * @return how many it wrote; 0 when the load is done
	 */
	int writeNext(Material material, int most) {
		Integer written = each.execute(status -> {
			Load load = load();
			if (load.remaining() == 0) {
				return 0;
			}
			DemoPortfolio portfolio = new DemoPortfolio(material.reference(), load.seed(), load.lastNumber());
			int room = Math.min(most, load.remaining());
			List<Drafted> chunk = new ArrayList<>();
			while (chunk.size() < room) {
				chunk.addAll(portfolio.next(room - chunk.size()));
			}
			write(chunk, material);
			jdbc.sql("UPDATE demo_load SET last_number = :last, remaining = remaining - :written WHERE id = 1")
				.param("last", portfolio.lastNumber())
				.param("written", chunk.size())
				.update();
			return chunk.size();
		});
		presence = null;
		return (written != null) ? written : 0;
	}

	/** The load as recorded: how far it got and how many it has still to write. */
	private Load load() {
		return jdbc.sql("SELECT last_number, seed, remaining FROM demo_load WHERE id = 1")
			.query((rs, row) -> new Load(rs.getInt(1), rs.getLong(2), rs.getInt(3)))
			.single();
	}

	/** What the demo initiatives of one job are drawn from and written with. */
	Material material(Viewer by) {
		Set<String> rated = new HashSet<>();
		rates.all().forEach(rate -> rated.add(rate.currency() + "/" + rate.year()));
		String comment = "Demo data, generated for " + (by.name().isBlank() ? AUTHOR : by.name());
		return new Material(reference(), rated, comment);
	}

	/**
	 * What a job draws on and writes with.
	 *
	 * @param rated the currencies and years with a rate, to which the job adds those it
	 * sets
	 */
	record Material(DemoPortfolio.Reference reference, Set<String> rated, String comment) {
	}

	/**
	 * A load of demo initiatives as recorded.
	 *
	 * @param lastNumber the number of the last demo initiative written, 0 for none
	 * @param seed the seed of the load under way or last run
	 * @param remaining how many the load has still to write
	 */
	private record Load(int lastNumber, long seed, int remaining) {
	}

	/**
	 * Whether there were demo initiatives, and when that was found
	 * ({@link System#nanoTime}).
	 */
	private record Presence(boolean present, long foundAt) {
	}

	/**
	 * Writes one chunk: published initiatives, through the registry's bulk use case, and
	 * the rates of the currencies and start years it uses, as far as the current year
	 * (the table has no rates of years to come) and but for the few left missing on
	 * purpose.
	 */
	private void write(List<Drafted> chunk, Material material) {
		LocalDate today = material.reference().today();
		// Generated initiatives are different projects by construction, but for the twins
		// written on purpose: only those are looked at for records registered twice, as
		// the registry would on their publication. Looking at every one of a hundred
		// thousand generated initiatives for twins costs minutes and finds template
		// wording.
		for (boolean twins : new boolean[] { false, true }) {
			List<InitiativeLoads.Loaded> batch = chunk.stream()
				.filter(drafted -> drafted.twin() == twins)
				.map(drafted -> new InitiativeLoads.Loaded(drafted.id(), drafted.owner(), drafted.content(), true,
						drafted.createdAt(), drafted.publishedAt()))
				.toList();
			if (!batch.isEmpty()) {
				loads.register(batch, AUTHOR, material.comment(),
						twins ? InitiativeLoads.Duplicates.LOOK_FOR : InitiativeLoads.Duplicates.NONE_EXPECTED,
						GENERATOR);
			}
		}
		for (Drafted drafted : chunk) {
			InitiativeContent.Funding funding = drafted.content().funding();
			LocalDate start = drafted.content().schedule().start();
			String currency = funding.currency();
			if (currency == null || start == null || "USD".equals(currency) || start.getYear() > today.getYear()
					|| DemoRates.missing(currency, start.getYear())) {
				continue;
			}
			if (material.rated().add(currency + "/" + start.getYear())) {
				rates.set(currency, start.getYear(), DemoRates.usdPerUnit(currency, start.getYear()), DemoRates.SOURCE,
						GENERATOR);
			}
		}
	}

	/** What the portfolio draws on: the directory and the current Action Plan. */
	private DemoPortfolio.Reference reference() {
		Map<RegionCode, String> regionNames = new LinkedHashMap<>();
		for (Region region : countries.regions()) {
			name(region, regionNames);
		}
		return new DemoPortfolio.Reference(countries.all(), regionNames, organisations.all(),
				plan.items(plan.current().code(), ItemFilter.all()), LocalDate.now(clock));
	}

	private void name(Region region, Map<RegionCode, String> names) {
		names.put(region.code(), messages.getMessage(region.nameKey(), null, region.code().value(), Locale.ENGLISH));
		region.subRegions().forEach(sub -> name(sub, names));
	}

	private static void secretariat(Viewer by) {
		if (!by.isSecretariat()) {
			throw new ForbiddenException("demo.secretariat-only");
		}
	}

}
