package org.cbcm.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.cbcm.coordination.AnalysisFilter;
import org.cbcm.coordination.CoordinationAnalysis;
import org.cbcm.coordination.Verdict;
import org.cbcm.demo.internal.DemoInitiatives;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.initiatives.DuplicateRecords;
import org.cbcm.initiatives.ExchangeRates;
import org.cbcm.initiatives.InitiativeApiTests;
import org.cbcm.initiatives.internal.Facet;
import org.cbcm.initiatives.internal.InitiativeFilter;
import org.cbcm.initiatives.internal.InitiativeManagement;
import org.cbcm.initiatives.internal.InitiativeQueries;
import org.cbcm.initiatives.internal.InitiativeQueries.FacetCount;
import org.cbcm.initiatives.internal.InitiativeSort;
import org.cbcm.initiatives.internal.InitiativeSummary;
import org.cbcm.needs.internal.StrategyManagement;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.Revision;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.TaskPool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Demo initiatives as the Secretariat uses them: generated in bulk, they are published
 * records the public search, facets and API find like any other, with titles that say
 * which key element they address, the same ones for the same seed; the page refuses
 * everybody but the Secretariat and a number of initiatives out of range; removing them
 * leaves real initiatives and rates alone.
 */
@IntegrationTest
class DemoInitiativesTests {

	/**
	 * Words of a title and the key element they give away: what a reader of the demo
	 * registry expects the element facet to say of it.
	 */
	static final Map<Pattern, String> TITLE_WORDS = new LinkedHashMap<>();

	static {
		words("framework|legislation|regulations|\\blaw\\b|competent national authorit|administrative procedures"
				+ "|infrastructure|funding|compliance", "12(a)");
		words("training|fellowship|trainers|curriculum", "12(b)");
		words("risk assessment", "12(c)");
		words("risk management|post-release", "12(d)");
		words("awareness|education|journalists", "12(e)");
		words("clearing-house|information system", "12(f)");
		words("cooperation|twinning", "12(g)");
		words("technology transfer", "12(h)");
		words("detection", "12(i)");
		words("socio-economic", "12(j)");
		words("article 18\\.2|documentation requirements", "12(k)");
		words("confidential", "12(l)");
		words("transboundary movements|border", "12(m)");
		words("research", "12(n)");
		words("human health", "12(o)");
	}

	private static void words(String regex, String element) {
		TITLE_WORDS.put(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), element);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	DemoInitiatives demo;

	@Autowired
	InitiativeQueries queries;

	@Autowired
	InitiativeManagement initiatives;

	@Autowired
	ExchangeRates rates;

	@Autowired
	CoordinationAnalysis analysis;

	@Autowired
	DuplicateRecords duplicates;

	@Autowired
	StrategyManagement strategies;

	@Autowired
	Clock clock;

	UserDetails admin;

	UserDetails kenyaFocalPoint;

	UserDetails unepReporter;

	Viewer secretariat;

	@BeforeEach
	void setUp() {
		TestAccounts people = TestAccounts.in(context);
		admin = people.admin();
		secretariat = TestAccounts.viewerOf(admin);
		kenyaFocalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		unepReporter = people.holding(Role.ORGANISATION_REPORTER, InitiativeApiTests.UNEP);
		InitiativeApiTests.clear(jdbc);
	}

