package org.cbcm.exchange.internal.iati;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cbcm.exchange.internal.iati.KeyElementAssistant.Classification;
import org.cbcm.exchange.internal.iati.KeyElementAssistant.ElementChoice;
import org.cbcm.exchange.internal.iati.KeyElementAssistant.Proposal;
import org.cbcm.framework.ItemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cbcm.exchange.internal.iati.Activities.anActivity;

/**
 * The key elements of an imported activity: exact when it names them with cbcm's
 * codelist, else proposed from its words, each proposal with the words that made it.
 */
class KeyElementAssistantTests {

	static final String OURS = "https://cbcm.example.org/codelists/ActionPlanKeyElement.xml";

	static final IatiCodelists CODELISTS = new IatiCodelists();

	static final KeyElementAssistant ASSISTANT = new KeyElementAssistant(OURS, new KeyElementTerms(), CODELISTS);

	static ItemCode code(String code) {
		return ItemCode.of(code);
	}

	@Test
	void takes_the_elements_an_activity_names_with_cbcms_sector_vocabularies() {
		IatiActivity activity = anActivity().titled("Training of risk assessors")
			.inSector("99", "12(c)", OURS, "60", null)
			.inSector("98", "12(a)(i)", OURS, "40", null)
			.inSector("1", "41030")
			.build();

		Classification classification = ASSISTANT.classify(activity);

		assertThat(classification.exact()).containsExactly(new ElementChoice(code("12(c)"), new BigDecimal("60")),
				new ElementChoice(code("12(a)(i)"), new BigDecimal("40")));
		assertThat(classification.proposed()).isEmpty();
		assertThat(classification.unknown()).isEmpty();
	}

	@Test
	void takes_tags_of_vocabulary_99_and_the_codelist_of_another_cbcm_instance() {
		IatiActivity activity = anActivity()
			.tagged("99", "12(F)", "http://other.cbcm.test:8080/codelists/ActionPlanKeyElement.xml", null)
			.tagged("99", "12(f)", OURS, null)
			.tagged("99", "12(g)", OURS, null)
			.build();

		// each element once, in the order given
		assertThat(ASSISTANT.classify(activity).exact()).containsExactly(new ElementChoice(code("12(f)"), null),
				new ElementChoice(code("12(g)"), null));
		assertThat(ASSISTANT
			.classify(anActivity().tagged("99", "12(m)", "https://x.test/codelists/ActionPlanKeyElement.xml", null)
				.build())
			.exact()).containsExactly(new ElementChoice(code("12(m)"), null));
	}

	@Test
	void takes_nothing_exactly_from_another_vocabulary_or_address() {
		IatiActivity activity = anActivity().titled("A title")
			.inSector("99", "12(b)", "http://example.com/vocab.html", null, null)
			.inSector("2", "12(b)", OURS, null, null)
			.inSector("99", "12(b)", null, null, null)
			.tagged("1", "12(b)", OURS, null)
			.tagged("99", "12(b)", OURS + ".bak", null)
			.build();

		Classification classification = ASSISTANT.classify(activity);

		assertThat(classification.exact()).isEmpty();
		assertThat(classification.unknown()).isEmpty();
	}

	@Test
	void reports_codes_of_cbcms_vocabulary_that_are_no_key_element() {
		IatiActivity activity = anActivity().inSector("99", "13(a)", OURS, null, null)
			.inSector("99", "b", OURS, null, null)
			.inSector("99", "12", OURS, null, null)
			.inSector("99", "12(z)", OURS, null, null)
			.inSector("99", "12(b)", OURS, null, null)
			.build();

		Classification classification = ASSISTANT.classify(activity);

		assertThat(classification.exact()).containsExactly(new ElementChoice(code("12(b)"), null));
		assertThat(classification.unknown()).containsExactly("13(a)", "b", "12", "12(z)");
	}

	@Test
	void proposes_elements_from_the_words_of_the_title_and_descriptions_with_the_words_found() {
		IatiActivity activity = anActivity().titled("Biosafety Clearing-House and public awareness")
			.describedAs(
					"Training workshops on risk assessment and on the detection of LMOs in a reference laboratory. "
							+ "Database of decisions; information exchange with the BCH.")
			.build();

		Classification classification = ASSISTANT.classify(activity);

		assertThat(classification.exact()).isEmpty();
		assertThat(classification.proposed()).containsExactly(
				new Proposal(code("12(f)"),
						List.of("Biosafety Clearing-House", "database", "information exchange", "BCH")),
				new Proposal(code("12(b)"), List.of("training", "workshop")),
				new Proposal(code("12(i)"), List.of("detection", "reference laboratory")),
				new Proposal(code("12(c)"), List.of("risk assessment")),
				new Proposal(code("12(e)"), List.of("public awareness")));
	}

