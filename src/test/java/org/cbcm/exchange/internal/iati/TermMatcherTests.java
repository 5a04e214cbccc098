package org.cbcm.exchange.internal.iati;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Terms are found as a person searching a text would find them: whole words, any case and
 * accents, the last word also in its plural, signs literally.
 */
class TermMatcherTests {

	List<String> found(List<String> terms, String text) {
		TermMatcher matcher = new TermMatcher(terms);
		return matcher.find(text).stream().map(matcher.terms()::get).toList();
	}

	@Test
	void finds_terms_whatever_the_case_and_accents() {
		assertThat(found(List.of("biosécurité"), "Renforcer la BIOSECURITE nationale")).containsExactly("biosécurité");
		assertThat(found(List.of("biosecurite"), "La Biosécurité au Bénin")).containsExactly("biosecurite");
		assertThat(found(List.of("bioseguridad"), "BIOSEGURIDAD")).containsExactly("bioseguridad");
		// an accent written as a combining mark after its letter
		assertThat(found(List.of("évaluation"), "E\u0301VALUATION des risques")).containsExactly("évaluation");
	}

	@Test
	void finds_whole_words_only() {
		assertThat(found(List.of("LMO"), "palmoil and LMOX plantations, almost")).isEmpty();
		assertThat(found(List.of("GMO"), "GMOfree")).isEmpty();
		assertThat(found(List.of("LMO"), "an LMO.")).containsExactly("LMO");
		assertThat(found(List.of("bch"), "the BCH's portal")).containsExactly("bch");
	}

	@Test
	void finds_the_last_word_in_its_plural_too() {
		assertThat(found(List.of("GMO"), "GMOs are")).containsExactly("GMO");
		assertThat(found(List.of("living modified organism"), "living modified organisms")).hasSize(1);
		assertThat(found(List.of("workshop"), "three workshops")).containsExactly("workshop");
		assertThat(found(List.of("taller"), "dos talleres")).containsExactly("taller");
		assertThat(found(List.of("modified organism"), "modifieds organism")).isEmpty();
	}

	@Test
	void takes_hyphens_line_breaks_and_spaces_between_words_alike() {
		assertThat(found(List.of("genetically modified"), "genetically-modified maize")).hasSize(1);
		assertThat(found(List.of("genetically modified"), "genetically\n  modified")).hasSize(1);
		assertThat(found(List.of("genetically-modified"), "Genetically Modified")).hasSize(1);
		assertThat(found(List.of("genetically modified"), "genetically, modified")).isEmpty();
	}

	@Test
	void matches_signs_literally_never_as_a_pattern() {
		assertThat(found(List.of("C++"), "written in C++ and Java")).containsExactly("C++");
		assertThat(found(List.of("C++"), "vitamin C and more")).isEmpty();
		assertThat(found(List.of("("), "no bracket here")).isEmpty();
		assertThat(found(List.of("("), "one (here)")).containsExactly("(");
		assertThat(found(List.of(".*"), "anything at all")).isEmpty();
		assertThat(found(List.of("a|b"), "a or b")).isEmpty();
		assertThat(found(List.of("[x]"), "x")).isEmpty();
		assertThat(found(List.of("\\d"), "42")).isEmpty();
	}

	@Test
	void says_each_term_once_in_the_order_first_found() {
		assertThat(found(List.of("GMO", "biosafety", "Cartagena"), "Cartagena biosafety GMO and again biosafety"))
			.containsExactly("Cartagena", "biosafety", "GMO");
	}

	@Test
	void counts_no_term_found_only_inside_a_longer_one_at_the_same_place() {
		List<String> terms = List.of("awareness", "public awareness", "laboratory", "reference laboratory");

		assertThat(found(terms, "public awareness in a reference laboratory")).containsExactly("public awareness",
				"reference laboratory");
		assertThat(found(terms, "public awareness, then awareness")).containsExactly("public awareness", "awareness");
		assertThat(found(List.of("GMO", "GMOs"), "GMOs")).containsExactlyInAnyOrder("GMO", "GMOs");
	}

	@Test
	void finds_nothing_in_no_text_and_ignores_terms_without_words() {
		assertThat(found(List.of("GMO"), "")).isEmpty();
		assertThat(found(List.of("GMO"), null)).isEmpty();
		assertThat(found(List.of(" - ", "GMO"), " - GMO")).containsExactly("GMO");
		assertThat(TermMatcher.searchable("  --  ")).isFalse();
		assertThat(TermMatcher.searchable("C++")).isTrue();
	}

	@Test
	@Timeout(5)
	void reads_a_huge_text_in_time_proportional_to_it() {
		String huge = "palmoil biosafetyish words ".repeat(8_000) + "living modified organisms";
		assertThat(huge.length()).isGreaterThan(200_000);
		assertThat(found(ActivitySelection.DEFAULT_KEYWORDS, huge)).containsExactly("living modified");
	}

}
