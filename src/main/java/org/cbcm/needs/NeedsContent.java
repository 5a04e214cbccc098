package org.cbcm.needs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.cbcm.framework.ItemCode;
import org.cbcm.records.RecordContent;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Fields;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

/**
 * What a country's needs assessment says (seed ¶13(a)–(b)): when and how it was made, who
 * took part, its documents, and for each key element 12(a)–(o) and each sub-element of
 * 12(a) the current capacity, the priority, when and for how long action is needed, the
 * funding required and the share expected from national sources. Field names nest as
 * forms and the API name them: {@code elements[3].priority}.
 * <p>
 * {@link #check(Validation)} holds the rules the content can tell by itself; the rules
 * that need the Action Plan, today's date and the configured most "high" priorities are
 * in {@link #check(Validation, Frame)}, which the kind's rules call on every save.
 *
 * @param assessedOn the date of the assessment
 * @param method how it was made (a survey, a workshop, a stocktaking)
 * @param participants who took part
 * @param documents the assessment's documents, as links
 * @param elements one row per key element or sub-element rated
 */
public record NeedsContent(@Nullable LocalDate assessedOn, @Nullable String method, @Nullable String participants,
		List<Document> documents, List<Row> elements) implements RecordContent {

	/** The most documents an assessment links to. */
	public static final int MAX_DOCUMENTS = 10;

	/** The most element rows (15 key elements, a few sub-elements, with room). */
	public static final int MAX_ROWS = 40;

	public static final int MAX_TEXT = 4000;

	public static final int MAX_TITLE = 300;

	public static final int MAX_LINK = 1000;

	/** The default of {@code cbcm.needs.max-high-priorities}. */
	public static final int DEFAULT_MAX_HIGH = 5;

	static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static final int FIRST_YEAR = 1990;

	static final int LAST_YEAR = 2100;

	static final int MAX_DURATION = 50;

	static final Fields FIELDS = Fields.keyed("needs");

	public NeedsContent {
		method = Fields.blankToNull(method);
		participants = Fields.blankToNull(participants);
		// nulls are kept (a body may send them) so that check() reports them at their
		// index
		documents = (documents == null) ? List.of()
				: java.util.Collections.unmodifiableList(new ArrayList<>(documents));
		elements = (elements == null) ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(elements));
	}

	/**
	 * A document of the assessment.
	 *
	 * @param title its title
	 * @param url where to read it
	 */
	public record Document(@Nullable String title, @Nullable String url) {

		public Document {
			title = Fields.blankToNull(title);
			url = Fields.blankToNull(url);
		}

	}

	/**
	 * What the assessment says of one key element or sub-element.
	 *
	 * @param element the element's code, such as {@code 12(a)} or {@code 12(a)(ii)}, as
	 * typed (checked against the Action Plan)
	 * @param capacity the current capacity
	 * @param priority the priority; required for a key element, and for a sub-element
	 * whose row is filled
	 * @param startYear the year action should start
	 * @param durationYears for how many years
	 * @param shortTermRequirement the short-term funding requirement
	 * @param longTermRequirement the long-term funding requirement
	 * @param currency the ISO 4217 currency of the requirements
	 * @param nationalSharePercent the share expected from national sources, 0–100
	 * @param narrative what the country says of it
	 */
	@Schema(name = "NeedsRow")
	public record Row(@Nullable String element, @Nullable Capacity capacity, @Nullable Priority priority,
			@Nullable Integer startYear, @Nullable Integer durationYears, @Nullable BigDecimal shortTermRequirement,
			@Nullable BigDecimal longTermRequirement, @Nullable String currency,
			@Nullable BigDecimal nationalSharePercent, @Nullable String narrative) {

		public Row {
			element = Fields.blankToNull(element);
			currency = (currency == null || currency.isBlank()) ? null : currency.strip().toUpperCase(Locale.ROOT);
			narrative = Fields.blankToNull(narrative);
		}

		/** A row for an element with nothing said yet. */
		public static Row empty(String element) {
			return new Row(element, null, null, null, null, null, null, null, null, null);
		}

		/** The element's code, null when the text is not one. */
		public @Nullable ItemCode code() {
			return (element != null && ItemCode.isValid(element)) ? ItemCode.of(element) : null;
		}

		/** Whether anything beyond the element is said. */
		public boolean filled() {
			return capacity != null || priority != null || startYear != null || durationYears != null
					|| shortTermRequirement != null || longTermRequirement != null || currency != null
					|| nationalSharePercent != null || narrative != null;
		}

		/** Whether the row is for a key element (12(a)) rather than a sub-element. */
		boolean keyElement() {
			ItemCode code = code();
			return code != null && code.depth() == 1;
		}

	}

	/**
	 * What the rules beyond the content's own need: today, the most "high" priorities,
	 * and the current Action Plan's key elements and sub-elements of 12(a).
	 *
	 * @param today the date an assessment may not be after
	 * @param maxHigh the most elements that may have a high priority
	 * @param keyElements the key elements 12(a)–(o), each required
	 * @param subElements the sub-elements of 12(a), optional
	 */
	public record Frame(LocalDate today, int maxHigh, List<ItemCode> keyElements, List<ItemCode> subElements) {

		public Frame {
			keyElements = List.copyOf(keyElements);
			subElements = List.copyOf(subElements);
		}

	}

	/** An assessment with a row for each element, nothing said yet: a new form. */
	public static NeedsContent blank(@Nullable LocalDate assessedOn, List<ItemCode> elements) {
		return new NeedsContent(assessedOn, null, null, List.of(),
				elements.stream().map(code -> Row.empty(code.value())).toList());
	}

	@Override
	public void check(Validation validation) {
		if (assessedOn == null) {
			validation.reject("assessedOn", "needs.field.required");
		}
		FIELDS.limit(validation, "method", method, MAX_TEXT);
		FIELDS.limit(validation, "participants", participants, MAX_TEXT);
		if (documents.size() > MAX_DOCUMENTS) {
			validation.reject("documents", "needs.documents.too-many", MAX_DOCUMENTS, documents.size());
		}
		for (int i = 0; i < documents.size(); i++) {
			Document document = documents.get(i);
			if (document == null || (document.title() == null && document.url() == null)) {
				continue;
			}
			String field = "documents[" + i + "]";
			FIELDS.require(validation, field + ".title", document.title(), MAX_TITLE);
			FIELDS.link(validation, field + ".url", document.url(), MAX_LINK, true, "needs.url.invalid", true);
		}
		if (elements.size() > MAX_ROWS) {
			validation.reject("elements", "needs.elements.too-many", MAX_ROWS, elements.size());
			return;
		}
		Set<ItemCode> seen = new HashSet<>();
		for (int i = 0; i < elements.size(); i++) {
			Row row = elements.get(i);
			String field = "elements[" + i + "]";
			if (row == null) {
				validation.reject(field + ".element", "needs.field.required");
				continue;
			}
			checkRow(validation, field, row, seen);
		}
	}

	private static void checkRow(Validation validation, String field, Row row, Set<ItemCode> seen) {
		ItemCode code = row.code();
		if (row.element() == null) {
			validation.reject(field + ".element", "needs.field.required");
		}
		else if (code == null || code.paragraph() != 12 || code.depth() == 0
				|| (code.depth() == 2 && !code.value().startsWith("12(a)("))) {
			validation.reject(field + ".element", "needs.element.unknown", cut(row.element()));
		}
		else if (!seen.add(code)) {
			validation.reject(field + ".element", "needs.element.duplicate", code.value());
		}
		if (row.priority() == null && (row.keyElement() || (code != null && row.filled()))) {
			validation.reject(field + ".priority", "needs.priority.required");
		}
		if (row.startYear() != null && (row.startYear() < FIRST_YEAR || row.startYear() > LAST_YEAR)) {
			validation.reject(field + ".startYear", "needs.year.out-of-range", FIRST_YEAR, LAST_YEAR);
		}
		if (row.durationYears() != null && (row.durationYears() < 1 || row.durationYears() > MAX_DURATION)) {
			validation.reject(field + ".durationYears", "needs.duration.out-of-range", MAX_DURATION);
		}
		amount(validation, field + ".shortTermRequirement", row.shortTermRequirement());
		amount(validation, field + ".longTermRequirement", row.longTermRequirement());
		boolean money = row.shortTermRequirement() != null || row.longTermRequirement() != null;
		if (row.currency() != null && !knownCurrency(row.currency())) {
			validation.reject(field + ".currency", "needs.currency.unknown", cut(row.currency()));
		}
		else if (row.currency() == null && money) {
			validation.reject(field + ".currency", "needs.currency.missing");
		}
		BigDecimal share = row.nationalSharePercent();
		if (share != null && (share.signum() < 0 || share.compareTo(HUNDRED) > 0)) {
			validation.reject(field + ".nationalSharePercent", "needs.share.out-of-range");
		}
		FIELDS.limit(validation, field + ".narrative", row.narrative(), MAX_TEXT);
	}

	private static void amount(Validation validation, String field, @Nullable BigDecimal amount) {
		if (amount == null) {
			return;
		}
		if (amount.signum() < 0) {
			validation.reject(field, "needs.amount.negative");
		}
		else if (amount.compareTo(MAX_AMOUNT) >= 0) {
			validation.reject(field, "needs.amount.too-large");
		}
	}

	/**
	 * The rules that need the Action Plan, today and the configured limit: the date not
	 * in the future; every element one of the current plan's key elements or sub-elements
	 * of 12(a); every key element rated; at most {@code maxHigh} high priorities.
	 */
	public void check(Validation validation, Frame frame) {
		if (assessedOn != null && assessedOn.isAfter(frame.today())) {
			validation.reject("assessedOn", "needs.assessed-on.future", frame.today());
		}
		if (elements.size() > MAX_ROWS) {
			return;
		}
		Set<ItemCode> known = new HashSet<>(frame.keyElements());
		known.addAll(frame.subElements());
		Set<ItemCode> present = new HashSet<>();
		int high = 0;
		for (int i = 0; i < elements.size(); i++) {
			Row row = elements.get(i);
			if (row == null) {
				continue;
			}
			ItemCode code = row.code();
			if (code != null) {
				present.add(code);
				if (!known.contains(code) && code.paragraph() == 12 && code.depth() > 0
						&& (code.depth() == 1 || code.value().startsWith("12(a)("))) {
					// the form is one the content accepts, but the plan has no such
					// element
					validation.reject("elements[" + i + "].element", "needs.element.unknown", code.value());
				}
			}
			if (row.priority() == Priority.HIGH) {
				high++;
			}
		}
		List<String> missing = frame.keyElements()
			.stream()
			.filter(code -> !present.contains(code))
			.map(ItemCode::value)
			.toList();
		if (!missing.isEmpty()) {
			validation.reject("elements", "needs.element.missing", String.join(", ", missing));
		}
		if (high > frame.maxHigh()) {
			validation.reject("elements", "needs.priority.too-many-high", frame.maxHigh(), high);
		}
	}

	/**
	 * The elements the assessment rates, in the Action Plan's order: every row with an
	 * element and a priority (a published assessment has one for each key element).
	 */
	public List<ElementNeed> needs() {
		List<ElementNeed> needs = new ArrayList<>();
		for (Row row : elements) {
			if (row == null || row.code() == null || row.priority() == null) {
				continue;
			}
			needs.add(new ElementNeed(row.code(), row.capacity(), row.priority(), row.startYear(), row.durationYears(),
					row.shortTermRequirement(), row.longTermRequirement(), row.currency(), row.nationalSharePercent()));
		}
		needs.sort(Comparator.comparing(ElementNeed::element));
		return needs;
	}

	/** What the assessment says publicly, for other modules. */
	public NeedsFacts facts(NeedsAssessmentId id, CountryCode country) {
		return new NeedsFacts(id, country, java.util.Objects.requireNonNull(assessedOn), needs());
	}

	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		put(fields, "assessedOn", (assessedOn != null) ? assessedOn.toString() : null);
		put(fields, "method", method);
		put(fields, "participants", participants);
		for (int i = 0; i < documents.size(); i++) {
			Document document = documents.get(i);
			if (document != null) {
				put(fields, "documents[" + i + "].title", document.title());
				put(fields, "documents[" + i + "].url", document.url());
			}
		}
		for (int i = 0; i < elements.size(); i++) {
			Row row = elements.get(i);
			if (row == null) {
				continue;
			}
			String field = "elements[" + i + "]";
			put(fields, field + ".element", row.element());
			put(fields, field + ".capacity", (row.capacity() != null) ? row.capacity().name() : null);
			put(fields, field + ".priority", (row.priority() != null) ? row.priority().name() : null);
			put(fields, field + ".startYear", (row.startYear() != null) ? row.startYear().toString() : null);
			put(fields, field + ".durationYears",
					(row.durationYears() != null) ? row.durationYears().toString() : null);
			put(fields, field + ".shortTermRequirement", plain(row.shortTermRequirement()));
			put(fields, field + ".longTermRequirement", plain(row.longTermRequirement()));
			put(fields, field + ".currency", row.currency());
			put(fields, field + ".nationalSharePercent", plain(row.nationalSharePercent()));
			put(fields, field + ".narrative", row.narrative());
		}
		return fields;
	}

	/** Whether the code is an ISO 4217 currency (the JDK's list is the standard's). */
	public static boolean knownCurrency(String code) {
		try {
			return Currency.getInstance(code).getCurrencyCode().equals(code);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static @Nullable String plain(@Nullable BigDecimal amount) {
		return (amount != null) ? amount.stripTrailingZeros().toPlainString() : null;
	}

	private static String cut(String text) {
		return (text.length() > 50) ? text.substring(0, 50) : text;
	}

	private static void put(Map<String, String> fields, String field, @Nullable String value) {
		if (value != null) {
			fields.put(field, value);
		}
	}

}
