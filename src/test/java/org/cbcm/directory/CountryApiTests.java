package org.cbcm.directory;

import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
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
class CountryApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void lists_249_countries_and_the_European_Union_on_one_page() throws Exception {
		mvc.perform(get("/api/v1/countries"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(250))
			.andExpect(jsonPath("$.content", hasSize(250)))
			.andExpect(jsonPath("$.content[?(@.regionalOrganisation == true)].code").value("EU"))
			.andExpect(jsonPath("$.content[0].name").value("Afghanistan"));
	}

	@Test
	void filters_by_the_groups_the_action_plan_names() throws Exception {
		expectTotal("ldc=true", 44);
		expectTotal("lldc=true", 32);
		expectTotal("sids=true", 53);
		expectTotal("eit=true", 17);
		expectTotal("developing=true", 182);
		expectTotal("developing=false", 65);
		expectTotal("party=true", 172);
		expectTotal("party=false", 78);
		expectTotal("ldc=true&sids=true", 7);
		expectTotal("region=002", 60);
		expectTotal("region=202", 53);
		expectTotal("region=014", 22);
		expectTotal("region=002&party=true", 50);
		expectTotal("q=kenya", 1);
		mvc.perform(get("/api/v1/countries?eit=true"))
			.andExpect(jsonPath("$.content[*].economyInTransition", everyItem(is(true))));
	}

