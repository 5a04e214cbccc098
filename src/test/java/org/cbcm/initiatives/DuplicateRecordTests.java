package org.cbcm.initiatives;

import java.util.UUID;

import org.cbcm.identity.internal.TestAccounts;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One initiative registered twice, by its implementing agency and by its donor: both
 * published, the pair is queued for the Secretariat, who merges it (the other record is
 * archived as merged into the survivor, both histories kept), undoes the merge (published
 * again, the pair open again), or marks it distinct (never proposed again, even after a
 * change or a scan). A merge based on a version read before a change is refused.
 */
@IntegrationTest
@RecordApplicationEvents
class DuplicateRecordTests {

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

	UserDetails gefReporter;

	UserDetails admin;

	String byUnep;

	String byGef;

	String other;

	@BeforeEach
	void twoRecordsOfOneInitiative() throws Exception {
		TestAccounts people = TestAccounts.in(context);
		unepReporter = people.holding(Role.ORGANISATION_REPORTER, InitiativeApiTests.UNEP);
		gefReporter = people.holding(Role.ORGANISATION_REPORTER, InitiativeApiTests.GEF);
		admin = people.admin();
		InitiativeApiTests.clear(jdbc);
		RegistryFixtures registry = RegistryFixtures.in(context);
		byUnep = registry.aPublishedInitiative(unepReporter,
				InitiativeApiTests.regional("Detecting LMOs in East Africa"));
		byGef = registry.aPublishedInitiative(gefReporter, InitiativeApiTests.regional("East Africa: detection of LMOs")
			.replace("Builds the capacity of", "Strengthens"));
		other = registry.aPublishedInitiative(unepReporter,
				InitiativeApiTests.regional("Public awareness radio for farmers")
					.replace("Builds the capacity of risk assessors and laboratories to detect LMOs.",
							"Radio programmes and leaflets in local languages."));
	}

