package org.cbcm.exchange.internal.iati;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cbcm.framework.ItemCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The terms file covers every key element and sub-element of paragraph 12 of the current
 * Action Plan, and nothing else.
 */
class KeyElementTermsTests {

	@Test
	void has_terms_for_every_key_element_and_sub_element_of_the_plan_and_no_other_code() throws IOException {
		JsonNode plan = YAMLMapper.builder()
			.build()
			.readTree(Path.of("src/main/resources/action-plan/lg-cb-3-2006.yaml").toFile());
		List<ItemCode> elements = new ArrayList<>();
		for (JsonNode section : plan.get("sections")) {
			for (JsonNode item : section.get("items")) {
				String type = item.get("type").asString();
				if (type.equals("KEY_ELEMENT") || type.equals("SUB_ELEMENT")) {
					elements.add(ItemCode.of(item.get("code").asString()));
				}
			}
		}
		assertThat(elements).hasSize(20);

		assertThat(new KeyElementTerms().codes()).containsExactlyElementsOf(elements);
	}

	@Test
	void every_element_has_english_french_and_spanish_terms() {
		for (KeyElementTerms.Entry entry : read().elements()) {
			assertThat(entry.en()).as(entry.code()).isNotEmpty();
			assertThat(entry.fr()).as(entry.code()).isNotEmpty();
			assertThat(entry.es()).as(entry.code()).isNotEmpty();
		}
	}

	@Test
	void refuses_a_code_outside_paragraph_12_a_term_with_nothing_to_look_for_and_an_element_twice() {
		assertThatThrownBy(() -> new KeyElementTerms(Map.of(ItemCode.of("13(a)"), List.of("needs"))))
			.hasMessageContaining("13(a)");
		assertThatThrownBy(() -> new KeyElementTerms(Map.of(ItemCode.of("12"), List.of("needs"))))
			.hasMessageContaining("paragraph 12");
		assertThatThrownBy(() -> new KeyElementTerms(Map.of(ItemCode.of("12(b)"), List.of("training", " - "))))
			.hasMessageContaining("nothing to look for");
		assertThatThrownBy(() -> new KeyElementTerms(Map.of(ItemCode.of("12(b)"), List.of())))
			.hasMessageContaining("no term");
		KeyElementTerms.TermsFile twice = new KeyElementTerms.TermsFile(
				List.of(new KeyElementTerms.Entry("12(b)", List.of("training"), null, null),
						new KeyElementTerms.Entry("12(b)", List.of("course"), null, null)));
		assertThatThrownBy(() -> KeyElementTerms.parse(twice)).hasMessageContaining("twice");
	}

	@Test
	void keeps_each_term_of_an_element_once() {
		Map<ItemCode, List<String>> terms = new LinkedHashMap<>();
		terms.put(ItemCode.of("12(a)(iii)"), List.of("infrastructure", "Infrastructure", "telecommunications"));

		assertThat(new KeyElementTerms(terms).terms().get(ItemCode.of("12(a)(iii)"))).containsExactly("infrastructure",
				"telecommunications");
	}

	static KeyElementTerms.TermsFile read() {
		return YAMLMapper.builder()
			.build()
			.readValue(KeyElementTermsTests.class.getResourceAsStream(KeyElementTerms.RESOURCE),
					KeyElementTerms.TermsFile.class);
	}

}
