package org.cbcm.initiatives.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cbcm.initiatives.DuplicateRecords.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The similarity measure of duplicate records (cosine of character-trigram vectors,
 * common words removed, accents normalised) and the score built on it, without Spring.
 */
class TextSimilarityTests {

	@Test
	void the_same_text_is_wholly_alike() {
		assertThat(TextSimilarity.cosine("Detecting LMOs in East Africa", "Detecting LMOs in East Africa"))
			.isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void reordered_words_are_alike() {
		assertThat(TextSimilarity.cosine("Risk assessment training for laboratories in Kenya",
				"Kenya laboratories: training in risk assessment"))
			.isGreaterThan(0.95);
	}

	@Test
	void unrelated_texts_are_not_alike() {
		assertThat(TextSimilarity.cosine("Risk assessment training for laboratories in Kenya",
				"Public awareness radio campaign on living modified fish"))
			.isLessThan(0.2);
	}

	@Test
	void accents_and_case_are_normalised() {
		assertThat(TextSimilarity.cosine("Détection des OVM à la frontière", "DETECTION DES OVM A LA FRONTIERE"))
			.isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void the_small_words_of_english_french_and_spanish_do_not_count() {
		assertThat(TextSimilarity.words("Le projet de la biosécurité pour les laboratoires"))
			.containsExactly("laboratoires");
		assertThat(TextSimilarity.words("El proyecto de bioseguridad para los laboratorios del Perú"))
			.containsExactly("laboratorios", "peru");
		assertThat(TextSimilarity.cosine("Capacity building for the detection of LMOs",
				"Renforcement des capacités pour la détection des LMOs"))
			.isGreaterThan(0.95);
	}

	@Test
	void a_typo_or_a_plural_costs_little() {
		assertThat(TextSimilarity.cosine("Laboratory detection of LMOs", "Laboratories detecton of LMO"))
			.isGreaterThan(0.6);
	}

	@Test
	void texts_in_any_script_compare_as_their_trigram_counts_say() {
		// Characters above U+7FFF fill the packed trigram's sign bit; mixed with spaces
		// and Latin letters, the sorted order must still match trigram for trigram.
		List<String> texts = List.of("生物安全能力建设 肯尼亚", "生物安全能力建设 乌干达 Kenya", "能力建设 biosafety 肯尼亚 LMO",
				"السلامة الأحيائية في كينيا", "السلامة الأحيائية في أوغندا", "биобезопасность в Кении",
				"Détection des OVM à la frontière du Kenya");
		for (String one : texts) {
			for (String other : texts) {
				assertThat(TextSimilarity.cosine(one, other)).as(one + " / " + other)
					.isCloseTo(plainCosine(one, other), within(1e-9));
			}
		}
		assertThat(TextSimilarity.cosine(texts.get(0), texts.get(0))).isCloseTo(1.0, within(1e-9));
	}

	/** The cosine of the two texts' trigram counts, worked out the plain way. */
	private static double plainCosine(String one, String other) {
		java.util.Map<String, Integer> a = TextSimilarity.trigrams(one);
		java.util.Map<String, Integer> b = TextSimilarity.trigrams(other);
		double dot = 0;
		for (var entry : a.entrySet()) {
			dot += entry.getValue() * b.getOrDefault(entry.getKey(), 0);
		}
		double normA = Math.sqrt(a.values().stream().mapToDouble(count -> count * count).sum());
		double normB = Math.sqrt(b.values().stream().mapToDouble(count -> count * count).sum());
		return (normA == 0 || normB == 0) ? 0 : Math.min(1.0, dot / (normA * normB));
	}

	@Test
	void nothing_to_compare_is_not_alike() {
		assertThat(TextSimilarity.cosine(null, "Kenya")).isZero();
		assertThat(TextSimilarity.cosine("the and of", "the and of")).isZero();
	}

	static final String UNEP = "unep";

	static DuplicateDetection.Facts facts(String title, String description, String organisation, String... countries) {
		return new DuplicateDetection.Facts(UUID.randomUUID(), title, description, LocalDate.of(2024, 1, 1),
				LocalDate.of(2026, 12, 31), Set.of(organisation), Set.of(countries), null);
	}

	@Test
	void near_identical_records_of_one_initiative_are_queued_with_their_reasons() {
		DuplicateDetection.Scored scored = DuplicateDetection.score(
				facts("Detecting LMOs in East Africa", "Builds the capacity of laboratories to detect LMOs.", UNEP,
						"KEN", "UGA"),
				facts("East Africa: detecting LMOs", "Builds laboratories' capacity to detect LMOs", UNEP, "KEN",
						"UGA"));
		assertThat(scored.queued()).isTrue();
		assertThat(scored.score()).isGreaterThan(90);
		assertThat(scored.reasons()).extracting(Reason::code)
			.containsExactly("title", "description", "organisation", "dates", "countries");
		assertThat(scored.reasons()).contains(new Reason("countries", "KEN,UGA"), new Reason("organisation", UNEP));
	}

	@Test
	void the_same_organisation_countries_and_dates_with_other_texts_are_not_queued() {
		DuplicateDetection.Scored scored = DuplicateDetection.score(
				facts("Detecting LMOs in East Africa", "Laboratories", UNEP, "KEN"),
				facts("Public awareness radio campaign", "Radio programmes for farmers", UNEP, "KEN"));
		assertThat(scored.queued()).isFalse();
	}

	@Test
	void alike_texts_with_nothing_else_in_common_are_not_queued() {
		DuplicateDetection.Scored scored = DuplicateDetection.score(
				new DuplicateDetection.Facts(UUID.randomUUID(), "Detecting LMOs in East Africa", null,
						LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1), Set.of("a"), Set.of("KEN"), null),
				new DuplicateDetection.Facts(UUID.randomUUID(), "Detecting LMOs in East Africa", null,
						LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), Set.of("b"), Set.of("BRA"), null));
		assertThat(scored.score()).isEqualTo(60);
		assertThat(scored.queued()).isFalse();
	}

