package org.cbcm.web;

import java.nio.charset.StandardCharsets;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Page forms are bound by Spring into form objects: nested rows and keyed fields bind, a
 * row beyond its list's limit is refused at once at its list, a field that must be filled
 * is told beside it, and a parameter name no form field has is a bad request, never a
 * failure.
 */
@IntegrationTest
class FormBindingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	jakarta.validation.Validator validator;

	UserDetails reporter;

	UserDetails focalPoint;

	@BeforeEach
	void clean() {
		TestAccounts people = TestAccounts.in(context);
		reporter = people.holding(Role.ORGANISATION_REPORTER, organisation("unep"));
		focalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("RWA"));
		jdbc.sql("DELETE FROM initiative").update();
		jdbc.sql("DELETE FROM initiative_tag_count").update();
		jdbc.sql("DELETE FROM record_revision WHERE record_kind = 'initiative'").update();
		jdbc.sql("DELETE FROM record_registry WHERE record_kind = 'initiative'").update();
		jdbc.sql("DELETE FROM country_profile WHERE country_code = 'RWA'").update();
		jdbc.sql("DELETE FROM record_revision WHERE record_id = 'RWA'").update();
		jdbc.sql("DELETE FROM record_registry WHERE record_id = 'RWA'").update();
	}

	@Test
	void nested_rows_and_keyed_fields_bind_and_come_back_in_the_form() throws Exception {
		MockHttpServletResponse saved = call(post("/initiatives").param("title", "Bound by Spring")
			.param("distinct", "true")
			.param("geography.countries[0].country", "KEN")
			.param("geography.countries[0].percentage", "60")
			.param("geography.countries[1].country", "UGA")
			.param("geography.countries[1].percentage", "40")
			.param("participants[0].organisation", organisation("unep").toString())
			.param("participants[0].role", "IMPLEMENTING_AGENCY")
			.param("focus.elements", "12(c)", "12(d)")
			.param("focus.share[12(c)]", "70")
			.param("evaluations[0].evaluator", "Independent evaluators")
			.param("evaluations[0].ratings[RELEVANCE]", "3"));
		assertThat(saved.getStatus()).as(text(saved)).isEqualTo(302);
		String id = saved.getRedirectedUrl().replace("/initiatives/", "");

		String form = text(call(get("/initiatives/" + id + "/edit")));
		assertThat(form).containsPattern("id=\"geography-countries-1-percentage\"[^>]*value=\"40\"")
			.containsPattern("<option value=\"UGA\" selected")
			.containsPattern("id=\"focus-share-12-c\"[^>]*name=\"focus.share\\[12\\(c\\)]\"[^>]*value=\"70\"")
			.containsPattern("<option value=\"3\" selected")
			.contains("value=\"Independent evaluators\"");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative").query(Long.class).single()).isOne();
	}

	@Test
	void a_row_beyond_a_lists_limit_is_refused_at_once_beside_its_list() throws Exception {
		// The first form answered is slow (its choices are read once); the rest are
		// timed.
		call(post("/initiatives").param("title", "Warm-up").param("participants[100].role", "DONOR"));
		for (String index : new String[] { "250", "2147483646", "99999999999", "1" + "0".repeat(3000) }) {
			long start = System.nanoTime();
			String page = text(call(post("/initiatives").param("title", "Rows attack")
				.param("participants[" + index + "].organisation", organisation("unep").toString())
				.param("geography.countries[" + index + "].country", "KEN")));
			long millis = (System.nanoTime() - start) / 1_000_000;
			assertThat(page).as(index)
				.containsPattern("id=\"participants-error\"[^>]*>At most 100 rows.")
				.containsPattern("id=\"geography-countries-error\"[^>]*>At most 250 rows.");
			assertThat(page).as(index).containsPattern("value=\"Rows attack\"");
			assertThat(millis).as("milliseconds for an index of %d digits", index.length()).isLessThan(5_000);
		}
		String countries = text(call(post("/initiatives").param("title", "Rows attack")
			.param("geography.countries[249].country", "KEN")
			.param("geography.countries[250].country", "UGA")));
		assertThat(countries).containsPattern("id=\"geography-countries-error\"[^>]*>At most 250 rows.")
			.doesNotContain("id=\"participants-error\"");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative").query(Long.class).single()).isZero();

		String profile = text(call(focalPoint,
				post("/countries/RWA/profile").param("version", "0")
					.param("focalPoints[0].name", "Kept")
					.param("focalPoints[10].name", "One too many")));
		assertThat(profile).contains("At most 10 are listed.").contains("value=\"Kept\"");
		assertThat(
				jdbc.sql("SELECT COUNT(*) FROM country_profile WHERE country_code = 'RWA'").query(Long.class).single())
			.isZero();
	}

	@Test
	void a_field_that_must_be_filled_is_told_beside_it() throws Exception {
		String page = text(
				call(post("/initiatives").param("title", " ").param("geography.countries[0].country", "KEN")));
		assertThat(page).containsPattern("id=\"title-error\"[^>]*>This field is needed.")
			.containsPattern("<option value=\"KEN\" selected");
		// Bean Validation says so of the form itself, before the record's rules.
		org.cbcm.initiatives.web.InitiativeForm form = new org.cbcm.initiatives.web.InitiativeForm();
		form.setTitle(" ");
		assertThat(validator.validate(form)).singleElement().satisfies(violation -> {
			assertThat(violation.getPropertyPath()).hasToString("title");
			assertThat(violation.getMessage()).isEqualTo("This field is needed.");
		});
		String rate = text(call(TestAccounts.in(context).admin(),
				post("/initiatives/exchange-rates").param("currency", "EUR")
					.param("year", "twenty")
					.param("usdPerUnit", "1.1")));
		assertThat(rate).containsPattern("id=\"year-error\"[^>]*>&#39;twenty&#39; is not a year.")
			.contains("value=\"EUR\"");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative").query(Long.class).single()).isZero();
	}

	@Test
	void a_parameter_name_no_field_has_is_set_aside_or_a_bad_request_never_a_failure() throws Exception {
		// Set aside, what else the form holds is registered; or refused as a bad request.
		for (String name : new String[] { "title[0]", "participants[x].role", "participants[-1].role",
				"participants[].role", "focus.share[a[b]]", "geography[0].area", "rows[", "title['x']",
				"focus.share['x']" }) {
			MockHttpServletResponse answer = call(post("/initiatives").param("title", "Odd names").param(name, "x"));
			assertThat(answer.getStatus()).as(name).isIn(200, 302, 400);
		}
	}

	private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
		return call(reporter, request);
	}

	private MockHttpServletResponse call(UserDetails who, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
	}

	private static String text(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static OrganisationId organisation(String key) {
		return new OrganisationId(java.util.UUID.nameUUIDFromBytes(("cbcm:organisation:" + key).getBytes()));
	}

}
