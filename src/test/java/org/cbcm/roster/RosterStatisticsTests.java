package org.cbcm.roster;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.records.Transition;
import org.cbcm.roster.ExpertContent.Contact;
import org.cbcm.roster.ExpertContent.Degree;
import org.cbcm.roster.ExpertContent.DegreeLevel;
import org.cbcm.roster.ExpertContent.Gender;
import org.cbcm.roster.ExpertContent.Job;
import org.cbcm.roster.ExpertContent.LanguageLevel;
import org.cbcm.roster.ExpertContent.LanguageSkill;
import org.cbcm.roster.ExpertContent.OrganisationType;
import org.cbcm.roster.ExpertContent.PublicPart;
import org.cbcm.roster.internal.ExpertManagement;
import org.cbcm.roster.internal.RosterStatistics;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.cbcm.web.CountingDataSource;
import org.cbcm.web.StatementCountTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review of the roster's operation and use counts what the roster holds: experts
 * nominated by the Secretariat, written and submitted by the focal point and listed, one
 * left a draft and one lapsed through {@link ExpertManagement#lapse}. Each figure is
 * checked, on the page's API and in its CSV download; a year that is no year of the
 * roster is refused; and the page sends as many statements for many experts as for few.
 */
@IntegrationTest
// The configuration of StatementCountTests, whose application context this shares.
@Import(CountingDataSource.class)
@TestPropertySource(properties = "cbcm.web.page-cache=false")
class RosterStatisticsTests {

	static final CountryCode KENYA = CountryCode.of("KEN");

	static final CountryCode UGANDA = CountryCode.of("UGA");

	static final CountryCode BRAZIL = CountryCode.of("BRA");

	@Autowired
	ExpertManagement experts;

	@Autowired
	RosterStatistics statistics;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationContext context;

	Viewer secretariat;

	@BeforeEach
	@AfterEach
	void clear() {
		clear(jdbc);
		secretariat = TestAccounts.viewerOf(TestAccounts.in(context).admin());
	}

	/** Removes every expert's record and its lifecycle rows. */
	static void clear(JdbcClient jdbc) {
		RosterFixtures.clear(jdbc);
	}

	/**
	 * A nomination that meets the checklist: the expertise, languages and consent given.
	 */
	static ExpertContent complete(String name, Gender gender, boolean showsGender, List<Expertise> expertise,
			String motherTongue, List<LanguageSkill> languages) {
		Set<PublicPart> shown = new java.util.HashSet<>(
				Set.of(PublicPart.NAME, PublicPart.PROFILE, PublicPart.EXPERTISE, PublicPart.LANGUAGES));
		if (showsGender) {
			shown.add(PublicPart.GENDER);
		}
		String profile = "An experienced biosafety specialist who has assessed the risks of living modified organisms "
				+ "for national authorities for many years and trained regulators across the region in risk "
				+ "assessment, detection and the management of biosafety information systems.";
		return new ExpertContent(name, "Expert", profile,
				new Contact(name.toLowerCase(Locale.ROOT) + "@experts.test", null, null), 1975, null, List.of(KENYA),
				gender,
				new Job("National Biosafety Authority", "Risk assessment", "Senior officer", YearMonth.of(2015, 3),
						null, OrganisationType.GOVERNMENT, "Leads the risk assessments of applications."),
				List.of(), List.of(), List.of(),
				List.of(new Degree(DegreeLevel.DOCTORATE, "Molecular biology", "University of Nairobi", 2005)),
				List.of(), expertise, null, List.of(), List.of(), List.of(), motherTongue, languages, null, null,
				ExpertContent.Availability.AVAILABLE, true, true, shown);
	}

	/**
	 * An expert nominated by the Secretariat, written and submitted by the focal point.
	 */
	ExpertId submitted(CountryCode country, ExpertContent content) {
		Viewer focalPoint = TestAccounts.viewerOf(TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, country));
		ExpertId id = experts
			.nominate(country,
					new ExpertManagement.Nomination(content.givenName(), "Expert",
							"expert-" + UUID.randomUUID() + "@experts.test", "en"),
					secretariat)
			.expert();
		int version = experts.save(id, 1, content, null, focalPoint);
		experts.move(id, version, Transition.SUBMIT, null, focalPoint);
		return id;
	}

	/** An expert listed by the Secretariat. */
	ExpertId listed(CountryCode country, ExpertContent content) {
		ExpertId id = submitted(country, content);
		experts.move(id, experts.view(id, secretariat).version(), Transition.PUBLISH, null, secretariat);
		return id;
	}

	/**
	 * The roster of the tests: in Kenya a woman who shows her gender and a man who does
	 * not, listed, and a draft; in Brazil a listed woman; in Uganda an expert whose
	 * listing lapsed. The Kenyan man's listing lapses in two months.
	 */
	void roster() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		listed(KENYA,
				complete("Amina", Gender.WOMAN, true, List.of(Expertise.RISK_ASSESSMENT, Expertise.BIOSAFETY_LAW), "sw",
						List.of(new LanguageSkill("en", LanguageLevel.EXCELLENT),
								new LanguageSkill("fr", LanguageLevel.FAIR))));
		ExpertId man = listed(KENYA, complete("Baraka", Gender.MAN, false, List.of(Expertise.RISK_ASSESSMENT), "en",
				List.of(new LanguageSkill("fr", LanguageLevel.GOOD))));
		listed(BRAZIL, complete("Carla", Gender.WOMAN, true, List.of(Expertise.LMO_DETECTION), "pt",
				List.of(new LanguageSkill("en", LanguageLevel.GOOD))));
		ExpertId lapsing = listed(UGANDA,
				complete("Daudi", Gender.MAN, true, List.of(Expertise.POLICY_DEVELOPMENT), "en", List.of()));
		experts.nominate(KENYA, new ExpertManagement.Nomination("Esther", "Draft",
				"draft-" + UUID.randomUUID() + "@experts.test", "en"), secretariat);
		jdbc.sql("UPDATE roster_expert SET expires_on = :day WHERE id = :id")
			.param("day", today.minusDays(1))
			.param("id", lapsing.value())
			.update();
		assertThat(experts.lapse(today)).isEqualTo(1);
		jdbc.sql("UPDATE roster_expert SET expires_on = :day WHERE id = :id")
			.param("day", today.plusMonths(2))
			.param("id", man.value())
			.update();
	}

	@Test
	void every_figure_counts_what_the_roster_holds() {
		roster();
		int year = LocalDate.now(ZoneOffset.UTC).getYear();
		RosterReview review = statistics.review(null);

		assertThat(counts(review, "listed-by-region")).contains("002=[2]", "019=[1]", "142=[0]");
		assertThat(counts(review, "listed-by-gender")).containsExactly("WOMAN=[2]", "MAN=[0]", "ANOTHER=[0]",
				"UNDISCLOSED=[0]", "NOT_STATED=[1]");
		assertThat(review.figure("listed-by-region-and-gender").orElseThrow().measures()).containsExactly("WOMAN",
				"MAN", "ANOTHER", "UNDISCLOSED", "NOT_STATED");
		assertThat(counts(review, "listed-by-region-and-gender")).contains("002=[1, 0, 0, 0, 1]",
				"019=[1, 0, 0, 0, 0]");
		assertThat(counts(review, "listed-by-country")).containsExactly("KEN=[2]", "BRA=[1]");
		assertThat(counts(review, "listed-by-area")).containsExactly("SCIENTIFIC_TECHNICAL=[3]", "LEGAL=[1]",
				"POLICY_REGULATORY=[0]", "SYSTEMS_DEVELOPMENT=[0]");
		assertThat(counts(review, "listed-by-expertise")).contains("RISK_ASSESSMENT=[2]", "BIOSAFETY_LAW=[1]",
				"LMO_DETECTION=[1]", "POLICY_DEVELOPMENT=[0]");
		// excellent, good, fair; the mother tongue counts as excellent
		assertThat(counts(review, "listed-by-language")).containsExactly("en=[2, 1, 0]", "fr=[0, 1, 1]", "pt=[1, 0, 0]",
				"sw=[1, 0, 0]");
		assertThat(review.figure("nominations-by-country").orElseThrow().measures()).containsExactly("LISTED",
				"SUBMITTED", "DRAFT", "LAPSED", "ARCHIVED", "ROOM");
		assertThat(counts(review, "nominations-by-country")).containsExactly("KEN=[2, 0, 1, 0, 0, 48]",
				"BRA=[1, 0, 0, 0, 0, 49]", "UGA=[0, 0, 0, 1, 0, 50]");
		assertThat(counts(review, "listed-by-country-and-area")).containsExactly("BRA=[1, 0, 0, 0, 0]",
				"KEN=[2, 1, 0, 0, 0]");
		assertThat(counts(review, "lapsing")).containsExactly("3=[1]", "6=[1]", "12=[1]");
		assertThat(counts(review, "per-year")).containsExactly(year + "=[4, 1]");
		assertThat(review.maxPerCountry()).isEqualTo(50);
		assertThat(review.maxPerArea()).isEqualTo(5);

		// The year the listings began; a year without any counts nothing.
		assertThat(counts(statistics.review(year), "listed-by-country")).containsExactly("KEN=[2]", "BRA=[1]");
		RosterReview before = statistics.review(2010);
		assertThat(counts(before, "listed-by-country")).isEmpty();
		assertThat(counts(before, "listed-by-region")).contains("002=[0]");
		assertThat(counts(before, "per-year")).containsExactly("2010=[0, 0]");
		// the roster as it stands, whatever the year
		assertThat(counts(before, "nominations-by-country")).hasSize(3);
	}

	@Test
	void every_figure_and_measure_is_named_in_six_languages() throws java.io.IOException {
		roster();
		for (RosterFigure figure : statistics.review(null).figures()) {
			List<String> keys = new ArrayList<>(List.of("roster.statistics.figure." + figure.name(),
					"roster.statistics.figure." + figure.name() + ".description",
					"roster.statistics.section." + figure.section(),
					"roster.statistics.dimension." + figure.dimension().name()));
			figure.measures().forEach(measure -> keys.add("roster.statistics.measure." + measure));
			for (String language : List.of("", "_fr", "_es", "_ru", "_zh", "_ar")) {
				java.util.Properties bundle = new java.util.Properties();
				try (java.io.Reader reader = new java.io.InputStreamReader(
						getClass().getResourceAsStream("/i18n/roster-statistics" + language + ".properties"),
						StandardCharsets.UTF_8)) {
					bundle.load(reader);
				}
				for (String key : keys) {
					assertThat(bundle.getProperty(key)).as("%s in roster-statistics%s", key, language).isNotBlank();
				}
			}
		}
	}

	@Test
	void the_api_page_and_downloads_show_the_figures() throws Exception {
		roster();
		mvc.perform(get("/api/v1/roster/statistics"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.maxPerCountry").value(50))
			.andExpect(jsonPath("$.figures[?(@.name == 'listed-by-country')].rows[0].code").value("KEN"))
			.andExpect(jsonPath("$.figures[?(@.name == 'listed-by-country')].rows[0].counts[0]").value(2));

		String page = mvc.perform(get("/roster/statistics").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Experts inscrits par pays", "role=\"img\"", "<table", "Kenya");

		MockHttpServletResponse csv = mvc.perform(get("/roster/statistics.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"roster-statistics-" + LocalDate.now(ZoneOffset.UTC) + ".csv\""))
			.andReturn()
			.getResponse();
		String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFPart,Figure,Figure name,Code,Category,Measure,Measure name,Count\r\n");
		assertThat(text).contains("listings,listed-by-country,Experts listed by country,KEN,Kenya,LISTED,Listed,2\r\n",
				"listings,listed-by-gender,Experts listed by gender,NOT_STATED,Not stated,LISTED,Listed,1\r\n",
				"listings,nominations-by-country,Nominations by country and status,UGA,Uganda,LAPSED,Lapsed,1\r\n");

		int year = LocalDate.now(ZoneOffset.UTC).getYear();
		mvc.perform(get("/roster/statistics.xlsx").param("year", String.valueOf(year)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"roster-statistics-" + year + ".xlsx\""));
	}

	@Test
	void a_year_that_is_no_year_of_the_roster_is_refused() throws Exception {
		int next = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
		for (String year : List.of("abc", "2003", String.valueOf(next), "99999999999999999999", "-2020", "2020.5",
				"٢٠٢٠", " ")) {
			if (year.isBlank()) {
				// blank is no year: the roster as it stands
				mvc.perform(get("/api/v1/roster/statistics").param("year", year)).andExpect(status().isOk());
				continue;
			}
			mvc.perform(get("/api/v1/roster/statistics").param("year", year))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.parameter").value("year"));
			mvc.perform(get("/roster/statistics").param("year", year))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"year-error\"")));
			mvc.perform(get("/roster/statistics.csv").param("year", year)).andExpect(status().isBadRequest());
		}
		// Hostile values are refused before they reach the review.
		for (String year : List.of("20\u000024", "2".repeat(5000))) {
			for (String path : List.of("/api/v1/roster/statistics", "/roster/statistics", "/roster/statistics.csv",
					"/roster/statistics.xlsx")) {
				mvc.perform(get(path).param("year", year)).andExpect(status().isBadRequest());
			}
		}
	}

	@Test
	void the_page_sends_as_many_statements_for_many_experts_as_for_few() throws Exception {
		roster();
		List<String> few = sent("/roster/statistics");
		List<String> fewApi = sent("/api/v1/roster/statistics");
		for (int n = 0; n < 6; n++) {
			listed(n % 2 == 0 ? CountryCode.of("GHA") : CountryCode.of("IND"),
					complete("Expert" + n, Gender.values()[n % 4], n % 3 == 0,
							List.of(Expertise.values()[n], Expertise.values()[n + 10]), n % 2 == 0 ? "ak" : "hi",
							List.of(new LanguageSkill("en", LanguageLevel.values()[n % 3]))));
		}
		List<String> many = sent("/roster/statistics");
		assertThat(many).as("statements of the page with more experts").isEqualTo(few);
		assertThat(sent("/api/v1/roster/statistics")).isEqualTo(fewApi);
		System.out.println("/roster/statistics sends " + many.size() + " statements:\n  " + String.join("\n  ", many));
		assertThat(few.size()).isLessThanOrEqualTo(18);
	}

	private List<String> sent(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isOk());
		return StatementCountTests.Statements.during(() -> mvc.perform(get(path)).andExpect(status().isOk()));
	}

	private static List<String> counts(RosterReview review, String figure) {
		return review.figure(figure).orElseThrow().rows().stream().map(row -> row.code() + "=" + row.counts()).toList();
	}

}
