package org.cbcm.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.cbcm.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The frame around every page: home, navigation, languages, errors, API description,
 * health.
 */
@IntegrationTest
class FrameTests {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	void home_page_shows_the_headline_figures_of_every_module() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andExpect(content().string(allOf(containsString("key elements of the Action Plan"),
					containsString("Parties to the Protocol"), containsString(">172<"), containsString(">44<"),
					containsString("Skip to content"), containsString("lang=\"en\""),
					containsString("/webjars/bootstrap/5.3.8/css/bootstrap.min.css"), containsString("Data sources"),
					containsString("<option value=\"en\" lang=\"en\""),
					containsString("selected=\"selected\">English</option>"))));
	}

	@Test
	void keeps_the_page_and_its_query_in_the_language_switcher() throws Exception {
		mvc.perform(get("/countries?group=LDC&lang=en"))
			.andExpect(content().string(allOf(containsString("action=\"/countries\""),
					containsString("<input type=\"hidden\" name=\"group\" value=\"LDC\">"),
					not(containsString("name=\"lang\" value")))));
		mvc.perform(get("/?lang=xx"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"en\"")));
	}

	@Test
	void names_the_page_in_every_language_as_an_alternate_and_writes_arabic_right_to_left() throws Exception {
		mvc.perform(get("/countries?group=LDC&lang=ar"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"ar\"\n\tdir=\"rtl\">"), containsString(
					"rel=\"alternate\" hreflang=\"en\" href=\"http://localhost:8080/countries?group=LDC&amp;lang=en\""),
					containsString(
							"rel=\"alternate\" hreflang=\"zh\" href=\"http://localhost:8080/countries?group=LDC&amp;lang=zh\""),
					containsString(
							"rel=\"alternate\" hreflang=\"ar\" href=\"http://localhost:8080/countries?group=LDC&amp;lang=ar\""),
					containsString(
							"rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost:8080/countries?group=LDC\""))));
		mvc.perform(get("/action-plan/items/12(i)?lang=fr"))
			.andExpect(content().string(allOf(containsString("<html lang=\"fr\"\n\tdir=\"ltr\">"),
					containsString("hreflang=\"ru\" href=\"http://localhost:8080/action-plan/items/12(i)?lang=ru\""))));
	}

	@Test
	void answers_an_unknown_page_with_a_404_page_and_an_unknown_api_path_with_a_problem() throws Exception {
		mvc.perform(get("/no/such/page").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(
					allOf(containsString("There is nothing at /no/such/page."), containsString("Skip to content"))));
		mvc.perform(get("/api/v1/no-such-thing"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("There is nothing at /api/v1/no-such-thing."));
	}

	@Test
	void describes_the_api_and_reports_health() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/countries/{code}']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/action-plan/items']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/organisations']").exists());
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void compresses_pages_for_clients_that_accept_it_and_answers_304_when_unchanged() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<byte[]> map = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/countries/map"))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(map.statusCode()).isEqualTo(200);
		assertThat(map.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(map.body().length).isLessThan(250_000);
		String etag = map.headers().firstValue("ETag").orElseThrow();
		HttpResponse<Void> again = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/countries/map"))
				.header("Accept-Encoding", "gzip")
				.header("If-None-Match", etag)
				.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(again.statusCode()).isEqualTo(304);
	}

	@Test
	void compresses_scripts_styles_and_the_maps_outlines_as_well_as_pages() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> page = client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/countries/map")).build(),
				HttpResponse.BodyHandlers.ofString());
		String outlines = Jsoup.parse(page.body())
			.select("svg.world-map use")
			.first()
			.attr("href")
			.replaceAll("#.*", "");
		String script = Jsoup.parse(page.body()).select("script[src*=cbcm]").first().attr("src");
		String style = Jsoup.parse(page.body()).select("link[href*=cbcm]").first().attr("href");
		for (String path : List.of("/webjars/htmx.org/dist/htmx.min.js", script,
				"/webjars/bootstrap/css/bootstrap.min.css", style, outlines)) {
			HttpResponse<byte[]> answer = client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.header("Accept-Encoding", "gzip")
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			assertThat(answer.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying(type -> assertThat(type).matches("(text/javascript|text/css|image/svg\\+xml).*"));
			assertThat(answer.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
		}
	}

	@Test
	void serves_web_assets_from_webjars() throws Exception {
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
		mvc.perform(get("/webjars/bootstrap/css/bootstrap.rtl.min.css")).andExpect(status().isOk());
	}

}
