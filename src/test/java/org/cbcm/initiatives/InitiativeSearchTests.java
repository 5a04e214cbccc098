package org.cbcm.initiatives;

import java.net.URI;
import java.util.List;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.OrganisationId;
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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finding initiatives by the names of what they name: the countries (in the UN languages,
 * by code, with or without accents), the regions and the organisations; and the long
 * facets of the list, offered by count or from A to Z and narrowed by a box, without
 * scripts.
 */
@IntegrationTest
class InitiativeSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void registry() throws Exception {
		InitiativeApiTests.clear(jdbc);
		UserDetails unep = TestAccounts.in(context).holding(Role.ORGANISATION_REPORTER, InitiativeApiTests.UNEP);
		RegistryFixtures registry = RegistryFixtures.in(context);
		// Kenya, Uganda, Tanzania; GEF funds, UNEP implements.
		registry.aPublishedInitiative(unep, InitiativeApiTests.regional("Detecting LMOs in the sub-region"));
		registry.aPublishedInitiative(unep, national("A biosafety clearing-house node", "KEN", InitiativeApiTests.FAO));
		registry.aPublishedInitiative(unep, national("Public awareness of biosafety", "UGA", InitiativeApiTests.GEF));
		registry.aPublishedInitiative(unep,
				national("Risk assessment of transgenic maize", "PER", InitiativeApiTests.FAO));
		registry.aPublishedInitiative(unep, national("Detection laboratory", "CIV", InitiativeApiTests.GEF));
		registry.aPublishedInitiative(unep, global("Regional workshops on socio-economic considerations",
				List.of("KEN", "ETH", "RWA", "BDI", "DJI", "SOM", "ERI")));
	}

	@Test
	void the_text_search_finds_initiatives_by_the_names_of_their_countries_regions_and_organisations()
			throws Exception {
		// None of Kenya's three initiatives says "Kenya" in its own words.
		found("kenya", 3);
		found("KEN", 3);
		found("Kenia", 3);
		found("Кения", 3);
		found("肯尼亚", 3);
		found("tanzania", 1);
		// The regions it names (the first names Eastern Africa), not those its countries
		// lie in: the region facet finds those.
		found("eastern africa", 1);
		found("south america", 0);
		found("pérou", 1);
		found("côte d'ivoire", 1);
		found("cote d’ivoire", 1);
		found("ivoire", 1);
		// Organisations by acronym and by name.
		found("unep", 1);
		found("fao", 2);
		found("food and agriculture", 2);
		// Every word counts, whether of the initiative or of its names.
		found("kenya laboratories", 1);
		found("kenya peru", 0);

		Document list = page("/initiatives?q=kenya");
		assertThat(list.select(".result-count").text()).contains("3 found");
	}

	@Test
	void a_long_facet_offers_its_values_by_count_or_from_a_to_z_and_narrows_them_by_a_box() throws Exception {
		// By count first: Kenya has three initiatives, Uganda two, nine countries one.
		Document byCount = page("/initiatives");
		assertThat(values(byCount, "country")).hasSize(11).startsWith("Kenya", "Uganda");
		Element order = byCount.selectFirst("#facet-country .facet-tools a");
		assertThat(order.text()).isEqualTo("A–Z");
		assertThat(order.attr("href")).isEqualTo("/initiatives?country-order=name");
		// Facets with a few values have neither.
		assertThat(byCount.select("#facet-status .facet-tools")).isEmpty();

		Document byName = page("/initiatives?sort=TITLE&country-order=name");
		List<String> names = values(byName, "country");
		assertThat(names).hasSize(11).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.ENGLISH));
		assertThat(names.get(0)).isEqualTo("Burundi");
		// The order stays when the form is sent again, and the other order keeps the
		// rest.
		assertThat(byName.select("input[type=hidden][name=country-order]").attr("value")).isEqualTo("name");
		assertThat(byName.selectFirst("#facet-country .facet-tools a").attr("href"))
			.isEqualTo("/initiatives?sort=TITLE");

		// The box narrows the values to those holding its text, without accents; ticked
		// ones stay.
		assertThat(values(page("/initiatives?country-find=ug"), "country")).containsExactly("Uganda");
		assertThat(values(page("/initiatives?country-find=COTE"), "country")).containsExactly("Côte d’Ivoire");
		assertThat(values(page("/initiatives?country=KEN&country-find=ug"), "country")).containsExactly("Kenya",
				"Uganda");
		Document nothing = page("/initiatives?country-find=zzz");
		assertThat(values(nothing, "country")).isEmpty();
		assertThat(nothing.select("#facet-country").text()).contains("No value holds 'zzz'.");
		assertThat(nothing.select("#country-find").attr("value")).isEqualTo("zzz");
		// The box and the order are the page's, not the selection's: downloads and the
		// map go without them.
		assertThat(nothing.select("a[href*=download]").attr("href")).doesNotContain("find");

		mvc.perform(get("/initiatives?country-order=sideways")).andExpect(status().isBadRequest());
		mvc.perform(get("/initiatives?country-find=" + "x".repeat(101))).andExpect(status().isBadRequest());
	}

	@Test
	void a_walk_by_cursor_gives_every_initiative_once_in_the_lists_order_whatever_the_chunk() throws Exception {
		for (String sort : List.of("NEWEST", "TITLE", "START", "END", "BUDGET")) {
			List<String> listed = ids("/api/v1/initiatives?size=500&sort=" + sort);
			assertThat(listed).hasSize(6);
			for (int size : List.of(1, 2, 4, 6, 1000)) {
				assertThat(walk("sort=" + sort, size)).as(sort + " by " + size).isEqualTo(listed);
			}
		}
		List<String> kenya = ids("/api/v1/initiatives?size=500&sort=TITLE&country=KEN");
		assertThat(kenya).hasSize(3);
		assertThat(walk("sort=TITLE&country=KEN", 2)).isEqualTo(kenya);
	}

	@Test
	void a_cursor_that_cbcm_did_not_give_or_gave_for_another_walk_is_refused() throws Exception {
		String next = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/initiatives/all?size=2"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Link", org.hamcrest.Matchers.containsString("rel=\"next\"")))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.next");
		mvc.perform(get("/api/v1/initiatives/all?size=2&cursor=" + next)).andExpect(status().isOk());
		for (String refused : List.of("/api/v1/initiatives/all?size=2&sort=TITLE&cursor=" + next,
				"/api/v1/initiatives/all?size=2&country=KEN&cursor=" + next, "/api/v1/initiatives/all?cursor=%21%21",
				"/api/v1/initiatives/all?cursor=" + java.util.Base64.getUrlEncoder()
					.encodeToString("1|NEWEST|x|not-a-uuid|v2026".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				"/api/v1/initiatives/all?cursor=" + next.substring(0, next.length() - 3),
				"/api/v1/initiatives/all?cursor=" + "A".repeat(5000))) {
			mvc.perform(get(URI.create(refused)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.parameter").value("cursor"));
		}
		mvc.perform(get("/api/v1/initiatives/all?size=0")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/initiatives/all?size=1001"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("size"));
		mvc.perform(get("/api/v1/initiatives/all?size=6"))
			.andExpect(jsonPath("$.next").doesNotExist())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().doesNotExist("Link"));
	}

	/** The identifiers of a walk through the registry by cursor, chunk after chunk. */
	private List<String> walk(String query, int size) throws Exception {
		List<String> ids = new java.util.ArrayList<>();
		String cursor = null;
		for (int chunk = 0; chunk < 20; chunk++) {
			String body = mvc
				.perform(get(URI.create("/api/v1/initiatives/all?size=" + size + "&" + query
						+ ((cursor == null) ? "" : "&cursor=" + cursor))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<String> rows = com.jayway.jsonpath.JsonPath.read(body, "$.content[*].id");
			assertThat(rows.size()).isLessThanOrEqualTo(size);
			ids.addAll(rows);
			cursor = com.jayway.jsonpath.JsonPath.read(body, "$.next");
			if (cursor == null) {
				return ids;
			}
		}
		throw new AssertionError("The walk did not end");
	}

	private List<String> ids(String address) throws Exception {
		return com.jayway.jsonpath.JsonPath.read(
				mvc.perform(get(URI.create(address))).andReturn().getResponse().getContentAsString(),
				"$.content[*].id");
	}

	private void found(String words, int count) throws Exception {
		mvc.perform(get(URI.create("/api/v1/initiatives?q="
				+ java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))))
			.andExpect(status().isOk())
			.andDo(result -> assertThat(com.jayway.jsonpath.JsonPath
				.<Integer>read(result.getResponse().getContentAsString(), "$.totalElements")).as(words)
				.isEqualTo(count))
			.andExpect(jsonPath("$.totalElements").value(count));
	}

	private Document page(String address) throws Exception {
		return Jsoup.parse(mvc.perform(get(URI.create(address)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** The values a facet of the list offers, in order, without their counts. */
	private static List<String> values(Document page, String facet) {
		return page.select("#facet-" + facet + " .facet-value").eachText();
	}

	private static String national(String title, String country, OrganisationId partner) {
		return """
				{"title": "%s", "implementation": "ONGOING", "geography": {"scope": "NATIONAL",
				 "countries": [{"country": "%s"}]},
				 "participants": [{"organisation": "%s", "role": "IMPLEMENTING_AGENCY"}]}""".formatted(title, country,
				partner);
	}

	private static String global(String title, List<String> countries) {
		return """
				{"title": "%s", "implementation": "COMPLETED", "geography": {"scope": "REGIONAL",
				 "countries": [%s]}}""".formatted(title,
				String.join(", ", countries.stream().map(c -> "{\"country\": \"" + c + "\"}").toList()));
	}

}
