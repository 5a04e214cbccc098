package org.cbcm.needs;

import java.time.LocalDate;
import java.util.List;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.needs.NeedsContent.Row;
import org.cbcm.needs.internal.NeedsManagement;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The needs pages and API: a national user drafts with the form (faults beside their
 * fields, nothing saved), the focal point publishes, everybody reads the country's needs
 * (its page, its section on the country page, the API), and the comparison shows what
 * moved between two assessments.
 */
@IntegrationTest
class NeedsWebTests {

	static final CountryCode KENYA = CountryCode.of("KEN");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	NeedsManagement needs;

	@Autowired
	ApplicationContext context;

	UserDetails user;

	UserDetails focalPoint;

	@BeforeEach
	void setUp() {
		TestAccounts people = TestAccounts.in(context);
		user = people.holding(Role.NATIONAL_USER, KENYA);
		focalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, KENYA);
		NeedsPublishingTests.clear(jdbc);
	}

	@Test
	void a_faulty_form_is_shown_again_with_each_fault_beside_its_field_and_nothing_saved() throws Exception {
		mvc.perform(get("/countries/KEN/needs/new").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"elements[7].priority\"")))
			.andExpect(content().string(containsString("Risk assessment")));
		NeedsContent faulty = NeedsFixtures.withRow(NeedsFixtures.valid(), "12(b)",
				row -> NeedsFixtures.priority(row, null));
		faulty = NeedsFixtures.withRow(faulty, "12(d)", row -> new Row("12(d)", null, Priority.LOW, null, null,
				new java.math.BigDecimal("-10"), null, "USD", null, null));
		for (String element : List.of("12(e)", "12(f)", "12(g)", "12(h)")) {
			faulty = NeedsFixtures.withRow(faulty, element, row -> NeedsFixtures.priority(row, Priority.HIGH));
		}
		mvc.perform(form(post("/countries/KEN/needs").with(user(user)), faulty).param("elements[9].startYear", "soon"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"elements-6-priority-error\"")))
			.andExpect(content().string(containsString("Give a priority")))
			.andExpect(content().string(containsString("A requirement cannot be negative")))
			.andExpect(content().string(containsString("At most 5 elements may have a high priority (6 given)")))
			.andExpect(content().string(containsString("soon&#39; is not a whole number")));
		assertThat(count()).isZero();
	}

	@Test
	void drafted_published_read_and_compared() throws Exception {
		String created = mvc
			.perform(form(post("/countries/KEN/needs").with(user(user)), NeedsFixtures.valid(LocalDate.of(2020, 5, 1))))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(created).startsWith("/needs/");
		String first = created.substring("/needs/".length());
		// A draft is its owners' only.
		mvc.perform(get("/countries/KEN/needs").with(user(user)))
			.andExpect(content().string(containsString("/needs/" + first)));
		mvc.perform(get("/countries/KEN/needs")).andExpect(content().string(not(containsString("/needs/" + first))));
		mvc.perform(get("/needs/" + first)).andExpect(status().isNotFound());
		// The focal point publishes: the public reads it in full.
		mvc.perform(post("/needs/" + first + "/publish").with(user(focalPoint)).with(csrf()).param("version", "1"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/countries/KEN/needs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Latest published assessment (2020-05-01)")))
			.andExpect(content().string(containsString("Identification and detection of LMOs")));
		mvc.perform(get("/countries/KEN"))
			.andExpect(content().string(containsString("Capacity-building needs")))
			.andExpect(content().string(containsString("12(c) Risk assessment")));
		mvc.perform(get("/needs/" + first + "/history")).andExpect(status().isOk());

		// A later assessment raises 12(e) and lowers 12(i): the comparison says so.
		NeedsContent later = NeedsFixtures.withRow(NeedsFixtures.valid(LocalDate.of(2024, 5, 1)), "12(e)",
				row -> NeedsFixtures.priority(row, Priority.HIGH));
		later = NeedsFixtures.withRow(later, "12(i)", row -> NeedsFixtures.priority(row, Priority.LOW));
		Viewer nfp = TestAccounts.viewerOf(focalPoint);
		NeedsAssessmentId second = needs.create(KENYA, later, null, nfp);
		needs.move(second, 1, Transition.PUBLISH, null, nfp);
		mvc.perform(get("/countries/KEN/needs/compare"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("priority up")))
			.andExpect(content().string(containsString("priority down")));

		// The API: the latest published assessment and the list of published ones.
		mvc.perform(get("/api/v1/countries/KEN/needs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.latest.id").value(second.toString()))
			.andExpect(jsonPath("$.latest.published.assessedOn").value("2024-05-01"))
			.andExpect(jsonPath("$.published.length()").value(2))
			.andExpect(jsonPath("$.latest.draft").doesNotExist());
		mvc.perform(get("/api/v1/needs/" + first))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.published.elements[7].priority").value("HIGH"));
	}

	@Test
	void the_api_refuses_bad_input_naming_the_field_and_saves_nothing() throws Exception {
		NeedsContent faulty = NeedsFixtures.withRow(NeedsFixtures.valid(), "12(b)",
				row -> NeedsFixtures.priority(row, null));
		mvc.perform(post("/api/v1/countries/KEN/needs").with(user(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"assessment\": " + json.writeValueAsString(faulty) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(content().string(containsString("assessment.elements[6].priority")));
		String unknownPriority = json.writeValueAsString(NeedsFixtures.valid())
			.replaceFirst("\"priority\":\"LOW\"", "\"priority\":\"URGENT\"");
		mvc.perform(post("/api/v1/countries/KEN/needs").with(user(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"assessment\": " + unknownPriority + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("priority")));
		assertThat(count()).isZero();

		// A change based on a stale version (If-Match) is refused with the current
		// record.
		String body = "{\"assessment\": " + json.writeValueAsString(NeedsFixtures.valid()) + "}";
		mvc.perform(post("/api/v1/countries/KEN/needs").with(user(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(1));
		String id = jdbc.sql("SELECT id FROM needs_assessment").query(String.class).single();
		mvc.perform(put("/api/v1/needs/" + id).with(user(user))
			.header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
		mvc.perform(put("/api/v1/needs/" + id).with(user(user))
			.header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isPreconditionFailed());
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM needs_assessment").query(Long.class).single();
	}

	/** The form's parameters for a content, row by row. */
	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, NeedsContent content) {
		request.with(csrf()).param("version", "0");
		if (content.assessedOn() != null) {
			request.param("assessedOn", content.assessedOn().toString());
		}
		if (content.method() != null) {
			request.param("method", content.method());
		}
		for (int i = 0; i < content.documents().size(); i++) {
			NeedsContent.Document document = content.documents().get(i);
			request.param("documents[" + i + "].title", document.title());
			request.param("documents[" + i + "].url", document.url());
		}
		for (int i = 0; i < content.elements().size(); i++) {
			Row row = content.elements().get(i);
			String p = "elements[" + i + "].";
			request.param(p + "element", row.element());
			param(request, p + "capacity", row.capacity());
			param(request, p + "priority", row.priority());
			param(request, p + "startYear", row.startYear());
			param(request, p + "durationYears", row.durationYears());
			param(request, p + "shortTermRequirement", row.shortTermRequirement());
			param(request, p + "longTermRequirement", row.longTermRequirement());
			param(request, p + "currency", row.currency());
			param(request, p + "nationalSharePercent", row.nationalSharePercent());
		}
		return request;
	}

	private static void param(MockHttpServletRequestBuilder request, String name, Object value) {
		if (value != null) {
			request.param(name,
					(value instanceof java.math.BigDecimal number) ? number.toPlainString() : value.toString());
		}
	}

}
