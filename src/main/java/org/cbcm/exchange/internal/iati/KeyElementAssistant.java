package org.cbcm.exchange.internal.iati;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.cbcm.exchange.internal.iati.IatiActivity.Code;
import org.cbcm.exchange.internal.iati.IatiActivity.Text;
import org.cbcm.framework.ItemCode;
import org.jspecify.annotations.Nullable;

/**
 * Which key elements of the Action Plan an imported activity works on. IATI has no notion
 * of the Action Plan, so:
 * <ul>
 * <li>an activity published with cbcm's own vocabulary says it exactly: a sector of
 * vocabulary {@code 98} or {@code 99}, or a tag of vocabulary {@code 99}, whose
 * {@code vocabulary-uri} is cbcm's key element codelist (this instance's, or any address
 * ending in {@value #CODELIST_PATH}, as another cbcm instance exports it) and whose code
 * is a key element's, written in full as the plan writes it ({@code 12(b)},
 * {@code 12(a)(i)}); a lone letter ({@code b}) is not taken, as it names no
 * paragraph;</li>
 * <li>for any other activity the assistant proposes elements from the words of its title,
 * descriptions and sectors (the DAC name of a DAC sector, the text the publisher gives
 * any sector or tag), with the terms of {@link KeyElementTerms}: each proposal names the
 * terms found, and scores one per distinct term. At most {@value #MAX_PROPOSALS}
 * proposals, the best first (ties in the plan's order); an element with no term found is
 * not proposed. The person importing accepts or corrects them.</li>
 * </ul>
 * The same activity always gets the same answer.
 */
public final class KeyElementAssistant {

	/** How cbcm's key element codelist's address ends, on any cbcm instance. */
	public static final String CODELIST_PATH = "/codelists/ActionPlanKeyElement.xml";

	/** The most proposals made for one activity. */
	public static final int MAX_PROPOSALS = 5;

	private static final Set<String> OWN_SECTOR_VOCABULARIES = Set.of("98", "99");

	private final String codelistUri;

	private final IatiCodelists codelists;

	private final Set<ItemCode> elements;

	private final TermMatcher matcher;

	/** For each term of the matcher, the elements it suggests. */
	private final List<List<ItemCode>> suggests = new ArrayList<>();

	/**
	 * @param codelistUri the address of this instance's key element codelist, such as
	 * {@code https://cbcm.example.org/codelists/ActionPlanKeyElement.xml}
	 * @param terms the words of each key element
	 * @param codelists the IATI codelists, for the names of DAC sectors
	 */
	public KeyElementAssistant(String codelistUri, KeyElementTerms terms, IatiCodelists codelists) {
		this.codelistUri = codelistUri.strip();
		this.codelists = codelists;
		this.elements = terms.codes();
		Map<String, Integer> index = new LinkedHashMap<>();
		List<String> distinct = new ArrayList<>();
		for (Map.Entry<ItemCode, List<String>> entry : terms.terms().entrySet()) {
			for (String term : entry.getValue()) {
				Integer at = index.get(TermMatcher.normalised(term));
				if (at == null) {
					at = distinct.size();
					index.put(TermMatcher.normalised(term), at);
					distinct.add(term);
					suggests.add(new ArrayList<>());
				}
				suggests.get(at).add(entry.getKey());
			}
		}
		this.matcher = new TermMatcher(distinct);
	}

	/**
	 * A key element the activity names itself.
	 *
	 * @param code the element
	 * @param percentage the share the publisher gives it, if any
	 */
	public record ElementChoice(ItemCode code, @Nullable BigDecimal percentage) {
	}

	/**
	 * A key element proposed for the activity.
	 *
	 * @param code the element
	 * @param terms the element's terms found in the activity, each once, in the order
	 * found (title, descriptions by type, sectors, tags)
	 */
	public record Proposal(ItemCode code, List<String> terms) {

		public Proposal {
			terms = List.copyOf(terms);
		}