	@Test
	void proposes_at_most_five_elements_the_best_first_and_ties_in_the_plans_order() {
		IatiActivity activity = anActivity().titled("Everything")
			.describedAs("risk management, technology transfer, socio-economic, confidential information, "
					+ "human health, customs, biosafety research, Article 18, legislation, infrastructure, "
					+ "follow-up, resource mobilization, training, information exchange, regional cooperation, "
					+ "detection, risk assessment, public awareness, institutional strengthening, administrative framework."
					+ " Training workshop.")
			.build();

		List<Proposal> proposed = ASSISTANT.classify(activity).proposed();

		assertThat(proposed).hasSize(5);
		assertThat(proposed.get(0)).isEqualTo(new Proposal(code("12(b)"), List.of("training", "workshop")));
		assertThat(proposed.subList(1, 5)).extracting(Proposal::code)
			.containsExactly(code("12(a)"), code("12(a)(i)"), code("12(a)(ii)"), code("12(a)(iii)"));
		assertThat(proposed).extracting(Proposal::score).containsExactly(2, 1, 1, 1, 1);
	}

	@Test
	void proposes_from_french_and_spanish_words_whatever_the_accents() {
		assertThat(
				ASSISTANT.classify(anActivity().titled("Évaluation des risques et sensibilisation du public").build())
					.proposed())
			.extracting(Proposal::code)
			.containsExactly(code("12(c)"), code("12(e)"));
		assertThat(ASSISTANT.classify(anActivity().titled("Detección de OVM en laboratorios y talleres").build())
			.proposed()).extracting(Proposal::code).containsExactly(code("12(i)"), code("12(b)"));
	}

	@Test
	void proposes_from_the_names_of_dac_sectors_and_the_texts_of_sectors_and_tags() {
		IatiActivity activity = anActivity().inSector("1", "11330")
			.inSector("99", "X", "http://example.com/vocab.html", null, "Biosafety legislation")
			.tagged("1", "123", null, "food safety")
			.build();

		assertThat(CODELISTS.sectorName("1", "11330")).isEqualTo("Vocational training");
		assertThat(ASSISTANT.classify(activity).proposed()).containsExactly(
				new Proposal(code("12(a)(i)"), List.of("legislation")),
				new Proposal(code("12(b)"), List.of("training")), new Proposal(code("12(o)"), List.of("food safety")));
	}

	@Test
	void proposes_nothing_for_an_activity_without_the_words() {
		assertThat(ASSISTANT.classify(anActivity().build()))
			.isEqualTo(new Classification(List.of(), List.of(), List.of()));
		assertThat(ASSISTANT.classify(anActivity().titled("Road maintenance in the capital").build()).proposed())
			.isEmpty();
		assertThat(ASSISTANT.classify(anActivity().inSector(null, "12(b)").build()).exact()).isEmpty();
	}

	@Test
	void gives_the_same_answer_for_the_same_activity() {
		IatiActivity activity = anActivity().titled("Training and detection")
			.describedAs("4", "risk management")
			.describedAs("1", "public awareness")
			.build();
		Classification first = ASSISTANT.classify(activity);

		for (int round = 0; round < 20; round++) {
			assertThat(new KeyElementAssistant(OURS, new KeyElementTerms(), CODELISTS).classify(activity))
				.isEqualTo(first);
		}
	}

	@Test
	@Timeout(5)
	void reads_a_huge_description_with_hostile_signs() {
		String huge = "(((C++ [x] .* \u0000 palmoil ".repeat(9_000) + " laboratory";
		assertThat(huge.length()).isGreaterThan(200_000);

		assertThat(ASSISTANT.classify(anActivity().describedAs(huge).build()).proposed())
			.containsExactly(new Proposal(code("12(i)"), List.of("laboratory")));
	}

	@Test
	void names_the_elements_of_an_activity_exported_by_cbcm_read_through_the_reader() {
		String xml = """
				<iati-activities version="2.03"><iati-activity>
				 <iati-identifier>XM-CBCM-1</iati-identifier>
				 <title><narrative>Biosafety training</narrative></title>
				 <sector vocabulary="99" vocabulary-uri="https://another.example/cbcm/codelists/ActionPlanKeyElement.xml"
				   code="12(b)" percentage="70"><narrative>Human-resources development and training</narrative></sector>
				 <sector vocabulary="99" vocabulary-uri="https://another.example/cbcm/codelists/ActionPlanKeyElement.xml"
				   code="12(c)" percentage="30"/>
				 <sector vocabulary="1" code="41030"/>
				</iati-activity></iati-activities>
				""";
		List<IatiActivity> activities = new ArrayList<>();
		new IatiReader("en").read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), activities::add);

		assertThat(ASSISTANT.classify(activities.get(0)).exact()).containsExactly(
				new ElementChoice(code("12(b)"), new BigDecimal("70")),
				new ElementChoice(code("12(c)"), new BigDecimal("30")));
	}

	@Test
	void proposes_for_the_official_example_from_the_names_of_its_dac_sectors() {
		List<IatiActivity> activities = new ArrayList<>();
		new IatiReader("en").read(
				getClass().getResourceAsStream("/iati/examples/activity-standard-example-annotated-2.03.xml"),
				activities::add);

		Classification classification = ASSISTANT.classify(activities.get(0));

		// its own vocabulary is example.com's, not cbcm's; its sectors are DAC 111
		// "Education, Level Unspecified" and 112 "Basic Education"
		assertThat(classification.exact()).isEmpty();
		assertThat(classification.unknown()).isEmpty();
		assertThat(classification.proposed()).containsExactly(new Proposal(code("12(e)"), List.of("education")));
	}

}
