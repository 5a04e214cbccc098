package org.cbcm.roster;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.records.Transition;
import org.cbcm.roster.ExpertContent.Availability;
import org.cbcm.roster.ExpertContent.Gender;
import org.cbcm.roster.ExpertContent.LanguageLevel;
import org.cbcm.roster.ExpertContent.PublicPart;
import org.cbcm.roster.ExpertFinds.FacetCount;
import org.cbcm.roster.internal.ExpertManagement;
import org.cbcm.roster.internal.ExpertSearch;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cbcm.roster.Expertise.BIOSAFETY_LAW;
import static org.cbcm.roster.Expertise.LMO_DETECTION;
import static org.cbcm.roster.Expertise.MOLECULAR_BIOLOGY;
import static org.cbcm.roster.Expertise.RISK_ASSESSMENT;
import static org.cbcm.roster.Expertise.TRAINING;
import static org.cbcm.roster.RosterFixtures.ALL;
import static org.cbcm.roster.RosterFixtures.expert;
import static org.cbcm.roster.RosterFixtures.speaks;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finding an expert (issue 14): only listed experts are found, by the words and facts
 * they agreed to show; each facet filters and is counted under the others' choices;
 * hostile input is refused with the parameter named, on H2 and PostgreSQL alike.
 */
@IntegrationTest
class ExpertSearchTests {

	private static final Set<PublicPart> NO_NAME = EnumSet
		.complementOf(EnumSet.of(PublicPart.NAME, PublicPart.NATIONALITY, PublicPart.GENDER));

	@Autowired
	ExpertSearch search;

	@Autowired
	ExpertLoads loads;

	@Autowired
	ExpertManagement experts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Viewer secretariat;

