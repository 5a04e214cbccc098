package org.cbcm.exchange.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.cbcm.exchange.internal.Imports.Activity;
import org.cbcm.exchange.internal.Imports.Proposal;
import org.cbcm.exchange.internal.Imports.Stored;
import org.cbcm.exchange.internal.iati.ActivitySelection;
import org.cbcm.exchange.internal.iati.IatiActivity;
import org.cbcm.exchange.internal.iati.IatiCodelists;
import org.cbcm.exchange.internal.iati.ImportDirectory;
import org.cbcm.exchange.internal.iati.KeyElementAssistant;
import org.cbcm.exchange.internal.iati.KeyElementTerms;
import org.cbcm.exchange.internal.sheet.SheetColumns;
import org.cbcm.exchange.internal.sheet.SpreadsheetReader;
import org.cbcm.framework.PlanItem;
import org.cbcm.shared.ConflictException;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.Viewer;
import org.cbcm.web.PublicAddress;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of IATI imports, the Secretariat's only: upload a file (read at once into
 * a preview: its activities, which the selection rule keeps, and the key elements found
 * or proposed for each), change the rule, choose activities and their key elements, run
 * the import in the background ({@link ImportRun}), cancel it, and read its report.
 */
@Service
public class IatiImports {

	/** The largest file an import takes. */
	public static final long MAX_FILE = 50L * 1024 * 1024;

	/** The languages whose narratives an import may keep first. */
	public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar");

	private final Imports imports;

	private final ImportRun run;

	private final ActivityFiles files;

	private final KeyElementAssistant assistant;

	private final Clock clock;

	IatiImports(Imports imports, ImportRun run, ActivityFiles files, KeyElementTerms terms, IatiCodelists codelists,
			PublicAddress address, Clock clock) {
		this.imports = imports;
		this.files = files;
		this.run = run;
		this.assistant = new KeyElementAssistant(address.link(CODELIST_PATH), terms, codelists);
		this.clock = clock;
	}

	/**
	 * The key elements and sub-elements of the current Action Plan, as choices offer
	 * them.
	 */
	public List<PlanItem> elements() {
		return files.elements();
	}

	/** Where cbcm serves its codelist of the Action Plan's key elements. */
	public static final String CODELIST_PATH = "/codelists/ActionPlanKeyElement.xml";

	/** An import as its pages read it. */
	public record View(Stored stored) {
	}

	/**
	 * Reads an uploaded file (IATI XML, or a spreadsheet: CSV or XLSX) into a new import,
	 * ready for the person's choices; nothing is written to the registry. A spreadsheet's
	 * columns are those of the saved mapping named, else of the saved mapping that fits
	 * the file's headers best, else those its headers suggest.
	 * @return the new import
	 * @throws InvalidRequestException when the file is empty, too large, not XML, or
	 * declares a DTD, or the language is not one of the six, or the mapping is unknown
	 */
	@Transactional
	public UUID upload(@Nullable String fileName, InputStream in, @Nullable String language, @Nullable String mapping,
			Viewer by) {
		secretariat(by);
		String lang = (language == null || language.isBlank()) ? "en" : language.strip().toLowerCase(Locale.ROOT);
		if (!LANGUAGES.contains(lang)) {
			throw new InvalidRequestException("language", "exchange.language.unknown", lang);
		}
		byte[] bytes;
		try {
			bytes = in.readNBytes((int) MAX_FILE + 1);
		}
		catch (IOException ex) {
			throw new InvalidRequestException("file", "exchange.file.unreadable", ex.getMessage());
		}
		if (bytes.length == 0) {
			throw new InvalidRequestException("file", "exchange.file.empty");
		}
		if (bytes.length > MAX_FILE) {
			throw new InvalidRequestException("file", "exchange.file.too-large", MAX_FILE / (1024 * 1024));
		}
		String format = ActivityFiles.format(bytes, fileName);
		SheetColumns columns = null;
		SpreadsheetReader.Sheet sheet = null;
		if (!ActivityFiles.IATI.equals(format)) {
			sheet = files.sheet(format, bytes);
			if (sheet.rows().isEmpty()) {
				throw new InvalidRequestException("file", "exchange.sheet.no-rows");
			}
			columns = columns(sheet.headers(), mapping);
		}
		// A spreadsheet is a portfolio given to be imported: all its rows are chosen at
		// first.
		Selection selection = (columns == null) ? Selection.standard()
				: new Selection(ActivitySelection.Kind.ALL, null);
		Preview preview = preview(format, lang, columns, bytes, sheet, selection.rule());
		UUID id = UUID.randomUUID();
		Stored stored = new Stored(id, format, name(fileName, format), bytes.length, ImportStatus.READY, lang,
				selection, false, preview.summary(), null, 0, 0, by.name(), clock.instant(), null, null, 0, columns);
		imports.insert(stored, gzip(bytes), preview.activities());
		return id;
	}

