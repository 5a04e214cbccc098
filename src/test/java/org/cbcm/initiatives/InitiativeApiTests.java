package org.cbcm.initiatives;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registry through the API, as a script of a donor or implementer would use it with a
 * token: register a multi-country initiative, submit it, have the Secretariat publish it,
 * find it by facet and by text, change it, and be refused what is not one's own or not
 * well formed.
 */
@IntegrationTest
@RecordApplicationEvents
public class InitiativeApiTests {

	static final OrganisationId GEF = key("gef");

	public static final OrganisationId UNEP = key("unep");

	static final OrganisationId FAO = key("fao");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	UserDetails unepReporter;

	UserDetails faoReporter;

	UserDetails kenyaFocalPoint;

	UserDetails kenyaUser;

	@BeforeEach
	void people() {
		TestAccounts people = TestAccounts.in(context);
		unepReporter = people.holding(Role.ORGANISATION_REPORTER, UNEP);
		faoReporter = people.holding(Role.ORGANISATION_REPORTER, FAO);
		kenyaFocalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		kenyaUser = people.holding(Role.NATIONAL_USER, CountryCode.of("KEN"));
		clear(jdbc);
	}

	public static void clear(JdbcClient jdbc) {
		jdbc.sql("DELETE FROM initiative").update();
		jdbc.sql("DELETE FROM initiative_tag_count").update();
		jdbc.sql("DELETE FROM record_revision WHERE record_kind = 'initiative'").update();
		jdbc.sql("DELETE FROM record_registry WHERE record_kind = 'initiative'").update();
		jdbc.sql("DELETE FROM exchange_rate").update();
		jdbc.sql("UPDATE demo_load SET last_number = 0, remaining = 0").update();
	}

	static OrganisationId key(String key) {
		return new OrganisationId(UUID.nameUUIDFromBytes(("cbcm:organisation:" + key).getBytes()));
	}

	/** A three-country initiative UNEP implements with GEF money, in euros. */
	static String regional(String title) {
		return """
				{"title": "%s", "projectNumber": "GEF-5432", "type": "PROJECT", "implementation": "ONGOING",
				 "description": "Builds the capacity of risk assessors and laboratories to detect LMOs.",
				 "schedule": {"plannedStart": "2024-02-01", "plannedEnd": "2027-01-31", "actualStart": "2024-03-15"},
				 "geography": {"scope": "SUB_REGIONAL", "countries": [{"country": "KEN", "percentage": 50},
				   {"country": "UGA"}, {"country": "TZA"}], "regions": ["014"]},
				 "participants": [{"organisation": "%s", "role": "DONOR", "share": 100},
				   {"organisation": "%s", "role": "IMPLEMENTING_AGENCY"}],
				 "funding": {"totalBudget": 1200000, "currency": "EUR", "source": "13(d)(i)", "type": "GRANT",
				   "coFinancing": 300000, "years": [{"year": 2024, "committed": 600000, "disbursed": 400000}]},
				 "focus": {"keyElements": [{"element": "12(c)", "percentage": 60}, {"element": "12(i)"}],
				   "activities": ["14(l)", "14(m)"], "categories": ["TRAINING", "EQUIPMENT_AND_INFRASTRUCTURE"],
				   "targetGroups": ["RISK_ASSESSORS", "LABORATORY_STAFF"]},
				 "results": {"outputs": "Three laboratories equipped", "indicators": [{"name": "Staff trained",
				   "unit": "people", "baseline": 0, "target": 120, "targetDate": "2026-12-31", "actual": 45}],
				   "documents": [{"title": "Project document", "url": "https://example.org/gef-5432.pdf"}]},
				 "evaluations": [{"evaluator": "Independent Evaluation Office", "date": "2025-06-30",
				   "ratings": {"RELEVANCE": 4, "EFFICIENCY": 3}, "summary": "On track."}],
				 "contacts": [{"name": "Amina Odhiambo", "institution": "UNEP", "email": "amina@example.org"}]}"""
			.formatted(title, GEF, UNEP);
	}

	@Test
	void an_implementer_registers_it_the_secretariat_publishes_it_and_the_public_finds_it() throws Exception {
		String token = token(TestAccounts.email(Role.ORGANISATION_REPORTER, UNEP), TestAccounts.PASSWORD);
		JsonNode created = body(mvc
			.perform(post("/api/v1/initiatives").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"comment\": \"first draft\", \"initiative\": " + regional("Detecting LMOs in East Africa")
						+ "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.owner").value(UNEP.toString()))
			.andExpect(jsonPath("$.draft.geography.countries", hasSize(3))));
		String id = created.get("id").asString();

