package org.cbcm.exchange.internal.iati;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.cbcm.exchange.internal.iati.ActivitySelection.Everything;
import org.cbcm.exchange.internal.iati.ActivitySelection.Kind;
import org.cbcm.exchange.internal.iati.ActivitySelection.Marker;
import org.cbcm.exchange.internal.iati.ActivitySelection.Match;
import org.cbcm.exchange.internal.iati.ActivitySelection.Place;
import org.cbcm.exchange.internal.iati.ActivitySelection.Sector;
import org.cbcm.exchange.internal.iati.ActivitySelection.Words;
import org.cbcm.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cbcm.exchange.internal.iati.Activities.anActivity;

/**
 * The rules that select the activities of a publisher's file, and why each one is kept.
 */
class ActivitySelectionTests {

	static final IatiActivity EMPTY = anActivity().build();

	@Test
	void all_keeps_every_activity_even_an_empty_one() {
		Match match = ActivitySelection.all().matches(EMPTY);

		assertThat(match.kept()).isTrue();
		assertThat(match.reasons()).containsExactly(new Everything());
	}

	@Test
	void the_policy_marker_rule_keeps_activities_targeting_the_biodiversity_convention() {
		ActivitySelection rule = ActivitySelection.policyMarker();

		for (String significance : List.of("1", "2", "3", "4")) {
			assertThat(rule.matches(anActivity().marked("1", "5", significance).build()).reasons())
				.containsExactly(new Marker(significance));
		}
		assertThat(rule.matches(anActivity().marked(null, "5", "2").build()).kept()).isTrue();
	}

	@Test
	void the_policy_marker_rule_leaves_other_markers_significance_0_and_no_significance() {
		ActivitySelection rule = ActivitySelection.policyMarker();

		assertThat(rule.matches(anActivity().marked("1", "5", "0").build()).kept()).isFalse();
		assertThat(rule.matches(anActivity().marked("1", "5", null).build()).kept()).isFalse();
		assertThat(rule.matches(anActivity().marked("1", "5", "5").build()).kept()).isFalse();
		assertThat(rule.matches(anActivity().marked("1", "5", "10").build()).kept()).isFalse();
		assertThat(rule.matches(anActivity().marked("1", "2", "3").build()).kept()).isFalse();
		assertThat(rule.matches(anActivity().marked("99", "5", "3").build()).kept()).isFalse();
		assertThat(rule.matches(EMPTY).kept()).isFalse();
	}

	@Test
	void the_sector_rule_keeps_the_codes_given_in_any_vocabulary() {
		ActivitySelection rule = ActivitySelection.parse("SECTOR", "41030, 12(b)\n311");

		assertThat(rule.matches(anActivity().inSector("1", "41030").build()).reasons())
			.containsExactly(new Sector("1", "41030", "41030"));
		assertThat(rule.matches(anActivity().inSector("99", "12(B)").build()).reasons())
			.containsExactly(new Sector("99", "12(B)", "12(b)"));
		assertThat(rule.matches(anActivity().inSector("2", "311").build()).reasons())
			.containsExactly(new Sector("2", "311", "311"));
		assertThat(rule.matches(anActivity().inSector("1", "41010").inSector("2", "410").build()).kept()).isFalse();
	}

	@Test
	void the_sector_rule_takes_a_dac_category_for_the_five_digit_codes_of_it() {
		ActivitySelection rule = ActivitySelection.sectors(List.of("311"));

		assertThat(rule.matches(anActivity().inSector("1", "31192").inSector("1", "41030").build()).reasons())
			.containsExactly(new Sector("1", "31192", "311"));
		assertThat(rule.matches(anActivity().inSector(null, "31182").build()).kept()).isTrue();
		// only five-digit DAC purpose codes belong to a category
		assertThat(rule.matches(anActivity().inSector("99", "31192").build()).kept()).isFalse();
		assertThat(rule.matches(anActivity().inSector("1", "3119").build()).kept()).isFalse();
		assertThat(rule.matches(anActivity().inSector("1", "311920").build()).kept()).isFalse();
		assertThat(rule.matches(EMPTY).kept()).isFalse();
	}

