package org.cbcm.records;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The comparison of two revisions reads as the record's own page does, for every kind of
 * record: codes by their labels, numbers and dates as pages write them, countries,
 * organisations and Action Plan items by name. The API keeps the stored values.
 */
@IntegrationTest
class RevisionPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	UserDetails unepReporter;

	UserDetails kenyaFocalPoint;

	@AfterEach
	void noProfileLeftBehind() {
		org.cbcm.directory.ProfileFixtures.clear(jdbc, "KEN");
	}

	@BeforeEach
	void clear() {
		TestAccounts people = TestAccounts.in(context);
		unepReporter = people.holding(Role.ORGANISATION_REPORTER,
				new OrganisationId(UUID.fromString(organisation("unep"))));
		kenyaFocalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		jdbc.sql("DELETE FROM initiative").update();
		jdbc.sql("DELETE FROM initiative_tag_count").update();
		jdbc.sql("DELETE FROM record_revision WHERE record_kind = 'initiative' OR record_id = 'KEN'").update();
		jdbc.sql("DELETE FROM record_registry WHERE record_kind = 'initiative' OR record_id = 'KEN'").update();
		jdbc.sql("DELETE FROM country_profile WHERE country_code = 'KEN'").update();
	}

	@Test
	void an_initiatives_revisions_compare_in_labels_names_and_formatted_values() throws Exception {
		String before = initiative("APPROVED", "GRANT", "85000", "UGA", "2025-03-01", "gef", "12(c)");
		String after = initiative("ONGOING", "IN_KIND", "90000", "TZA", "2025-04-01", "norad", "12(b)");
		String created = mvc
			.perform(post("/api/v1/initiatives").with(user(unepReporter))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"initiative\": " + before + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = json.readTree(created).get("id").asString();
		mvc.perform(put("/api/v1/initiatives/" + id).with(user(unepReporter))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1, \"initiative\": " + after + "}")).andExpect(status().isOk());

		Map<String, String[]> changes = changes("/initiatives/" + id + "/history?from=1&to=2", unepReporter);
		assertThat(changes).containsEntry("Status", new String[] { "Approved, not yet started", "Ongoing" })
			.containsEntry("Funding › Total budget", new String[] { "85,000", "90,000" })
			.containsEntry("Funding › Type", new String[] { "Grant", "In kind" })
			.containsEntry("Geography › Countries 2 › Country",
					new String[] { "Uganda", "United Republic of Tanzania" })
			.containsEntry("Dates › Planned start", new String[] { "1 March 2025", "1 April 2025" })
			.containsEntry("Organisations 1 › Organisation",
					new String[] { "Global Environment Facility", "Norwegian Agency for Development Cooperation" });
		assertThat(changes).containsEntry("What it addresses › Key elements (Action Plan 12) 1 › Key element",
				new String[] { "12(c) Risk assessment and other scientific and technical expertise",
						"12(b) Human-resources development and training" });
		assertThat(String.join(" ", changes.values().stream().flatMap(java.util.Arrays::stream).toList()))
			.doesNotContain("APPROVED", "IN_KIND", "85000", "UGA", "2025-03-01");

		// The API gives the stored values.
		mvc.perform(get("/api/v1/initiatives/" + id + "/revisions/compare?from=1&to=2").with(user(unepReporter)))
			.andExpect(jsonPath("$[?(@.field == 'implementation')].before").value("APPROVED"))
			.andExpect(jsonPath("$[?(@.field == 'funding.totalBudget')].after").value("90000"));
	}

	@Test
	void a_profiles_revisions_compare_in_labels() throws Exception {
		profile(0, "IN_DEVELOPMENT", "NONE", false);
		profile(1, "IN_PLACE", "BEING_ESTABLISHED", true);

		Map<String, String[]> changes = changes("/countries/KEN/profile/history?from=1&to=2", kenyaFocalPoint);
		assertThat(changes)
			.containsEntry("National biosafety framework in place (14(e))",
					new String[] { "Being developed", "In place" })
			.containsEntry("National capacity-building coordination mechanism (14(k))",
					new String[] { "None", "Being established" })
			.containsEntry("Centre of origin or of genetic diversity", new String[] { "No", "Yes" });

		mvc.perform(get("/api/v1/countries/KEN/profile/revisions/compare?from=1&to=2").with(user(kenyaFocalPoint)))
			.andExpect(jsonPath("$[?(@.field == 'mechanism')].after").value("BEING_ESTABLISHED"));
	}

	/**
	 * The rows of the page's comparison: each field's label, its value before and after.
	 */
	private Map<String, String[]> changes(String page, UserDetails viewer) throws Exception {
		String html = mvc.perform(get(page).with(user(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, String[]> rows = new LinkedHashMap<>();
		for (Element row : Jsoup.parse(html).select("table.diff tbody tr")) {
			rows.put(row.selectFirst("th").text(),
					new String[] { row.select("td").get(0).text(), row.select("td").get(1).text() });
		}
		assertThat(rows).isNotEmpty();
		return rows;
	}

	private static String initiative(String status, String fundingType, String budget, String secondCountry,
			String start, String donor, String element) {
		return """
				{"title": "Detection of living modified organisms", "implementation": "%s",
				 "schedule": {"plannedStart": "%s", "plannedEnd": "2027-12-31"},
				 "geography": {"scope": "SUB_REGIONAL", "countries": [{"country": "KEN", "percentage": 60},
				   {"country": "%s"}]},
				 "participants": [{"organisation": "%s", "role": "DONOR"},
				   {"organisation": "%s", "role": "IMPLEMENTING_AGENCY"}],
				 "funding": {"totalBudget": %s, "currency": "EUR", "type": "%s"},
				 "focus": {"keyElements": [{"element": "%s"}]}}""".formatted(status, start, secondCountry,
				organisation(donor), organisation("unep"), budget, fundingType, element);
	}

	private void profile(int version, String framework, String mechanism, boolean centreOfOrigin) throws Exception {
		mvc.perform(put("/api/v1/countries/KEN/profile").with(user(kenyaFocalPoint))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": %d, "focalPoints": [{"name": "Dr Achieng Otieno"}],
					 "framework": "%s", "mechanism": "%s", "centreOfOrigin": %s}""".formatted(version, framework,
					mechanism, centreOfOrigin)))
			.andExpect(status().isOk());
	}

	private static String organisation(String key) {
		return UUID.nameUUIDFromBytes(("cbcm:organisation:" + key).getBytes()).toString();
	}

}
