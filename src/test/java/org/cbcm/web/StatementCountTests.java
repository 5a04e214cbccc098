package org.cbcm.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;

import org.cbcm.coordination.CoordinationWorld;
import org.cbcm.framework.ItemCode;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.initiatives.CapacityCategory;
import org.cbcm.initiatives.InitiativeApiTests;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeFacts;
import org.cbcm.initiatives.ParticipantRole;
import org.cbcm.initiatives.TargetGroup;
import org.cbcm.needs.NeedsFixtures;
import org.cbcm.needs.NeedsPublishingTests;
import org.cbcm.needs.internal.NeedsManagement;
import org.cbcm.records.Transition;
import org.cbcm.roster.ExpertContent;
import org.cbcm.roster.ExpertLoads;
import org.cbcm.roster.Expertise;
import org.cbcm.roster.RosterFixtures;
import org.cbcm.shared.Access;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.DeclaredEndpoints;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.Grant;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.Mailbox;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No public page sends more SQL statements the more there is to show (issue 12): each
 * page, requested by an anonymous visitor through the whole filter chain, sends exactly
 * as many statements with a small registry as with one several times larger, and no more
 * than the bound {@link #PAGES} sets for it. A page that loaded its rows one query at a
 * time (an N+1) would send more with the larger registry and fail here, long before it
 * showed as slowness in production.
 * <p>
 * The statements are counted at the JDBC driver's door: the application's
 * {@link DataSource} is wrapped ({@link CountingDataSource}, for the context this test
 * shares with roster.RosterStatisticsTests only) in proxies that count each
 * {@code execute*} call of a statement made on the requesting thread while a request is
 * measured (MockMvc serves it on the test's thread, rendering included). Each page is
 * requested once before it is counted, so that caches filled on first use do not count;
 * and every public page the endpoint declarations list must have its row, so that a new
 * page cannot go uncounted.
 * <p>
 * The cache of rendered public pages is off: the count is about rendering a page, which a
 * page served from the cache skips, so a kept page would send nothing at either size and
 * hide what its rendering sends.
 */
@IntegrationTest
@Import(CountingDataSource.class)
@TestPropertySource(properties = "cbcm.web.page-cache=false")
public class StatementCountTests {

	private static final OrganisationId GEF = organisation("gef");

	private static final OrganisationId UNEP = organisation("unep");

	private static final ItemCode C = ItemCode.of("12(c)");

	/** Reference organisations the larger registry's initiatives work with, in turn. */
	private static final List<OrganisationId> PARTNERS = List.of("fao", "iucn", "undp", "world-bank", "icgeb", "norad")
		.stream()
		.map(StatementCountTests::organisation)
		.toList();

	/** Countries the larger registry's initiatives name, five at a time, in turn. */
	private static final List<String> COUNTRIES = List.of("KEN", "UGA", "TZA", "RWA", "ETH", "MWI", "ZMB", "GHA", "SEN",
			"NGA", "BRA", "IND");

	/**
	 * Every public page with the most statements it may send, whatever the size of the
	 * registry: what it was measured to send (the same at both sizes, on H2 and on
	 * PostgreSQL), plus two.
	 */
	static final List<Page> PAGES = List.of(
	// @formatter:off
			page("/", "/", 13), // measured 11
			page("/login", "/login", 2), // measured 0
			page("/password-reset", "/password-reset", 2), // measured 0
			page("/password-reset/{secret}", registry -> registry.reset(), 5), // measured 3
			page("/password-reset/{secret}", "/password-reset/an-unknown-link", 410, 3), // measured 1
			page("/invitations/{secret}", registry -> registry.invitation(), 5), // measured 3
			page("/invitations/{secret}", "/invitations/an-unknown-link", 410, 3), // measured 1
			page("/maps/world.svg", "/maps/world.svg?highlight=KEN,UGA", 2), // measured 0
			page("/maps/world.{version}.svg", new WorldMap().shapesPath(), 2), // measured 0
			page("/action-plan", "/action-plan", 8), // measured 6
			page("/action-plan/items/{code}", "/action-plan/items/12%28a%29", 17), // measured 15
			page("/action-plan/versions", "/action-plan/versions", 4), // measured 2
			page("/action-plan/mappings", "/action-plan/mappings?from=lg-cb-3-2006&to=lg-cb-3-2006", 7), // measured 5
			page("/countries", "/countries", 4), // measured 2
			page("/countries/map", "/countries/map", 3), // measured 1
			page("/countries/{code}", "/countries/KEN", 20), // measured 18
			page("/countries/{code}/needs", "/countries/KEN/needs", 13), // measured 11
			page("/countries/{code}/needs/compare", "/countries/KEN/needs/compare", 15), // measured 13
			page("/countries/{code}/strategy", "/countries/KEN/strategy", 12), // measured 10
			page("/needs/{id}", registry -> "/needs/" + registry.needs(), 12), // measured 10
			page("/needs/{id}/history", registry -> "/needs/" + registry.needs() + "/history", 15), // measured 13
			page("/organisations", "/organisations", 5), // measured 3
			page("/organisations/{id}", "/organisations/" + GEF.value(), 10), // measured 8
			page("/initiatives", "/initiatives", 14), // measured 12
			page("/initiatives", "/initiatives?element=12%28c%29&country=KEN", 21), // measured 19
			page("/initiatives", "/initiatives?q=biosafety", 14), // measured 12
			page("/initiatives/map", "/initiatives/map", 13), // measured 11
			page("/initiatives/exchange-rates", "/initiatives/exchange-rates", 3), // measured 1
			page("/initiatives/{id}", registry -> "/initiatives/" + registry.initiative(), 16), // measured 14
			page("/initiatives/{id}/history", registry -> "/initiatives/" + registry.initiative() + "/history", 11), // measured 9
			page("/coordination", "/coordination", 31), // measured 29
			page("/coordination/coverage", "/coordination/coverage", 29), // measured 27
			page("/coordination/gaps", "/coordination/gaps", 27), // measured 25
			page("/coordination/duplications", "/coordination/duplications", 27), // measured 25
			page("/coordination/funding", "/coordination/funding", 22), // measured 20
			page("/coordination/partnerships", "/coordination/partnerships", 26), // measured 24
			page("/coordination/coverage/{country}/{element}", "/coordination/coverage/KEN/12%28c%29", 28), // measured 26
			page("/roster", "/roster", 11), // measured 9
			page("/roster", "/roster?expertise=RISK_ASSESSMENT&language=en&level=2&q=biosafety", 11), // measured 9
			page("/roster/experts/{id}", registry -> "/roster/experts/" + registry.expert(), 12),
			page("/roster/statistics", "/roster/statistics", 19), // measured 17
			page("/problems", "/problems", 2),
			page("/problems/{name}", "/problems/version-conflict", 2));
	// @formatter:on

	/**
	 * The public pages left out of {@link #PAGES} because they send more statements the
	 * more there is to show, with what grows; each is a fault to mend, and its row to add
	 * back then. None now: the lists of a country's needs assessments read their
	 * confirmations in one query ({@code RecordLifecycle.views}).
	 */
	static final Map<String, String> UNBOUNDED = Map.of();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	NeedsManagement needs;

	@Autowired
	DeclaredEndpoints endpoints;

	@Autowired
	ExpertLoads loads;

	@Autowired
	ApplicationContext context;

	@Autowired
	GreenMail mailServer;

	UserDetails admin;

	UserDetails kenyaUser;

	Viewer kenyaFocalPoint;

	@BeforeEach
	@AfterEach
	void clear() {
		CoordinationWorld.empty(context);
		InitiativeApiTests.clear(jdbc);
		NeedsPublishingTests.clear(jdbc);
		RosterFixtures.clear(jdbc);
		jdbc.sql("DELETE FROM record_revision WHERE record_kind = 'organisation'").update();
		jdbc.sql("DELETE FROM record_registry WHERE record_kind = 'organisation'").update();
		jdbc.sql("DELETE FROM organisation WHERE reference_key IS NULL").update();
		TestAccounts people = TestAccounts.in(context);
		admin = people.admin();
		kenyaUser = people.holding(Role.NATIONAL_USER, CountryCode.of("KEN"));
		kenyaFocalPoint = TestAccounts.viewerOf(people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN")));
	}

	@Test
	void every_public_page_has_a_bound() {
		TreeSet<String> counted = new TreeSet<>(PAGES.stream().map(Page::pattern).toList());
		List<String> uncounted = endpoints.all()
			.stream()
			.filter(endpoint -> endpoint.access().kind() == Access.Kind.ANYONE && endpoint.methods().contains("GET"))
			.map(Endpoint::pattern)
			.filter(StatementCountTests::isPage)
			.filter(pattern -> !counted.contains(pattern) && !UNBOUNDED.containsKey(pattern))
			.toList();
		assertThat(uncounted).as("public pages without a row in StatementCountTests.PAGES").isEmpty();
		assertThat(UNBOUNDED.keySet()).as("pages both bounded and unbounded").doesNotContainAnyElementsOf(counted);
	}

	@Test
	void no_page_sends_more_statements_for_more_data() throws Exception {
		CoordinationWorld world = CoordinationWorld.empty(context);
		// The small registry, with something on every page: three initiatives of two
		// donors on 12(c) or 12(a) in one or two countries, two assessments of Kenya's
		// needs, one organisation of the Secretariat's, one exchange rate.
		List<InitiativeFacts> small = world.load(List.of(simple(1, GEF, C, "KEN"), simple(2, PARTNERS.get(0), C, "KEN"),
				simple(3, GEF, ItemCode.of("12(a)"), "UGA")));
		String assessment = publishedNeeds("KEN", 2020);
		publishedNeeds("KEN", 2022);
		List<OrganisationId> organisations = new ArrayList<>(List.of(publishedOrganisation(1)));
		rate("EUR", 2020);
		String invitation = invitation();
		String reset = passwordReset();
		String expert = experts(0, 2).get(0).toString();
		Subjects smallRegistry = new Subjects(small.get(0).id().toString(), assessment, invitation, reset, expert);
		Map<String, List<String>> before = sentBy(smallRegistry);

		// Several times as much of everything the pages show: 15 more initiatives, each
		// in
		// five countries with four participants, three elements and more tags; three more
		// assessments of Kenya's and one for each of six other countries; four more
		// organisations (partners in the new initiatives); five more rates.
		for (int n = 2; n <= 5; n++) {
			organisations.add(publishedOrganisation(n));
		}
		List<InitiativeFacts> large = world.load(IntStream.range(0, 15).mapToObj(n -> rich(n, organisations)).toList());
		for (int year = 2023; year <= 2025; year++) {
			publishedNeeds("KEN", year);
		}
		for (String country : COUNTRIES.subList(1, 7)) {
			publishedNeeds(country, 2024);
		}
		for (int year = 2021; year <= 2025; year++) {
			rate("EUR", year);
		}
		experts(2, 40);
		Subjects largeRegistry = new Subjects(large.get(0).id().toString(), assessment, invitation, reset, expert);
		Map<String, List<String>> after = sentBy(largeRegistry);

		StringBuilder report = new StringBuilder("Statements per page (small registry, larger registry, bound):\n");
		List<String> faults = new ArrayList<>();
		for (Page page : PAGES) {
			String path = page.path().apply(smallRegistry);
			List<String> fewer = before.get(path);
			List<String> more = new ArrayList<>(after.get(page.path().apply(largeRegistry)));
			int was = fewer.size();
			int is = more.size();
			report.append("  %-60s %3d %3d %3d%n".formatted(path, was, is, page.bound()));
			if (is != was) {
				fewer.forEach(more::remove);
				faults.add("%s sends %d statements with the small registry, %d with the larger one; more: %s"
					.formatted(path, was, is, more));
			}
			if (is > page.bound()) {
				faults.add("%s sends %d statements, more than its bound %d".formatted(path, is, page.bound()));
			}
		}
		System.out.print(report);
		assertThat(faults).as(report.toString()).isEmpty();
		// The counting sees what the pages send.
		assertThat(after.get("/initiatives")).isNotEmpty();
	}

	/**
	 * The statements each page sends, by path, after one request to fill the caches; with
	 * {@code -Dcbcm.test.statements=true} they are printed.
	 */
	private Map<String, List<String>> sentBy(Subjects registry) throws Exception {
		Map<String, List<String>> sent = new LinkedHashMap<>();
		for (Page page : PAGES) {
			String path = page.path().apply(registry);
			request(path, page.status());
			List<String> statements = Statements.during(() -> request(path, page.status()));
			sent.put(path, statements);
			if (Boolean.getBoolean("cbcm.test.statements")) {
				System.out.println(path + ":\n  " + String.join("\n  ", statements));
			}
		}
		return sent;
	}

	private void request(String path, int expected) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(URI.create(path))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(expected);
	}

	/**
	 * Pages, not the API, downloads, static files, documentation (the API's, and its
	 * guide under /docs/) or probes.
	 */
	private static boolean isPage(String pattern) {
		return !pattern.startsWith("/api/") && !pattern.startsWith("/v3/") && !pattern.startsWith("/swagger-ui")
				&& !pattern.startsWith("/actuator/") && !pattern.startsWith("/webjars/") && !pattern.startsWith("/css/")
				&& !pattern.startsWith("/js/") && !pattern.startsWith("/docs/") && !pattern.startsWith("/codelists/")
				&& !pattern.equals("/favicon.ico") && !pattern.equals("/error")
				&& !pattern.matches(".*\\.(csv|xlsx|json|xml)$")
				&& !pattern.matches(".*/offline(-blank)?\\.\\{format\\}$");
	}

	/** A one-country initiative of the donor's on the element. */
	private static InitiativeContent simple(int n, OrganisationId donor, ItemCode element, String country) {
		return CoordinationWorld.content("Biosafety initiative " + n, donor, element, LocalDate.of(2025, 1, 1),
				LocalDate.of(2027, 12, 31), 100_000, country);
	}

	/**
	 * A regional initiative of GEF's with UNEP and others in five countries, on three
	 * elements, with three capacity categories and three target groups.
	 */
	private static InitiativeContent rich(int n, List<OrganisationId> organisations) {
		String[] countries = IntStream.range(0, 5)
			.mapToObj(i -> COUNTRIES.get((n + i) % COUNTRIES.size()))
			.toArray(String[]::new);
		InitiativeContent base = CoordinationWorld.content("Regional biosafety programme " + n, GEF, C,
				LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31), 250_000 + 1_000 * n, countries);
		List<InitiativeContent.Participant> participants = List.of(
				new InitiativeContent.Participant(GEF, ParticipantRole.DONOR, null),
				new InitiativeContent.Participant(UNEP, ParticipantRole.IMPLEMENTING_AGENCY, null),
				new InitiativeContent.Participant(PARTNERS.get(n % PARTNERS.size()), ParticipantRole.EXECUTING_AGENCY,
						null),
				new InitiativeContent.Participant(organisations.get(n % organisations.size()),
						ParticipantRole.COLLABORATING_PARTNER, null));
		InitiativeContent.Focus focus = new InitiativeContent.Focus(
				List.of(new InitiativeContent.ElementShare(C, BigDecimal.valueOf(50)),
						new InitiativeContent.ElementShare(ItemCode.of("12(a)"), null),
						new InitiativeContent.ElementShare(ItemCode.of("12(i)"), null)),
				List.of(), List.of(CapacityCategory.TRAINING, CapacityCategory.NETWORKING, CapacityCategory.RESEARCH),
				List.of(TargetGroup.REGULATORS, TargetGroup.SCIENTISTS, TargetGroup.FARMERS));
		return new InitiativeContent(base.title(), "RBP-" + n, "Builds biosafety capacity across the region.", null,
				base.type(), null, base.implementation(), base.schedule(), base.geography(), participants,
				base.funding(), focus, base.results(), base.evaluations(), base.contacts());
	}

	/**
	 * Lists the experts from the first number to the second, of Kenya and Brazil in turn,
	 * each a risk assessor speaking English well, so that the roster's page shows a full
	 * page of them in the larger registry.
	 */
	private List<org.cbcm.roster.ExpertId> experts(int from, int to) {
		List<ExpertLoads.Loaded> batch = IntStream.range(from, to)
			.mapToObj(n -> new ExpertLoads.Loaded(CountryCode.of((n % 2 == 0) ? "KEN" : "BRA"),
					RosterFixtures.expert("Expert", "Number" + n, "Biosafety",
							List.of(Expertise.RISK_ASSESSMENT, (n % 2 == 0) ? Expertise.ECOLOGY : Expertise.TRAINING),
							"en", List.of(RosterFixtures.speaks("fr", ExpertContent.LanguageLevel.GOOD)),
							ExpertContent.Gender.WOMAN, List.of((n % 2 == 0) ? "KEN" : "BRA"),
							ExpertContent.Availability.AVAILABLE, true, n % 3 == 0, RosterFixtures.ALL)))
			.toList();
		return loads.list(batch, "statement counts", TestAccounts.viewerOf(admin));
	}

	/** A valid assessment of the country's needs, published by its focal point. */
	private String publishedNeeds(String country, int year) {
		Viewer focalPoint = country.equals("KEN") ? kenyaFocalPoint : TestAccounts
			.viewerOf(TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of(country)));
		var id = needs.create(CountryCode.of(country), NeedsFixtures.valid(LocalDate.of(year, 5, 1)), null, focalPoint);
		needs.move(id, 1, Transition.PUBLISH, null, focalPoint);
		return id.toString();
	}

	/** An organisation a Kenyan user proposes and the Secretariat publishes. */
	private OrganisationId publishedOrganisation(int n) throws Exception {
		String proposal = """
				{"name": "Biosafety Network %d", "acronym": "BN%d", "type": "NGO", "country": "KEN"}""".formatted(n, n);
		String id = json
			.readTree(mvc.perform(post("/api/v1/organisations").with(user(kenyaUser))
				.contentType(MediaType.APPLICATION_JSON)
				.content(proposal)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
			.get("id")
			.asString();
		mvc.perform(post("/api/v1/organisations/" + id + "/publish").with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1}")).andExpect(status().isOk());
		return new OrganisationId(UUID.fromString(id));
	}

	/** The path of the link the Secretariat's invitation of a new person mails them. */
	private String invitation() throws Exception {
		String email = "invited-" + UUID.randomUUID() + "@people.test";
		mvc.perform(post("/api/v1/users").with(user(admin)).contentType(MediaType.APPLICATION_JSON).content("""
				{"email": "%s", "name": "Invited Person", "language": "en",
				 "roles": [{"role": "EXPERT"}]}""".formatted(email))).andExpect(status().isCreated());
		return Mailbox.linkPath(new Mailbox(mailServer).last(email), "/invitations/");
	}

	/** The path of the link a person who asks to reset their password is mailed. */
	private String passwordReset() throws Exception {
		String email = "forgetful-" + UUID.randomUUID() + "@people.test";
		TestAccounts.in(context).person(email, Grant.expert());
		mvc.perform(post("/password-reset").with(csrf()).param("email", email)).andExpect(status().isOk());
		return Mailbox.linkPath(new Mailbox(mailServer).last(email), "/password-reset/");
	}

	private void rate(String currency, int year) throws Exception {
		mvc.perform(put("/api/v1/exchange-rates/" + currency + "/" + year).with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"usdPerUnit\": 1.08, \"source\": \"IMF annual average\"}")).andExpect(status().isOk());
	}

	private static OrganisationId organisation(String key) {
		return new OrganisationId(UUID.nameUUIDFromBytes(("cbcm:organisation:" + key).getBytes()));
	}

	private static Page page(String pattern, String path, int bound) {
		return page(pattern, path, 200, bound);
	}

	private static Page page(String pattern, String path, int status, int bound) {
		return new Page(pattern, registry -> path, status, bound);
	}

	private static Page page(String pattern, Function<Subjects, String> path, int bound) {
		return new Page(pattern, path, 200, bound);
	}

	/**
	 * A public page.
	 *
	 * @param pattern the endpoint declared for it
	 * @param path what is requested, in a registry
	 * @param status the status it answers with
	 * @param bound the most statements it may send
	 */
	record Page(String pattern, Function<Subjects, String> path, int status, int bound) {
	}

	/**
	 * What the detail pages show in a registry: in the small one a one-country
	 * initiative, in the larger one a five-country one with four participants; an
	 * assessment of Kenya's needs; the paths of a person's invitation and of a reset of
	 * another's password, which the mails sent them hold.
	 */
	record Subjects(String initiative, String needs, String invitation, String reset, String expert) {
	}

	/** Something measured that may throw. */
	public interface Action {

		void run() throws Exception;

	}

	/**
	 * The statements sent on this thread while an action runs: every {@code execute*}
	 * call ({@code executeBatch} counts once) of a statement of a connection of the
	 * counting data source.
	 */
	public static final class Statements {

		private static final ThreadLocal<@Nullable List<String>> SENT = new ThreadLocal<>();

		private Statements() {
		}

		/** The SQL of each statement the action sent, in order. */
		public static List<String> during(Action action) throws Exception {
			List<String> sent = new ArrayList<>();
			SENT.set(sent);
			try {
				action.run();
				return sent;
			}
			finally {
				SENT.remove();
			}
		}

		/** The data source, its connections and their statements counting. */
		static DataSource counting(DataSource target) {
			Class<?>[] types = (target instanceof AutoCloseable)
					? new Class<?>[] { DataSource.class, AutoCloseable.class } : new Class<?>[] { DataSource.class };
			return (DataSource) proxy(target, types, (method, args) -> {
				Object result = call(target, method, args);
				return (result instanceof Connection connection) ? connection(connection) : result;
			});
		}

		private static Connection connection(Connection target) {
			return (Connection) proxy(target, new Class<?>[] { Connection.class }, (method, args) -> {
				Object result = call(target, method, args);
				if (!(result instanceof Statement statement)) {
					return result;
				}
				String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text : null;
				Class<?> type = (statement instanceof CallableStatement) ? CallableStatement.class
						: (statement instanceof PreparedStatement) ? PreparedStatement.class : Statement.class;
				return statement(statement, type, sql);
			});
		}

		private static Object statement(Statement target, Class<?> type, @Nullable String prepared) {
			return proxy(target, new Class<?>[] { type }, (method, args) -> {
				if (method.getName().startsWith("execute")) {
					List<String> sent = SENT.get();
					if (sent != null) {
						String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text
								: prepared;
						// One line, lists of parameters shortened: the same
						// statement for more rows reads the same.
						sent.add(method.getName() + ": "
								+ String.valueOf(sql)
									.replaceAll("\\s+", " ")
									.replaceAll("\\(\\?(, \\?)*\\)", "(?, ...)"));
					}
				}
				return call(target, method, args);
			});
		}

		/** What a proxy does with a call. */
		interface Handler {

			@Nullable Object handle(Method method, @Nullable Object[] args) throws Throwable;

		}

		private static Object proxy(Object target, Class<?>[] types, Handler handler) {
			return Proxy.newProxyInstance(StatementCountTests.class.getClassLoader(), types,
					(proxy, method, args) -> handler.handle(method, args));
		}

		private static @Nullable Object call(Object target, Method method, @Nullable Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

}