	@Test
	void the_keyword_rule_says_which_words_it_found_and_where() {
		ActivitySelection rule = ActivitySelection.keywords(List.of("biosafety", "LMO", "Cartagena"));
		IatiActivity activity = anActivity().titled("National Biosafety Framework")
			.describedAs("2", "Implement the Cartagena Protocol; detect LMOs; biosafety again")
			.describedAs("1", "Nothing here")
			.build();

		assertThat(rule.matches(activity).reasons()).containsExactly(new Words(Place.TITLE, null, List.of("biosafety")),
				new Words(Place.DESCRIPTION, "2", List.of("Cartagena", "LMO", "biosafety")));
	}

	@Test
	void the_keyword_rule_reads_descriptions_in_the_order_of_their_types() {
		ActivitySelection rule = ActivitySelection.keywords(List.of("GMO"));
		IatiActivity activity = anActivity().describedAs("4", "GMO")
			.describedAs("1", "GMO")
			.describedAs("2", "GMO")
			.build();

		assertThat(rule.matches(activity).reasons()).extracting(reason -> ((Words) reason).descriptionType())
			.containsExactly("1", "2", "4");
	}

	@Test
	void the_keyword_rule_matches_whole_words_in_any_case_and_accents() {
		ActivitySelection rule = ActivitySelection.defaultKeywords();

		assertThat(rule.matches(anActivity().titled("Palmoil and GMOfree plantations").build()).kept()).isFalse();
		assertThat(rule.matches(anActivity().titled("Renforcement de la BIOSECURITE").build()).reasons())
			.containsExactly(new Words(Place.TITLE, null, List.of("biosécurité")));
		assertThat(rule.matches(anActivity().titled("Ley de Bioseguridad").build()).kept()).isTrue();
		assertThat(rule.matches(anActivity().titled("Detecting GMOs").build()).reasons())
			.containsExactly(new Words(Place.TITLE, null, List.of("GMO")));
		assertThat(rule.matches(anActivity().titled("Genetically-modified crops").build()).kept()).isTrue();
	}

	@Test
	void the_default_keywords_leave_risk_assessment_without_biotechnology() {
		ActivitySelection rule = ActivitySelection.defaultKeywords();

		assertThat(rule.matches(anActivity().titled("Flood risk assessment in coastal towns").build()).kept())
			.isFalse();
		assertThat(rule.matches(anActivity().titled("Biotechnology risk assessment").build()).kept()).isTrue();
		assertThat(rule.matches(anActivity().titled("Organismos vivos modificados").build()).kept()).isTrue();
	}

	@Test
	void keywords_with_signs_are_matched_literally() {
		ActivitySelection rule = ActivitySelection.parse("KEYWORDS", "C++\n(\n.*");

		assertThat(rule.terms()).containsExactly("C++", "(", ".*");
		assertThat(rule.matches(anActivity().titled("A course in C and Java").build()).kept()).isFalse();
		assertThat(rule.matches(anActivity().titled("Anything at all").build()).kept()).isFalse();
		assertThat(rule.matches(anActivity().titled("A course in C++").build()).reasons())
			.containsExactly(new Words(Place.TITLE, null, List.of("C++")));
		assertThat(rule.matches(anActivity().titled("A (bracketed) title").build()).kept()).isTrue();
	}

	@Test
	void the_keyword_rule_leaves_an_empty_activity() {
		assertThat(ActivitySelection.defaultKeywords().matches(EMPTY).kept()).isFalse();
		assertThat(ActivitySelection.defaultKeywords().matches(anActivity().titled("").describedAs("").build()).kept())
			.isFalse();
	}

	@Test
	@Timeout(5)
	void the_keyword_rule_reads_a_huge_description() {
		String huge = "palmoil and cassava ".repeat(10_000) + "Cartagena";
		assertThat(huge.length()).isGreaterThan(200_000);
		IatiActivity activity = anActivity().describedAs(huge).build();

		assertThat(ActivitySelection.defaultKeywords().matches(activity).reasons())
			.containsExactly(new Words(Place.DESCRIPTION, "1", List.of("Cartagena")));
	}

