package org.cbcm.directory;

import org.cbcm.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CountryPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void lists_countries_a_page_at_a_time_with_their_groups() throws Exception {
		mvc.perform(get("/countries"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("250 found; showing 1 to 50."),
					containsString("href=\"/countries/AFG\""), containsString("href=\"/countries?page=1\""))));
		mvc.perform(get("/countries?group=SIDS&region=019&page=1&size=10"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("found; showing 11 to 20."),
					containsString("href=\"/countries?group=SIDS&amp;region=019&amp;size=10&amp;page=0\""))));
	}

	@Test
	void filters_by_region_group_party_and_name() throws Exception {
		mvc.perform(get("/countries?region=002&group=LDC"))
			.andExpect(content().string(
					allOf(containsString("32 found"), containsString(">Ethiopia<"), not(containsString(">Kenya<")))));
		mvc.perform(get("/countries?party=false&q=arg"))
			.andExpect(content().string(allOf(containsString("1 found"), containsString(">Argentina<"),
					containsString("Signatory, not a Party"))));
		mvc.perform(get("/countries?group=LDC"))
			.andExpect(content().string(containsString("href=\"/api/v1/countries?ldc=true\"")));
	}

	@Test
	void answers_htmx_with_the_results_alone() throws Exception {
		mvc.perform(get("/countries?group=EIT").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(startsWith("<div id=\"results\""), containsString("17 found"),
					not(containsString("<html")))));
	}

	@Test
	void shows_a_countrys_classifications_party_status_and_names() throws Exception {
		mvc.perform(get("/countries/KEN"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Kenya</h1>"), containsString("Sub-Saharan Africa"),
					containsString("Eastern Africa"), containsString("11 September 2003"), containsString("كينيا"),
					containsString("class=\"world-inset\""),
					containsString("class=\"shape k-picked\" data-code=\"KEN\""), containsString("Not recorded"))));
		mvc.perform(get("/countries/eu"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("regional economic integration organisation")));
	}

	@Test
	void colours_the_map_by_the_chosen_classification_with_a_table_beside_it() throws Exception {
		mvc.perform(get("/countries/map?classification=SIDS"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<svg"), containsString("Small island developing States: 53 of 249"),
						containsString("In the group (53)"), containsString("class=\"shape k-yes\" data-code=\"JAM\""),
						containsString("class=\"shape k-no\" data-code=\"KEN\""),
						containsString("<summary>The map as a table</summary>"),
						containsString("<title>Jamaica: yes</title>"))));
		mvc.perform(get("/countries/map?classification=DEVELOPING"))
			.andExpect(content().string(containsString("class=\"shape k-nodata\" data-code=\"TWN\"")));
	}

	@Test
	void answers_bad_input_with_a_page_that_names_it() throws Exception {
		mvc.perform(get("/countries/QQQ"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no country or Party with the code &#39;QQQ&#39;.")));
		mvc.perform(get("/countries/map?classification=RICH"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("&#39;RICH&#39; is not one of LDC, LLDC, SIDS, DEVELOPING, EIT, PARTY.")));
		mvc.perform(get("/countries?region=abc")).andExpect(status().isBadRequest());
		mvc.perform(get("/countries?size=1000")).andExpect(status().isBadRequest());
	}

	@Test
	void serves_the_maps_outlines_once_under_their_hash_and_keeps_them_out_of_the_pages() throws Exception {
		String page = mvc.perform(get("/countries/map")).andReturn().getResponse().getContentAsString();
		String href = Jsoup.parse(page).select("svg.world-map use[data-code=KEN]").attr("href");
		assertThat(href).matches("/maps/world\\.[0-9a-f]{16}\\.svg#KEN");
		assertThat(page).as("outlines in the page").doesNotContain(" d=\"");
		String outlines = href.substring(0, href.indexOf('#'));
		mvc.perform(get(outlines))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andExpect(header().string("Cache-Control",
					allOf(containsString("max-age=31536000"), containsString("public"), containsString("immutable"))))
			.andExpect(content().string(allOf(containsString("<path id=\"KEN\" d=\"M"),
					containsString("<g id=\"world\">"), containsString("<circle id=\"dot-BRB\""))));
		mvc.perform(get("/maps/world.0123456789abcdef.svg"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no world map 0123456789abcdef")));
		mvc.perform(get("/countries/KEN"))
			.andExpect(content().string(allOf(containsString("class=\"world-inset\""),
					containsString(outlines + "#world"), not(containsString(" d=\"")))));
	}

	@Test
	void draws_the_map_with_chosen_countries_picked_out() throws Exception {
		mvc.perform(get("/maps/world.svg?highlight=KEN,UGA"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andExpect(content().string(allOf(containsString("#world #UGA,#dot-UGA{fill:#b3361b}"),
					containsString("<path id=\"TZA\" d=\"M"), not(containsString("#world #TZA")))));
		mvc.perform(get("/maps/world.svg?highlight=<script>")).andExpect(status().isBadRequest());
	}

}
