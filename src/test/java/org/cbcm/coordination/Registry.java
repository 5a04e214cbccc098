package org.cbcm.coordination;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Initiatives through the registry's real use cases (the API): UNEP's reporter registers,
 * changes and submits, the Secretariat publishes and archives.
 */
final class Registry {

	private final MockMvc mvc;

	private final JsonMapper json;

	private final UserDetails reporter;

	private final UserDetails secretariat;

	private final ApplicationContext context;

	Registry(ApplicationContext context) {
		this.context = context;
		this.mvc = context.getBean(MockMvc.class);
		this.json = context.getBean(JsonMapper.class);
		TestAccounts people = TestAccounts.in(context);
		this.reporter = people.holding(Role.ORGANISATION_REPORTER, CoordinationWorld.UNEP);
		this.secretariat = people.admin();
	}

	/**
	 * An initiative of the donor, implemented by UNEP, on 12(c) in the countries (shares
	 * split evenly), in US dollars.
	 */
	static String initiative(String title, OrganisationId donor, String start, String end, int budget,
			String... countries) {
		StringBuilder shares = new StringBuilder();
		for (String country : countries) {
			shares.append(shares.isEmpty() ? "" : ", ").append("{\"country\": \"").append(country).append("\"}");
		}
		return """
				{"title": "%s", "type": "PROJECT", "implementation": "ONGOING",
				 "schedule": {"plannedStart": "%s", "plannedEnd": "%s"},
				 "geography": {"scope": "%s", "countries": [%s]},
				 "participants": [{"organisation": "%s", "role": "DONOR"},
				   {"organisation": "%s", "role": "IMPLEMENTING_AGENCY"}],
				 "funding": {"totalBudget": %d, "currency": "USD", "source": "13(d)(i)", "type": "GRANT"},
				 "focus": {"keyElements": [{"element": "12(c)", "percentage": 70}, {"element": "12(i)"}]}}""".formatted(
				title, start, end, (countries.length == 1) ? "NATIONAL" : "REGIONAL", shares, donor,
				CoordinationWorld.UNEP, budget);
	}

	/** The initiative naming a contact at UNEP. */
	static String withContact(String initiative, String name, String email) {
		return initiative.substring(0, initiative.lastIndexOf('}'))
				+ ", \"contacts\": [{\"name\": \"%s\", \"institution\": \"UNEP\", \"email\": \"%s\"}]}".formatted(name,
						email);
	}

	/** Registers, submits and publishes; the identifier. */
	String publish(String initiative) throws Exception {
		JsonNode created = body(mvc
			.perform(post("/api/v1/initiatives").with(user(reporter))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"initiative\": " + initiative + "}"))
			.andExpect(status().isCreated())
			.andReturn());
		String id = created.get("id").asString();
		int version = step(id, "submit", created.get("version").asInt(), reporter);
		step(id, "publish", version, secretariat);
		return id;
	}

	/** Changes the published initiative and publishes the change. */
	void change(String id, String initiative) throws Exception {
		int version = current(id);
		JsonNode saved = body(mvc
			.perform(put("/api/v1/initiatives/" + id).with(user(reporter))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + version + ", \"initiative\": " + initiative + "}"))
			.andExpect(status().isOk())
			.andReturn());
		version = step(id, "submit", saved.get("version").asInt(), reporter);
		step(id, "publish", version, secretariat);
	}

	void archive(String id) throws Exception {
		step(id, "archive", current(id), secretariat);
	}

	private int current(String id) throws Exception {
		return body(mvc
			.perform(
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/initiatives/" + id)
						.with(user(secretariat)))
			.andExpect(status().isOk())
			.andReturn()).get("version").asInt();
	}

	private int step(String id, String transition, int version, UserDetails by) throws Exception {
		int stepped = body(mvc
			.perform(post("/api/v1/initiatives/" + id + "/" + transition).with(user(by))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + version + "}"))
			.andExpect(status().isOk())
			.andReturn()).get("version").asInt();
		return stepped;
	}

	private JsonNode body(org.springframework.test.web.servlet.MvcResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsString());
	}

}