		/** The number of distinct terms found. */
		public int score() {
			return terms.size();
		}

	}

	/**
	 * What the assistant says of one activity.
	 *
	 * @param exact the elements the activity names with cbcm's vocabulary, each once
	 * @param proposed the elements proposed from its words, when it names none exactly
	 * @param unknown codes given under cbcm's vocabulary that are no key element
	 * ({@code 13(a)}, {@code b}), for the import report
	 */
	public record Classification(List<ElementChoice> exact, List<Proposal> proposed, List<String> unknown) {

		public Classification {
			exact = List.copyOf(exact);
			proposed = List.copyOf(proposed);
			unknown = List.copyOf(unknown);
		}

	}

	/** The activity's key elements: exact when it names them, else proposed. */
	public Classification classify(IatiActivity activity) {
		Map<ItemCode, ElementChoice> exact = new LinkedHashMap<>();
		Set<String> unknown = new LinkedHashSet<>();
		for (Code sector : activity.sectors()) {
			if (sector.vocabulary() != null && OWN_SECTOR_VOCABULARIES.contains(sector.vocabulary())) {
				own(sector, exact, unknown);
			}
		}
		for (Code tag : activity.tags()) {
			if ("99".equals(tag.vocabulary())) {
				own(tag, exact, unknown);
			}
		}
		if (!exact.isEmpty()) {
			return new Classification(new ArrayList<>(exact.values()), List.of(), new ArrayList<>(unknown));
		}
		return new Classification(List.of(), propose(activity), new ArrayList<>(unknown));
	}

	/** Whether the address is a cbcm key element codelist's. */
	public boolean ownVocabulary(@Nullable String uri) {
		if (uri == null) {
			return false;
		}
		String address = uri.strip();
		return address.equals(codelistUri) || address.endsWith(CODELIST_PATH);
	}

	private void own(Code code, Map<ItemCode, ElementChoice> exact, Set<String> unknown) {
		if (!ownVocabulary(code.vocabularyUri())) {
			return;
		}
		String written = code.code().strip().toLowerCase(Locale.ROOT);
		if (ItemCode.isValid(written) && elements.contains(ItemCode.of(written))) {
			ItemCode element = ItemCode.of(written);
			exact.putIfAbsent(element, new ElementChoice(element, code.percentage()));
		}
		else {
			unknown.add(code.code());
		}
	}

	private List<Proposal> propose(IatiActivity activity) {
		Map<ItemCode, Set<String>> found = new LinkedHashMap<>();
		for (String text : texts(activity)) {
			for (int term : matcher.find(text)) {
				for (ItemCode element : suggests.get(term)) {
					found.computeIfAbsent(element, key -> new LinkedHashSet<>()).add(matcher.terms().get(term));
				}
			}
		}
		return found.entrySet()
			.stream()
			.map(entry -> new Proposal(entry.getKey(), new ArrayList<>(entry.getValue())))
			.sorted(Comparator.comparingInt(Proposal::score).reversed().thenComparing(Proposal::code))
			.limit(MAX_PROPOSALS)
			.toList();
	}

	/**
	 * The activity's texts in a fixed order: title, descriptions by type, then each
	 * sector's DAC name and own text, then each tag's text (cbcm's own are read exactly,
	 * not here).
	 */
	private List<String> texts(IatiActivity activity) {
		List<String> texts = new ArrayList<>();
		add(texts, activity.title());
		for (Text description : new TreeMap<>(activity.descriptions()).values()) {
			add(texts, description);
		}
		for (Code sector : activity.sectors()) {
			String name = codelists.sectorName(sector.vocabulary(), sector.code());
			if (name != null) {
				texts.add(name);
			}
			add(texts, sector.text());
		}
		for (Code tag : activity.tags()) {
			add(texts, tag.text());
		}
		return texts;
	}

	private static void add(List<String> texts, @Nullable Text text) {
		if (text != null) {
			texts.add(text.value());
		}
	}

}