	@BeforeEach
	void seed() {
		RosterFixtures.clear(jdbc);
		TestAccounts people = TestAccounts.in(context);
		secretariat = TestAccounts.viewerOf(people.admin());
		Viewer kenya = TestAccounts.viewerOf(people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN")));
		// Listed once through the workflow, then lapsed: it leaves searches.
		ExpertId lapsed = listed(kenya, "Lapsed", "Lapsus", "Quinoa");
		assertThat(experts.lapse(LocalDate.now().plusYears(5))).isEqualTo(1);
		// A draft that was never listed.
		nominated(kenya, "Drafty", "Draftson", "Quinoa");
		// Listed through the workflow, with every consent.
		listed(kenya, "Lena", "Workflow", "Millet");
		loads.list(List.of(
				new ExpertLoads.Loaded(CountryCode.of("KEN"),
						expert("Amina", "Odhiambo", "Cassava", List.of(RISK_ASSESSMENT, LMO_DETECTION), "sw",
								List.of(speaks("en", LanguageLevel.GOOD)), Gender.WOMAN, List.of("KEN"),
								Availability.AVAILABLE, true, false, ALL)),
				new ExpertLoads.Loaded(CountryCode.of("BRA"),
						expert("Bruno", "Silva", "Soybean", List.of(BIOSAFETY_LAW), "pt",
								List.of(speaks("en", LanguageLevel.EXCELLENT), speaks("es", LanguageLevel.FAIR)),
								Gender.MAN, List.of("BRA", "PRT"), Availability.LIMITED, true, true, ALL)),
				// Neither name, nationality nor gender shown.
				new ExpertLoads.Loaded(CountryCode.of("CHN"),
						expert("Chen", "Wei", "Rice", List.of(MOLECULAR_BIOLOGY, RISK_ASSESSMENT), "zh",
								List.of(speaks("en", LanguageLevel.FAIR)), Gender.WOMAN, List.of("CHN"),
								Availability.UNAVAILABLE, false, true, NO_NAME)),
				new ExpertLoads.Loaded(CountryCode.of("DEU"),
						expert("Dora", "Keller", "gene_drive 100%", List.of(TRAINING), "de",
								List.of(speaks("fr", LanguageLevel.GOOD)), null, List.of("DEU"), Availability.AVAILABLE,
								false, false, ALL))),
				"search tests", secretariat);
		assertThat(lapsed).isNotNull();
	}

	@AfterEach
	void clear() {
		RosterFixtures.clear(jdbc);
	}

	private ExpertId nominated(Viewer focalPoint, String given, String family, String words) {
		ExpertId id = experts
			.nominate(CountryCode.of("KEN"),
					new ExpertManagement.Nomination(given, family,
							given.toLowerCase() + "-" + UUID.randomUUID() + "@experts.test", "en"),
					focalPoint)
			.expert();
		experts.save(id, 1, expert(given, family, words, List.of(Expertise.ECOLOGY), "en", List.of(), Gender.MAN,
				List.of("KEN"), Availability.AVAILABLE, true, true, ALL), null, focalPoint);
		return id;
	}

	private ExpertId listed(Viewer focalPoint, String given, String family, String words) {
		ExpertId id = nominated(focalPoint, given, family, words);
		experts.move(id, 2, Transition.SUBMIT, null, focalPoint);
		experts.move(id, 3, Transition.PUBLISH, null, secretariat);
		return id;
	}

	private ExpertFinds find(String... parameters) {
		Map<String, String[]> asked = new java.util.HashMap<>();
		for (int index = 0; index < parameters.length; index += 2) {
			asked.merge(parameters[index], new String[] { parameters[index + 1] }, (a, b) -> {
				String[] both = java.util.Arrays.copyOf(a, a.length + 1);
				both[a.length] = b[0];
				return both;
			});
		}
		return search.search(search.filter(asked), search.paging(asked, 20));
	}

	private static List<String> names(ExpertFinds finds) {
		return finds.experts()
			.content()
			.stream()
			.map(expert -> (expert.publicName() != null) ? expert.publicName() : "(" + expert.country().value() + ")")
			.toList();
	}

	private static Map<String, Long> counts(ExpertFinds finds, ExpertFacet facet) {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		for (FacetCount count : finds.counts(facet)) {
			counts.put(count.value(), count.count());
		}
		return counts;
	}

	@Test
	void only_listed_experts_are_found_named_where_they_agreed_and_in_a_stable_order() {
		ExpertFinds all = find();
		assertThat(names(all)).containsExactly("Amina Odhiambo", "Bruno Silva", "Dora Keller", "Lena Workflow",
				"(CHN)");
		assertThat(all.experts().totalElements()).isEqualTo(5);
		assertThat(names(find("q", "quinoa"))).isEmpty();
		ExpertSummary bruno = all.experts().content().get(1);
		assertThat(bruno.region()).isEqualTo("019");
		assertThat(bruno.expertise()).containsExactly(BIOSAFETY_LAW);
		assertThat(bruno.languages()).containsExactly(Map.entry("en", LanguageLevel.EXCELLENT),
				Map.entry("pt", LanguageLevel.EXCELLENT), Map.entry("es", LanguageLevel.FAIR));
		assertThat(bruno.availability()).isEqualTo(Availability.LIMITED);
		// A second page goes on where the first stopped.
		Map<String, String[]> second = Map.of("size", new String[] { "2" }, "page", new String[] { "1" });
		assertThat(names(search.search(ExpertFilter.NONE, search.paging(second, 20)))).containsExactly("Dora Keller",
				"Lena Workflow");
	}

	@Test
	void a_search_follows_every_change_to_the_listing_whoever_made_it() {
		assertThat(find().experts().totalElements()).isEqualTo(5);
		// Another node lists Bruno again under a new name: as many listed as before, a
		// new stamp.
		jdbc.sql("UPDATE roster_expert SET public_name = 'Bruno Renamed', listing_stamp = 42"
				+ " WHERE public_name = 'Bruno Silva'")
			.update();
		assertThat(names(find())).containsExactly("Amina Odhiambo", "Bruno Renamed", "Dora Keller", "Lena Workflow",
				"(CHN)");
		// And a job takes Amina out of the roster: one listed fewer, her counts go with
		// her.
		jdbc.sql("UPDATE roster_expert SET listed = FALSE WHERE public_name = 'Amina Odhiambo'").update();
		ExpertFinds after = find();
		assertThat(names(after)).containsExactly("Bruno Renamed", "Dora Keller", "Lena Workflow", "(CHN)");
		assertThat(counts(after, ExpertFacet.EXPERTISE)).doesNotContainKey("LMO_DETECTION")
			.containsEntry("RISK_ASSESSMENT", 1L);
	}

	@Test
	void each_facet_filters_and_is_counted_under_the_others() {
		assertThat(names(find("expertise", "RISK_ASSESSMENT"))).containsExactly("Amina Odhiambo", "(CHN)");
		assertThat(names(find("area", "LEGAL"))).containsExactly("Bruno Silva");
		assertThat(names(find("element", "12(i)"))).containsExactly("Amina Odhiambo");
		assertThat(names(find("region", "019"))).containsExactly("Bruno Silva");
		assertThat(names(find("region", "019", "region", "142"))).containsExactly("Bruno Silva", "(CHN)");
		assertThat(names(find("nationality", "PRT"))).containsExactly("Bruno Silva");
		assertThat(names(find("language", "en", "level", "3"))).containsExactly("Bruno Silva", "Lena Workflow");
		assertThat(names(find("language", "en", "level", "2"))).containsExactly("Amina Odhiambo", "Bruno Silva",
				"Lena Workflow");
		assertThat(names(find("language", "en"))).containsExactly("Amina Odhiambo", "Bruno Silva", "Lena Workflow",
				"(CHN)");
		assertThat(names(find("language", "es", "language", "fr"))).containsExactly("Bruno Silva", "Dora Keller");
		assertThat(names(find("gender", "MAN"))).containsExactly("Bruno Silva", "Lena Workflow");
		assertThat(names(find("availability", "UNAVAILABLE"))).containsExactly("(CHN)");
		assertThat(names(find("work", "ON_SITE"))).containsExactly("Bruno Silva", "Lena Workflow", "(CHN)");
		assertThat(names(find("work", "REMOTE", "work", "ON_SITE"))).hasSize(4);

		ExpertFinds risk = find("expertise", "RISK_ASSESSMENT", "region", "002");
		assertThat(names(risk)).containsExactly("Amina Odhiambo");
		// The expertise counted without its own choice, in Africa: Amina's two, Lena's
		// one.
		assertThat(counts(risk, ExpertFacet.EXPERTISE)).containsOnly(Map.entry("RISK_ASSESSMENT", 1L),
				Map.entry("LMO_DETECTION", 1L), Map.entry("ECOLOGY", 1L));
		// The regions counted without their own choice, among risk assessors.
		assertThat(counts(risk, ExpertFacet.REGION)).containsOnly(Map.entry("002", 1L), Map.entry("142", 1L));
		// The other facets under both choices: Amina alone.
		assertThat(counts(risk, ExpertFacet.LANGUAGE)).containsOnly(Map.entry("sw", 1L), Map.entry("en", 1L));
		assertThat(counts(risk, ExpertFacet.WORK)).containsOnly(Map.entry("REMOTE", 1L));

		ExpertFinds all = find();
		assertThat(counts(all, ExpertFacet.AREA)).containsEntry("SCIENTIFIC_TECHNICAL", 3L)
			.containsEntry("LEGAL", 1L)
			.containsEntry("SYSTEMS_DEVELOPMENT", 1L);
		assertThat(counts(all, ExpertFacet.LANGUAGE)).containsEntry("en", 4L);
		assertThat(counts(find("level", "3"), ExpertFacet.LANGUAGE)).containsEntry("en", 2L);
		assertThat(counts(all, ExpertFacet.AVAILABILITY)).containsOnly(Map.entry("AVAILABLE", 3L),
				Map.entry("LIMITED", 1L), Map.entry("UNAVAILABLE", 1L));
		assertThat(counts(all, ExpertFacet.ELEMENT)).containsEntry("12(c)", 3L).containsEntry("12(b)", 1L);
	}

	@Test
	void what_an_expert_did_not_agree_to_show_is_neither_shown_nor_found() {
		ExpertSummary chen = find("q", "rice").experts().content().get(0);
		assertThat(chen.publicName()).isNull();
		assertThat(names(find("q", "chen"))).isEmpty();
		assertThat(names(find("q", "wei rice"))).isEmpty();
		assertThat(names(find("nationality", "CHN"))).isEmpty();
		ExpertFinds all = find();
		assertThat(counts(all, ExpertFacet.NATIONALITY)).doesNotContainKey("CHN").containsEntry("KEN", 2L);
		assertThat(counts(all, ExpertFacet.GENDER)).containsOnly(Map.entry("WOMAN", 1L), Map.entry("MAN", 2L));
		assertThat(names(find("gender", "WOMAN"))).containsExactly("Amina Odhiambo");
	}

	@Test
	void every_word_must_match_and_wildcards_are_words() {
		assertThat(names(find("q", "CASSAVA"))).containsExactly("Amina Odhiambo");
		assertThat(names(find("q", "cassava  plant"))).containsExactly("Amina Odhiambo");
		assertThat(names(find("q", "cassava soybean"))).isEmpty();
		assertThat(names(find("q", "%"))).containsExactly("Dora Keller");
		assertThat(names(find("q", "e_d"))).containsExactly("Dora Keller");
		assertThat(names(find("q", "\\"))).isEmpty();
		assertThat(names(find("q", "lena"))).containsExactly("Lena Workflow");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			expertise=COOKING                       | expertise
			area=ART                                | area
			element=12(z)                           | element
			region=999                              | region
			nationality=XXX                         | nationality
			language=qqq                            | language
			level=4                                 | level
			level=-1                                | level
			gender=ROBOT                            | gender
			availability=SOON                       | availability
			work=MOON                               | work
			page=99999999                           | page
			page=99999999999999                     | page
			page=-1                                 | page
			size=1000                               | size
			size=x                                  | size
			q=%00                                   | q
			""")
	void bad_filter_values_are_refused_naming_the_parameter(String query, String parameter) throws Exception {
		mvc.perform(get(java.net.URI.create("/api/v1/roster/experts?" + query)))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.parameter").value(parameter));
		mvc.perform(get(java.net.URI.create("/roster?" + query))).andExpect(status().isBadRequest());
	}

	@Test
	void a_long_text_and_many_values_are_refused() throws Exception {
		mvc.perform(get("/api/v1/roster/experts").param("q", "a".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("q"));
		mvc.perform(get("/api/v1/roster/experts").param("q", "a b c d e f g h i j k"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("q"));
		assertThatThrownBy(() -> find("q", "x".repeat(201))).isInstanceOf(InvalidRequestException.class);
		String[] many = java.util.stream.IntStream.range(0, 60)
			.mapToObj(n -> "language=" + java.util.Locale.getISOLanguages()[n])
			.toArray(String[]::new);
		mvc.perform(get("/api/v1/roster/experts?" + String.join("&", many)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("language"));
	}

	@Test
	void the_api_and_the_page_show_the_same_experts_and_counts() throws Exception {
		mvc.perform(get("/api/v1/roster/experts?expertise=RISK_ASSESSMENT&language=EN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.experts.totalElements").value(2))
			.andExpect(jsonPath("$.experts.content[0].publicName").value("Amina Odhiambo"))
			.andExpect(jsonPath("$.experts.content[1].publicName").doesNotExist())
			.andExpect(jsonPath("$.experts.content[1].country").value("CHN"))
			.andExpect(jsonPath("$.experts.content[1].href").exists())
			.andExpect(jsonPath("$.facets.expertise[?(@.value == 'LMO_DETECTION')].count").value(1))
			.andExpect(content().string(not(containsString("experts.test"))))
			.andExpect(content().string(not(containsString("Chen"))));
		mvc.perform(get("/roster?expertise=RISK_ASSESSMENT&language=en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Amina Odhiambo")))
			.andExpect(content().string(containsString("Expert nominated by China")))
			.andExpect(content().string(containsString("2 experts found")))
			.andExpect(content().string(not(containsString("Chen"))))
			.andExpect(content().string(not(containsString("experts.test"))));
		mvc.perform(get("/roster").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fichier d’experts")));
	}

}
