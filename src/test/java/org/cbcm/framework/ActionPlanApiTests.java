package org.cbcm.framework;

import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ActionPlanApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void serves_the_current_version_with_sections_and_nested_items() throws Exception {
		mvc.perform(get("/api/v1/action-plan"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version.code").value("lg-cb-3-2006"))
			.andExpect(jsonPath("$.version.title").value(containsString("Tromsø, January 2006")))
			.andExpect(jsonPath("$.version.current").value(true))
			.andExpect(jsonPath("$.sections", hasSize(10)))
			.andExpect(jsonPath("$.sections[2].number").value("3"))
			.andExpect(jsonPath("$.sections[2].items[0].code").value("12"))
			.andExpect(jsonPath("$.sections[2].items[0].children", hasSize(15)))
			.andExpect(jsonPath("$.sections[2].items[0].children[0].code").value("12(a)"))
			.andExpect(jsonPath("$.sections[2].items[0].children[0].children", hasSize(5)))
			.andExpect(jsonPath("$.sections[2].items[0].children[0].children[4].code").value("12(a)(v)"))
			.andExpect(jsonPath("$.sections[5].number").value("5.1"))
			.andExpect(jsonPath("$.sections[5].level").value("NATIONAL"))
			.andExpect(jsonPath("$.sections[5].items", hasSize(11)))
			.andExpect(jsonPath("$.sections[4].items[0].code").value("14"))
			.andExpect(jsonPath("$.sections[4].items[0].children", hasSize(0)))
			.andExpect(jsonPath("$..code", hasSize(76 + 1)));
	}

	@Test
	void lists_items_by_type_and_level_in_the_seeds_counts() throws Exception {
		expectCount("/api/v1/action-plan/items?type=PRINCIPLE", 9);
		expectCount("/api/v1/action-plan/items?type=KEY_ELEMENT", 15);
		expectCount("/api/v1/action-plan/items?type=SUB_ELEMENT", 5);
		expectCount("/api/v1/action-plan/items?type=PROCESS", 8);
		expectCount("/api/v1/action-plan/items?type=FUNDING_SOURCE", 6);
		expectCount("/api/v1/action-plan/items?type=ACTIVITY", 24);
		expectCount("/api/v1/action-plan/items?type=ACTIVITY&level=NATIONAL", 11);
		expectCount("/api/v1/action-plan/items?type=ACTIVITY&level=REGIONAL", 6);
		expectCount("/api/v1/action-plan/items?type=ACTIVITY&level=INTERNATIONAL", 7);
		mvc.perform(get("/api/v1/action-plan/items?type=ACTIVITY&level=REGIONAL"))
			.andExpect(jsonPath("$[0].code").value("14(l)"))
			.andExpect(jsonPath("$[5].code").value("14(q)"))
			.andExpect(jsonPath("$[*].level", everyItem(is("REGIONAL"))));
	}

	@Test
	void serves_one_item_with_its_clean_and_printed_wording() throws Exception {
		mvc.perform(get("/api/v1/action-plan/items/{code}", "11(f)"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.code").value("11(f)"))
			.andExpect(jsonPath("$.type").value("PRINCIPLE"))
			.andExpect(jsonPath("$.title").value("Results-oriented approach"))
			.andExpect(jsonPath("$.text").value(
					"Apply a results-oriented approach, focusing on achieving specific capacity-building outcomes and targets"))
			.andExpect(jsonPath("$.seedText").value(containsString("Apply Adopt a results-oriented")))
			.andExpect(jsonPath("$.parentCode").value("11"))
			.andExpect(jsonPath("$.level").value(nullValue()))
			.andExpect(jsonPath("$.resolutions[0].seed").value("Apply Adopt a"))
			.andExpect(jsonPath("$.resolutions[0].reading").value("Apply a"));
		mvc.perform(get("/api/v1/action-plan/items/{code}", "14(t)"))
			.andExpect(jsonPath("$.level").value("INTERNATIONAL"))
			.andExpect(jsonPath("$.title").value("Roster of experts"));
		mvc.perform(get("/api/v1/action-plan/items/{code}", "13(d)(i)"))
			.andExpect(jsonPath("$.type").value("FUNDING_SOURCE"))
			.andExpect(jsonPath("$.parentCode").value("13(d)"));
	}

	@Test
	void lists_the_versions() throws Exception {
		mvc.perform(get("/api/v1/action-plan/versions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'lg-cb-3-2006')].current").value(true))
			.andExpect(jsonPath("$[?(@.current == true)]", hasSize(1)));
	}

	@Test
	void answers_an_unknown_item_with_a_404_problem_naming_it() throws Exception {
		mvc.perform(get("/api/v1/action-plan/items/{code}", "99(z)"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value(containsString("99(z)")));
	}

	@Test
	void answers_bad_parameters_with_a_400_problem_naming_them() throws Exception {
		// A code of the wrong form names no item: 404, as an unknown one.
		mvc.perform(get("/api/v1/action-plan/items/{code}", "twelve"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("'twelve'")));
		mvc.perform(get("/api/v1/action-plan/items?type=GOAL"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("type"))
			.andExpect(jsonPath("$.detail").value(containsString("KEY_ELEMENT")));
		mvc.perform(get("/api/v1/action-plan?version=No Such"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("version"));
		mvc.perform(get("/api/v1/action-plan?version=no-such-version"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("no-such-version")));
		mvc.perform(get("/api/v1/action-plan/mappings?from=lg-cb-3-2006"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("to")));
	}

	private void expectCount(String url, int count) throws Exception {
		mvc.perform(get(url)).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(count)));
	}

}