	@Test
	void two_near_identical_published_initiatives_are_queued_with_their_reasons() throws Exception {
		JsonNode queue = queue();
		assertThat(queue.get("totalElements").asInt()).isEqualTo(1);
		JsonNode pair = queue.get("content").get(0);
		assertThat(java.util.Set.of(pair.get("first").get("id").asString(), pair.get("second").get("id").asString()))
			.containsExactlyInAnyOrder(byUnep, byGef);
		assertThat(pair.get("score").asInt()).isGreaterThanOrEqualTo(70);
		mvc.perform(get("/api/v1/initiatives/duplicates").with(user(admin)))
			.andExpect(jsonPath("$.content[0].reasons[*].code", hasItem("title")))
			.andExpect(jsonPath("$.content[0].reasons[*].code", hasItem("organisation")))
			.andExpect(jsonPath("$.content[0].reasons[*].code", hasItem("dates")))
			.andExpect(jsonPath("$.content[0].reasons[?(@.code == 'countries')].detail", hasItem("KEN,TZA,UGA")))
			.andExpect(jsonPath("$.content[0].first.version").value(3));

		// The page shows them side by side for the Secretariat.
		mvc.perform(get("/initiatives/duplicates").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Detecting LMOs in East Africa")))
			.andExpect(content().string(containsString("East Africa: detection of LMOs")))
			.andExpect(content().string(containsString("Dates overlap")))
			.andExpect(content().string(containsString("Merge")));

		// The coordination analysis's duplications name them as its second kind, for the
		// Secretariat, with the way to its queue; the public sees overlapping support
		// only.
		mvc.perform(get("/coordination/duplications").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Initiatives registered twice")))
			.andExpect(content().string(containsString("Detecting LMOs in East Africa")))
			.andExpect(content().string(containsString("href=\"/initiatives/duplicates\"")));
		mvc.perform(get("/coordination/duplications"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Initiatives registered twice"))));

		// A scan over everything finds the same pair, once.
		jdbc.sql("DELETE FROM initiative_duplicate").update();
		mvc.perform(post("/initiatives/duplicates/scan").with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(queue().get("totalElements").asInt()).isEqualTo(1);
	}

	@Test
	void a_pair_marked_distinct_is_not_proposed_again_even_after_a_change_or_a_scan() throws Exception {
		String pair = queue().get("content").get(0).get("id").asString();
		mvc.perform(post("/api/v1/initiatives/duplicates/" + pair + "/distinct").with(user(admin)))
			.andExpect(status().isNoContent());
		assertThat(queue().get("totalElements").asInt()).isZero();
		mvc.perform(post("/api/v1/initiatives/duplicates/" + pair + "/distinct").with(user(admin)))
			.andExpect(status().isConflict());

		// The donor changes its record (to match the other even more) and it is published
		// again.
		mvc.perform(
				put("/api/v1/initiatives/" + byGef).with(user(gefReporter))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\": 3, \"initiative\": "
							+ InitiativeApiTests.regional("Detecting LMOs in East Africa") + "}"))
			.andExpect(status().isOk());
		step(byGef, "submit", 4, gefReporter).andExpect(status().isOk());
		step(byGef, "publish", 5, admin).andExpect(status().isOk());
		mvc.perform(post("/initiatives/duplicates/scan").with(user(admin)).with(csrf()));
		assertThat(queue().get("totalElements").asInt()).isZero();
		assertThat(jdbc.sql("SELECT status FROM initiative_duplicate").query(String.class).list())
			.containsExactly("DISTINCT");
	}

	@Test
	void a_merge_archives_one_record_keeps_both_histories_and_can_be_undone() throws Exception {
		JsonNode pair = queue().get("content").get(0);
		JsonNode merged = body(merge(pair, byUnep).andExpect(status().isCreated()));
		String merge = merged.get("id").asString();
		assertThat(merged.get("survivor").asString()).isEqualTo(byUnep);
		assertThat(merged.get("merged").asString()).isEqualTo(byGef);
		assertThat(merged.get("statusBefore").asString()).isEqualTo("PUBLISHED");

		// The merged record is archived through its workflow: out of the registry, told
		// to others.
		assertThat(statusOf(byGef)).isEqualTo("ARCHIVED");
		assertThat(statusOf(byUnep)).isEqualTo("PUBLISHED");
		assertThat(events.stream(InitiativeArchived.class).map(InitiativeArchived::id))
			.containsExactly(InitiativeId.of(byGef));
		mvc.perform(get("/api/v1/initiatives")).andExpect(jsonPath("$.totalElements").value(2));
		assertThat(queue().get("totalElements").asInt()).isZero();
		// Both keep their own history; the merged one's page says where it went.
		mvc.perform(get("/api/v1/initiatives/" + byGef + "/revisions").with(user(admin)))
			.andExpect(jsonPath("$.length()").value(4))
			.andExpect(jsonPath("$[0].status").value("ARCHIVED"));
		mvc.perform(get("/api/v1/initiatives/" + byUnep + "/revisions").with(user(admin)))
			.andExpect(jsonPath("$.length()").value(3));
		mvc.perform(get("/initiatives/" + byGef).with(user(admin)))
			.andExpect(content().string(containsString("archived as merged into")))
			.andExpect(content().string(containsString("href=\"/initiatives/" + byUnep + "\"")))
			.andExpect(content().string(containsString("/initiatives/merges/" + merge + "/undo")));
		mvc.perform(get("/initiatives/duplicates").with(user(admin)))
			.andExpect(content().string(containsString("/initiatives/merges/" + merge + "/undo")));

		// Undone: published again (told as a publication), the pair waits again.
		events.clear();
		mvc.perform(post("/api/v1/initiative-merges/" + merge + "/undo").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.undoneAt").exists());
		assertThat(statusOf(byGef)).isEqualTo("PUBLISHED");
		assertThat(events.stream(InitiativePublished.class).map(event -> event.facts().id()))
			.containsExactly(InitiativeId.of(byGef));
		mvc.perform(get("/api/v1/initiatives")).andExpect(jsonPath("$.totalElements").value(3));
		assertThat(queue().get("totalElements").asInt()).isEqualTo(1);
		mvc.perform(get("/api/v1/initiatives/" + byGef + "/revisions").with(user(admin)))
			.andExpect(jsonPath("$.length()").value(6));
		mvc.perform(post("/api/v1/initiative-merges/" + merge + "/undo").with(user(admin)))
			.andExpect(status().isConflict());
	}

	@Test
	void a_merge_through_the_page_keeps_the_chosen_record() throws Exception {
		JsonNode pair = queue().get("content").get(0);
		mvc.perform(post("/initiatives/duplicates/" + pair.get("id").asString() + "/merge").with(user(admin))
			.with(csrf())
			.param("survivor", byGef)
			.param("firstVersion", pair.get("first").get("version").asString())
			.param("secondVersion", pair.get("second").get("version").asString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "initiative.duplicate.merged"));
		assertThat(statusOf(byUnep)).isEqualTo("ARCHIVED");
		assertThat(statusOf(byGef)).isEqualTo("PUBLISHED");
	}

	@Test
	void a_merge_based_on_a_version_read_before_a_change_is_refused_and_nothing_changes() throws Exception {
		JsonNode pair = queue().get("content").get(0);
		// The survivor changes meanwhile (a draft over its published copy).
		mvc.perform(put("/api/v1/initiatives/" + byUnep).with(user(unepReporter))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 3, \"initiative\": "
					+ InitiativeApiTests.regional("Detecting LMOs in East Africa").replace("1200000", "1300000") + "}"))
			.andExpect(status().isOk());
		merge(pair, byGef).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail", containsString("changed since you read")));
		assertThat(statusOf(byGef)).isEqualTo("PUBLISHED");
		assertThat(jdbc.sql("SELECT status FROM initiative_duplicate").query(String.class).single()).isEqualTo("OPEN");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative_merge").query(Long.class).single()).isZero();
		// The page says so too.
		mvc.perform(post("/initiatives/duplicates/" + pair.get("id").asString() + "/merge").with(user(admin))
			.with(csrf())
			.param("survivor", byGef)
			.param("firstVersion", pair.get("first").get("version").asString())
			.param("secondVersion", pair.get("second").get("version").asString()))
			.andExpect(flash().attribute("warning", "initiative.duplicate.changed-meanwhile"));
		assertThat(statusOf(byGef)).isEqualTo("PUBLISHED");
	}

	@Test
	void bad_requests_are_refused_with_a_problem() throws Exception {
		JsonNode pair = queue().get("content").get(0);
		String id = pair.get("id").asString();
		mvc.perform(post("/api/v1/initiatives/duplicates/" + id + "/merge").with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"survivor\": \"" + other + "\", \"firstVersion\": 3, \"secondVersion\": 3}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.parameter").value("survivor"));
		mvc.perform(post("/api/v1/initiatives/duplicates/" + id + "/merge").with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"survivor\": \"not-an-id\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(post("/api/v1/initiatives/duplicates/" + id + "/merge").with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"survivor\": \"" + byUnep + "\"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/initiatives/duplicates/" + UUID.randomUUID() + "/distinct").with(user(admin)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/initiatives/duplicates/nonsense/distinct").with(user(admin)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/initiative-merges/" + UUID.randomUUID() + "/undo").with(user(admin)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/initiatives/duplicates?size=0").with(user(admin))).andExpect(status().isBadRequest());
		assertThat(statusOf(byUnep)).isEqualTo("PUBLISHED");
		assertThat(statusOf(byGef)).isEqualTo("PUBLISHED");
	}

	@Test
	void only_the_secretariat_reads_the_queue_and_decides() throws Exception {
		String id = queue().get("content").get(0).get("id").asString();
		mvc.perform(get("/api/v1/initiatives/duplicates").with(user(unepReporter))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/initiatives/duplicates/" + id + "/distinct").with(user(gefReporter)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/initiatives/duplicates").with(user(unepReporter))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT status FROM initiative_duplicate").query(String.class).single()).isEqualTo("OPEN");
	}

	private JsonNode queue() throws Exception {
		return body(mvc.perform(get("/api/v1/initiatives/duplicates").with(user(admin))).andExpect(status().isOk()));
	}

	private ResultActions merge(JsonNode pair, String survivor) throws Exception {
		return mvc
			.perform(post("/api/v1/initiatives/duplicates/" + pair.get("id").asString() + "/merge").with(user(admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"survivor\": \"%s\", \"firstVersion\": %d, \"secondVersion\": %d}".formatted(survivor,
						pair.get("first").get("version").asInt(), pair.get("second").get("version").asInt())));
	}

	private ResultActions step(String id, String transition, int version, UserDetails by) throws Exception {
		return mvc.perform(post("/api/v1/initiatives/" + id + "/" + transition).with(user(by))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}"));
	}

	private String statusOf(String id) {
		return jdbc.sql("SELECT status FROM initiative WHERE id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();
	}

	private JsonNode body(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

}