	/** The columns of a new spreadsheet import. */
	private SheetColumns columns(List<String> headers, @Nullable String mapping) {
		List<Imports.Mapping> saved = imports.mappings();
		if (mapping != null && !mapping.isBlank()) {
			return saved.stream()
				.filter(one -> one.name().equals(mapping.strip()))
				.findFirst()
				.map(Imports.Mapping::columns)
				.orElseThrow(() -> new InvalidRequestException("mapping", "exchange.sheet.mapping.unknown",
						cut(mapping.strip(), 100)));
		}
		return saved.stream()
			.filter(one -> one.columns().appliesTo(headers))
			.max(java.util.Comparator.comparingInt(one -> one.columns().columns().size()))
			.map(Imports.Mapping::columns)
			.orElseGet(() -> SheetColumns.guess(headers));
	}

	/** What a reading of the file shows: its summary, and its activities as listed. */
	private record Preview(ImportSummary summary, List<Activity> activities) {
	}

	/**
	 * Reads the file for its preview; a spreadsheet already read into its cells is not
	 * read again.
	 */
	private Preview preview(String format, String lang, @Nullable SheetColumns columns, byte[] bytes,
			SpreadsheetReader.@Nullable Sheet sheet, ActivitySelection rule) {
		List<Activity> activities = new ArrayList<>();
		Map<String, Integer> publishers = new TreeMap<>();
		Map<String, Integer> countries = new TreeMap<>();
		Map<String, Integer> currencies = new TreeMap<>();
		List<ImportSummary.Skip> skipped = new ArrayList<>();
		java.util.function.Consumer<IatiActivity> each = activity -> {
			int position = activities.size() + skipped.size();
			String publisher = publisher(activity);
			if (publisher == null) {
				skipped.add(new ImportSummary.Skip(activity.identifier(), 0,
						"The activity names no reporting organisation"));
				return;
			}
			count(publishers, shownPublisher(publisher, activity));
			activity.countries().forEach(country -> count(countries, country.code().toUpperCase(Locale.ROOT)));
			currencies(activity).forEach(currency -> count(currencies, currency));
			activities.add(preview(position, publisher, activity, rule));
		};
		ActivityFiles.Reading read = (sheet != null) ? files.read(sheet, lang, columns, each)
				: files.read(format, lang, columns, new ByteArrayInputStream(bytes), each);
		rememberedInto(activities);
		read.skipped().stream().limit(ImportSummary.MAX_LISTED).forEach(skipped::add);
		ImportSummary summary = new ImportSummary(activities.size(), read.versions(), publishers, countries, currencies,
				skipped.stream().limit(ImportSummary.MAX_LISTED).toList(), read.foreign(), read.ignored(),
				read.broken(), read.sheet());
		return new Preview(summary, activities);
	}