	/**
	 * Many long descriptions, only some of which name biosafety: the rule keeps exactly
	 * those. How fast it does so is measured by the import's benchmark
	 * ({@code bench/exchange}), not here.
	 */
	@Test
	@Timeout(60)
	void keeps_exactly_the_activities_that_name_a_term_among_many_long_ones() {
		ActivitySelection rule = ActivitySelection.defaultKeywords();
		String description = "The project strengthens national capacities for sustainable agriculture, "
				+ "water management and rural livelihoods in the region, with training and workshops. ";
		List<IatiActivity> activities = IntStream.range(0, 2_000)
			.mapToObj(index -> anActivity().titled("Agricultural development programme phase " + index)
				.describedAs(description.repeat(5) + ((index % 10 == 0) ? "Biosafety and LMO detection." : ""))
				.describedAs("2", description)
				.build())
			.toList();

		List<Integer> kept = IntStream.range(0, activities.size())
			.filter(index -> rule.matches(activities.get(index)).kept())
			.boxed()
			.toList();

		assertThat(kept).hasSize(200).allMatch(index -> index % 10 == 0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "all", "ALL", " policy-marker ", "Policy_Marker" })
	void reads_the_kind_in_any_case_and_ignores_terms_it_does_not_use(String kind) {
		ActivitySelection rule = ActivitySelection.parse(kind, "anything\u0000");

		assertThat(rule.kind()).isIn(Kind.ALL, Kind.POLICY_MARKER);
		assertThat(rule.terms()).isEmpty();
	}

	@Test
	void reads_terms_separated_by_commas_semicolons_and_line_breaks_without_repeats() {
		ActivitySelection rule = ActivitySelection.parse("keywords",
				" biosafety ,GMO;\r\n\n living modified ,\tBIOSAFETY, Biosécurité, biosecurite ");

		assertThat(rule.kind()).isEqualTo(Kind.KEYWORDS);
		assertThat(rule.terms()).containsExactly("biosafety", "GMO", "living modified", "Biosécurité");
	}

	@Test
	void refuses_an_unknown_kind() {
		for (String kind : new String[] { null, "", "NONE", "KEYWORDS;DROP" }) {
			assertThat(refusal(kind, "x").messageKey()).isEqualTo("exchange.selection.rule.unknown");
			assertThat(refusal(kind, "x").parameter()).isEqualTo("rule");
		}
	}

