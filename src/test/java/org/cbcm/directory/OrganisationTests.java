package org.cbcm.directory;

import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OrganisationTests {

	/** The GEF's identifier, the same on every installation. */
	static final String GEF = java.util.UUID.nameUUIDFromBytes("cbcm:organisation:gef".getBytes()).toString();

	@Autowired
	MockMvc mvc;

	@Test
	void lists_the_organisations_the_seed_names_among_others() throws Exception {
		mvc.perform(get("/api/v1/organisations"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(15))
			.andExpect(jsonPath("$.content[*].acronym", hasItems("GEF", "UNEP", "FAO", "IUCN")));
		mvc.perform(get("/api/v1/organisations/" + GEF))
			.andExpect(jsonPath("$.name").value("Global Environment Facility"))
			.andExpect(jsonPath("$.type").value("MULTILATERAL_FUND"))
			.andExpect(jsonPath("$.country").value("USA"));
	}

	@Test
	void filters_by_type_country_and_text_a_page_at_a_time() throws Exception {
		mvc.perform(get("/api/v1/organisations?type=UN_BODY"))
			.andExpect(jsonPath("$.content[*].acronym", hasItems("UNEP", "FAO", "SCBD", "UNDP")))
			.andExpect(jsonPath("$.totalElements").value(4));
		mvc.perform(get("/api/v1/organisations?country=ita")).andExpect(jsonPath("$.totalElements").value(2));
		mvc.perform(get("/api/v1/organisations?q=biotech")).andExpect(jsonPath("$.content[0].acronym").value("ICGEB"));
		mvc.perform(get("/api/v1/organisations?q=100%25")).andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/v1/organisations?size=4&page=1"))
			.andExpect(jsonPath("$.content", hasSize(4)))
			.andExpect(jsonPath("$.totalPages").value(4));
	}

	@Test
	void shows_the_list_and_one_organisation_as_pages() throws Exception {
		mvc.perform(get("/organisations?type=NGO"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("3 found"), containsString("Third World Network"))));
		mvc.perform(get("/organisations/" + GEF))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Global Environment Facility</h1>"),
					containsString("Multilateral fund or bank"), containsString("href=\"/countries/USA\""))));
	}

	@Test
	void answers_bad_input_with_the_parameter_named() throws Exception {
		mvc.perform(get("/api/v1/organisations?type=CHARITY"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("type"));
		mvc.perform(get("/api/v1/organisations?country=QQQ"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("country"));
		mvc.perform(get("/api/v1/organisations/not-an-id")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organisations/00000000-0000-0000-0000-000000000000"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("00000000-0000-0000-0000-000000000000")));
		mvc.perform(get("/organisations/00000000-0000-0000-0000-000000000000")).andExpect(status().isNotFound());
	}

}
