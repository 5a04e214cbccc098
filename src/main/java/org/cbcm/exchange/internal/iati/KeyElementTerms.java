package org.cbcm.exchange.internal.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cbcm.framework.ItemCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.stereotype.Component;

/**
 * The words that suggest each key element of the Action Plan, read once from
 * {@value #RESOURCE} (its format is described at its top and in
 * {@code docs/iati-import.md}). The file is refused, and cbcm does not start, when an
 * entry has a code that is no paragraph 12 item, comes twice, or has no term that can be
 * looked for.
 */
@Component
public class KeyElementTerms {

	/** Where the terms are on the class path. */
	public static final String RESOURCE = "/exchange/key-element-terms.yaml";

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final Map<ItemCode, List<String>> terms;

	/** Reads {@value #RESOURCE}. */
	public KeyElementTerms() {
		this(read());
	}

	/**
	 * @param terms the terms of each key element, in the plan's order or any
	 * @throws IllegalArgumentException when a code is no item of paragraph 12 or a term
	 * cannot be looked for
	 */
	KeyElementTerms(Map<ItemCode, List<String>> terms) {
		Map<ItemCode, List<String>> checked = new LinkedHashMap<>();
		for (Map.Entry<ItemCode, List<String>> entry : terms.entrySet()) {
			ItemCode code = entry.getKey();
			if (code.paragraph() != 12 || code.depth() == 0) {
				throw new IllegalArgumentException(
						"A key element is an item of paragraph 12, such as 12(b) or 12(a)(i); '%s' is not"
							.formatted(code.value()));
			}
			Map<String, String> distinct = new LinkedHashMap<>();
			for (String term : entry.getValue()) {
				if (term == null || !TermMatcher.searchable(term)) {
					throw new IllegalArgumentException("The key element %s has a term with nothing to look for: '%s'"
						.formatted(code.value(), term));
				}
				distinct.putIfAbsent(TermMatcher.normalised(term), term.strip());
			}
			if (distinct.isEmpty()) {
				throw new IllegalArgumentException("The key element %s has no term".formatted(code.value()));
			}
			checked.put(code, List.copyOf(distinct.values()));
		}
		this.terms = java.util.Collections.unmodifiableMap(checked);
	}

	/** The key elements with terms, in the file's order. */
	public Set<ItemCode> codes() {
		return terms.keySet();
	}

	/** The terms of each key element, each once (English, French, Spanish). */
	public Map<ItemCode, List<String>> terms() {
		return terms;
	}

	record TermsFile(List<Entry> elements) {

		TermsFile {
			elements = (elements != null) ? List.copyOf(elements) : List.of();
		}

	}

	record Entry(String code, @Nullable List<String> en, @Nullable List<String> fr, @Nullable List<String> es) {
	}

	private static Map<ItemCode, List<String>> read() {
		try (InputStream in = KeyElementTerms.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The key element terms " + RESOURCE + " are not on the class path");
			}
			return parse(YAML.readValue(in, TermsFile.class));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("The key element terms " + RESOURCE + " cannot be read: " + ex.getMessage(),
					ex);
		}
	}

	static Map<ItemCode, List<String>> parse(TermsFile file) {
		Map<ItemCode, List<String>> terms = new LinkedHashMap<>();
		for (Entry entry : file.elements()) {
			ItemCode code = ItemCode.of(entry.code());
			List<String> all = new ArrayList<>();
			for (List<String> language : java.util.Arrays.asList(entry.en(), entry.fr(), entry.es())) {
				if (language != null) {
					all.addAll(language);
				}
			}
			if (terms.put(code, all) != null) {
				throw new IllegalArgumentException("The key element %s comes twice".formatted(code.value()));
			}
		}
		return terms;
	}

}