	/**
	 * A country is found by any of its names in the six UN languages, by the common names
	 * of Unicode CLDR, and by its codes, whatever the case, accents, spaces and
	 * punctuation, and whatever the reader's language.
	 */
	@Test
	void finds_a_country_by_any_of_its_six_names_and_its_codes() throws Exception {
		for (String kenya : new String[] { "kenya", "KENIA", "Кения", "肯尼亚", "كينيا", "KEN", "404",
				"Republic of Kenya" }) {
			mvc.perform(get("/api/v1/countries").param("q", kenya).header("Accept-Language", "fr"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totalElements").value(1))
				.andExpect(jsonPath("$.content[0].code").value("KEN"));
		}
		for (String ivory : new String[] { "Côte d'Ivoire", "Côte d’Ivoire", "cote divoire", "COTE D IVOIRE",
				"Кот-д'Ивуар", "科特迪瓦" }) {
			mvc.perform(get("/api/v1/countries").param("q", ivory))
				.andExpect(jsonPath("$.totalElements").value(1))
				.andExpect(jsonPath("$.content[0].code").value("CIV"));
		}
		// Laos, its common name, and Palaos, Palau's in French and Spanish
		mvc.perform(get("/api/v1/countries").param("q", "Laos"))
			.andExpect(jsonPath("$.content[*].name",
					org.hamcrest.Matchers.contains("Lao People's Democratic Republic", "Palau")));
		mvc.perform(get("/api/v1/countries").param("q", "république démocratique du congo"))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].name").value("Democratic Republic of the Congo"));
		expectTotal("q=" + java.net.URLEncoder.encode("'’ -", java.nio.charset.StandardCharsets.UTF_8), 0);
	}

	@Test
	void sorts_the_names_by_the_readers_language() throws Exception {
		// Collation, not code points: É sorts among the Es in French, and the UN name
		// of Côte d'Ivoire after Costa Rica.
		var french = com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(
				mvc.perform(get("/api/v1/countries").header("Accept-Language", "fr"))
					.andReturn()
					.getResponse()
					.getContentAsString(java.nio.charset.StandardCharsets.UTF_8),
				"$.content[*].name");
		assertThat(french.indexOf("Égypte")).isBetween(french.indexOf("Dominique") + 1, french.indexOf("Érythrée") - 1);
		assertThat(french.indexOf("Côte d’Ivoire")).isEqualTo(french.indexOf("Costa Rica") + 1);
		assertThat(french).contains("République démocratique du Congo",
				"Royaume-Uni de Grande-Bretagne et d’Irlande du Nord");
	}

	@Test
	void pages_when_asked() throws Exception {
		mvc.perform(get("/api/v1/countries?size=100&page=2"))
			.andExpect(jsonPath("$.content", hasSize(50)))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.totalPages").value(3));
	}

	@Test
	void serves_a_country_with_its_classifications_and_party_status() throws Exception {
		mvc.perform(get("/api/v1/countries/KEN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.iso2").value("KE"))
			.andExpect(jsonPath("$.iso3").value("KEN"))
			.andExpect(jsonPath("$.m49").value("404"))
			.andExpect(jsonPath("$.name").value("Kenya"))
			.andExpect(jsonPath("$.names.fr").value("Kenya"))
			.andExpect(jsonPath("$.names.es").value("Kenya"))
			.andExpect(jsonPath("$.formalNames.en").value("the Republic of Kenya"))
			.andExpect(jsonPath("$.formalNames.fr").value("la République du Kenya"))
			.andExpect(jsonPath("$.names.ru").value("Кения"))
			.andExpect(jsonPath("$.names.zh").value("肯尼亚"))
			.andExpect(jsonPath("$.names.ar").value("كينيا"))
			.andExpect(jsonPath("$.region").value("002"))
			.andExpect(jsonPath("$.regionName").value("Africa"))
			.andExpect(jsonPath("$.subRegion").value("202"))
			.andExpect(jsonPath("$.intermediateRegion").value("014"))
			.andExpect(jsonPath("$.ldc").value(false))
			.andExpect(jsonPath("$.lldc").value(false))
			.andExpect(jsonPath("$.sids").value(false))
			.andExpect(jsonPath("$.developing").value(true))
			.andExpect(jsonPath("$.economyInTransition").value(false))
			.andExpect(jsonPath("$.cartagenaParty").value(true))
			.andExpect(jsonPath("$.cartagenaPartySince").value("2003-09-11"))
			.andExpect(jsonPath("$.centreOfOrigin").value(nullValue()));
		mvc.perform(get("/api/v1/countries/arg"))
			.andExpect(jsonPath("$.cartagenaParty").value(false))
			.andExpect(jsonPath("$.cartagenaStatus").value("SIGNATORY"))
			.andExpect(jsonPath("$.cartagenaSignedOn").value("2000-05-24"));
		mvc.perform(get("/api/v1/countries/UZB")).andExpect(jsonPath("$.cartagenaPartySince").value("2020-01-23"));
	}

	@Test
	void serves_the_European_Union_as_a_Party_that_is_not_a_country() throws Exception {
		mvc.perform(get("/api/v1/countries/EU"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.iso2").value("EU"))
			.andExpect(jsonPath("$.iso3").value(nullValue()))
			.andExpect(jsonPath("$.name").value("European Union"))
			.andExpect(jsonPath("$.regionalOrganisation").value(true))
			.andExpect(jsonPath("$.cartagenaParty").value(true))
			.andExpect(jsonPath("$.cartagenaPartySince").value("2003-09-11"))
			.andExpect(jsonPath("$.ldc").value(nullValue()));
	}

	@Test
	void answers_an_unknown_country_with_a_404_problem_naming_the_code() throws Exception {
		mvc.perform(get("/api/v1/countries/QQQ"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value("There is no country or Party with the code 'QQQ'."));
	}

	@Test
	void answers_bad_parameters_with_a_400_problem_naming_them() throws Exception {
		mvc.perform(get("/api/v1/countries?ldc=maybe"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("ldc"))
			.andExpect(jsonPath("$.detail").value("'ldc': 'maybe' is neither true nor false."));
		expectBadParameter("/api/v1/countries?region=999", "region");
		expectBadParameter("/api/v1/countries?sort=SIZE", "sort");
		expectBadParameter("/api/v1/countries?page=-1", "page");
		expectBadParameter("/api/v1/countries?size=0", "size");
		expectBadParameter("/api/v1/countries?page=two", "page");
		// A code of the wrong form names no country: 404, as an unknown one.
		mvc.perform(get("/api/v1/countries/KE"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("There is no country or Party with the code 'KE'."));
	}

	private void expectTotal(String query, int total) throws Exception {
		mvc.perform(get("/api/v1/countries?" + query))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(total));
	}

	private void expectBadParameter(String url, String parameter) throws Exception {
		mvc.perform(get(url))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value(parameter))
			.andExpect(jsonPath("$.detail").value(containsString(parameter)));
	}

}
