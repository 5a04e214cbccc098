package org.cbcm.exchange.internal.iati;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.cbcm.exchange.internal.iati.IatiActivity.Code;
import org.cbcm.exchange.internal.iati.IatiActivity.PolicyMarker;
import org.cbcm.exchange.internal.iati.IatiActivity.Text;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.TextInput;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Which activities of a publisher's file the import keeps: a publisher's file holds
 * everything it funds, and most of it is not biosafety. The person importing chooses one
 * rule and sees, for each activity kept, why:
 * <ul>
 * <li>{@link Kind#ALL}: every activity;</li>
 * <li>{@link Kind#POLICY_MARKER}: the activities that target the objectives of the
 * Convention on Biological Diversity, DAC policy marker {@code 5} (vocabulary {@code 1},
 * or none said) with a significance from {@code 1} to {@code 4}; significance {@code 0}
 * (not targeted) or none given is not kept;</li>
 * <li>{@link Kind#SECTOR}: the activities with a sector among the codes given, in any
 * vocabulary, the same code or, for a three-digit DAC category such as {@code 311}, a
 * five-digit DAC purpose code of that category ({@code 31192});</li>
 * <li>{@link Kind#KEYWORDS}: the activities whose title or a description holds one of the
 * words or phrases given, found as {@link TermMatcher} finds them (whole words, any case
 * and accents, the last word also in its plural).</li>
 * </ul>
 * A rule is read from the import form ({@link #parse}) or built directly; it holds no
 * state per activity, so one rule serves a whole file.
 */
public final class ActivitySelection {

	/** How many terms or codes a rule may hold. */
	public static final int MAX_TERMS = 100;

	/** How long one term or code may be. */
	public static final int MAX_TERM_LENGTH = 100;

	/** The form field that names the rule. */
	public static final String KIND_PARAMETER = "rule";

	/** The form field that holds the terms or codes. */
	public static final String TERMS_PARAMETER = "terms";

	/**
	 * The words the form proposes for {@link Kind#KEYWORDS}, in English, French and
	 * Spanish. They name the Protocol's subject, not the activities around it: "risk
	 * assessment" alone is left out, as it is as common in health, finance and disaster
	 * work as in biosafety; "biotechnology risk", "biosafety" and "modern biotechnology"
	 * carry the biotechnology context instead.
	 */
	public static final List<String> DEFAULT_KEYWORDS = List.of("biosafety", "bio-safety", "biosécurité",
			"bioseguridad", "GMO", "LMO", "OGM", "OVM", "living modified", "genetically modified",
			"genetically engineered", "génétiquement modifié", "génétiquement modifiés", "genéticamente modificado",
			"organismes vivants modifiés", "organismos vivos modificados", "transgenic", "transgénique", "transgénico",
			"Cartagena", "biotechnology risk", "biotechnology risks", "modern biotechnology", "biotechnologie moderne",
			"biotecnología moderna", "Biosafety Clearing-House", "BCH");

	private static final Pattern SEPARATORS = Pattern.compile("[,;\\r\\n]+");

	private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}()._/:-]+");

	private static final Pattern DAC_PURPOSE = Pattern.compile("\\d{5}");

	/** The kinds of rule. */
	public enum Kind {

		/** Every activity is kept. */
		ALL,
		/** Activities marked as targeting the Convention on Biological Diversity. */
		POLICY_MARKER,
		/** Activities in one of the sectors given. */
		SECTOR,
		/** Activities whose texts hold one of the words given. */
		KEYWORDS

	}

	/** Where in an activity words were found. */
	public enum Place {

		/** In its title. */
		TITLE,
		/** In one of its descriptions. */
		DESCRIPTION

	}

	/** Why an activity is kept. */
	public sealed interface Reason permits Everything, Marker, Sector, Words {

	}

	/** The rule keeps every activity. */
	public record Everything() implements Reason {
	}

	/**
	 * The activity carries the biodiversity policy marker.
	 *
	 * @param significance its significance, {@code 1} to {@code 4}
	 */
	public record Marker(String significance) implements Reason {
	}

	/**
	 * The activity has one of the sectors asked for.
	 *
	 * @param vocabulary the sector's vocabulary, as the activity gives it
	 * @param code the activity's sector code
	 * @param asked the code of the rule it answers (a DAC category for a purpose code of
	 * it)
	 */
	public record Sector(@Nullable String vocabulary, String code, String asked) implements Reason {
	}

	/**
	 * Terms of the rule found in one text of the activity.
	 *
	 * @param place the title or a description
	 * @param descriptionType the description's type code, when found in one
	 * @param terms the rule's terms found there, as the rule writes them, in the order
	 * first found
	 */
	public record Words(Place place, @Nullable String descriptionType, List<String> terms) implements Reason {

		public Words {
			terms = List.copyOf(terms);
		}

	}

	/**
	 * Whether an activity is kept and why.
	 *
	 * @param reasons every reason found; none when it is not kept
	 */
	public record Match(List<Reason> reasons) {

		public Match {
			reasons = List.copyOf(reasons);
		}

		public boolean kept() {
			return !reasons.isEmpty();
		}

	}

	private static final Match LEFT = new Match(List.of());

	private static final Match EVERYTHING = new Match(List.of(new Everything()));

	private final Kind kind;

	private final List<String> terms;

	private final TermMatcher words;

	/** The sector codes in upper case, with the code as given. */
	private final Map<String, String> codes = new LinkedHashMap<>();

	private ActivitySelection(Kind kind, List<String> terms) {
		this.kind = kind;
		this.terms = List.copyOf(terms);
		this.words = new TermMatcher((kind == Kind.KEYWORDS) ? this.terms : List.of());
		if (kind == Kind.SECTOR) {
			for (String term : this.terms) {
				this.codes.putIfAbsent(term.toUpperCase(Locale.ROOT), term);
			}
		}
	}

	/** Keeps every activity. */
	public static ActivitySelection all() {
		return new ActivitySelection(Kind.ALL, List.of());
	}

	/** Keeps the activities that target the Convention on Biological Diversity. */
	public static ActivitySelection policyMarker() {
		return new ActivitySelection(Kind.POLICY_MARKER, List.of());
	}

	/**
	 * Keeps the activities with one of these sectors.
	 * @throws InvalidRequestException when the codes are none, too many or not codes
	 */
	public static ActivitySelection sectors(Collection<String> codes) {
		return of(Kind.SECTOR, codes);
	}

	/**
	 * Keeps the activities whose texts hold one of these words or phrases.
	 * @throws InvalidRequestException when the terms are none, too many or too long
	 */
	public static ActivitySelection keywords(Collection<String> terms) {
		return of(Kind.KEYWORDS, terms);
	}

	/** Keeps the activities whose texts hold one of the {@link #DEFAULT_KEYWORDS}. */
	public static ActivitySelection defaultKeywords() {
		return keywords(DEFAULT_KEYWORDS);
	}

	/** The default keywords as the form shows them, one a line. */
	public static String defaultKeywordsText() {
		return String.join("\n", DEFAULT_KEYWORDS);
	}

	/**
	 * Reads a rule from the import form: its kind ({@code ALL}, {@code POLICY_MARKER},
	 * {@code SECTOR}, {@code KEYWORDS}, in any case, {@code -} for {@code _}) and, for
	 * sectors and keywords, the codes or terms separated by commas, semicolons or line
	 * breaks (blank ones and repeats are dropped). Terms given with another kind are
	 * ignored.
	 * @throws InvalidRequestException with every problem found: an unknown kind; a
	 * character no field takes; no term; more than {@value #MAX_TERMS} terms; a term
	 * longer than {@value #MAX_TERM_LENGTH} characters; a keyword with neither a word nor
	 * a sign; a sector code with a space or a sign no code has
	 */
	public static ActivitySelection parse(@Nullable String kind, @Nullable String terms) {
		Kind parsed = kind(kind);
		if (parsed == Kind.ALL || parsed == Kind.POLICY_MARKER) {
			return new ActivitySelection(parsed, List.of());
		}
		String text = (terms != null) ? terms : "";
		Validation validation = new Validation();
		if (TextInput.refused(text)) {
			validation.reject(TERMS_PARAMETER, "exchange.selection.terms.refused-character");
			validation.done();
		}
		if (text.length() > MAX_TERMS * (MAX_TERM_LENGTH + 2)) {
			validation.reject(TERMS_PARAMETER, "exchange.selection.terms.too-long", MAX_TERMS, MAX_TERM_LENGTH);
			validation.done();
		}
		return of(parsed, List.of(SEPARATORS.split(text)));
	}

	private static Kind kind(@Nullable String kind) {
		if (kind != null) {
			String name = kind.strip().replace('-', '_').toUpperCase(Locale.ROOT);
			for (Kind each : Kind.values()) {
				if (each.name().equals(name)) {
					return each;
				}
			}
		}
		throw new InvalidRequestException(KIND_PARAMETER, "exchange.selection.rule.unknown",
				(kind != null) ? kind : "");
	}

	private static ActivitySelection of(Kind kind, Collection<String> given) {
		Validation validation = new Validation();
		Map<String, String> distinct = new LinkedHashMap<>();
		for (String each : given) {
			String term = each.strip();
			if (term.isEmpty()) {
				continue;
			}
			if (TextInput.refused(term)) {
				validation.reject(TERMS_PARAMETER, "exchange.selection.terms.refused-character");
				continue;
			}
			if (term.length() > MAX_TERM_LENGTH) {
				validation.reject(TERMS_PARAMETER, "exchange.selection.term.too-long", term, MAX_TERM_LENGTH);
				continue;
			}
			if (kind == Kind.SECTOR && !CODE.matcher(term).matches()) {
				validation.reject(TERMS_PARAMETER, "exchange.selection.sector.invalid", term);
				continue;
			}
			if (kind == Kind.KEYWORDS && !TermMatcher.searchable(term)) {
				validation.reject(TERMS_PARAMETER, "exchange.selection.keyword.no-word", term);
				continue;
			}
			String key = (kind == Kind.SECTOR) ? term.toUpperCase(Locale.ROOT) : TermMatcher.normalised(term);
			distinct.putIfAbsent(key, term);
		}
		if (distinct.isEmpty() && !validation.failed()) {
			validation.reject(TERMS_PARAMETER,
					(kind == Kind.SECTOR) ? "exchange.selection.sector.none" : "exchange.selection.keyword.none");
		}
		if (distinct.size() > MAX_TERMS) {
			validation.reject(TERMS_PARAMETER, "exchange.selection.terms.too-many", distinct.size(), MAX_TERMS);
		}
		validation.done();
		return new ActivitySelection(kind, new ArrayList<>(distinct.values()));
	}

	public Kind kind() {
		return kind;
	}

	/** The codes or terms of the rule, as given, without repeats. */
	public List<String> terms() {
		return terms;
	}

	/** Whether the activity is kept, and why. */
	public Match matches(IatiActivity activity) {
		switch (kind) {
			case ALL:
				return EVERYTHING;
			case POLICY_MARKER:
				return marker(activity);
			case SECTOR:
				return sector(activity);
			default:
				return words(activity);
		}
	}

	private static Match marker(IatiActivity activity) {
		for (PolicyMarker marker : activity.policyMarkers()) {
			boolean dac = marker.vocabulary() == null || "1".equals(marker.vocabulary());
			String significance = marker.significance();
			if (dac && "5".equals(marker.code()) && significance != null && significance.length() == 1
					&& significance.charAt(0) >= '1' && significance.charAt(0) <= '4') {
				return new Match(List.of(new Marker(significance)));
			}
		}
		return LEFT;
	}

	private Match sector(IatiActivity activity) {
		List<Reason> reasons = new ArrayList<>();
		for (Code sector : activity.sectors()) {
			String code = sector.code().strip().toUpperCase(Locale.ROOT);
			String asked = codes.get(code);
			if (asked == null && ("1".equals(sector.vocabulary()) || sector.vocabulary() == null)
					&& DAC_PURPOSE.matcher(code).matches()) {
				asked = codes.get(code.substring(0, 3));
			}
			if (asked != null) {
				reasons.add(new Sector(sector.vocabulary(), sector.code(), asked));
			}
		}
		return reasons.isEmpty() ? LEFT : new Match(reasons);
	}

	private Match words(IatiActivity activity) {
		List<Reason> reasons = new ArrayList<>();
		Text title = activity.title();
		if (title != null) {
			found(title.value(), Place.TITLE, null, reasons);
		}
		for (Map.Entry<String, Text> description : new TreeMap<>(activity.descriptions()).entrySet()) {
			found(description.getValue().value(), Place.DESCRIPTION, description.getKey(), reasons);
		}
		return reasons.isEmpty() ? LEFT : new Match(reasons);
	}

	private void found(String text, Place place, @Nullable String type, List<Reason> reasons) {
		List<Integer> found = words.find(text);
		if (!found.isEmpty()) {
			reasons.add(new Words(place, type, found.stream().map(terms::get).toList()));
		}
	}

}
