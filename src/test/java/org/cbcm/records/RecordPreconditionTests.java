package org.cbcm.records;

import org.cbcm.directory.ProfileFixtures;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Optimistic locking by HTTP's own headers on a record (Burkina Faso's profile, which no
 * other test writes): the version as a strong ETag, If-Match on every change, 412 when it
 * is stale, 428 when a change names no version, and the body's version still honoured;
 * every refusal changes nothing.
 */
@IntegrationTest
class RecordPreconditionTests {

	private static final String PROFILE = "/api/v1/countries/BFA/profile";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	UserDetails focalPoint;

	@BeforeEach
	void focalPoint() {
		ProfileFixtures.clear(jdbc, "BFA");
		focalPoint = TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("BFA"));
	}

	@AfterEach
	void noProfileLeftBehind() {
		ProfileFixtures.clear(jdbc, "BFA");
	}

	@Test
	void a_change_based_on_the_etag_it_read_is_saved_and_answers_the_new_etag() throws Exception {
		mvc.perform(get(PROFILE + "/draft").with(user(focalPoint)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(save("Dr Ouédraogo", null).header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(post(PROFILE + "/submit").with(user(focalPoint))
			.header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
		assertThat(version()).isEqualTo(2);
	}

	@Test
	void a_stale_if_match_is_refused_with_412_and_the_record_as_it_now_is() throws Exception {
		mvc.perform(save("Dr Ouédraogo", null).header("If-Match", "\"0\"")).andExpect(status().isOk());
		mvc.perform(save("Dr Somebody Else", null).header("If-Match", "\"0\""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.status").value(412))
			.andExpect(jsonPath("$.expectedVersion").value(0))
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.current.draft.focalPoints[0].name").value("Dr Ouédraogo"));
		mvc.perform(post(PROFILE + "/submit").with(user(focalPoint))
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isPreconditionFailed());
		assertThat(version()).isEqualTo(1);
	}

	@Test
	void a_change_that_names_no_version_is_refused_with_428() throws Exception {
		mvc.perform(save("Dr Ouédraogo", null))
			.andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.parameter").value("If-Match"))
			.andExpect(jsonPath("$.detail").value(containsString("If-Match")));
		mvc.perform(
				post(PROFILE + "/submit").with(user(focalPoint)).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isPreconditionRequired());
		assertThat(version()).isZero();
	}

	@Test
	void the_bodys_version_still_works_and_a_stale_one_is_a_409() throws Exception {
		mvc.perform(save("Dr Ouédraogo", 0)).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
		mvc.perform(save("Dr Somebody Else", 0))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(1));
		assertThat(version()).isEqualTo(1);
	}

	@Test
	void if_match_that_names_no_version_or_disagrees_with_the_body_is_refused() throws Exception {
		// A page's weak ETag can match no version of the record: the precondition fails.
		expectRefused(save("Dr Ouédraogo", null).header("If-Match", "W/\"0a1b2c\""), 412, "If-Match");
		expectRefused(save("Dr Ouédraogo", null).header("If-Match", "\"abc\""), 412, "If-Match");
		expectRefused(save("Dr Ouédraogo", null).header("If-Match", "*"), 400, "If-Match");
		expectRefused(save("Dr Ouédraogo", null).header("If-Match", "3"), 400, "If-Match");
		expectRefused(save("Dr Ouédraogo", null).header("If-Match", "\"0\", \"1\""), 400, "If-Match");
		expectRefused(save("Dr Ouédraogo", null).header("If-Match", "\"99999999999\""), 412, "If-Match");
		expectRefused(save("Dr Ouédraogo", null).header("If-Match", "\"" + "9".repeat(5000) + "\""), 400, "If-Match");
		expectRefused(save("Dr Ouédraogo", 1).header("If-Match", "\"0\""), 400, "version");
		assertThat(version()).isZero();
	}

	@Test
	void only_those_who_may_change_a_record_get_its_version_as_etag() throws Exception {
		mvc.perform(save("Dr Ouédraogo", 0)).andExpect(status().isOk());
		mvc.perform(post(PROFILE + "/publish").with(user(focalPoint))
			.header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isOk());
		String etag = mvc.perform(get(PROFILE))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", startsWith("W/\"")))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		mvc.perform(get(PROFILE).header("If-None-Match", etag)).andExpect(status().isNotModified());
	}

	private void expectRefused(MockHttpServletRequestBuilder request, int status, String parameter) throws Exception {
		ResultActions result = mvc.perform(request);
		result.andExpect(status().is(status))
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.parameter").value(parameter));
	}

	private MockHttpServletRequestBuilder save(String focalPointName, Integer version) {
		String versionField = (version == null) ? "" : "\"version\": " + version + ", ";
		return put(PROFILE).with(user(focalPoint)).contentType(MediaType.APPLICATION_JSON).content("""
				{%s"comment": "test", "focalPoints": [{"name": "%s", "email": "nfp@example.org"}],
				 "framework": "IN_PLACE", "mechanism": "BEING_ESTABLISHED"}""".formatted(versionField, focalPointName));
	}

	private int version() {
		return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM country_profile WHERE country_code = 'BFA'")
			.query(Integer.class)
			.single();
	}

}