	@Test
	void generated_initiatives_are_published_and_found_by_search_and_facets_alike() throws Exception {
		DemoInitiatives.Generated generated = demo.generate(200, 42, secretariat);

		assertThat(generated.count()).isEqualTo(200);
		assertThat(demo.count()).isEqualTo(200);
		assertThat(queries.count()).isEqualTo(200);
		mvc.perform(get("/api/v1/initiatives?q=DEMO-&size=1")).andExpect(jsonPath("$.totalElements").value(200));

		List<InitiativeSummary> all = queries
			.search(InitiativeFilter.none(), InitiativeSort.TITLE, new Paging(0, Paging.MAX_SIZE))
			.content();
		assertThat(all).hasSize(200).allSatisfy(initiative -> {
			assertThat(initiative.projectNumber()).startsWith("DEMO-");
			assertThat(initiative.countries()).isNotEmpty();
			assertThat(initiative.elements()).isNotEmpty();
			if (!"13(d)(vi)".equals(initiative.fundingSource())) {
				assertThat(initiative.donors()).as("donors of what national sources do not fund").isNotEmpty();
			}
			assertThat(initiative.totalBudget()).isPositive();
		});
		for (InitiativeSummary initiative : all) {
			List<String> said = new ArrayList<>();
			TITLE_WORDS.forEach((words, element) -> {
				if (words.matcher(initiative.title()).find()) {
					said.add(element);
				}
			});
			assertThat(said).as("the key elements the title '%s' names", initiative.title()).isNotEmpty();
			assertThat(initiative.elements()).as("the key elements of '%s'", initiative.title()).containsAll(said);
		}
		assertThat(all).extracting(InitiativeSummary::currency).contains("USD");
		assertThat(all.stream().map(InitiativeSummary::currency).distinct().count()).isGreaterThan(2);
		assertThat(all).as("some amounts lack a rate, and show it")
			.anySatisfy(initiative -> assertThat(initiative.usd()).isNull())
			.anySatisfy(initiative -> {
				assertThat(initiative.currency()).isNotEqualTo("USD");
				assertThat(initiative.usd()).isNotNull();
			});
		assertThat(rates.all()).isNotEmpty().allSatisfy(rate -> assertThat(rate.updatedBy()).isEqualTo("Demo data"));

		// Every initiative falls in exactly one status, type and scope.
		JsonNode facets = json.readTree(mvc.perform(get("/api/v1/initiatives/facets"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		for (String single : List.of("status", "type", "scope")) {
			long total = 0;
			for (JsonNode value : facets.get(single)) {
				total += value.get("count").asLong();
			}
			assertThat(total).as(single).isEqualTo(200);
		}
		// A facet's count is what its filter finds: over the whole registry (the kept
		// counts), and over a selection (tallied from tag lists, or counted from tag
		// rows).
		Set<Facet> some = EnumSet.of(Facet.COUNTRY, Facet.ELEMENT, Facet.DONOR, Facet.GROUP, Facet.STATUS, Facet.TYPE);
		Map<Facet, List<FacetCount>> counts = countsFindWhatTheirFiltersFind(InitiativeFilter.none(), some);
		assertThat(counts.get(Facet.GROUP)).extracting(FacetCount::value).contains("LDC", "DEVELOPING");
		String country = counts.get(Facet.COUNTRY).get(0).value();
		countsFindWhatTheirFiltersFind(InitiativeFilter.of(Facet.COUNTRY, country), some);
		countsFindWhatTheirFiltersFind(new InitiativeFilter("assessment",
				Map.of(Facet.COUNTRY, Set.of(country), Facet.STATUS, Set.of("COMPLETED", "ONGOING")), null, null),
				some);
		assertThat(keptCounts()).isEqualTo(recount());
		long kenya = queries.search(InitiativeFilter.of(Facet.COUNTRY, "KEN"), InitiativeSort.NEWEST, new Paging(0, 1))
			.totalElements();
		mvc.perform(get("/api/v1/initiatives?country=KEN&size=1")).andExpect(jsonPath("$.totalElements").value(kenya));

		// Each is a record as the workflow leaves one: published, with its revision.
		InitiativeSummary first = all.get(0);
		var view = initiatives.view(first.id(), secretariat);
		assertThat(view.status()).isEqualTo(RecordStatus.PUBLISHED);
		assertThat(view.published()).isEqualTo(view.working());
		assertThat(view.confirmedOn()).isNotNull();
		List<Revision> history = initiatives.history(first.id(), secretariat);
		assertThat(history).singleElement().satisfies(revision -> {
			assertThat(revision.recordVersion()).isEqualTo(view.version());
			assertThat(revision.status()).isEqualTo(RecordStatus.PUBLISHED);
			assertThat(revision.fields()).containsEntry("title", first.title());
		});
		mvc.perform(get("/api/v1/initiatives/" + first.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.published.title").value(first.title()));
		mvc.perform(get("/initiatives?q=DEMO-")).andExpect(status().isOk());
	}

	/**
	 * What issue 10 asks of a fresh start with {@code --cbcm.demo=true}: every
	 * coordination view has something real to show, at the default scale (500). The start
	 * loads as {@link DemoInitiatives#generate} does; the views are read once the
	 * listeners of the loaded batches (coordination model, duplicate detection) are done.
	 */
	@Test
	void a_demo_start_gives_every_coordination_view_and_country_strategy_something_to_show() throws Exception {
		demo.generate(500, 2006, secretariat);
		TaskPool.settle(context);

		List<DuplicateRecords.Pair> pairs = duplicates.open(new Paging(0, 100)).content();
		assertThat(pairs).as("duplicate records").isNotEmpty();
		assertThat(pairs).as("a project registered twice by two of its parties").anySatisfy(pair -> {
			assertThat(pair.first().title()).isNotEqualTo(pair.second().title());
			assertThat(unreworded(pair.first().title())).isEqualTo(unreworded(pair.second().title()));
		});
		mvc.perform(get("/initiatives/duplicates").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(pairs.get(0).first().title())));

		AnalysisFilter filter = AnalysisFilter.asOf(LocalDate.now(clock));
		Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
		analysis.cells(filter).forEach(cell -> verdicts.add(cell.verdict()));
		assertThat(verdicts).as("coverage verdicts").contains(Verdict.GAP, Verdict.COVERED).hasSizeGreaterThan(2);
		assertThat(analysis.overlaps(filter)).as("overlapping support").isNotEmpty();
		// Other tests' initiatives may name no one; the demo's all do.
		assertThat(analysis.overlaps(filter)).as("overlapping support names whom to ask")
			.anySatisfy(overlap -> assertThat(overlap.contacts().values()).isNotEmpty());
		assertThat(analysis.funding(filter).rows()).as("funding rows").isNotEmpty();
		assertThat(analysis.partnerships(filter)).as("partnership suggestions").isNotEmpty();

		List<String> withStrategy = jdbc
			.sql("SELECT country_code FROM national_strategy WHERE created_by IS NULL AND published_at IS NOT NULL")
			.query(String.class)
			.list();
		assertThat(withStrategy).as("published demo strategies").hasSizeGreaterThan(20);
		assertThat(strategies.published(CountryCode.of(withStrategy.get(0))))
			.hasValueSatisfying(strategy -> assertThat(strategy.objectives()).isNotEmpty());
	}

	/** A reworded title of a twin, without the words its rewording added. */
	private static String unreworded(String title) {
		return title.replaceFirst("^Support to ", "")
			.replaceFirst("^Biosafety project: ", "")
			.replaceFirst(" \\([A-Z][A-Za-z-]*\\)$", "")
			.toLowerCase(java.util.Locale.ROOT);
	}

	@Test
	void the_same_seed_gives_the_same_initiatives() {
		demo.generate(60, 7, secretariat);
		List<String> first = demoRecords();
		demo.removeAll(secretariat);
		assertThat(demo.count()).isZero();

		demo.generate(60, 7, secretariat);
		assertThat(demoRecords()).hasSize(60).isEqualTo(first);

		demo.removeAll(secretariat);
		demo.generate(60, 8, secretariat);
		assertThat(demoRecords()).isNotEqualTo(first);
	}

	@Test
	void more_are_numbered_after_those_there_already() {
		demo.generate(30, 7, secretariat);
		demo.generate(20, 7, secretariat);
		assertThat(demo.count()).isEqualTo(50);
		assertThat(jdbc
			.sql("SELECT COUNT(DISTINCT project_number) FROM initiative_entry WHERE project_number LIKE 'DEMO-%'")
			.query(Long.class)
			.single()).isEqualTo(50);
	}

	@Test
	void only_the_secretariat_generates_or_removes() throws Exception {
		Viewer focalPoint = TestAccounts.viewerOf(kenyaFocalPoint);
		assertThatThrownBy(() -> demo.generate(10, focalPoint)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> demo.removeAll(focalPoint)).isInstanceOf(ForbiddenException.class);

		for (UserDetails someone : List.of(kenyaFocalPoint, unepReporter)) {
			mvc.perform(get("/initiatives/demo").with(user(someone))).andExpect(status().isForbidden());
			mvc.perform(post("/initiatives/demo").with(user(someone)).with(csrf()).param("size", "10"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/initiatives/demo/remove").with(user(someone)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/initiatives/demo")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/initiatives/demo").with(csrf()).param("size", "10")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/initiatives/demo").with(user(admin)).param("size", "10")).andExpect(status().isForbidden());
		assertThat(demo.count()).isZero();
	}

	@Test
	void a_number_out_of_range_is_refused_beside_its_field_and_nothing_is_generated() throws Exception {
		for (String size : new String[] { "0", "100001", "abc", "-3", "" }) {
			mvc.perform(post("/initiatives/demo").with(user(admin)).with(csrf()).param("size", size))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Give a whole number from 1 to 100,000."),
						containsString("aria-invalid=\"true\""), containsString("id=\"size-error\""))));
		}
		mvc.perform(post("/initiatives/demo").with(user(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give a whole number from 1 to 100,000.")));
		assertThat(demo.count()).isZero();
		assertThat(queries.count()).isZero();
	}

	@Test
	void the_secretariat_generates_them_from_the_page_and_removes_only_them() throws Exception {
		String real = publishedNationalInitiative();
		rates.set("EUR", 2020, new BigDecimal("1.1422"), "IMF annual average", secretariat);

		mvc.perform(get("/initiatives/demo").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Demo data</h1>"),
					containsString("0 demo initiatives among 1 published initiatives."),
					containsString("name=\"_csrf\""), not(containsString("aria-invalid=\"true\"")))));
		mvc.perform(post("/initiatives/demo").with(user(admin)).with(csrf()).param("size", "25"))
			.andExpect(redirectedUrl("/initiatives/demo"))
			.andExpect(flash().attribute("notice", "demo.generated"))
			.andExpect(flash().attribute("generatedCount", 25));
		mvc.perform(get("/initiatives/demo").with(user(admin)))
			.andExpect(content().string(containsString("25 demo initiatives among 26 published initiatives.")));
		assertThat(rates.all()).hasSizeGreaterThan(1);

		mvc.perform(post("/initiatives/demo/remove").with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/initiatives/demo"))
			.andExpect(flash().attribute("notice", "demo.removed"))
			.andExpect(flash().attribute("removedCount", 25));
		assertThat(demo.count()).isZero();
		assertThat(queries.count()).isEqualTo(1);
		mvc.perform(get("/api/v1/initiatives/" + real)).andExpect(status().isOk());
		assertThat(rates.all()).singleElement()
			.satisfies(rate -> assertThat(rate.source()).isEqualTo("IMF annual average"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM record_revision WHERE record_kind = 'initiative'")
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative_tag").query(Long.class).single()).isPositive();
		assertThat(keptCounts()).isEqualTo(recount());
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM initiative_tag t WHERE NOT EXISTS"
					+ " (SELECT 1 FROM initiative_entry e WHERE e.initiative_id = t.initiative_id)")
			.query(Long.class)
			.single()).isZero();
	}

	/** Kenya's focal point records and publishes a national initiative. */
	private String publishedNationalInitiative() throws Exception {
		String created = mvc.perform(post("/api/v1/initiatives").with(user(kenyaFocalPoint))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"initiative": {"title": "National biosafety framework of Kenya", "geography": {"scope": "NATIONAL",
					 "countries": [{"country": "KEN"}]}, "focus": {"keyElements": [{"element": "12(a)(i)"}]}}}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = json.readTree(created).get("id").asString();
		mvc.perform(post("/api/v1/initiatives/" + id + "/publish").with(user(kenyaFocalPoint))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1}")).andExpect(status().isOk());
		return id;
	}

	/**
	 * The facet counts of a selection, each checked against a search for its value (in
	 * place of the facet's own values in the filter) for the first few values of each
	 * facet.
	 */
	private Map<Facet, List<FacetCount>> countsFindWhatTheirFiltersFind(InitiativeFilter filter, Set<Facet> facets) {
		Map<Facet, List<FacetCount>> counts = queries.facets(filter, facets);
		for (Facet facet : facets) {
			assertThat(counts.get(facet)).as("%s over %s", facet, filter).isNotEmpty();
			for (FacetCount count : counts.get(facet).subList(0, Math.min(3, counts.get(facet).size()))) {
				Map<Facet, Set<String>> tags = new EnumMap<>(Facet.class);
				tags.putAll(filter.without(facet).tags());
				tags.put(facet, Set.of(count.value()));
				InitiativeFilter only = new InitiativeFilter(filter.text(), tags, null, null);
				assertThat(queries.search(only, InitiativeSort.NEWEST, new Paging(0, 1)).totalElements())
					.as("%s %s over %s", facet, count.value(), filter)
					.isEqualTo(count.count());
			}
		}
		return counts;
	}

	/** The facet counts kept with the tags, those above zero. */
	private List<String> keptCounts() {
		return jdbc.sql("SELECT facet, tag_value, n FROM initiative_tag_count WHERE n > 0 ORDER BY facet, tag_value")
			.query((rs, row) -> rs.getString(1) + ":" + rs.getString(2) + "=" + rs.getLong(3))
			.list();
	}

	/** The facet counts as the tags give them now. */
	private List<String> recount() {
		return jdbc.sql("""
				SELECT facet, tag_value, COUNT(*) FROM initiative_tag GROUP BY facet, tag_value
				ORDER BY facet, tag_value""")
			.query((rs, row) -> rs.getString(1) + ":" + rs.getString(2) + "=" + rs.getLong(3))
			.list();
	}

	/** The demo records as stored, in the order of their identifiers. */
	private List<String> demoRecords() {
		return jdbc.sql("""
				SELECT id, owner_country, owner_organisation, content FROM initiative
				WHERE created_by IS NULL AND created_by_name = 'Demo data' ORDER BY id""")
			.query((rs, row) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4))
			.list();
	}

}
