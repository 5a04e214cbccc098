package org.cbcm.framework;

import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ActionPlanPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void shows_the_whole_plan_with_an_anchor_and_a_link_for_every_item() throws Exception {
		mvc.perform(get("/action-plan"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Draft updated Action Plan for Building Capacities"),
					containsString("id=\"section-3\""), containsString("3. Key elements requiring concrete action"),
					containsString("5.2 Subregional and regional levels"), containsString("id=\"12(a)(iii)\""),
					containsString("href=\"/action-plan/items/12(i)?version=lg-cb-3-2006\""),
					containsString("id=\"17\""), containsString("An independent review"))));
	}

	@Test
	void shows_one_item_with_its_citation_and_neighbours() throws Exception {
		mvc.perform(get("/action-plan/items/12(i)"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Identification and detection of LMOs"),
					containsString("Identification of living modified organisms, including their detection"),
					containsString("Paragraph 12(i) of the Draft updated Action Plan"), containsString("← 12(h)"),
					containsString("12(j) →"), not(containsString("How the printed text was read")))));
	}

	/**
	 * In another language the plan reads in its working translation, said to be one, with
	 * the English reference a click away; the printed text and the editorial readings
	 * stay English, marked as such.
	 */
	@Test
	void reads_in_the_readers_language_in_cbcms_working_translation() throws Exception {
		mvc.perform(get("/action-plan/items/12(i)").header("Accept-Language", "fr-FR,fr;q=0.9"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Identification et détection des OVM"),
					containsString("Identification des organismes vivants modifiés, y compris leur détection"),
					containsString("traduction de travail de cbcm"),
					containsString(
							"<p class=\"mt-2\" lang=\"en\" dir=\"ltr\">Identification of living modified organisms"),
					not(containsString("<blockquote class=\"item-text fs-5\">Identification of")))));
		mvc.perform(get("/action-plan").header("Accept-Language", "zh"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("lang=\"zh\""), containsString("生物安全"), containsString("关键要素"))));
		mvc.perform(get("/action-plan/items/12(i)").header("Accept-Language", "en"))
			.andExpect(content().string(allOf(containsString("Identification and detection of LMOs"),
					not(containsString("working translation")))));
	}

	@Test
	void shows_how_an_edited_item_was_read() throws Exception {
		mvc.perform(get("/action-plan/items/13(e)"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("How the printed text was read"),
					containsString("Enhancement of ing the"), containsString("Enhancement of the"))));
	}

	@Test
	void answers_an_unknown_item_with_a_404_page_in_the_layout() throws Exception {
		mvc.perform(get("/action-plan/items/99(z)"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(allOf(containsString("<h1>Not found</h1>"),
					containsString("There is no item 99(z) in the Draft updated Action Plan"),
					containsString("Skip to content"), not(containsString("Exception")))));
		mvc.perform(get("/action-plan/items/nonsense")).andExpect(status().isNotFound());
		mvc.perform(get("/action-plan?version=nope")).andExpect(status().isNotFound());
		mvc.perform(get("/action-plan?version=Not Valid"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("&#39;Not Valid&#39; is not a version code")));
	}

}
