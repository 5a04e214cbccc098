package org.cbcm.coordination;

import java.time.LocalDate;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.cbcm.coordination.CoordinationWorld.FAO;
import static org.cbcm.coordination.CoordinationWorld.GEF;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordination analysis through the API: each endpoint answers a small world with its
 * filters, bad filter values are refused naming their parameter, and only the Secretariat
 * rebuilds.
 */
@IntegrationTest
class CoordinationApiTests {

	static final String AS_OF = "asOf=2026-06-01";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	CoordinationWorld world;

	@BeforeEach
	void emptyWorld() {
		world = CoordinationWorld.empty(context);
	}

	@Test
	void every_endpoint_answers_with_the_filters() throws Exception {
		world.highNeed("KEN", 100_000);
		world.highNeed("UGA", 100_000);
		world.initiative("Biosafety laboratories in Kenya", GEF, LocalDate.of(2025, 3, 1), LocalDate.of(2027, 12, 31),
				150_000, "KEN");
		world.initiative("Detection capacity, Kenya", FAO, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 80_000,
				"KEN");

		mvc.perform(get("/api/v1/coordination/coverage?" + AS_OF + "&country=KEN&element=12(c)"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.elements", hasSize(1)))
			.andExpect(jsonPath("$.rows.content[0].country").value("KEN"))
			.andExpect(jsonPath("$.rows.content[0].cells[0].verdict").value("POSSIBLE_DUPLICATION"))
			.andExpect(jsonPath("$.rows.content[0].cells[0].initiatives", hasSize(2)))
			.andExpect(jsonPath("$.rows.content[0].cells[0].reason").value(containsString("different donors")));
		mvc.perform(get("/api/v1/coordination/coverage?" + AS_OF + "&region=014&size=5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows.content", hasSize(5)))
			.andExpect(jsonPath("$.rows.content[0].cells", hasSize(20)));
		mvc.perform(get("/api/v1/coordination/gaps?" + AS_OF + "&element=12(c)"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].country").value("UGA"))
			.andExpect(jsonPath("$.content[0].verdict").value("GAP"));
		mvc.perform(get("/api/v1/coordination/gaps?" + AS_OF + "&element=12(c)&verdict=POSSIBLE_DUPLICATION"))
			.andExpect(jsonPath("$.content[0].country").value("KEN"));
		mvc.perform(get("/api/v1/coordination/duplications?" + AS_OF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].initiatives", hasSize(2)));
		mvc.perform(get("/api/v1/coordination/duplications?" + AS_OF + "&donor=" + GEF))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/v1/coordination/funding?" + AS_OF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(230000.0))
			.andExpect(jsonPath("$.requirements.OTHER_DEVELOPING").value(100000.0));
		mvc.perform(get("/api/v1/coordination/funding?" + AS_OF + "&source=13(d)(ii)"))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/coordination/partnerships?" + AS_OF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.kind == 'CO_FUNDING')].region").value("002"));
	}

	@Test
	void a_filter_value_that_names_nothing_is_refused_naming_its_parameter() throws Exception {
		String[][] bad = { { "asOf", "yesterday" }, { "asOf", "2026-02-30" }, { "element", "12(z)" },
				{ "element", "14(a)" }, { "country", "ZZZ" }, { "region", "999" }, { "region", "south" },
				{ "group", "RICH" }, { "source", "12(c)" }, { "donor", "not-an-organisation" },
				{ "donor", "00000000-0000-0000-0000-000000000000" }, { "verdict", "FINE" }, { "size", "0" } };
		for (String endpoint : new String[] { "coverage", "gaps", "duplications", "funding", "partnerships" }) {
			for (String[] parameter : bad) {
				if (parameter[0].equals("verdict") && !endpoint.equals("gaps")) {
					continue;
				}
				if (parameter[0].equals("size") && endpoint.equals("funding")) {
					continue;
				}
				mvc.perform(get("/api/v1/coordination/" + endpoint).param(parameter[0], parameter[1]))
					.andExpect(status().isBadRequest())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
					.andExpect(jsonPath("$.parameter").value(parameter[0]));
			}
		}
	}

	@Test
	void only_the_secretariat_rebuilds() throws Exception {
		TestAccounts people = TestAccounts.in(context);
		mvc.perform(post("/api/v1/coordination/rebuild")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/coordination/rebuild")
			.with(user(people.holding(Role.NATIONAL_FOCAL_POINT, org.cbcm.shared.CountryCode.of("KEN")))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/coordination/rebuild").with(user(people.admin()))).andExpect(status().isNoContent());
	}

}