		// A draft is for its owners and the Secretariat only.
		mvc.perform(get("/api/v1/initiatives/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/initiatives/" + id).with(user(faoReporter))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/initiatives?country=KEN")).andExpect(jsonPath("$.totalElements").value(0));

		// The reporter submits; only the Secretariat publishes.
		transition(id, "submit", 1, token).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		transition(id, "publish", 2, token).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/initiatives/" + id + "/publish").with(user(TestAccounts.in(context).admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 2}")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
		assertThat(events.stream(InitiativePublished.class)).singleElement()
			.satisfies(event -> assertThat(event.facts().countryShares()).containsOnlyKeys(CountryCode.of("KEN"),
					CountryCode.of("UGA"), CountryCode.of("TZA")));

		// The public reads it and finds it by facet and by text.
		mvc.perform(get("/api/v1/initiatives/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.published.title").value("Detecting LMOs in East Africa"))
			.andExpect(jsonPath("$.draft").doesNotExist())
			.andExpect(jsonPath("$.version").doesNotExist());
		for (String query : new String[] { "country=UGA", "region=002", "group=LDC", "donor=" + GEF,
				"implementer=" + UNEP, "element=12(c)", "element=12(i)", "activity=14(m)", "status=ONGOING",
				"source=13(d)(i)", "q=laboratories%20detect", "q=unep", "from=2026&to=2030", "category=TRAINING" }) {
			mvc.perform(get(java.net.URI.create("/api/v1/initiatives?" + query)))
				.andDo(result -> assertThat(result.getResponse().getContentAsString()).as(query)
					.contains("\"totalElements\":1"))
				.andExpect(jsonPath("$.totalElements").value(1))
				.andExpect(jsonPath("$.content[0].id").value(id));
		}
		for (String query : new String[] { "country=BRA", "donor=" + FAO, "element=12(d)", "q=banana", "from=2028",
				"status=COMPLETED" }) {
			mvc.perform(get("/api/v1/initiatives?" + query)).andExpect(jsonPath("$.totalElements").value(0));
		}
		mvc.perform(get("/api/v1/initiatives/facets?country=KEN"))
			.andExpect(jsonPath("$.country[*].value", hasItem("UGA")))
			.andExpect(jsonPath("$.element[?(@.value == '12(c)')].count").value(1))
			.andExpect(jsonPath("$.group[?(@.value == 'LDC')].count").value(1));

		// Euros are shown in dollars only once the Secretariat keeps the year's rate.
		mvc.perform(get("/api/v1/initiatives?country=KEN"))
			.andExpect(jsonPath("$.content[0].totalBudget").value(1200000))
			.andExpect(jsonPath("$.content[0].currency").value("EUR"))
			.andExpect(jsonPath("$.content[0].usd").doesNotExist())
			.andExpect(jsonPath("$.content[0].countrySharesEstimated").value(true));
		mvc.perform(put("/api/v1/exchange-rates/EUR/2024").with(user(TestAccounts.in(context).admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"usdPerUnit\": 1.0824, \"source\": \"IMF annual average\"}")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/initiatives?country=KEN"))
			.andExpect(jsonPath("$.content[0].usd").value(1298880.0))
			.andExpect(jsonPath("$.content[0].rateYear").value(2024));
	}

	@Test
	void a_change_is_a_new_revision_and_a_stale_one_is_refused() throws Exception {
		String id = created(unepReporter, regional("Biosafety information systems"));
		JsonNode changed = body(mvc
			.perform(put("/api/v1/initiatives/" + id).with(user(unepReporter))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 1, \"comment\": \"budget revised\", \"initiative\": "
						+ regional("Biosafety information systems").replace("1200000", "1500000") + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2)));
		assertThat(changed.get("draft").get("funding").get("totalBudget").asInt()).isEqualTo(1500000);

		mvc.perform(put("/api/v1/initiatives/" + id).with(user(unepReporter))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1, \"initiative\": " + regional("A stale title") + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(2))
			.andExpect(jsonPath("$.current.draft.title").value("Biosafety information systems"));

		mvc.perform(get("/api/v1/initiatives/" + id + "/revisions").with(user(unepReporter)))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].comment").value("budget revised"));
		mvc.perform(get("/api/v1/initiatives/" + id + "/revisions/compare?from=1&to=2").with(user(unepReporter)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].field").value("funding.totalBudget"))
			.andExpect(jsonPath("$[0].before").value("1200000"))
			.andExpect(jsonPath("$[0].after").value("1500000"));
		// A draft's history is its owners' business.
		mvc.perform(get("/api/v1/initiatives/" + id + "/revisions").with(user(faoReporter)))
			.andExpect(status().isNotFound());
	}