	/**
	 * Reads a spreadsheet import's file again with other columns, and saves them under a
	 * name if one is given; the activities are those the new reading finds, chosen by the
	 * import's rule (choices made one by one before are replaced).
	 * @throws InvalidRequestException when the import is no spreadsheet, a column is not
	 * the file's, or the name is too long
	 */
	@Transactional
	public void columns(UUID id, SheetColumns columns, @Nullable String saveAs, Viewer by) {
		Stored stored = idle(id, by);
		if (!stored.spreadsheet()) {
			throw new InvalidRequestException("columns", "exchange.sheet.not-a-spreadsheet");
		}
		String name = (saveAs == null) ? null : saveAs.strip();
		if (name != null && (name.length() > 100 || name.chars().anyMatch(Character::isISOControl))) {
			throw new InvalidRequestException("saveAs", "exchange.sheet.mapping.name-invalid", 100);
		}
		byte[] bytes;
		try (InputStream in = new GZIPInputStream(imports.file(id))) {
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		SpreadsheetReader.Sheet sheet = files.sheet(stored.format(), bytes);
		columns.indexes(sheet.headers());
		Preview preview = preview(stored.format(), stored.language(), columns, bytes, sheet, stored.selection().rule());
		imports.reread(id, preview.summary(), columns, preview.activities());
		if (name != null && !name.isEmpty()) {
			imports.save(new Imports.Mapping(name, columns, by.name(), clock.instant()));
		}
	}

	/** The mappings of columns saved so far, by name. */
	@Transactional(readOnly = true)
	public List<Imports.Mapping> mappings(Viewer by) {
		secretariat(by);
		return imports.mappings();
	}

	/** The activity as the preview lists it, kept or not by the rule. */
	private Activity preview(int position, String publisher, IatiActivity activity, ActivitySelection rule) {
		ActivitySelection.Match match = rule.matches(activity);
		KeyElementAssistant.Classification classification = assistant.classify(activity);
		List<String> exact = classification.exact()
			.stream()
			.map(choice -> token(choice.code().value(), choice.percentage()))
			.toList();
		List<Proposal> proposed = classification.proposed()
			.stream()
			.map(proposal -> new Proposal(proposal.code().value(), proposal.terms()))
			.toList();
		String title = (activity.title() != null) ? activity.title().value().strip() : activity.identifier();
		String countries = activity.countries()
			.stream()
			.map(share -> share.code().toUpperCase(Locale.ROOT))
			.distinct()
			.limit(60)
			.collect(Collectors.joining(" "));
		return new Activity(position, publisher, cut(activity.identifier(), 200), cut(title, 500),
				countries.isEmpty() ? null : countries, match.kept(), because(match), match.kept(), proposed,
				!exact.isEmpty(), exact, null, null, null);
	}

	/** The elements chosen for these activities at an earlier import, where not exact. */
	private void rememberedInto(List<Activity> activities) {
		Map<String, List<Activity>> byPublisher = activities.stream()
			.filter(activity -> !activity.exact())
			.collect(Collectors.groupingBy(Activity::publisher));
		Map<Integer, List<String>> chosen = new HashMap<>();
		byPublisher.forEach((publisher, some) -> {
			Map<String, List<String>> remembered = imports.remembered(publisher,
					some.stream().map(Activity::identifier).toList());
			some.forEach(activity -> {
				List<String> elements = remembered.get(activity.identifier());
				if (elements != null) {
					chosen.put(activity.position(), elements);
				}
			});
		});
		activities.replaceAll(activity -> chosen.containsKey(activity.position())
				? activity.withElements(activity.chosen(), chosen.get(activity.position())) : activity);
	}

	/**
	 * Applies another rule: the activities it keeps are chosen, the others not (choices
	 * made one by one before are replaced).
	 */
	@Transactional
	public void select(UUID id, @Nullable String kind, @Nullable String terms, Viewer by) {
		Stored stored = idle(id, by);
		ActivitySelection rule = ActivitySelection.parse(kind, terms);
		Selection selection = new Selection(rule.kind(),
				(rule.terms().isEmpty()) ? null : String.join("\n", rule.terms()));
		List<Activity> kept = new ArrayList<>();
		int[] position = { 0 };
		read(stored, activity -> {
			int at = position[0]++;
			ActivitySelection.Match match = rule.matches(activity);
			if (match.kept()) {
				kept.add(new Activity(at, "", "", "", null, true, because(match), true, List.of(), false, List.of(),
						null, null, null));
			}
		}, true);
		imports.select(id, selection, kept);
	}

	/**
	 * A choice of the person for one activity: whether to import it, and its key
	 * elements.
	 */
	public record Choice(int position, boolean chosen, List<String> elements) {
	}

	/** Records the person's choices for activities of a page. */
	@Transactional
	public void choose(UUID id, List<Choice> choices, Viewer by) {
		idle(id, by);
		Set<String> knownElements = elements().stream().map(item -> item.code().value()).collect(Collectors.toSet());
		for (Choice choice : choices) {
			for (String element : choice.elements()) {
				if (!knownElements.contains(code(element))) {
					throw new InvalidRequestException("elements", "exchange.element.unknown", element);
				}
			}
		}
		imports.choose(id,
				choices.stream()
					.map(choice -> new Activity(choice.position(), "", "", "", null, false, null, choice.chosen(),
							List.of(), false, choice.elements(), null, null, null))
					.toList());
	}

	/**
	 * Gives every chosen activity that has no key elements yet those proposed for it.
	 * @return how many were given elements
	 */
	@Transactional
	public int acceptProposals(UUID id, Viewer by) {
		idle(id, by);
		List<Activity> open = imports.withoutElements(id);
		imports.choose(id, open.stream()
			.map(activity -> activity.withElements(true, activity.proposed().stream().map(Proposal::element).toList()))
			.toList());
		return open.size();
	}

	/**
	 * Starts writing the chosen activities, in the background.
	 * @param publish whether new and changed initiatives are published at once (else they
	 * are their owners' drafts)
	 * @throws ConflictException when the import runs already
	 */
	public void start(UUID id, boolean publish, Viewer by) {
		secretariat(by);
		find(id);
		if (!imports.move(id, ImportStatus.RUNNING, ImportStatus.READY, ImportStatus.DONE, ImportStatus.CANCELLED,
				ImportStatus.INTERRUPTED, ImportStatus.FAILED)) {
			throw new ConflictException("exchange.import.running");
		}
		imports.publishAtOnce(id, publish);
		run.start(id, by);
	}

	/** Asks a running import to stop after the batch it writes. */
	public void cancel(UUID id, Viewer by) {
		secretariat(by);
		find(id);
		if (!imports.move(id, ImportStatus.CANCELLING, ImportStatus.RUNNING)) {
			throw new ConflictException("exchange.import.not-running");
		}
	}

	@Transactional(readOnly = true)
	public Stored get(UUID id, Viewer by) {
		secretariat(by);
		return find(id);
	}

	@Transactional(readOnly = true)
	public ResultPage<Stored> list(Paging paging, Viewer by) {
		secretariat(by);
		return imports.list(paging);
	}

	@Transactional(readOnly = true)
	public ResultPage<Activity> activities(UUID id, Imports.Shown shown, Paging paging, Viewer by) {
		secretariat(by);
		find(id);
		return imports.activities(id, shown, paging);
	}

	/** How many activities the rule keeps and how many are chosen. */
	@Transactional(readOnly = true)
	public Map<String, Long> counts(UUID id, Viewer by) {
		secretariat(by);
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("kept", imports.count(id, "kept"));
		counts.put("chosen", imports.count(id, "chosen"));
		counts.put("withoutElements", imports.count(id, "chosen AND elements IS NULL"));
		counts.put("proposed", imports.count(id, "chosen AND elements IS NULL AND proposed IS NOT NULL"));
		return counts;
	}

	/** Removes an import that does not run: its file, its choices, its report. */
	@Transactional
	public void delete(UUID id, Viewer by) {
		Stored stored = idle(id, by);
		imports.delete(stored.id());
	}

	private Stored find(UUID id) {
		return imports.find(id).orElseThrow(() -> new NotFoundException("exchange.import.not-found", id.toString()));
	}

	/** The import, which must not be running. */
	private Stored idle(UUID id, Viewer by) {
		secretariat(by);
		Stored stored = imports.lock(id)
			.orElseThrow(() -> new NotFoundException("exchange.import.not-found", id.toString()));
		if (stored.status().active()) {
			throw new ConflictException("exchange.import.running");
		}
		return stored;
	}

	/** Reads the import's file again, activity by activity, as it was read at upload. */
	void read(Stored stored, java.util.function.Consumer<IatiActivity> each, boolean withoutPublisherToo) {
		try (InputStream in = new GZIPInputStream(imports.file(stored.id()))) {
			files.read(stored.format(), stored.language(), stored.columns(), in, activity -> {
				if (withoutPublisherToo || publisher(activity) != null) {
					each.accept(activity);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The publisher an activity is imported as: its reporting organisation's identifier.
	 */
	static @Nullable String publisher(IatiActivity activity) {
		IatiActivity.Organisation reporting = activity.reportingOrg();
		if (reporting == null || reporting.ref() == null || reporting.ref().isBlank()
				|| reporting.ref().strip().length() > 100) {
			return null;
		}
		return reporting.ref().strip();
	}

	/**
	 * A publisher as the preview names it: its IATI identifier, or the name of a
	 * directory organisation that has none.
	 */
	private static String shownPublisher(String publisher, IatiActivity activity) {
		IatiActivity.Organisation reporting = activity.reportingOrg();
		if (publisher.startsWith(ImportDirectory.OWN_REFERENCE) && reporting != null && reporting.name() != null) {
			return reporting.name().value();
		}
		return publisher;
	}

	private static List<String> currencies(IatiActivity activity) {
		List<String> found = new ArrayList<>();
		if (activity.defaultCurrency() != null) {
			found.add(activity.defaultCurrency().toUpperCase(Locale.ROOT));
		}
		activity.budgets().forEach(money -> add(found, money.currency()));
		activity.transactions().forEach(transaction -> add(found, transaction.currency()));
		return found.stream().distinct().toList();
	}

	private static void add(List<String> found, @Nullable String currency) {
		if (currency != null) {
			found.add(currency.strip().toUpperCase(Locale.ROOT));
		}
	}

	private static void count(Map<String, Integer> counts, String key) {
		if (counts.size() < 500 || counts.containsKey(key)) {
			counts.merge(key, 1, Integer::sum);
		}
	}

	/** Why the rule keeps an activity, in a few words for the preview. */
	static @Nullable String because(ActivitySelection.Match match) {
		if (!match.kept()) {
			return null;
		}
		java.util.Set<String> parts = new java.util.LinkedHashSet<>();
		for (ActivitySelection.Reason reason : match.reasons()) {
			if (reason instanceof ActivitySelection.Marker marker) {
				parts.add("DAC 5 (" + marker.significance() + ")");
			}
			else if (reason instanceof ActivitySelection.Sector sector) {
				parts.add(sector.code());
			}
			else if (reason instanceof ActivitySelection.Words words) {
				parts.addAll(words.terms());
			}
		}
		return parts.isEmpty() ? null : cut(String.join(", ", parts), 1000);
	}

	/** An element as stored: its code, and its percentage where one is given. */
	static String token(String code, @Nullable BigDecimal percentage) {
		return (percentage != null) ? code + "=" + percentage.stripTrailingZeros().toPlainString() : code;
	}

	static String code(String token) {
		int at = token.indexOf('=');
		return (at < 0) ? token : token.substring(0, at);
	}

	static @Nullable BigDecimal percentage(String token) {
		int at = token.indexOf('=');
		if (at < 0) {
			return null;
		}
		try {
			return new BigDecimal(token.substring(at + 1));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String name(@Nullable String fileName, String format) {
		String unnamed = "upload." + format.toLowerCase(Locale.ROOT).replace("iati", "xml");
		if (fileName == null || fileName.isBlank()) {
			return unnamed;
		}
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		return name.isEmpty() ? unnamed : cut(name, 300);
	}

	private static String cut(String text, int most) {
		return (text.length() > most) ? text.substring(0, most - 1) + "…" : text;
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, bytes.length / 8));
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static void secretariat(Viewer by) {
		if (!by.isSecretariat()) {
			throw new ForbiddenException("exchange.secretariat-only");
		}
	}

}
