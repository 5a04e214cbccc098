package org.cbcm.exchange.internal.iati;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.cbcm.exchange.internal.iati.IatiActivity.Code;
import org.cbcm.exchange.internal.iati.IatiActivity.Contact;
import org.cbcm.exchange.internal.iati.IatiActivity.Document;
import org.cbcm.exchange.internal.iati.IatiActivity.Indicator;
import org.cbcm.exchange.internal.iati.IatiActivity.Money;
import org.cbcm.exchange.internal.iati.IatiActivity.Organisation;
import org.cbcm.exchange.internal.iati.IatiActivity.Participant;
import org.cbcm.exchange.internal.iati.IatiActivity.PolicyMarker;
import org.cbcm.exchange.internal.iati.IatiActivity.Result;
import org.cbcm.exchange.internal.iati.IatiActivity.Share;
import org.cbcm.exchange.internal.iati.IatiActivity.Text;
import org.cbcm.exchange.internal.iati.IatiActivity.Transaction;
import org.jspecify.annotations.Nullable;

/**
 * Reads IATI activity files of versions 1.01 to 2.03, as publishers really write them,
 * one activity at a time, handing each to the caller as soon as it is read: a 50 MB file
 * is never held whole.
 * <p>
 * What it copes with: no XML declaration; any namespace prefixes; elements in foreign
 * namespaces (publisher extensions: skipped and counted); {@code xml:lang} in any case;
 * narratives in several languages (the one in the reader's language is kept, else
 * English, else the first, and the choice is said); activities of several publishers and
 * versions in one file; 1.0x texts, roles, date and transaction types. An activity that
 * cannot be read (no identifier, a broken element) is skipped with its identifier and the
 * reason, and the others go on; a value that cannot be read (an amount that is not a
 * number, a date that is not one) is left out of its activity with a warning.
 * <p>
 * Safe: no DTD (a file that declares one is refused), no external entities, elements
 * nested at most {@value #MAX_DEPTH} deep, at most {@value #MAX_ELEMENTS} elements in one
 * activity and texts of at most {@value #MAX_TEXT} characters. Where the XML itself
 * breaks (a file cut short, a stray character) the reader stops there, keeping what it
 * read before, and says where.
 */
public final class IatiReader {