	@Test
	void refuses_no_term_for_sectors_and_keywords() {
		assertThat(refusal("SECTOR", null).messageKey()).isEqualTo("exchange.selection.sector.none");
		assertThat(refusal("SECTOR", " ,\n; ").messageKey()).isEqualTo("exchange.selection.sector.none");
		assertThat(refusal("KEYWORDS", "").messageKey()).isEqualTo("exchange.selection.keyword.none");
		assertThatThrownBy(() -> ActivitySelection.keywords(List.of())).isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void refuses_more_than_100_terms() {
		List<String> terms = IntStream.rangeClosed(1, 101).mapToObj(index -> "word" + index).toList();
		InvalidRequestException refusal = refusal("KEYWORDS", String.join(",", terms));

		assertThat(refusal.messageKey()).isEqualTo("exchange.selection.terms.too-many");
		assertThat(refusal.arguments()).containsExactly(101, 100);
		assertThat(ActivitySelection.parse("KEYWORDS", String.join(",", terms.subList(0, 100))).terms()).hasSize(100);
	}

	@Test
	void refuses_a_term_longer_than_100_characters_and_a_huge_text() {
		assertThat(refusal("KEYWORDS", "ok," + "x".repeat(101)).messageKey())
			.isEqualTo("exchange.selection.term.too-long");
		assertThat(ActivitySelection.parse("KEYWORDS", "x".repeat(100)).terms()).hasSize(1);
		InvalidRequestException huge = refusal("KEYWORDS", "x, ".repeat(1_000_000));
		assertThat(huge.messageKey()).isEqualTo("exchange.selection.terms.too-long");
	}

	@Test
	void refuses_control_characters() {
		for (String hostile : List.of("bio\u0000safety", "GMO\u001b[31m", "x\ud800")) {
			InvalidRequestException refusal = refusal("KEYWORDS", hostile);
			assertThat(refusal.messageKey()).isEqualTo("exchange.selection.terms.refused-character");
			assertThat(refusal.parameter()).isEqualTo("terms");
		}
		// said once for the whole text, not once a term
		assertThat(refusal("KEYWORDS", "a\u0000, b\u0000, c\u0000").problems()).hasSize(1);
		assertThatThrownBy(() -> ActivitySelection.keywords(List.of("GMO", "a\u0007b")))
			.isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void refuses_a_sector_code_with_spaces_or_signs_and_a_keyword_with_nothing_to_look_for() {
		assertThat(refusal("SECTOR", "311 92").messageKey()).isEqualTo("exchange.selection.sector.invalid");
		assertThat(refusal("SECTOR", "31192*").messageKey()).isEqualTo("exchange.selection.sector.invalid");
		assertThat(refusal("KEYWORDS", " - ").messageKey()).isEqualTo("exchange.selection.keyword.no-word");
	}

	@Test
	void says_every_problem_of_the_terms_at_once() {
		InvalidRequestException refusal = refusal("SECTOR", "311 92, " + "9".repeat(101) + ", a*b, 41030");

		assertThat(refusal.problems()).extracting(InvalidRequestException::messageKey)
			.containsExactly("exchange.selection.sector.invalid", "exchange.selection.term.too-long",
					"exchange.selection.sector.invalid");
		assertThat(refusal.problems().get(1).arguments()[0].toString()).hasSizeLessThan(90);
	}

	@Test
	void every_message_key_of_the_selection_is_in_the_exchange_bundle() throws IOException {
		Properties bundle = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/i18n/exchange.properties")) {
			bundle.load(in);
		}
		Set<String> keys = new TreeSet<>();
		for (String source : List.of("ActivitySelection", "KeyElementAssistant")) {
			Matcher matcher = Pattern.compile("\"(exchange\\.[a-z0-9.-]+)\"")
				.matcher(
						Files.readString(Path.of("src/main/java/org/cbcm/exchange/internal/iati/" + source + ".java")));
			while (matcher.find()) {
				keys.add(matcher.group(1));
			}
		}
		assertThat(keys).hasSizeGreaterThan(8);
		assertThat(keys.stream().filter(key -> !bundle.containsKey(key)).toList()).isEmpty();
		for (Kind kind : Kind.values()) {
			assertThat(bundle).containsKey("exchange.selection.rule." + kind.name());
		}
		for (Place place : Place.values()) {
			assertThat(bundle).containsKey("exchange.selection.reason.words." + place.name());
		}
	}

	@Test
	void selects_in_the_official_example_by_sector_and_leaves_it_by_marker_and_keywords() {
		List<IatiActivity> activities = new ArrayList<>();
		new IatiReader("en").read(
				getClass().getResourceAsStream("/iati/examples/activity-standard-example-annotated-2.03.xml"),
				activities::add);
		IatiActivity example = activities.get(0);

		assertThat(ActivitySelection.all().matches(example).kept()).isTrue();
		// its markers are 2 (environment) and 9, not 5
		assertThat(ActivitySelection.policyMarker().matches(example).kept()).isFalse();
		assertThat(ActivitySelection.defaultKeywords().matches(example).kept()).isFalse();
		assertThat(ActivitySelection.sectors(List.of("111", "A1")).matches(example).reasons())
			.containsExactly(new Sector("2", "111", "111"), new Sector("99", "A1", "A1"));
		assertThat(ActivitySelection.keywords(List.of("activity")).matches(example).reasons())
			.extracting(reason -> ((Words) reason).place())
			.startsWith(Place.TITLE);
	}

	static InvalidRequestException refusal(String kind, String terms) {
		return catchThrowableOfType(InvalidRequestException.class, () -> ActivitySelection.parse(kind, terms));
	}

}
