package org.cbcm.web;

import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page of a list through the API links to the first, previous, next and last pages (RFC
 * 8288), keeping the request's filters and size, and tells the whole list's rows (issue
 * 15): the countries, some 200 rows of reference data, 50 at a time.
 */
@IntegrationTest
class ApiPageLinksTests {

	@Autowired
	MockMvc mvc;

	@Test
	void a_middle_page_links_every_way_and_keeps_the_filters() throws Exception {
		MvcResult answer = mvc.perform(get("/api/v1/countries").param("size", "50").param("page", "1"))
			.andExpect(status().isOk())
			.andReturn();
		long total = Long.parseLong(answer.getResponse().getHeader("X-Total-Count"));
		assertThat(answer.getResponse().getContentAsString()).contains("\"totalElements\":" + total);
		long last = (total + 49) / 50 - 1;
		assertThat(last).as("the countries fill more than three pages of 50").isGreaterThanOrEqualTo(3);
		assertThat(answer.getResponse().getHeader("Link"))
			.isEqualTo("</api/v1/countries?size=50&page=0>; rel=\"first\", "
					+ "</api/v1/countries?size=50&page=0>; rel=\"prev\", "
					+ "</api/v1/countries?size=50&page=2>; rel=\"next\", " + "</api/v1/countries?size=50&page=" + last
					+ ">; rel=\"last\"");
	}

	@Test
	void the_first_page_has_no_previous_and_the_last_no_next() throws Exception {
		String first = mvc.perform(get("/api/v1/countries").param("size", "50"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("Link");
		assertThat(first).contains("rel=\"first\"", "rel=\"next\"", "rel=\"last\"").doesNotContain("rel=\"prev\"");
		String lastLink = first.substring(first.lastIndexOf('<') + 1, first.lastIndexOf('>'));
		String last = mvc.perform(get(lastLink)).andExpect(status().isOk()).andReturn().getResponse().getHeader("Link");
		assertThat(last).contains("rel=\"first\"", "rel=\"prev\"", "rel=\"last\"").doesNotContain("rel=\"next\"");
	}

	@Test
	void a_query_too_long_to_repeat_four_times_gets_no_links_but_its_page() throws Exception {
		mvc.perform(get("/api/v1/countries").param("size", "50").param("q", "x".repeat(2100)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Link"))
			.andExpect(header().string("X-Total-Count", "0"));
	}

	@Test
	void an_empty_list_links_to_its_one_page() throws Exception {
		mvc.perform(get("/api/v1/initiatives").param("q", "no initiative says this 7f3a"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "0"))
			.andExpect(header().string("Link",
					"</api/v1/initiatives?q=no%20initiative%20says%20this%207f3a&page=0>; rel=\"first\", "
							+ "</api/v1/initiatives?q=no%20initiative%20says%20this%207f3a&page=0>; rel=\"last\""));
	}

	@Test
	void a_list_inside_a_larger_answer_links_its_own_pages() throws Exception {
		// The coordination matrix: its rows are the countries, 20 at a time.
		MvcResult matrix = mvc.perform(get("/api/v1/coordination/coverage").param("size", "20").param("page", "1"))
			.andExpect(status().isOk())
			.andReturn();
		String total = matrix.getResponse().getHeader("X-Total-Count");
		assertThat(matrix.getResponse().getContentAsString()).contains("\"totalElements\":" + total);
		assertThat(matrix.getResponse().getHeader("Link")).startsWith(
				"</api/v1/coordination/coverage?size=20&page=0>; rel=\"first\", </api/v1/coordination/coverage?size=20&page=0>; rel=\"prev\", </api/v1/coordination/coverage?size=20&page=2>; rel=\"next\"");
		// The roster's search, with its facets.
		mvc.perform(get("/api/v1/roster/experts").param("size", "5").param("q", "nobody is called this 9c1e"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "0"))
			.andExpect(header().string("Link", org.hamcrest.Matchers.containsString(
					"</api/v1/roster/experts?size=5&q=nobody%20is%20called%20this%209c1e&page=0>; rel=\"first\"")));
	}

	@Test
	void the_api_guide_is_served_where_the_description_links_it() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.externalDocs.url")
				.value(org.hamcrest.Matchers.endsWith("/docs/api.md")));
		mvc.perform(get("/docs/api.md"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("# Scripting against cbcm")));
		mvc.perform(get("/docs/api/onboard.sh")).andExpect(status().isOk());
	}

}
