package org.cbcm.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.OrganisationContent;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.directory.OrganisationProposals;
import org.cbcm.directory.OrganisationType;
import org.cbcm.exchange.internal.Imports.Activity;
import org.cbcm.exchange.internal.Imports.Stored;
import org.cbcm.exchange.internal.iati.IatiActivity;
import org.cbcm.exchange.internal.iati.IatiCodelists;
import org.cbcm.exchange.internal.iati.IatiMapping;
import org.cbcm.exchange.internal.iati.ImportDirectory;
import org.cbcm.framework.ItemCode;
import org.cbcm.initiatives.ExchangeRates;
import org.cbcm.initiatives.InitiativeContent.ElementShare;
import org.cbcm.initiatives.InitiativeImports;
import org.cbcm.initiatives.InitiativeImports.Classification;
import org.cbcm.initiatives.InitiativeImports.ExternalId;
import org.cbcm.initiatives.InitiativeImports.Imported;
import org.cbcm.initiatives.InitiativeImports.Written;
import org.cbcm.records.RecordScope;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import in the background: reads its file again ({@link ActivityFiles}), maps
 * each chosen activity ({@link IatiMapping}) and writes them a batch at a time through
 * the registry's {@link InitiativeImports}, each batch with its outcomes and the progress
 * in one transaction. Between batches it looks whether the person cancelled. The
 * registry's writes are idempotent, so a run cut short (cancelled, failed, or the server
 * stopped) and run again ends as one uninterrupted run would.
 */
