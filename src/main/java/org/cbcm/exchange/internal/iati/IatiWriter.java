package org.cbcm.exchange.internal.iati;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.cbcm.directory.Country;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationType;
import org.cbcm.directory.ProfileContact;
import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ItemCode;
import org.cbcm.initiatives.GeographicScope;
import org.cbcm.initiatives.ImplementationStatus;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeContent.DocumentLink;
import org.cbcm.initiatives.InitiativeContent.Evaluation;
import org.cbcm.initiatives.InitiativeContent.Indicator;
import org.cbcm.initiatives.InitiativeContent.Participant;
import org.cbcm.initiatives.InitiativeContent.Schedule;
import org.cbcm.initiatives.InitiativeContent.YearFunding;
import org.cbcm.initiatives.InitiativeImports;
import org.cbcm.initiatives.InitiativeImports.ExternalId;
import org.cbcm.initiatives.PublishedContents.Published;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * Writes published initiatives as an IATI 2.03 activity file, one {@code iati-activity}
 * at a time as they come, straight to the stream: an export of the whole registry is
 * never held. Every element follows the order of the 2.03 schema's sequence, and what the
 * schema would refuse is left out rather than made up: a budget without both dates, a
 * result period without its dates. An initiative whose record gives no date at all is
 * left out whole (IATI requires an {@code activity-date}, and cbcm does not invent one);
 * the file ends with a comment that says how many were.
 * <p>
 * Key elements and sub-elements of the Action Plan go out as sectors of vocabulary 99
 * (reporting organisation's own), whose {@code vocabulary-uri} is cbcm's published
 * codelist of them, each with its share of the initiative so that the vocabulary's
 * percentages total 100. docs/iati-import.md has the table of cbcm's fields and their
 * IATI elements.
 */
public final class IatiWriter {

	/** The IATI version written. */
	public static final String VERSION = "2.03";

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * Who reports when neither an import nor the owner names an IATI organisation: cbcm's
	 * own publisher identity.
	 *
	 * @param ref its IATI organisation identifier
	 * @param type its IATI OrganisationType code
	 * @param name its name
	 */
	public record Publisher(String ref, String type, String name) {
	}

	/**
	 * What the writer needs besides the initiatives: the chunk's organisations and the
	 * countries, named once per chunk.
	 *
	 * @param organisations the organisations the chunk's initiatives name
	 * @param countries every country, by its code
	 */
	public record Names(Map<OrganisationId, Organisation> organisations, Map<CountryCode, Country> countries) {
	}

	/**
	 * An initiative to write, with its identity at its publisher and the publisher's
	 * classifications (sectors, tags, policy markers) when it was imported.
	 */
	public record Source(Published published, @Nullable ExternalId external,
			List<InitiativeImports.Classification> classifications) {

		public Source {
			classifications = List.copyOf(classifications);
		}

		/**
		 * One that was not imported, or whose publisher classifies it by nothing more.
		 */
		public Source(Published published, @Nullable ExternalId external) {
			this(published, external, List.of());
		}

	}

	private final XMLStreamWriter xml;

	private final Publisher publisher;

	private final String keyElementsUri;

	private final String pages;

	private final Function<String, String> texts;

	private final Map<ItemCode, String> elementNames;

	private int written;

	private int leftOut;

	/**
	 * @param out where the file goes, UTF-8
	 * @param publisher cbcm's own publisher identity
	 * @param keyElementsUri the address of cbcm's codelist of key elements
	 * @param pages the address of the initiatives' pages, ending with a slash
	 * @param texts the English text of a message key (labels the file writes)
	 * @param elementNames the current Action Plan's key elements and sub-elements by
	 * code, with their labels
	 */
	public IatiWriter(OutputStream out, Publisher publisher, String keyElementsUri, String pages,
			Function<String, String> texts, Map<ItemCode, String> elementNames) {
		try {
			this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("No XML writer", ex);
		}
		this.publisher = publisher;
		this.keyElementsUri = keyElementsUri;
		this.pages = pages;
		this.texts = texts;
		this.elementNames = Map.copyOf(elementNames);
	}

	/** Whether an initiative can go out: IATI needs at least one of its dates. */
	public static boolean exportable(InitiativeContent content) {
		Schedule schedule = content.schedule();
		return schedule.plannedStart() != null || schedule.actualStart() != null || schedule.plannedEnd() != null
				|| schedule.actualEnd() != null;
	}

	/** Opens the file: the declaration and {@code iati-activities}. */
	public void start(Instant generated) throws XMLStreamException {
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeCharacters("\n");
		xml.writeStartElement("iati-activities");
		xml.writeAttribute("version", VERSION);
		xml.writeAttribute("generated-datetime", generated.truncatedTo(ChronoUnit.SECONDS).toString());
	}

	/**
	 * Writes an initiative as an activity, or leaves it out when it has no date.
	 * @return whether it was written
	 */
	public boolean write(Source source, Names names) throws XMLStreamException {
		InitiativeContent content = source.published().content();
		if (!exportable(content)) {
			leftOut++;
			return false;
		}
		Reporter reporter = reporter(source, names);
		xml.writeCharacters("\n");
		xml.writeStartElement("iati-activity");
		xml.writeAttribute("last-updated-datetime",
				source.published().publishedAt().truncatedTo(ChronoUnit.SECONDS).toString());
		xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
		if (content.funding().currency() != null) {
			xml.writeAttribute("default-currency", content.funding().currency());
		}
		text("iati-identifier", identifier(source, reporter));
		reportingOrg(reporter);
		narrated("title", null, content.title());
		descriptions(content);
		participants(content, names, reporter);
		if (content.projectNumber() != null) {
			xml.writeEmptyElement("other-identifier");
			xml.writeAttribute("ref", clean(content.projectNumber()));
			xml.writeAttribute("type", "A9");
		}
		empty("activity-status", "code", status(content));
		dates(content.schedule());
		for (ProfileContact contact : content.contacts()) {
			contact(contact);
		}
		String scope = scope(content.geography().scope());
		if (scope != null) {
			empty("activity-scope", "code", scope);
		}
		countries(content, names);
		for (RegionCode region : content.geography().regions()) {
			xml.writeEmptyElement("recipient-region");
			xml.writeAttribute("code", region.value());
			xml.writeAttribute("vocabulary", "2");
		}
		sectors(content);
		kept(source.classifications());
		String finance = financeType(content);
		if (finance != null) {
			empty("default-finance-type", "code", finance);
		}
		budget(content);
		transactions(content);
		documents(source);
		results(content);
		xml.writeEndElement();
		written++;
		return true;
	}

	/** Counts initiatives left out for want of a date, for the closing comment. */
	public void leaveOut(int count) {
		leftOut += count;
	}

	/** Closes the file, saying how many initiatives were left out and why. */
	public void finish() throws XMLStreamException {
		xml.writeCharacters("\n");
		xml.writeEndElement();
		if (leftOut > 0) {
			xml.writeComment(" %d published initiative(s) left out: their records give no date, and IATI requires one "
				.formatted(leftOut));
		}
		xml.writeEndDocument();
		xml.flush();
		xml.close();
	}

	/** How many activities were written. */
	public int written() {
		return written;
	}

	/** How many initiatives were left out for want of a date. */
	public int leftOut() {
		return leftOut;
	}

	/** Who reports an activity: its ref, type code and name. */
	record Reporter(String ref, String type, String name) {
	}

	/**
	 * The publisher an import names; else the owning organisation when it has an IATI
	 * identifier; else cbcm itself.
	 */
	private Reporter reporter(Source source, Names names) {
		Organisation owner = (source.published().owner().organisation() != null)
				? names.organisations().get(source.published().owner().organisation()) : null;
		if (source.external() != null) {
			String ref = source.external().publisher();
			Organisation known = (owner != null && ref.equals(owner.iatiIdentifier())) ? owner : null;
			if (known == null) {
				known = names.organisations()
					.values()
					.stream()
					.filter(organisation -> ref.equals(organisation.iatiIdentifier()))
					.findFirst()
					.orElse(null);
			}
			return (known != null) ? new Reporter(ref, orElse(organisationType(known.type()), "90"), known.name())
					: new Reporter(ref, "90", ref);
		}
		if (owner != null && owner.iatiIdentifier() != null) {
			return new Reporter(owner.iatiIdentifier(), orElse(organisationType(owner.type()), "90"), owner.name());
		}
		return new Reporter(publisher.ref(), publisher.type(), publisher.name());
	}

	private static String identifier(Source source, Reporter reporter) {
		return (source.external() != null) ? source.external().identifier()
				: reporter.ref() + "-" + source.published().id();
	}

	private void reportingOrg(Reporter reporter) throws XMLStreamException {
		xml.writeStartElement("reporting-org");
		xml.writeAttribute("ref", clean(reporter.ref()));
		xml.writeAttribute("type", reporter.type());
		narrative(reporter.name());
		xml.writeEndElement();
	}

	/**
	 * Type 1 the description (the title when the record has none, since IATI requires
	 * one), 2 the objectives, 3 the target groups, 4 what it produced and learnt.
	 */
	private void descriptions(InitiativeContent content) throws XMLStreamException {
		narrated("description", "1", (content.description() != null) ? content.description() : content.title());
		if (content.objectives() != null) {
			narrated("description", "2", content.objectives());
		}
		if (!content.focus().targetGroups().isEmpty()) {
			narrated("description", "3",
					String.join(", ",
							content.focus()
								.targetGroups()
								.stream()
								.map(group -> texts.apply("initiative.target." + group))
								.toList()));
		}
		var results = content.results();
		List<String> parts = new ArrayList<>();
		labelled(parts, "initiative.label.outputs", results.outputs());
		labelled(parts, "initiative.label.outcomes", results.outcomes());
		labelled(parts, "initiative.label.achievements", results.achievements());
		labelled(parts, "initiative.label.lessons", results.lessons());
		if (!parts.isEmpty()) {
			narrated("description", "4", String.join("\n\n", parts));
		}
	}

	private void labelled(List<String> parts, String key, @Nullable String text) {
		if (text != null) {
			parts.add(texts.apply(key) + ": " + text);
		}
	}

	/**
	 * Each organisation in its IATI role; the reporter as accountable (2) when the record
	 * names none, since IATI requires one.
	 */
	private void participants(InitiativeContent content, Names names, Reporter reporter) throws XMLStreamException {
		int count = 0;
		for (Participant participant : content.participants()) {
			Organisation organisation = names.organisations().get(participant.organisation());
			if (organisation == null) {
				continue;
			}
			xml.writeStartElement("participating-org");
			if (organisation.iatiIdentifier() != null) {
				xml.writeAttribute("ref", clean(organisation.iatiIdentifier()));
			}
			String type = organisationType(organisation.type());
			if (type != null) {
				xml.writeAttribute("type", type);
			}
			xml.writeAttribute("role", String.valueOf(participant.role().iatiRole()));
			narrative(organisation.name());
			xml.writeEndElement();
			count++;
		}
		if (count == 0) {
			xml.writeStartElement("participating-org");
			xml.writeAttribute("ref", clean(reporter.ref()));
			xml.writeAttribute("type", reporter.type());
			xml.writeAttribute("role", "2");
			narrative(reporter.name());
			xml.writeEndElement();
		}
	}

	/**
	 * IATI ActivityStatus: 1 pipeline (proposed, approved), 2 implementation, 4 closed, 5
	 * cancelled, 6 suspended; when the record says none, from its actual dates.
	 */
	static String status(InitiativeContent content) {
		ImplementationStatus status = content.implementation();
		if (status == null) {
			Schedule schedule = content.schedule();
			return (schedule.actualEnd() != null) ? "4" : (schedule.actualStart() != null) ? "2" : "1";
		}
		return switch (status) {
			case PROPOSED, APPROVED -> "1";
			case ONGOING -> "2";
			case COMPLETED -> "4";
			case CANCELLED -> "5";
			case SUSPENDED -> "6";
		};
	}

	private void dates(Schedule schedule) throws XMLStreamException {
		date("1", schedule.plannedStart());
		date("2", schedule.actualStart());
		date("3", schedule.plannedEnd());
		date("4", schedule.actualEnd());
	}

	private void date(String type, @Nullable LocalDate date) throws XMLStreamException {
		if (date != null) {
			xml.writeEmptyElement("activity-date");
			xml.writeAttribute("type", type);
			xml.writeAttribute("iso-date", date.toString());
		}
	}

	private void contact(ProfileContact contact) throws XMLStreamException {
		xml.writeStartElement("contact-info");
		xml.writeAttribute("type", "1");
		if (contact.institution() != null) {
			narrated("organisation", null, contact.institution());
		}
		narrated("person-name", null, contact.name());
		if (contact.phone() != null) {
			text("telephone", contact.phone());
		}
		if (contact.email() != null) {
			text("email", contact.email());
		}
		xml.writeEndElement();
	}

	/**
	 * IATI ActivityScope where cbcm's scope says it: global 1, regional and sub-regional
	 * 2, national 4; a sub-national one does not say which level of the country, so it
	 * goes without.
	 */
	static @Nullable String scope(@Nullable GeographicScope scope) {
		if (scope == null) {
			return null;
		}
		return switch (scope) {
			case GLOBAL -> "1";
			case REGIONAL, SUB_REGIONAL -> "2";
			case NATIONAL -> "4";
			case SUB_NATIONAL -> null;
		};
	}

	private void countries(InitiativeContent content, Names names) throws XMLStreamException {
		Map<CountryCode, BigDecimal> shares = whole(content.geography().shares());
		for (Map.Entry<CountryCode, BigDecimal> share : shares.entrySet()) {
			Country country = names.countries().get(share.getKey());
			if (country == null) {
				continue;
			}
			xml.writeStartElement("recipient-country");
			xml.writeAttribute("code", country.iso2());
			xml.writeAttribute("percentage", percentage(share.getValue()));
			narrative(country.officialNameEn());
			xml.writeEndElement();
		}
	}

	private void sectors(InitiativeContent content) throws XMLStreamException {
		Map<ItemCode, BigDecimal> shares = whole(content.focus().shares());
		for (Map.Entry<ItemCode, BigDecimal> share : shares.entrySet()) {
			xml.writeStartElement("sector");
			xml.writeAttribute("vocabulary", "99");
			xml.writeAttribute("vocabulary-uri", keyElementsUri);
			xml.writeAttribute("code", share.getKey().value());
			xml.writeAttribute("percentage", percentage(share.getValue()));
			String name = elementNames.get(share.getKey());
			if (name != null) {
				narrative(name);
			}
			xml.writeEndElement();
		}
	}

	/**
	 * The sectors, tags and policy markers the publisher gave when the initiative was
	 * imported, as it gave them (in the schema's order: sectors, tags, policy markers).
	 */
	private void kept(List<InitiativeImports.Classification> classifications) throws XMLStreamException {
		for (InitiativeImports.Classification.Kind kind : List.of(InitiativeImports.Classification.Kind.SECTOR,
				InitiativeImports.Classification.Kind.TAG, InitiativeImports.Classification.Kind.POLICY_MARKER)) {
			for (InitiativeImports.Classification code : classifications) {
				// A publisher's own sector vocabularies (98, 99) would mix with cbcm's
				// key
				// elements, whose percentages total 100 under vocabulary 99.
				if (code.kind() != kind || code.vocabulary() == null
						|| (kind == InitiativeImports.Classification.Kind.SECTOR
								&& List.of("98", "99").contains(code.vocabulary()))) {
					continue;
				}
				switch (kind) {
					case SECTOR -> {
						xml.writeStartElement("sector");
						xml.writeAttribute("vocabulary", code.vocabulary());
						xml.writeAttribute("code", code.code());
						if (code.value() != null && code.value().matches("\\d{1,3}(\\.\\d{1,4})?")) {
							xml.writeAttribute("percentage", code.value());
						}
					}
					case TAG -> {
						xml.writeStartElement("tag");
						xml.writeAttribute("vocabulary", code.vocabulary());
						xml.writeAttribute("code", code.code());
					}
					case POLICY_MARKER -> {
						xml.writeStartElement("policy-marker");
						xml.writeAttribute("vocabulary", code.vocabulary());
						xml.writeAttribute("code", code.code());
						if (code.value() != null && code.value().matches("\\d{1,2}")) {
							xml.writeAttribute("significance", code.value());
						}
					}
				}
				if (code.name() != null) {
					narrative(code.name());
				}
				xml.writeEndElement();
			}
		}
	}

	/**
	 * The shares as {@code shares()} splits them, with what rounding the even split left
	 * over given to the last one split, so that they total exactly 100 as IATI asks of a
	 * vocabulary's percentages.
	 */
	static <K> Map<K, BigDecimal> whole(Map<K, BigDecimal> shares) {
		Map<K, BigDecimal> whole = new LinkedHashMap<>(shares);
		BigDecimal total = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal rest = HUNDRED.subtract(total);
		if (!shares.isEmpty() && rest.signum() != 0 && rest.abs().compareTo(BigDecimal.ONE) < 0) {
			K last = null;
			for (K key : shares.keySet()) {
				last = key;
			}
			whole.put(last, whole.get(last).add(rest));
		}
		return whole;
	}

	private static String percentage(BigDecimal value) {
		return value.setScale(Math.max(0, Math.min(4, value.stripTrailingZeros().scale())), RoundingMode.HALF_EVEN)
			.toPlainString();
	}

	/** IATI FinanceType: a grant is 110 (standard grant), a loan 421 (standard loan). */
	static @Nullable String financeType(InitiativeContent content) {
		if (content.funding().type() == null) {
			return null;
		}
		return switch (content.funding().type()) {
			case GRANT -> "110";
			case LOAN -> "421";
			case IN_KIND, MIXED -> null;
		};
	}

	/**
	 * The total budget, over the whole schedule: only when both ends are known, since
	 * IATI requires the period.
	 */
	private void budget(InitiativeContent content) throws XMLStreamException {
		var funding = content.funding();
		LocalDate start = content.schedule().start();
		LocalDate end = content.schedule().end();
		if (funding.totalBudget() == null || funding.currency() == null || start == null || end == null) {
			return;
		}
		xml.writeStartElement("budget");
		xml.writeAttribute("type", "1");
		xml.writeAttribute("status", "1");
		empty("period-start", "iso-date", start.toString());
		empty("period-end", "iso-date", end.toString());
		value(funding.totalBudget(), funding.currency(), start);
		xml.writeEndElement();
	}

	/**
	 * Each year's commitment (type 2) and disbursement (type 3), dated at the year's end,
	 * or at the initiative's end when it ends within the year.
	 */
	private void transactions(InitiativeContent content) throws XMLStreamException {
		String currency = content.funding().currency();
		if (currency == null) {
			return;
		}
		LocalDate end = content.schedule().end();
		for (YearFunding year : content.funding().years()) {
			LocalDate date = (end != null && end.getYear() == year.year()) ? end : LocalDate.of(year.year(), 12, 31);
			transaction("2", date, year.committed(), currency);
			transaction("3", date, year.disbursed(), currency);
		}
	}

	private void transaction(String type, LocalDate date, @Nullable BigDecimal amount, String currency)
			throws XMLStreamException {
		if (amount == null) {
			return;
		}
		xml.writeStartElement("transaction");
		empty("transaction-type", "code", type);
		empty("transaction-date", "iso-date", date.toString());
		value(amount, currency, date);
		xml.writeEndElement();
	}

	private void value(BigDecimal amount, String currency, LocalDate date) throws XMLStreamException {
		xml.writeStartElement("value");
		xml.writeAttribute("currency", currency);
		xml.writeAttribute("value-date", date.toString());
		xml.writeCharacters(amount.stripTrailingZeros().toPlainString());
		xml.writeEndElement();
	}

	/**
	 * The documents about it (category A08, results), its evaluations with an address
	 * (A07, review and evaluation) and its page in cbcm (A12, activity web page).
	 */
	private void documents(Source source) throws XMLStreamException {
		InitiativeContent content = source.published().content();
		for (DocumentLink document : content.results().documents()) {
			document(document.url(), document.title(), "A08", null);
		}
		for (Evaluation evaluation : content.evaluations()) {
			if (evaluation.url() != null) {
				document(evaluation.url(), texts.apply("exchange.iati.evaluation") + ": " + evaluation.evaluator(),
						"A07", evaluation.date());
			}
		}
		document(pages + source.published().id(), texts.apply("exchange.iati.page"), "A12", null);
	}

	private void document(String url, String title, String category, @Nullable LocalDate date)
			throws XMLStreamException {
		xml.writeStartElement("document-link");
		xml.writeAttribute("url", clean(url));
		xml.writeAttribute("format", format(url));
		narrated("title", null, title);
		empty("category", "code", category);
		if (date != null) {
			empty("document-date", "iso-date", date.toString());
		}
		xml.writeEndElement();
	}

	/** The IANA media type a document's address suggests; a web page when none. */
	static String format(String url) {
		String path = url.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
		Map<String, String> types = Map.of(".pdf", "application/pdf", ".doc", "application/msword", ".docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".xls",
				"application/vnd.ms-excel", ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".ppt",
				"application/vnd.ms-powerpoint", ".pptx",
				"application/vnd.openxmlformats-officedocument.presentationml.presentation", ".csv", "text/csv", ".txt",
				"text/plain", ".zip", "application/zip");
		for (Map.Entry<String, String> type : types.entrySet()) {
			if (path.endsWith(type.getKey())) {
				return type.getValue();
			}
		}
		return "text/html";
	}

	/**
	 * The indicators as one result (type 9, other: cbcm does not say whether they measure
	 * outputs or outcomes), each with its baseline and a period holding its target and
	 * actual value. What a date is missing for is left out.
	 */
	private void results(InitiativeContent content) throws XMLStreamException {
		List<Indicator> indicators = content.results().indicators();
		if (indicators.isEmpty()) {
			return;
		}
		xml.writeStartElement("result");
		xml.writeAttribute("type", "9");
		narrated("title", null, texts.apply("initiative.label.indicators"));
		Schedule schedule = content.schedule();
		for (Indicator indicator : indicators) {
			xml.writeStartElement("indicator");
			xml.writeAttribute("measure", percent(indicator.unit()) ? "2" : "1");
			narrated("title", null, indicator.name());
			if (indicator.unit() != null) {
				narrated("description", null, texts.apply("initiative.label.unit") + ": " + indicator.unit());
			}
			LocalDate baselineDate = (indicator.baselineDate() != null) ? indicator.baselineDate() : schedule.start();
			if (indicator.baseline() != null && baselineDate != null) {
				xml.writeEmptyElement("baseline");
				xml.writeAttribute("year", String.valueOf(baselineDate.getYear()));
				if (indicator.baselineDate() != null) {
					xml.writeAttribute("iso-date", indicator.baselineDate().toString());
				}
				xml.writeAttribute("value", number(indicator.baseline()));
			}
			period(indicator, baselineDate, schedule);
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private void period(Indicator indicator, @Nullable LocalDate baselineDate, Schedule schedule)
			throws XMLStreamException {
		if (indicator.target() == null && indicator.actual() == null) {
			return;
		}
		LocalDate end = latest(indicator.target() != null ? indicator.targetDate() : null,
				indicator.actual() != null ? indicator.actualDate() : null);
		if (end == null) {
			end = schedule.end();
		}
		LocalDate start = baselineDate;
		if (start == null || end == null) {
			return;
		}
		if (end.isBefore(start)) {
			LocalDate earlier = end;
			end = start;
			start = earlier;
		}
		xml.writeStartElement("period");
		empty("period-start", "iso-date", start.toString());
		empty("period-end", "iso-date", end.toString());
		if (indicator.target() != null) {
			empty("target", "value", number(indicator.target()));
		}
		if (indicator.actual() != null) {
			empty("actual", "value", number(indicator.actual()));
		}
		xml.writeEndElement();
	}

	private static @Nullable LocalDate latest(@Nullable LocalDate one, @Nullable LocalDate other) {
		if (one == null) {
			return other;
		}
		return (other == null || one.isAfter(other)) ? one : other;
	}

	private static boolean percent(@Nullable String unit) {
		return unit != null
				&& (unit.strip().equals("%") || unit.strip().toLowerCase(Locale.ROOT).startsWith("percent"));
	}

	private static String number(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	/**
	 * IATI OrganisationType where cbcm's type says it: 10 government (and bilateral
	 * agencies), 40 multilateral (UN bodies, funds, regional intergovernmental bodies),
	 * 70 private sector, 80 academic; an NGO does not say whether it is international,
	 * national or regional, so it goes without.
	 */
	static @Nullable String organisationType(OrganisationType type) {
		return switch (type) {
			case GOVERNMENT, BILATERAL_AGENCY -> "10";
			case UN_BODY, MULTILATERAL_FUND, REGIONAL_BODY -> "40";
			case PRIVATE_SECTOR -> "70";
			case ACADEMIC -> "80";
			case NGO -> null;
		};
	}

	private static String orElse(@Nullable String value, String otherwise) {
		return (value != null) ? value : otherwise;
	}

	private void narrated(String element, @Nullable String type, String text) throws XMLStreamException {
		xml.writeStartElement(element);
		if (type != null) {
			xml.writeAttribute("type", type);
		}
		narrative(text);
		xml.writeEndElement();
	}

	private void narrative(String text) throws XMLStreamException {
		text("narrative", text);
	}

	private void text(String element, String text) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(clean(text));
		xml.writeEndElement();
	}

	private void empty(String element, String attribute, String value) throws XMLStreamException {
		xml.writeEmptyElement(element);
		xml.writeAttribute(attribute, value);
	}

	/**
	 * The text without the characters XML 1.0 cannot hold: control characters, and
	 * surrogates that are not a pair.
	 */
	static String clean(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		for (int index = 0; index < text.length(); index++) {
			char c = text.charAt(index);
			if (Character.isHighSurrogate(c) && index + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(index + 1))) {
				clean.append(c).append(text.charAt(++index));
			}
			else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD)) {
				clean.append(c);
			}
		}
		return (clean.length() == text.length()) ? text : clean.toString();
	}

}