	private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern
		.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)");

	/** How deep elements may nest. */
	public static final int MAX_DEPTH = 64;

	/** How many elements one activity may hold. */
	public static final int MAX_ELEMENTS = 100_000;

	/** How long one text may be. */
	public static final int MAX_TEXT = 200_000;

	/** The activity's children that cbcm reads; the others are counted as ignored. */
	static final Set<String> HELD = Set.of("iati-identifier", "reporting-org", "title", "description",
			"activity-status", "activity-date", "participating-org", "recipient-country", "recipient-region", "budget",
			"planned-disbursement", "transaction", "sector", "policy-marker", "tag", "result", "document-link",
			"contact-info");

	private static final Map<String, String> ROLES_1 = Map.of("funding", "1", "accountable", "2", "extending", "3",
			"implementing", "4");

	private static final Map<String, String> DATE_TYPES_1 = Map.of("start-planned", "1", "start-actual", "2",
			"end-planned", "3", "end-actual", "4");

	private static final Map<String, String> TRANSACTION_TYPES_1 = Map.ofEntries(Map.entry("IF", "1"),
			Map.entry("C", "2"), Map.entry("D", "3"), Map.entry("E", "4"), Map.entry("IR", "5"), Map.entry("LR", "6"),
			Map.entry("R", "7"), Map.entry("QP", "8"), Map.entry("QS", "9"), Map.entry("CG", "10"));

	private static final Map<String, String> SECTOR_VOCABULARIES_1 = Map.of("DAC", "1", "DAC-3", "2", "RO", "99", "RO2",
			"98");

	private final String language;

	/**
	 * @param language the language whose narratives are kept first (ISO 639-1, such as
	 * {@code fr})
	 */
	public IatiReader(String language) {
		this.language = language.toLowerCase(Locale.ROOT);
	}

	/**
	 * What reading a file found besides its activities.
	 *
	 * @param read how many activities were read and handed on
	 * @param versions the versions the file declared, in the order met
	 * @param publishers the reporting organisations' identifiers, in the order met
	 * @param skipped the activities that could not be read, with why
	 * @param foreign elements in foreign namespaces, by namespace and name, with their
	 * count
	 * @param ignored IATI elements of an activity that cbcm does not hold, by name, with
	 * their count
	 * @param broken where and why the file's XML broke off, or null when it did not
	 */
	public record Summary(int read, List<String> versions, List<String> publishers, List<Skipped> skipped,
			Map<String, Integer> foreign, Map<String, Integer> ignored, @Nullable Skipped broken) {

		public Summary {
			versions = List.copyOf(versions);
			publishers = List.copyOf(publishers);
			skipped = List.copyOf(skipped);
			foreign = Map.copyOf(foreign);
			ignored = Map.copyOf(ignored);
		}

	}

	/**
	 * An activity, or the rest of a file, that could not be read.
	 *
	 * @param identifier the activity's identifier, when it got that far
	 * @param line where in the file
	 * @param reason why, in English for the import report
	 */
	public record Skipped(@Nullable String identifier, int line, String reason) {
	}

	/** A file that cannot be read at all: not XML, or a DTD. */
	public static final class UnreadableFile extends RuntimeException {

		UnreadableFile(String message, @Nullable Throwable cause) {
			super(message, cause);
		}

	}

	/**
	 * Reads the file, handing each activity to {@code each} as it is read.
	 * @throws UnreadableFile when the file is not XML or declares a DTD, before any
	 * activity
	 */
	public Summary read(InputStream in, Consumer<IatiActivity> each) {
		Reading reading = new Reading();
		XMLStreamReader xml;
		try {
			xml = factory().createXMLStreamReader(in);
		}
		catch (XMLStreamException ex) {
			throw new UnreadableFile("The file is not XML: " + ex.getMessage(), ex);
		}
		try {
			reading.walk(xml, each);
		}
		catch (XMLStreamException | TooDeep ex) {
			String message = (ex instanceof TooDeep) ? ex.getMessage() : brief(ex);
			int line = (ex instanceof XMLStreamException stream && stream.getLocation() != null)
					? stream.getLocation().getLineNumber() : reading.line(xml);
			if (reading.read == 0 && reading.skipped.isEmpty() && !reading.sawRoot) {
				throw new UnreadableFile("The file is not an IATI XML file: " + message, ex);
			}
			reading.broken = new Skipped(reading.current, line, "The file breaks off here: " + message);
		}
		finally {
			try {
				xml.close();
			}
			catch (XMLStreamException ignored) {
				// closing a broken reader has nothing to say
			}
		}
		return new Summary(reading.read, new ArrayList<>(reading.versions), new ArrayList<>(reading.publishers),
				reading.skipped, reading.foreign, reading.ignored, reading.broken);
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		return factory;
	}

	private static String brief(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		int detail = message.indexOf("Message: ");
		return (detail >= 0) ? message.substring(detail + "Message: ".length()).strip() : message.strip();
	}

	private static final class TooDeep extends RuntimeException {

		TooDeep(String message) {
			super(message);
		}

	}

	/** One file's reading: where it is, and what it found so far. */
	private final class Reading {

		int read;

		boolean sawRoot;

		@Nullable String current;

		@Nullable Skipped broken;

		final Set<String> versions = new LinkedHashSet<>();

		final Set<String> publishers = new LinkedHashSet<>();

		final List<Skipped> skipped = new ArrayList<>();

		final Map<String, Integer> foreign = new TreeMap<>();

		final Map<String, Integer> ignored = new TreeMap<>();

		int line(XMLStreamReader xml) {
			return (xml.getLocation() != null) ? xml.getLocation().getLineNumber() : -1;
		}

		void walk(XMLStreamReader xml, Consumer<IatiActivity> each) throws XMLStreamException {
			@Nullable String fileVersion = null;
			@Nullable String fileLanguage = null;
			int depth = 0;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.DTD) {
					throw new UnreadableFile("The file declares a DTD, which an IATI file never needs: refused", null);
				}
				if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
					continue;
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				depth++;
				if (foreign(xml)) {
					count(foreign, qualified(xml));
					skip(xml, depth);
					depth--;
					continue;
				}
				String name = xml.getLocalName();
				if (depth == 1) {
					sawRoot = true;
					fileVersion = attribute(xml, "version");
					fileLanguage = attribute(xml, "lang");
				}
				if (!"iati-activity".equals(name)) {
					if (depth > 2) {
						skip(xml, depth);
						depth--;
					}
					continue;
				}
				int line = line(xml);
				current = null;
				XmlNode activity = element(xml, depth);
				depth--;
				String version = (activity.attribute("version") != null) ? activity.attribute("version") : fileVersion;
				try {
					IatiActivity read = activity(activity, (version != null) ? version : "unknown", fileLanguage);
					versions.add(read.version());
					if (read.reportingOrg() != null && read.reportingOrg().ref() != null) {
						publishers.add(read.reportingOrg().ref());
					}
					for (XmlNode child : activity.children()) {
						if (!HELD.contains(child.name())) {
							count(ignored, child.name());
						}
					}
					each.accept(read);
					this.read++;
				}
				catch (Unreadable ex) {
					skipped.add(new Skipped(ex.identifier, line, ex.getMessage()));
				}
			}
		}

		private boolean foreign(XMLStreamReader xml) {
			String namespace = xml.getNamespaceURI();
			return namespace != null && !namespace.isEmpty();
		}

		private String qualified(XMLStreamReader xml) {
			return "{" + xml.getNamespaceURI() + "}" + xml.getLocalName();
		}

		private static void count(Map<String, Integer> counts, String key) {
			counts.merge(key, 1, Integer::sum);
		}

		/** Passes over the element the reader is on, and everything in it. */
		private void skip(XMLStreamReader xml, int depth) throws XMLStreamException {
			int level = 1;
			while (level > 0 && xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					level++;
					if (depth + level > MAX_DEPTH) {
						throw new TooDeep("elements are nested deeper than " + MAX_DEPTH + " levels");
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					level--;
				}
			}
		}

		/** The element the reader is on, whole, with its IATI children. */
		private XmlNode element(XMLStreamReader xml, int depth) throws XMLStreamException {
			Deque<Builder> open = new ArrayDeque<>();
			open.push(new Builder(xml, line(xml)));
			int elements = 1;
			XmlNode done = null;
			while (done == null && xml.hasNext()) {
				int event = xml.next();
				switch (event) {
					case XMLStreamConstants.START_ELEMENT -> {
						if (depth + open.size() >= MAX_DEPTH) {
							throw new TooDeep("elements are nested deeper than " + MAX_DEPTH + " levels");
						}
						if (foreign(xml)) {
							count(foreign, qualified(xml));
							skip(xml, depth + open.size());
						}
						else {
							if (++elements > MAX_ELEMENTS) {
								throw new TooDeep("an activity holds more than " + MAX_ELEMENTS + " elements");
							}
							open.push(new Builder(xml, line(xml)));
						}
					}
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
						Builder builder = open.peek();
						if (builder.text.length() + xml.getTextLength() > MAX_TEXT) {
							throw new TooDeep("a text is longer than " + MAX_TEXT + " characters");
						}
						builder.text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
					}
					case XMLStreamConstants.END_ELEMENT -> {
						XmlNode node = open.pop().build();
						if (open.isEmpty()) {
							done = node;
						}
						else {
							open.peek().children.add(node);
							if (open.size() == 1 && "iati-identifier".equals(node.name())) {
								// kept as soon as it is known, for the report of a file
								// that
								// breaks off later in the activity
								current = node.value();
							}
						}
					}
					default -> {
						// comments and processing instructions say nothing to cbcm
					}
				}
			}
			if (done == null) {
				throw new XMLStreamException("the file ends inside an activity");
			}
			return done;
		}

		private @Nullable String attribute(XMLStreamReader xml, String name) {
			for (int i = 0; i < xml.getAttributeCount(); i++) {
				if (xml.getAttributeLocalName(i).equals(name)) {
					String value = xml.getAttributeValue(i);
					return (value == null || value.isBlank()) ? null : value.strip();
				}
			}
			return null;
		}

	}

	/** An element being read. */
	private static final class Builder {

		final String name;

		final Map<String, String> attributes = new HashMap<>();

		final StringBuilder text = new StringBuilder();

		final List<XmlNode> children = new ArrayList<>();

		final int line;

		Builder(XMLStreamReader xml, int line) {
			this.name = xml.getLocalName();
			this.line = line;
			for (int i = 0; i < xml.getAttributeCount(); i++) {
				String namespace = xml.getAttributeNamespace(i);
				boolean xmlNamespace = XMLConstants.XML_NS_URI.equals(namespace);
				if (namespace == null || namespace.isEmpty() || xmlNamespace) {
					attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
				}
			}
		}

		XmlNode build() {
			return new XmlNode(name, attributes, text.toString(), children, line);
		}

	}

	/** An activity that cannot be read at all. */
	private static final class Unreadable extends RuntimeException {

		final @Nullable String identifier;

		Unreadable(@Nullable String identifier, String reason) {
			super(reason);
			this.identifier = identifier;
		}

	}

	// Mapping one activity's elements to values.

	private IatiActivity activity(XmlNode activity, String version, @Nullable String fileLanguage) {
		XmlNode identifierNode = activity.child("iati-identifier");
		String identifier = (identifierNode != null) ? identifierNode.value() : null;
		if (identifier == null) {
			throw new Unreadable(null, "The activity has no iati-identifier");
		}
		String defaultLanguage = (activity.language() != null) ? activity.language() : (fileLanguage != null)
				? new XmlNode("", Map.of("lang", fileLanguage), "", List.of(), 0).language() : null;
		Activity reading = new Activity(identifier, defaultLanguage);
		try {
			return reading.map(activity, version);
		}
		catch (RuntimeException ex) {
			throw new Unreadable(identifier, "The activity could not be read: " + ex.getMessage());
		}
	}

	/** The mapping of one activity, collecting its warnings. */
	private final class Activity {

		final String identifier;

		final @Nullable String defaultLanguage;

		final List<String> warnings = new ArrayList<>();

		Activity(String identifier, @Nullable String defaultLanguage) {
			this.identifier = identifier;
			this.defaultLanguage = defaultLanguage;
		}

		IatiActivity map(XmlNode activity, String version) {
			Map<String, Text> descriptions = new LinkedHashMap<>();
			Map<String, List<XmlNode>> byType = new LinkedHashMap<>();
			for (XmlNode description : activity.all("description")) {
				String type = (description.attribute("type") != null) ? description.attribute("type") : "1";
				byType.computeIfAbsent(type, key -> new ArrayList<>()).add(description);
			}
			byType.forEach((type, nodes) -> {
				Text text = text(nodes);
				if (text != null) {
					descriptions.put(type, text);
				}
			});
			Map<String, LocalDate> dates = new LinkedHashMap<>();
			for (XmlNode date : activity.all("activity-date")) {
				String type = date.attribute("type");
				String code = (type == null) ? null : DATE_TYPES_1.getOrDefault(type.toLowerCase(Locale.ROOT), type);
				LocalDate value = date(date,
						(date.attribute("iso-date") != null) ? date.attribute("iso-date") : date.value());
				if (code != null && value != null) {
					dates.put(code, value);
				}
			}
			List<Participant> participants = new ArrayList<>();
			for (XmlNode org : activity.all("participating-org")) {
				String role = org.attribute("role");
				String code = (role == null) ? null : ROLES_1.getOrDefault(role.toLowerCase(Locale.ROOT), role);
				if (code == null || !code.matches("[1-4]")) {
					warn(org, "a participating organisation's role '" + role + "' is none of 1–4");
					continue;
				}
				participants.add(new Participant(code, organisation(org)));
			}
			List<Share> countries = new ArrayList<>();
			for (XmlNode country : activity.all("recipient-country")) {
				String code = country.attribute("code");
				if (code == null) {
					warn(country, "a recipient country has no code");
					continue;
				}
				countries.add(new Share(code.toUpperCase(Locale.ROOT), null, percentage(country)));
			}
			List<Share> regions = new ArrayList<>();
			for (XmlNode region : activity.all("recipient-region")) {
				String code = region.attribute("code");
				if (code == null) {
					warn(region, "a recipient region has no code");
					continue;
				}
				String vocabulary = (region.attribute("vocabulary") != null) ? region.attribute("vocabulary") : "1";
				regions.add(new Share(code, vocabulary.equalsIgnoreCase("DAC") ? "1" : vocabulary, percentage(region)));
			}
			String currency = activity.attribute("default-currency");
			List<Money> budgets = money(activity.all("budget"), currency);
			List<Money> planned = money(activity.all("planned-disbursement"), currency);
			List<Transaction> transactions = new ArrayList<>();
			for (XmlNode transaction : activity.all("transaction")) {
				Transaction read = transaction(transaction, currency);
				if (read != null) {
					transactions.add(read);
				}
			}
			List<Code> sectors = new ArrayList<>();
			for (XmlNode sector : activity.all("sector")) {
				String vocabulary = sector.attribute("vocabulary");
				if (vocabulary != null) {
					vocabulary = SECTOR_VOCABULARIES_1.getOrDefault(vocabulary.toUpperCase(Locale.ROOT), vocabulary);
				}
				Code code = code(sector, (vocabulary != null) ? vocabulary : "1");
				if (code != null) {
					sectors.add(code);
				}
			}
			List<PolicyMarker> markers = new ArrayList<>();
			for (XmlNode marker : activity.all("policy-marker")) {
				String code = marker.attribute("code");
				if (code == null) {
					warn(marker, "a policy marker has no code");
					continue;
				}
				String vocabulary = marker.attribute("vocabulary");
				markers
					.add(new PolicyMarker((vocabulary == null || vocabulary.equalsIgnoreCase("DAC")) ? "1" : vocabulary,
							code, marker.attribute("significance")));
			}
			List<Code> tags = new ArrayList<>();
			for (XmlNode tag : activity.all("tag")) {
				Code code = code(tag, tag.attribute("vocabulary"));
				if (code != null) {
					tags.add(code);
				}
			}
			List<Result> results = new ArrayList<>();
			for (XmlNode result : activity.all("result")) {
				results.add(result(result));
			}
			List<Document> documents = new ArrayList<>();
			for (XmlNode link : activity.all("document-link")) {
				String url = link.attribute("url");
				if (url == null) {
					warn(link, "a document link has no url");
					continue;
				}
				List<String> categories = link.all("category")
					.stream()
					.map(category -> category.attribute("code"))
					.filter(java.util.Objects::nonNull)
					.toList();
				documents.add(new Document(url, link.attribute("format"), text(link.all("title")), categories));
			}
			List<Contact> contacts = new ArrayList<>();
			for (XmlNode contact : activity.all("contact-info")) {
				contacts.add(new Contact(contact.attribute("type"), text(contact.all("organisation")),
						text(contact.all("person-name")), value(contact.child("email")),
						value(contact.child("telephone")), value(contact.child("website"))));
			}
			XmlNode reporting = activity.child("reporting-org");
			XmlNode status = activity.child("activity-status");
			return new IatiActivity(identifier, version, (reporting != null) ? organisation(reporting) : null,
					text(activity.all("title")), descriptions, (status != null) ? status.attribute("code") : null,
					dates, participants, countries, regions, currency, budgets, planned, transactions, sectors, markers,
					tags, results, documents, contacts, activity.attribute("last-updated-datetime"), warnings);
		}

		private void warn(XmlNode node, String what) {
			warnings.add("line " + node.line() + ": " + what);
		}

		/**
		 * The text of repeated elements in the language chosen: a 2.0x element's
		 * narratives, or a 1.0x element's own text, one element per language.
		 */
		@Nullable Text text(List<XmlNode> elements) {
			List<String[]> narratives = new ArrayList<>();
			for (XmlNode element : elements) {
				List<XmlNode> inner = element.all("narrative");
				if (inner.isEmpty()) {
					String value = element.value();
					if (value != null) {
						narratives.add(new String[] { value, language(element) });
					}
				}
				for (XmlNode narrative : inner) {
					String value = narrative.value();
					if (value != null) {
						narratives.add(new String[] { value, language(narrative) });
					}
				}
			}
			if (narratives.isEmpty()) {
				return null;
			}
			for (String[] narrative : narratives) {
				if (language.equals(narrative[1])) {
					return new Text(narrative[0], narrative[1], Text.Choice.ASKED);
				}
			}
			for (String[] narrative : narratives) {
				if ("en".equals(narrative[1])) {
					return new Text(narrative[0], narrative[1], Text.Choice.ENGLISH);
				}
			}
			return new Text(narratives.get(0)[0], narratives.get(0)[1], Text.Choice.FIRST);
		}

		private @Nullable String language(XmlNode node) {
			return (node.language() != null) ? node.language() : defaultLanguage;
		}

		private Organisation organisation(XmlNode org) {
			return new Organisation(org.attribute("ref"), org.attribute("type"), text(List.of(org)));
		}

		private @Nullable String value(@Nullable XmlNode node) {
			return (node != null) ? node.value() : null;
		}

		private @Nullable Code code(XmlNode node, @Nullable String vocabulary) {
			String code = node.attribute("code");
			if (code == null) {
				warn(node, "a " + node.name() + " has no code");
				return null;
			}
			return new Code(vocabulary, code, node.attribute("vocabulary-uri"), percentage(node), text(List.of(node)));
		}

		private List<Money> money(List<XmlNode> nodes, @Nullable String currency) {
			List<Money> all = new ArrayList<>();
			for (XmlNode node : nodes) {
				XmlNode value = node.child("value");
				BigDecimal amount = (value != null) ? amount(value, node.name()) : null;
				if (amount == null) {
					if (value == null) {
						warn(node, "a " + node.name() + " has no value");
					}
					continue;
				}
				all.add(new Money(node.attribute("type"), isoDate(node.child("period-start")),
						isoDate(node.child("period-end")), amount, currency(value, currency),
						date(value, value.attribute("value-date"))));
			}
			return all;
		}

		private @Nullable Transaction transaction(XmlNode transaction, @Nullable String currency) {
			XmlNode type = transaction.child("transaction-type");
			String code = (type != null) ? type.attribute("code") : null;
			if (code == null) {
				warn(transaction, "a transaction has no type");
				return null;
			}
			code = TRANSACTION_TYPES_1.getOrDefault(code.toUpperCase(Locale.ROOT), code);
			XmlNode value = transaction.child("value");
			BigDecimal amount = (value != null) ? amount(value, "transaction") : null;
			if (value == null || amount == null) {
				if (value == null) {
					warn(transaction, "a transaction has no value");
				}
				return null;
			}
			XmlNode provider = transaction.child("provider-org");
			XmlNode receiver = transaction.child("receiver-org");
			return new Transaction(code, isoDate(transaction.child("transaction-date")), amount,
					currency(value, currency), date(value, value.attribute("value-date")),
					(provider != null) ? organisation(provider) : null,
					(receiver != null) ? organisation(receiver) : null);
		}

		private Result result(XmlNode result) {
			List<Indicator> indicators = new ArrayList<>();
			for (XmlNode indicator : result.all("indicator")) {
				XmlNode baseline = indicator.child("baseline");
				List<String> targets = new ArrayList<>();
				List<String> actuals = new ArrayList<>();
				for (XmlNode period : indicator.all("period")) {
					XmlNode target = period.child("target");
					XmlNode actual = period.child("actual");
					if (target != null && target.attribute("value") != null) {
						targets.add(target.attribute("value"));
					}
					if (actual != null && actual.attribute("value") != null) {
						actuals.add(actual.attribute("value"));
					}
				}
				XmlNode target = indicator.child("target");
				if (target != null && target.attribute("value") != null) {
					targets.add(target.attribute("value"));
				}
				indicators.add(new Indicator(indicator.attribute("measure"), text(indicator.all("title")),
						(baseline != null) ? baseline.attribute("year") : null,
						(baseline != null) ? baseline.attribute("value") : null, targets, actuals));
			}
			return new Result(result.attribute("type"), text(result.all("title")), text(result.all("description")),
					indicators);
		}

		private @Nullable String currency(XmlNode value, @Nullable String fallback) {
			String currency = value.attribute("currency");
			return (currency != null) ? currency.toUpperCase(Locale.ROOT)
					: (fallback != null) ? fallback.toUpperCase(Locale.ROOT) : null;
		}

		private @Nullable BigDecimal amount(XmlNode value, String of) {
			String text = value.value();
			if (text == null) {
				warn(value, "a " + of + " value is empty");
				return null;
			}
			String plain = text.replace(" ", "").replace("\u00a0", "");
			if (plain.length() > 40 || !DECIMAL.matcher(plain).matches()) {
				warn(value, "a " + of + " value '" + abbreviated(text) + "' is not a number");
				return null;
			}
			return new BigDecimal(plain);
		}

		private @Nullable BigDecimal percentage(XmlNode node) {
			String text = node.attribute("percentage");
			if (text == null) {
				return null;
			}
			if (text.length() > 20 || !DECIMAL.matcher(text).matches()) {
				warn(node, "a percentage '" + abbreviated(text) + "' is not a number");
				return null;
			}
			return new BigDecimal(text);
		}

		private @Nullable LocalDate isoDate(@Nullable XmlNode node) {
			return (node != null) ? date(node, node.attribute("iso-date")) : null;
		}

		private @Nullable LocalDate date(XmlNode node, @Nullable String text) {
			if (text == null) {
				return null;
			}
			String day = (text.length() > 10 && text.charAt(10) == 'T') ? text.substring(0, 10) : text;
			try {
				return LocalDate.parse(day);
			}
			catch (DateTimeParseException ex) {
				warn(node, "a date '" + abbreviated(text) + "' is not a date");
				return null;
			}
		}

		private String abbreviated(String text) {
			return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
		}

	}

}