@Component
class ImportRun implements DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);

	/** How many activities one batch writes. */
	static final int BATCH = 500;

	private final Imports imports;

	private final InitiativeImports registry;

	private final CountryDirectory countries;

	private final OrganisationDirectory organisations;

	private final ExchangeRates rates;

	private final IatiCodelists codelists;

	/**
	 * The runs' own threads, two at most (others wait their turn): a run takes minutes,
	 * and the application's pool is the module listeners', whose work a run must neither
	 * wait for nor hold up.
	 */
	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	private final OrganisationProposals proposals;

	private final Clock clock;

	private final ActivityFiles files;

	ImportRun(Imports imports, ActivityFiles files, InitiativeImports registry, CountryDirectory countries,
			OrganisationDirectory organisations, ExchangeRates rates, IatiCodelists codelists,
			TransactionTemplate transactions, MessageSource messages, OrganisationProposals proposals, Clock clock) {
		this.imports = imports;
		this.files = files;
		this.registry = registry;
		this.countries = countries;
		this.organisations = organisations;
		this.rates = rates;
		this.codelists = codelists;
		executor.setCorePoolSize(2);
		executor.setThreadNamePrefix("import-");
		executor.initialize();
		this.transactions = transactions;
		this.messages = messages;
		this.proposals = proposals;
		this.clock = clock;
	}

	/** Stops the runs' threads with the application: a run cut short may be run again. */
	@Override
	public void destroy() {
		executor.shutdown();
	}

	/** Imports the server was running when it stopped are interrupted: run them again. */
	@EventListener(ApplicationReadyEvent.class)
	void interrupted() {
		int interrupted = transactions.execute(status -> imports.interrupted());
		if (interrupted > 0) {
			LOG.info("{} import(s) were cut short when the server stopped: they may be run again", interrupted);
		}
	}

	void start(UUID id, Viewer by) {
		executor.execute(() -> run(id, by));
	}

	/** Stops a run from within the reading of its file. */
	private static final class Cancelled extends RuntimeException {

		Cancelled() {
			super(null, null, false, false);
		}

	}

	/** Runs the import; the caller has moved it to running. */
	void run(UUID id, Viewer by) {
		long began = System.nanoTime();
		Tally tally = new Tally();
		ImportStatus end = ImportStatus.DONE;
		String fault = null;
		String fileName = "";
		try {
			Stored stored = imports.find(id).orElseThrow();
			fileName = stored.fileName();
			Map<Integer, Activity> chosen = new HashMap<>();
			imports.chosen(id).forEach(activity -> chosen.put(activity.position(), activity));
			transactions.executeWithoutResult(status -> imports.started(id, chosen.size(), clock.instant()));
			String name = (stored.spreadsheet() ? "Spreadsheet import " : "IATI import ") + stored.fileName() + " ("
					+ stored.createdAt().toString().substring(0, 10) + ")";
			String comment = "Imported from " + stored.fileName() + " by " + by.name() + ", import " + id;
			IatiMapping mapping = new IatiMapping(
					new ImportDirectory(countries.all(), countries.regions(), organisations.all()), rates.table(),
					codelists::m49Region);
			Handover handover = new Handover();
			InputStream file = new GZIPInputStream(imports.file(id));
			Thread reader = new Thread(() -> {
				List<Pending> batch = new ArrayList<>();
				int[] position = { 0 };
				try (InputStream in = file) {
					files.read(stored.format(), stored.language(), stored.columns(), in, activity -> {
						Activity choice = chosen.get(position[0]++);
						if (choice == null) {
							return;
						}
						batch.add(pending(choice, activity, mapping, stored.publish(), tally));
						if (batch.size() >= BATCH) {
							handover.put(List.copyOf(batch));
							batch.clear();
						}
					});
					if (!batch.isEmpty()) {
						handover.put(List.copyOf(batch));
					}
					handover.put(Handover.END);
				}
				catch (Cancelled ex) {
					// The writing stopped.
				}
				catch (Throwable ex) {
					handover.failed(ex);
				}
			}, "import-read-" + id);
			reader.setDaemon(true);
			reader.start();
			try {
				for (List<Pending> batch = handover.take(); batch != Handover.END; batch = handover.take()) {
					write(id, batch, name, comment, by, tally);
				}
			}
			finally {
				handover.close();
				reader.join();
			}
		}
		catch (Cancelled ex) {
			end = ImportStatus.CANCELLED;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			LOG.warn("Import {} was interrupted", id);
			end = ImportStatus.FAILED;
			fault = "interrupted";
		}
		catch (RuntimeException | IOException ex) {
			LOG.warn("Import {} failed", id, ex);
			end = ImportStatus.FAILED;
			fault = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		}
		int proposed = 0;
		try {
			proposed = propose(tally.unmatched.values(), fileName, by);
		}
		catch (RuntimeException ex) {
			LOG.warn("Import {} could not propose its organisations", id, ex);
		}
		ImportReport report = new ImportReport(tally.created, tally.updated, tally.unchanged, tally.skipped,
				tally.organisations, proposed, tally.notes, fault, (System.nanoTime() - began) / 1e9);
		ImportStatus finished = end;
		transactions.executeWithoutResult(status -> imports.finished(id, finished, report, clock.instant()));
		LOG.info("Import {} {}: {} created, {} updated, {} unchanged, {} skipped in {} s", id, finished, tally.created,
				tally.updated, tally.unchanged, tally.skipped, String.format("%.1f", report.seconds()));
	}

	/**
	 * The batches read and mapped on one thread for the run to write on its own: the
	 * reading of the file (processor time) goes on while the database writes the batch
	 * before. At most two batches wait.
	 */
	private static final class Handover {

		/** Follows the last batch. */
		static final List<Pending> END = java.util.Collections.unmodifiableList(new ArrayList<>());

		private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(2);

		private volatile boolean closed;

		/**
		 * Hands a batch (or the end) over, waiting while two wait.
		 * @throws Cancelled once the writing has stopped
		 */
		void put(List<Pending> batch) {
			handOver(batch);
		}

		/** Hands over why the reading failed, for the writing to stop with. */
		void failed(Throwable cause) {
			try {
				handOver(cause);
			}
			catch (Cancelled ex) {
				// The writing stopped already.
			}
		}

		private void handOver(Object item) {
			try {
				while (!closed) {
					if (ready.offer(item, 100, TimeUnit.MILLISECONDS)) {
						return;
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			throw new Cancelled();
		}

		/**
		 * The next batch, or {@link #END}.
		 * @throws IOException or another exception when the reading failed so
		 */
		@SuppressWarnings("unchecked")
		List<Pending> take() throws InterruptedException, IOException {
			Object item = ready.take();
			if (item instanceof IOException ex) {
				throw ex;
			}
			if (item instanceof RuntimeException ex) {
				throw ex;
			}
			if (item instanceof Error ex) {
				throw ex;
			}
			if (item instanceof Throwable ex) {
				throw new IllegalStateException(ex);
			}
			return (List<Pending>) item;
		}

		/** Stops the reading, if it goes on: the writing is over. */
		void close() {
			closed = true;
			ready.clear();
		}

	}

	/** What a run counted so far. */
	private static final class Tally {

		int done;

		int created;

		int updated;

		int unchanged;

		int skipped;

		final Map<String, Integer> organisations = new LinkedHashMap<>();

		/** The first mention of each organisation the directory lacks. */
		final Map<String, IatiMapping.Unmatched> unmatched = new LinkedHashMap<>();

		final Map<String, Integer> notes = new LinkedHashMap<>();

		void note(String note) {
			if (notes.size() < 200 || notes.containsKey(note)) {
				notes.merge(note, 1, Integer::sum);
			}
		}

	}

	/** An activity on its way: what will be written, or why it is skipped. */
	private record Pending(Activity activity, @Nullable Imported imported, @Nullable String skipped, String notes) {
	}

	private Pending pending(Activity choice, IatiActivity activity, IatiMapping mapping, boolean publish, Tally tally) {
		List<ElementShare> elements = new ArrayList<>();
		for (String token : choice.elements()) {
			elements.add(new ElementShare(ItemCode.of(IatiImports.code(token)), IatiImports.percentage(token)));
		}
		IatiMapping.Mapped mapped = mapping.map(activity, elements);
		mapped.unmatched().forEach(unmatched -> {
			String key = ((unmatched.ref() != null) ? unmatched.ref() : "—") + " · "
					+ ((unmatched.name() != null) ? unmatched.name() : "—");
			if (tally.organisations.size() < 500 || tally.organisations.containsKey(key)) {
				tally.organisations.merge(key, 1, Integer::sum);
				tally.unmatched.putIfAbsent(key, unmatched);
			}
		});
		mapped.notes().forEach(tally::note);
		String notes = String.join("; ", mapped.notes());
		if (mapped.owner() == null) {
			IatiActivity.Organisation reporting = activity.reportingOrg();
			String named = (reporting != null && reporting.name() != null) ? reporting.name().value() : "";
			return new Pending(choice, null,
					"The reporting organisation " + choice.publisher() + " " + named
							+ " is not in the directory: add it (with its IATI identifier), then run the import again",
					notes);
		}
		ExternalId external;
		try {
			external = new ExternalId(choice.publisher(), activity.identifier());
		}
		catch (InvalidRequestException ex) {
			return new Pending(choice, null, "The activity's identifier is longer than cbcm holds", notes);
		}
		return new Pending(choice, new Imported(external, RecordScope.of(mapped.owner().id()), mapped.content(),
				publish, classifications(activity)), null, notes);
	}

	/**
	 * How the publisher classifies the activity, kept beside the initiative: its sectors
	 * of any vocabulary (DAC codes named from the codelist) but cbcm's own key elements,
	 * its policy markers and its tags.
	 */
	private List<Classification> classifications(IatiActivity activity) {
		List<Classification> found = new ArrayList<>();
		for (IatiActivity.Code sector : activity.sectors()) {
			if (sector.vocabularyUri() != null && sector.vocabularyUri().strip().endsWith(IatiImports.CODELIST_PATH)) {
				continue;
			}
			String name = codelists.sectorName(sector.vocabulary(), sector.code());
			if (name == null && sector.text() != null) {
				name = sector.text().value();
			}
			found.add(new Classification(Classification.Kind.SECTOR,
					(sector.vocabulary() != null) ? sector.vocabulary() : "1", sector.code(), name,
					(sector.percentage() != null) ? sector.percentage().stripTrailingZeros().toPlainString() : null));
		}
		for (IatiActivity.PolicyMarker marker : activity.policyMarkers()) {
			String vocabulary = (marker.vocabulary() != null) ? marker.vocabulary() : "1";
			found.add(new Classification(Classification.Kind.POLICY_MARKER, vocabulary, marker.code(),
					"1".equals(vocabulary) ? codelists.name("PolicyMarker", marker.code()) : null,
					marker.significance()));
		}
		for (IatiActivity.Code tag : activity.tags()) {
			if (tag.vocabularyUri() != null && tag.vocabularyUri().strip().endsWith(IatiImports.CODELIST_PATH)) {
				continue;
			}
			found.add(new Classification(Classification.Kind.TAG, tag.vocabulary(), tag.code(),
					(tag.text() != null) ? tag.text().value() : null, null));
		}
		return found;
	}

	/**
	 * Writes a batch with its outcomes and the progress in one transaction; first looks
	 * whether the person cancelled.
	 */
	private void write(UUID id, List<Pending> batch, String name, String comment, Viewer by, Tally tally) {
		if (imports.find(id).map(Stored::status).orElse(ImportStatus.CANCELLING) == ImportStatus.CANCELLING) {
			throw new Cancelled();
		}
		transactions.executeWithoutResult(status -> {
			List<Imported> writing = batch.stream().map(Pending::imported).filter(java.util.Objects::nonNull).toList();
			Map<ExternalId, Written> written = new HashMap<>();
			registry.write(writing, name, comment, by).forEach(result -> written.put(result.external(), result));
			List<Activity> outcomes = new ArrayList<>();
			List<Activity> chosenByHand = new ArrayList<>();
			for (Pending pending : batch) {
				Activity activity = pending.activity();
				if (pending.imported() == null) {
					tally.skipped++;
					outcomes.add(activity.withOutcome("SKIPPED", null, pending.skipped()));
					continue;
				}
				Written result = written.get(pending.imported().external());
				switch (result.outcome()) {
					case CREATED -> tally.created++;
					case UPDATED -> tally.updated++;
					case UNCHANGED -> tally.unchanged++;
					case REFUSED -> tally.skipped++;
				}
				String reason = (result.outcome() == InitiativeImports.Outcome.REFUSED) ? refusal(result)
						: (pending.notes().isEmpty() ? null : pending.notes());
				outcomes.add(activity.withOutcome(
						(result.outcome() == InitiativeImports.Outcome.REFUSED) ? "SKIPPED" : result.outcome().name(),
						(result.id() != null) ? result.id().value() : null, reason));
				if (!activity.exact() && !activity.elements().isEmpty()) {
					chosenByHand.add(activity);
				}
			}
			tally.done += batch.size();
			imports.progress(id, tally.done, outcomes);
			imports.remember(chosenByHand, by.name(), clock.instant());
		});
	}

	/**
	 * Proposes to the directory the organisations the file names that it lacks, each once
	 * (none already proposed), for the Secretariat to accept: an accepted one is matched
	 * by the next run of the import.
	 * @return how many were proposed
	 */
	private int propose(java.util.Collection<IatiMapping.Unmatched> unmatched, String fileName, Viewer by) {
		List<OrganisationProposals.Proposal> proposed = new ArrayList<>();
		for (IatiMapping.Unmatched organisation : unmatched) {
			String name = organisation.name();
			if (name == null || name.isBlank() || name.length() > OrganisationContent.MAX_NAME) {
				continue;
			}
			proposed.add(new OrganisationProposals.Proposal(
					new OrganisationContent(name, null, type(organisation.type()), null, organisation.ref(), null,
							null),
					"Named in " + fileName + ", imported by " + by.name() + " (IATI organisation type "
							+ ((organisation.type() != null) ? organisation.type() : "not given") + ")"));
		}
		return proposals.proposeUnlessKnown(proposed, by);
	}

	/**
	 * The directory's type of an IATI organisation type code; the Secretariat corrects
	 * it.
	 */
	static OrganisationType type(@Nullable String code) {
		return switch ((code != null) ? code.strip() : "") {
			case "10", "11", "15" -> OrganisationType.GOVERNMENT;
			case "30", "70", "71", "72", "73" -> OrganisationType.PRIVATE_SECTOR;
			case "40" -> OrganisationType.UN_BODY;
			case "80" -> OrganisationType.ACADEMIC;
			default -> OrganisationType.NGO;
		};
	}

	private String refusal(Written result) {
		List<String> reasons = new ArrayList<>();
		for (InvalidRequestException problem : result.problems()) {
			reasons.add(problem.parameter() + ": " + messages.getMessage(problem.messageKey(), problem.arguments(),
					problem.messageKey(), java.util.Locale.ENGLISH));
		}
		return String.join("; ", reasons);
	}

}