	@Test
	void others_cannot_change_or_move_what_is_not_theirs() throws Exception {
		String id = created(unepReporter, regional("Public awareness of biosafety"));
		mvc.perform(put("/api/v1/initiatives/" + id).with(user(faoReporter))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1, \"initiative\": " + regional("Taken over") + "}"))
			.andExpect(status().isNotFound());
		transition(id, "submit", 1, unepReporter).andExpect(status().isOk());
		mvc.perform(post("/api/v1/initiatives/" + id + "/publish").with(user(kenyaFocalPoint))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 2}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/initiatives").contentType(MediaType.APPLICATION_JSON)
			.content("{\"initiative\": " + regional("Anonymous") + "}")).andExpect(status().isUnauthorized());
		publish(id, 2);
		// Once public, others see it, and are refused (not hidden from) changing it.
		mvc.perform(put("/api/v1/initiatives/" + id).with(user(faoReporter))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 3, \"initiative\": " + regional("Taken over") + "}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/initiatives/" + id + "/archive").with(user(unepReporter))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 3}")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT title FROM initiative WHERE id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single()).isEqualTo("Public awareness of biosafety");
	}

	@Test
	void a_focal_point_records_and_publishes_national_initiatives_of_its_own_country() throws Exception {
		String national = """
				{"title": "National biosafety framework of Kenya", "geography": {"scope": "NATIONAL",
				 "countries": [{"country": "%s"}]}, "focus": {"keyElements": [{"element": "12(a)(i)"}]}}""";
		mvc.perform(post("/api/v1/initiatives").with(user(kenyaFocalPoint))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"initiative\": " + national.formatted("UGA") + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("initiative.geography.countries"));
		String id = created(kenyaUser, national.formatted("KEN"));
		transition(id, "publish", 1, kenyaUser).andExpect(status().isForbidden());
		transition(id, "publish", 1, kenyaFocalPoint).andExpect(status().isOk());
		mvc.perform(get("/api/v1/initiatives?element=12(a)")).andExpect(jsonPath("$.content[0].id").value(id));
		transition(id, "archive", 2, kenyaFocalPoint).andExpect(status().isOk());
		mvc.perform(get("/api/v1/initiatives/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/initiatives?country=KEN")).andExpect(jsonPath("$.totalElements").value(0));
		assertThat(events.stream(InitiativeArchived.class)).hasSize(1);
	}

	@Test
	void publications_at_the_same_moment_of_the_first_initiatives_of_a_country_all_succeed_and_count()
			throws Exception {
		String national = """
				{"title": "Biosafety inspectors of Kenya, course %d", "geography": {"scope": "NATIONAL",
				 "countries": [{"country": "KEN"}]}, "focus": {"keyElements": [{"element": "12(d)"}]}}""";
		int writers = 6;
		for (int round = 0; round < 4; round++) {
			clear(jdbc);
			List<String> drafts = new ArrayList<>();
			for (int draft = 0; draft < writers; draft++) {
				drafts.add(created(kenyaFocalPoint, national.formatted(draft)));
			}
			// No count of Kenya's initiatives exists yet: each publication finds none and
			// files the first, all at once.
			CyclicBarrier start = new CyclicBarrier(writers);
			ExecutorService threads = Executors.newFixedThreadPool(writers);
			try {
				List<Future<Integer>> answers = new ArrayList<>();
				for (String id : drafts) {
					answers.add(threads.submit(() -> {
						start.await(10, TimeUnit.SECONDS);
						return transition(id, "publish", 1, kenyaFocalPoint).andReturn().getResponse().getStatus();
					}));
				}
				for (Future<Integer> answer : answers) {
					assertThat(answer.get(60, TimeUnit.SECONDS)).as("a publication's answer").isEqualTo(200);
				}
			}
			finally {
				threads.shutdownNow();
			}
			assertThat(jdbc.sql("SELECT n FROM initiative_tag_count WHERE facet = 'COUNTRY' AND tag_value = 'KEN'")
				.query(Long.class)
				.single()).isEqualTo(writers);
			mvc.perform(get("/api/v1/initiatives?country=KEN")).andExpect(jsonPath("$.totalElements").value(writers));
		}
	}

	@Test
	void bad_input_is_a_400_problem_naming_the_field_and_saves_nothing() throws Exception {
		String good = regional("Well formed");
		expectBad(good.replace("\"plannedEnd\": \"2027-01-31\"", "\"plannedEnd\": \"2023-01-31\""),
				"initiative.schedule.plannedEnd");
		expectBad(good.replace("\"percentage\": 50", "\"percentage\": 150"),
				"initiative.geography.countries[0].percentage");
		expectBad(good.replace("{\"element\": \"12(i)\"}", "{\"element\": \"12(i)\", \"percentage\": 70}"),
				"initiative.focus.keyElements");
		expectBad(good.replace("1200000", "-5"), "initiative.funding.totalBudget");
		expectBad(good.replace("1200000", "\"lots\""), "initiative.funding.totalBudget");
		expectBad(good.replace("\"EUR\"", "\"EUX\""), "initiative.funding.currency");
		expectBad(good.replace("\"TZA\"", "\"QQQ\""), "initiative.geography.countries[2].country");
		expectBad(good.replace("\"12(i)\"", "\"12(z)\""), "initiative.focus.keyElements[1].element");
		expectBad(good.replace("\"14(m)\"", "\"14(y)\""), "initiative.focus.activities[1]");
		expectBad(good.replace("\"14(m)\"", "\"12(c)\""), "initiative.focus.activities[1]");
		expectBad(good.replace(GEF.toString(), UUID.randomUUID().toString()),
				"initiative.participants[0].organisation");
		expectBad(good.replace("Builds the capacity", "x".repeat(10_001)), "initiative.description");
		// A body larger than the endpoint takes is refused before it is read.
		expectBad(good.replace("Builds the capacity", "x".repeat(5 * 1024 * 1024)), "body");
		expectBad(good.replace("\"title\": \"Well formed\"", "\"title\": \"\""), "initiative.title");
		// Several faults at once are all named.
		String several = body(mvc
			.perform(post("/api/v1/initiatives").with(user(unepReporter))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"initiative\": " + good.replace("\"EUR\"", "\"EUX\"").replace("1200000", "-5") + "}"))
			.andExpect(status().isBadRequest())).toString();
		assertThat(several).contains("initiative.funding.currency", "initiative.funding.totalBudget");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative").query(Long.class).single()).isZero();

		mvc.perform(get("/api/v1/initiatives?country=ZZZ"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("country"));
		mvc.perform(get("/api/v1/initiatives?from=2030&to=2020"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("to"));
		mvc.perform(get("/api/v1/initiatives?element=14(a)"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("element"));
		mvc.perform(get("/api/v1/initiatives/not-an-id")).andExpect(status().isNotFound());
	}

	@Test
	void the_documented_example_is_one_the_api_accepts() throws Exception {
		JsonNode docs = body(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()));
		JsonNode create = docs.at("/paths/~1api~1v1~1initiatives/post/requestBody/content/application~1json");
		String example = create.get("example").toString();
		assertThat(example).contains("Detecting LMOs in East Africa");
		mvc.perform(post("/api/v1/initiatives").with(user(unepReporter))
			.contentType(MediaType.APPLICATION_JSON)
			.content(example)).andExpect(status().isCreated());
		JsonNode step = docs.get("paths")
			.get("/api/v1/initiatives/{id}/{transition}")
			.at("/post/requestBody/content/application~1json/examples");
		assertThat(step.at("/step/value").toString()).contains("version");
		assertThat(step.at("/return/value").toString()).contains("reason");
	}

	private void expectBad(String initiative, String field) throws Exception {
		mvc.perform(post("/api/v1/initiatives").with(user(unepReporter))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"initiative\": " + initiative + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value(field));
	}

	private String created(UserDetails by, String initiative) throws Exception {
		return body(mvc
			.perform(post("/api/v1/initiatives").with(user(by))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"initiative\": " + initiative + "}"))
			.andExpect(status().isCreated())).get("id").asString();
	}

	private void publish(String id, int version) throws Exception {
		mvc.perform(post("/api/v1/initiatives/" + id + "/publish").with(user(TestAccounts.in(context).admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}")).andExpect(status().isOk());
	}

	private ResultActions transition(String id, String step, int version, String token) throws Exception {
		return mvc.perform(post("/api/v1/initiatives/" + id + "/" + step).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}"));
	}

	private ResultActions transition(String id, String step, int version, UserDetails by) throws Exception {
		return mvc.perform(post("/api/v1/initiatives/" + id + "/" + step).with(user(by))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}"));
	}

	private JsonNode body(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private String token(String email, String password) throws Exception {
		return body(mvc.perform(post("/api/v1/me/tokens")
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"registry script\", \"days\": 30}")).andExpect(status().isCreated())).get("token")
			.asString();
	}

}
