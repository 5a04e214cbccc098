package org.cbcm.initiatives.internal;

import java.sql.DatabaseMetaData;
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
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.directory.Region;
import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemFilter;
import org.cbcm.initiatives.ExchangeRate;
import org.cbcm.initiatives.ExchangeRates;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.internal.DemoPortfolio.Drafted;
import org.cbcm.records.Confirmations;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.Revisions;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.Grant;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the registry with realistic demo initiatives for the Secretariat to show and try
 * cbcm with, and takes them out again. Each demo initiative is a published record as the
 * workflow leaves one (the record, its revision, its confirmation, its entry and tags in
 * the public read model), written a thousand at a time in one transaction each, so that a
 * hundred thousand load in minutes. Demo initiatives are created by "Demo data" (no
 * person), carry project numbers starting {@code DEMO-}, and come with illustrative
 * exchange rates for the currencies and years they use, some left missing on purpose.
 * Publishing them one by one would tell other modules of each; a bulk load does not.
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

	private static final String DEMO = "created_by IS NULL AND created_by_name = :author";

	private final Initiatives initiatives;

	private final InitiativeIndex index;

	private final Revisions revisions;

	private final Confirmations confirmations;

	private final ExchangeRates rates;

	private final CountryDirectory countries;

	private final OrganisationDirectory organisations;

	private final ActionPlanCatalogue plan;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final DemoSettings settings;

	private final Clock clock;

	private final DataSource dataSource;

	/** Whether the database is PostgreSQL; known at the first generation. */
	private @Nullable Boolean postgres;

	DemoInitiatives(Initiatives initiatives, InitiativeIndex index, Revisions revisions, Confirmations confirmations,
			ExchangeRates rates, CountryDirectory countries, OrganisationDirectory organisations,
			ActionPlanCatalogue plan, MessageSource messages, JdbcClient jdbc, TransactionTemplate transactions,
			DemoSettings settings, Clock clock, DataSource dataSource) {
		this.initiatives = initiatives;
		this.index = index;
		this.revisions = revisions;
		this.confirmations = confirmations;
		this.rates = rates;
		this.countries = countries;
		this.organisations = organisations;
		this.plan = plan;
		this.messages = messages;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
		this.dataSource = dataSource;
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
		return jdbc.sql("SELECT COUNT(*) FROM initiative WHERE " + DEMO)
			.param("author", AUTHOR)
			.query(Long.class)
			.single();
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
	 * Generates demo initiatives (the Secretariat): the same ones for the same seed and
	 * the same demo initiatives already there, numbered after them.
	 */
	public Generated generate(int size, long seed, Viewer by) {
		secretariat(by);
		size(String.valueOf(size));
		long started = System.nanoTime();
		DemoPortfolio.Reference reference = reference();
		DemoPortfolio portfolio = new DemoPortfolio(reference, seed, Math.toIntExact(count()));
		InitiativeIndex.Geography geography = index.geography();
		Map<OrganisationId, Organisation> named = reference.organisations()
			.stream()
			.collect(Collectors.toMap(Organisation::id, Function.identity()));
		Set<String> rated = new HashSet<>();
		rates.all().forEach(rate -> rated.add(rate.currency() + "/" + rate.year()));
		String comment = "Demo data, generated for " + (by.name().isBlank() ? AUTHOR : by.name());
		int made = 0;
		List<Drafted> chunk = new ArrayList<>();
		while (made < size) {
			List<Drafted> unit = portfolio.next(size - made);
			chunk.addAll(unit);
			made += unit.size();
			if (chunk.size() >= CHUNK || made >= size) {
				List<Drafted> written = chunk;
				transactions.executeWithoutResult(
						status -> write(written, geography, named, rated, comment, reference.today()));
				chunk = new ArrayList<>();
			}
		}
		Generated generated = new Generated(made, Duration.ofNanos(System.nanoTime() - started));
		log.info("Generated {} demo initiatives in {} s", generated.count(), generated.seconds());
		return generated;
	}

	/**
	 * Generates the configured number of demo initiatives unless there are some already:
	 * what {@code --cbcm.demo=true} does at startup.
	 */
	public void generateUnlessPresent() {
		long present = count();
		if (present > 0) {
			log.info("Demo data requested, but {} demo initiatives are there already", present);
			return;
		}
		generate(settings.size(), GENERATOR);
	}

	/**
	 * Removes every demo initiative for good, with its history and its exchange rates
	 * (the Secretariat); other initiatives and rates stay.
	 * @return how many were removed
	 */
	public int removeAll(Viewer by) {
		secretariat(by);
		List<InitiativeId> ids = jdbc.sql("SELECT id FROM initiative WHERE " + DEMO)
			.param("author", AUTHOR)
			.query((rs, row) -> new InitiativeId(rs.getObject(1, UUID.class)))
			.list();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<InitiativeId> chunk = ids.subList(from, Math.min(from + CHUNK, ids.size()));
			List<String> refs = chunk.stream().map(InitiativeId::toString).toList();
			transactions.executeWithoutResult(status -> {
				index.removeAll(chunk);
				revisions.removeAll(Initiative.KIND_NAME, refs);
				confirmations.withdrawnAll(Initiative.KIND_NAME, refs);
				initiatives.deleteAll(chunk);
			});
		}
		for (ExchangeRate rate : rates.all()) {
			if (DemoRates.SOURCE.equals(rate.source()) && AUTHOR.equals(rate.updatedBy())) {
				rates.remove(rate.currency(), rate.year(), GENERATOR);
			}
		}
		log.info("Removed {} demo initiatives", ids.size());
		return ids.size();
	}

	/**
	 * Writes one chunk: records, revisions, confirmations, read model, and the rates of
	 * the currencies and start years it uses, as far as the current year (the table has
	 * no rates of years to come) and but for the few left missing on purpose.
	 */
	private void write(List<Drafted> chunk, InitiativeIndex.Geography geography,
			Map<OrganisationId, Organisation> named, Set<String> rated, String comment, LocalDate today) {
		if (postgres()) {
			// Connections to PostgreSQL plan every statement anew (PostgresConnections),
			// which suits searches; a bulk load runs the same few statements, and the
			// foreign key check of each tag, a million times: it may reuse their plans.
			jdbc.sql("SET LOCAL plan_cache_mode = auto").update();
		}
		initiatives.insertAll(chunk.stream()
			.map(drafted -> new Initiative(drafted.id(), drafted.owner(), RecordStatus.PUBLISHED, 1, drafted.content(),
					drafted.content(), drafted.publishedAt(), null, drafted.createdAt(), null, AUTHOR,
					drafted.publishedAt(), null, AUTHOR))
			.toList());
		revisions.appendFirst(chunk.stream()
			.map(drafted -> new Revisions.NewRevision(Initiative.ref(drafted.id()), 1, RecordStatus.PUBLISHED,
					drafted.content().fields(), drafted.publishedAt(), comment))
			.toList(), GENERATOR);
		confirmations.publishedNew(chunk.stream()
			.map(drafted -> new Confirmations.Published(Initiative.ref(drafted.id()), drafted.owner(),
					drafted.content().title(), "/initiatives/" + drafted.id()))
			.toList());
		index.write(chunk.stream()
			.map(drafted -> InitiativeIndex.rows(drafted.id(), drafted.owner(), drafted.content(),
					drafted.publishedAt(), geography, named))
			.toList());
		for (Drafted drafted : chunk) {
			InitiativeContent.Funding funding = drafted.content().funding();
			LocalDate start = drafted.content().schedule().start();
			String currency = funding.currency();
			if (currency == null || start == null || "USD".equals(currency) || start.getYear() > today.getYear()
					|| DemoRates.missing(currency, start.getYear())) {
				continue;
			}
			if (rated.add(currency + "/" + start.getYear())) {
				rates.set(currency, start.getYear(), DemoRates.usdPerUnit(currency, start.getYear()), DemoRates.SOURCE,
						GENERATOR);
			}
		}
	}

	private boolean postgres() {
		if (postgres == null) {
			try {
				postgres = "PostgreSQL"
					.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
			}
			catch (MetaDataAccessException ex) {
				postgres = false;
			}
		}
		return postgres;
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