	@Test
	void the_same_project_reworded_by_another_of_its_parties_is_queued() {
		String description = "UNEP carries out this project in Chad with funding from GEF.";
		DuplicateDetection.Scored scored = DuplicateDetection.score(
				facts("Development of the national biosafety framework of Chad", description, UNEP, "TCD"),
				facts("Support to development of the national biosafety framework of Chad",
						"With funding from GEF, UNEP implements this project in Chad.", UNEP, "TCD"));
		assertThat(scored.queued()).isTrue();
	}

	@Test
	void alike_projects_sharing_no_country_are_two_initiatives() {
		String description = "UNEP carries out this project with funding from GEF.";
		DuplicateDetection.Scored scored = DuplicateDetection.score(
				facts("Development of the national biosafety framework of Chad", description, UNEP, "TCD"),
				facts("Development of the national biosafety framework of Malawi", description, UNEP, "MWI"));
		assertThat(scored.score()).as("alike enough otherwise").isGreaterThanOrEqualTo(DuplicateDetection.THRESHOLD);
		assertThat(scored.queued()).isFalse();
	}

	@Test
	void a_programme_and_a_project_under_it_are_two_initiatives() {
		String description = "UNEP carries out this project with funding from GEF.";
		DuplicateDetection.Facts programme = facts("Development of national biosafety frameworks in Middle Africa",
				description, UNEP, "TCD", "CMR");
		DuplicateDetection.Facts project = new DuplicateDetection.Facts(UUID.randomUUID(),
				"Development of national biosafety frameworks in Chad", description, LocalDate.of(2024, 1, 1),
				LocalDate.of(2026, 12, 31), Set.of(UNEP), Set.of("TCD"), programme.id());
		assertThat(DuplicateDetection.score(programme, project).score())
			.isGreaterThanOrEqualTo(DuplicateDetection.THRESHOLD);
		assertThat(DuplicateDetection.score(programme, project).queued()).isFalse();
		assertThat(DuplicateDetection.score(project, programme).queued()).isFalse();
	}

	@Test
	void reasons_are_kept_as_text_and_read_back() {
		var reasons = java.util.List.of(new Reason("title", "92"), new Reason("dates", ""),
				new Reason("countries", "KEN,UGA"));
		assertThat(DuplicateDetection.decode(DuplicateDetection.encode(reasons))).isEqualTo(reasons);
	}

}
