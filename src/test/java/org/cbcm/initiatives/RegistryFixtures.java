package org.cbcm.initiatives;

import org.cbcm.identity.internal.TestAccounts;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Initiatives in the registry, reached through the API's real steps: registered by their
 * owner, submitted, and published by the Secretariat.
 */
final class RegistryFixtures {

	private final MockMvc mvc;

	private final JsonMapper json;

	private final ApplicationContext context;

	private RegistryFixtures(MockMvc mvc, JsonMapper json, ApplicationContext context) {
		this.mvc = mvc;
		this.json = json;
		this.context = context;
	}

	static RegistryFixtures in(ApplicationContext context) {
		return new RegistryFixtures(context.getBean(MockMvc.class), context.getBean(JsonMapper.class), context);
	}

	/** A draft its owner registered, by its identifier. */
	String aDraft(UserDetails owner, String initiative) throws Exception {
		String created = mvc
			.perform(post("/api/v1/initiatives").with(user(owner))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"initiative\": " + initiative + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(created).get("id").asString();
	}

	/**
	 * A published initiative, by its identifier: its owner registers and submits it, the
	 * Secretariat publishes it.
	 */
	String aPublishedInitiative(UserDetails owner, String initiative) throws Exception {
		String id = aDraft(owner, initiative);
		step(id, "submit", 1, owner);
		step(id, "publish", 2, TestAccounts.in(context).admin());
		return id;
	}

	private void step(String id, String transition, int version, UserDetails by) throws Exception {
		mvc.perform(post("/api/v1/initiatives/" + id + "/" + transition).with(user(by))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}")).andExpect(status().isOk());
	}

}
