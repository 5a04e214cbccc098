package org.cbcm.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Requests no reader should send, answered with a clear message and never a failure:
 * broken encodings, odd cookies, pages past the end, methods and formats nothing answers.
 */
@IntegrationTest
class BadInputTests {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	void a_broken_percent_encoding_is_a_bad_request_on_pages_and_in_the_api() throws IOException {
		assertThat(rawGet("/countries?q=%zz")).startsWith("HTTP/1.1 400")
			.contains("The address has a broken percent-encoding")
			.contains("Skip to content");
		assertThat(rawGet("/api/v1/countries?q=%zz")).startsWith("HTTP/1.1 400")
			.contains("application/problem+json")
			.contains("\"parameter\":\"query\"");
	}

	@Test
	void a_form_larger_than_the_server_reads_is_a_bad_request_that_says_so() throws IOException {
		String body = "title=Huge&description=" + "x".repeat(5 * 1024 * 1024);
		String answer;
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /initiatives HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
					+ "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(body.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(answer).startsWith("HTTP/1.1 400").contains("larger than the 2 MB a form may hold");
	}

	@Test
	void odd_query_values_keep_the_paging_links_working() throws Exception {
		mvc.perform(get("/countries?x=a=b&y=é"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/countries?x=a%3Db&amp;y=%C3%A9&amp;page=1\"")));
	}

	@Test
	void a_page_past_the_end_says_so_and_links_back() throws Exception {
		mvc.perform(get("/countries?page=10"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Page 11 is past the last page (5) of these 250 results."),
					containsString("href=\"/countries?page=0\""), containsString("href=\"/countries?page=4\""),
					not(containsString("No country matches")), not(containsString("Page 11 of 5")))));
		mvc.perform(get("/countries?page=2147483647")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/countries?page=2147483647"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content").isEmpty())
			.andExpect(jsonPath("$.totalElements").value(250));
	}

	@Test
	void a_broken_or_unoffered_language_cookie_falls_back_to_english() throws Exception {
		mvc.perform(get("/").cookie(new Cookie("cbcm-language", "xx_%%")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"en\"")));
		mvc.perform(get("/countries").cookie(new Cookie("cbcm-language", "de")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("lang=\"en\""), containsString("dir=\"ltr\""))));
	}

	@Test
	void htmx_gets_the_whole_page_when_it_restores_history() throws Exception {
		mvc.perform(
				get("/countries?group=LDC").header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
			.andExpect(content().string(containsString("<html")))
			.andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")));
	}

	@Test
	void the_language_switcher_never_sends_readers_elsewhere() throws Exception {
		mvc.perform(get("/countries/KEN/x"))
			.andExpect(content().string(
					allOf(containsString("class=\"d-flex align-items-center gap-2 language-switch\" method=\"get\">"),
							not(containsString("action=\"/countries")))));
		mvc.perform(get("//evil.example/x"))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(not(containsString("evil.example"))));
	}

	@Test
	void the_language_switcher_carries_the_address_and_its_query_never_a_posted_field() throws Exception {
		String page = mvc
			.perform(post("/password-reset/not-a-link?sort=name").with(csrf())
				.param("password", "Posted-Secret-Pass-42")
				.param("repeated", "Posted-Secret-Pass-42"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.jsoup.nodes.Element switcher = org.jsoup.Jsoup.parse(page).selectFirst("form.language-switch");
		assertThat(switcher).isNotNull();
		assertThat(switcher.select("input[type=hidden]"))
			.extracting(input -> input.attr("name") + "=" + input.attr("value"))
			.containsExactly("sort=name");
		assertThat(page).doesNotContain("Posted-Secret-Pass-42");
	}

	@Test
	void api_failures_without_a_handler_are_problems_too() throws Exception {
		mvc.perform(post("/api/v1/countries"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Not allowed here"));
		mvc.perform(get("/api/v1/countries").accept(MediaType.APPLICATION_XML))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/action-plan/mappings?to=lg-cb-3-2006"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("from"))
			.andExpect(jsonPath("$.detail").value("'from': The request must give this parameter."));
		mvc.perform(get("/action-plan/mappings?to=lg-cb-3-2006"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The request must give this parameter.")));
	}

	@Test
	void the_api_description_names_the_problems() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.components.schemas.Problem.properties.parameter").exists())
			.andExpect(jsonPath("$.paths['/api/v1/countries'].get.responses['400']['$ref']")
				.value("#/components/responses/invalid-request"))
			.andExpect(
					jsonPath("$.components.responses['invalid-request'].content['application/problem+json']").exists());
	}

	/**
	 * A request as a client sends it, byte for byte, so that nothing cleans its address
	 * first.
	 */
	private String rawGet(String target) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
