package org.cbcm.initiatives;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The map of the registry tells zero from no data: a country of the selection without an
 * initiative has the legend's colour of none, a country outside the selection the no-data
 * colour, and every colour on the map is the legend's.
 */
@IntegrationTest
class InitiativeMapTests {

	private static final Pattern FILL = Pattern.compile("\\.k-([\\w-]+)\\{fill:(#[0-9a-f]{6})}");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void registry() throws Exception {
		InitiativeApiTests.clear(jdbc);
		RegistryFixtures.in(context)
			.aPublishedInitiative(TestAccounts.in(context).holding(Role.ORGANISATION_REPORTER, InitiativeApiTests.UNEP),
					InitiativeApiTests.regional("Detection of living modified organisms in East Africa"));
	}

	@Test
	void zero_in_the_selection_has_the_legends_colour_of_none_and_outside_it_the_no_data_colour() throws Exception {
		MapPage eastAfrica = map("/initiatives/map?region=014");
		// Kenya, Uganda and Tanzania have the initiative; Rwanda, in Eastern Africa too,
		// none; France lies outside the selection.
		assertThat(eastAfrica.category("KEN")).matches("c\\d");
		assertThat(eastAfrica.category("RWA")).isEqualTo("zero");
		assertThat(eastAfrica.category("FRA")).isEqualTo("nodata");
		assertThat(eastAfrica.fill("RWA")).isEqualTo(eastAfrica.legend().get("zero"));
		assertThat(eastAfrica.fill("FRA")).isEqualTo(eastAfrica.legend().get("nodata"));
		assertThat(eastAfrica.fill("KEN")).isEqualTo(eastAfrica.legend().get(eastAfrica.category("KEN")));
		assertThat(eastAfrica.fill("RWA")).isNotEqualTo(eastAfrica.fill("FRA")).isNotEqualTo(eastAfrica.fill("KEN"));
		assertThat(eastAfrica.legendText("zero")).startsWith("None (");
		assertThat(eastAfrica.page().select("p.with-none").text()).contains("Rwanda").doesNotContain("France");

		// Every colour on the map is in the legend.
		for (Element shape : eastAfrica.page().select("svg.world-map [data-code]")) {
			String category = category(shape);
			assertThat(eastAfrica.legend()).as(shape.attr("data-code")).containsKey(category);
			assertThat(eastAfrica.fills().get(category)).isEqualTo(eastAfrica.legend().get(category));
		}

		// Without a filter of places every country is in the selection.
		MapPage world = map("/initiatives/map");
		assertThat(world.category("FRA")).isEqualTo("zero");
		assertThat(world.category("UGA")).matches("c\\d");
		assertThat(map("/initiatives/map?measure=USD&group=SIDS").category("KEN")).isEqualTo("nodata");
	}

	private MapPage map(String address) throws Exception {
		String html = mvc.perform(get(address))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		Map<String, String> fills = new HashMap<>();
		Matcher matcher = FILL.matcher(page.select("svg.world-map style").html());
		while (matcher.find()) {
			fills.put(matcher.group(1), matcher.group(2));
		}
		Map<String, String> legend = new LinkedHashMap<>();
		for (Element entry : page.select("ul.legend li[data-category]")) {
			legend.put(entry.attr("data-category"),
					entry.selectFirst(".swatch").attr("style").replace("background:", "").strip());
		}
		return new MapPage(page, fills, legend);
	}

	private static String category(Element shape) {
		return shape.classNames().stream().filter(name -> name.startsWith("k-")).findFirst().orElseThrow().substring(2);
	}

	/** The map page, the fill of each category in its map, and its legend's fills. */
	record MapPage(Document page, Map<String, String> fills, Map<String, String> legend) {

		String category(String country) {
			return InitiativeMapTests.category(page.selectFirst("svg.world-map use[data-code=" + country + "]"));
		}

		String fill(String country) {
			return fills.get(category(country));
		}

		String legendText(String category) {
			return page.selectFirst("ul.legend li[data-category=" + category + "]").text();
		}

	}

}
