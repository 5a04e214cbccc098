package org.cbcm.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * An identifier in an address (a country's code, an organisation's, an initiative's, an
 * Action Plan item's code, an account's) that is not one names nothing: it is answered
 * 404, exactly as an identifier of the right form that names nothing, with a problem in
 * the API and the error page for pages — never 400 or 500. A parameter of the wrong type
 * stays a bad request. The caller is the Secretariat, whom no declaration refuses, so
 * that every answer is the handler's.
 */
@IntegrationTest
class PathIdentifierTests {

	static final String NIL = "00000000-0000-0000-0000-000000000000";

	/** A text UUID.fromString reads, though it is not an identifier. */
	static final String SHORT_UUID = "1-1-1-1-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	UserDetails secretariat;

	@BeforeEach
	void people() {
		secretariat = TestAccounts.in(context).admin();
	}

	/** A request and the detail its 404 must give. */
	record Probe(String method, String path, String detail) {

		boolean api() {
			return path.startsWith("/api/");
		}

	}

	static List<Probe> malformed() {
		List<Probe> probes = new ArrayList<>();
		for (String code : List.of("KE", "K3N", "KENY")) {
			String detail = "There is no country or Party with the code '" + code + "'.";
			for (String path : List.of("/countries/%s", "/countries/%s/profile/edit", "/countries/%s/profile/history",
					"/countries/%s/party-status", "/countries/%s/users", "/api/v1/countries/%s",
					"/api/v1/countries/%s/party-status", "/api/v1/countries/%s/profile",
					"/api/v1/countries/%s/profile/draft", "/api/v1/countries/%s/profile/revisions",
					"/api/v1/countries/%s/profile/revisions/1",
					"/api/v1/countries/%s/profile/revisions/compare?from=1&to=2")) {
				probes.add(new Probe("GET", path.formatted(code), detail));
			}
			for (String path : List.of("/countries/%s/party-status", "/countries/%s/users", "/countries/%s/profile",
					"/countries/%s/users/" + NIL + "/revoke", "/api/v1/countries/%s/party-status")) {
				probes.add(new Probe("POST", path.formatted(code), detail));
			}
			probes.add(new Probe("PUT", "/api/v1/countries/%s/profile".formatted(code), detail));
		}
		for (String id : List.of("not-an-id", SHORT_UUID)) {
			String organisation = "There is no organisation '" + id + "'.";
			probes.add(new Probe("GET", "/organisations/" + id, organisation));
			probes.add(new Probe("GET", "/api/v1/organisations/" + id, organisation));
			String initiative = "There is no initiative '" + id + "'.";
			for (String path : List.of("/initiatives/%s", "/initiatives/%s/history", "/initiatives/%s/edit",
					"/api/v1/initiatives/%s", "/api/v1/initiatives/%s/revisions", "/api/v1/initiatives/%s/revisions/1",
					"/api/v1/initiatives/%s/revisions/compare?from=1&to=2")) {
				probes.add(new Probe("GET", path.formatted(id), initiative));
			}
			probes.add(new Probe("POST", "/initiatives/" + id, initiative));
			probes.add(new Probe("PUT", "/api/v1/initiatives/" + id, initiative));
			String account = "There is no account '" + id + "'.";
			probes.add(new Probe("GET", "/admin/users/" + id, account));
			probes.add(new Probe("GET", "/api/v1/users/" + id, account));
			for (String path : List.of("/admin/users/%s/grants", "/admin/users/%s/grants/revoke",
					"/admin/users/%s/enabled", "/admin/users/%s/invitation", "/countries/KEN/users/%s/revoke")) {
				probes.add(new Probe("POST", path.formatted(id), account));
			}
		}
		for (String code : List.of("twelve", "12(z)(q)", "1234")) {
			String detail = "There is no Action Plan item '" + code + "'.";
			probes.add(new Probe("GET", "/action-plan/items/" + code, detail));
			probes.add(new Probe("GET", "/api/v1/action-plan/items/" + code, detail));
		}
		// Identifiers without a type of their own name nothing at the address.
		probes.add(new Probe("POST", "/account/tokens/not-a-token/revoke",
				"There is nothing at /account/tokens/not-a-token/revoke."));
		probes.add(new Probe("GET", "/api/v1/countries/KEN/profile/revisions/first",
				"There is nothing at /api/v1/countries/KEN/profile/revisions/first."));
		probes.add(new Probe("GET", "/api/v1/initiatives/" + NIL + "/revisions/first",
				"There is nothing at /api/v1/initiatives/" + NIL + "/revisions/first."));
		return probes;
	}

	static List<Probe> unknown() {
		return List.of(new Probe("GET", "/countries/QQQ", "There is no country or Party with the code 'QQQ'."),
				new Probe("GET", "/api/v1/countries/QQQ", "There is no country or Party with the code 'QQQ'."),
				new Probe("GET", "/countries/QQQ/profile/history", "There is no country or Party with the code 'QQQ'."),
				new Probe("GET", "/api/v1/countries/QQQ/profile/draft",
						"There is no country or Party with the code 'QQQ'."),
				new Probe("GET", "/organisations/" + NIL, "There is no organisation '" + NIL + "'."),
				new Probe("GET", "/api/v1/organisations/" + NIL, "There is no organisation '" + NIL + "'."),
				new Probe("GET", "/initiatives/" + NIL, "There is no initiative '" + NIL + "'."),
				new Probe("GET", "/api/v1/initiatives/" + NIL, "There is no initiative '" + NIL + "'."),
				new Probe("GET", "/initiatives/" + NIL + "/history", "There is no initiative '" + NIL + "'."),
				new Probe("GET", "/api/v1/initiatives/" + NIL + "/revisions", "There is no initiative '" + NIL + "'."),
				new Probe("GET", "/admin/users/" + NIL, "There is no account '" + NIL + "'."),
				new Probe("GET", "/api/v1/users/" + NIL, "There is no account '" + NIL + "'."),
				new Probe("GET", "/action-plan/items/99(z)", "There is no item 99(z) in the"),
				new Probe("GET", "/api/v1/action-plan/items/99(z)", "There is no item 99(z) in the"));
	}

	@TestFactory
	Stream<DynamicTest> an_identifier_of_the_wrong_form_is_not_found() {
		List<Probe> probes = malformed();
		assertThat(probes).hasSizeGreaterThan(80);
		return probes.stream()
			.map(probe -> DynamicTest.dynamicTest(probe.method() + " " + probe.path(), () -> expectNotFound(probe)));
	}

	@TestFactory
	Stream<DynamicTest> an_identifier_that_names_nothing_is_not_found_the_same_way() {
		return unknown().stream()
			.map(probe -> DynamicTest.dynamicTest(probe.method() + " " + probe.path(), () -> expectNotFound(probe)));
	}

	@Test
	void a_parameter_of_the_wrong_type_stays_a_bad_request() throws Exception {
		MockHttpServletResponse api = send(
				new Probe("GET", "/api/v1/initiatives/" + NIL + "/revisions/compare?from=first&to=2", ""));
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(api.getContentAsString()).contains("\"parameter\":\"from\"");
		MockHttpServletResponse page = send(new Probe("GET", "/countries/KEN/profile/history?from=first&to=2", ""));
		assertThat(page.getStatus()).isEqualTo(400);
		assertThat(page.getContentAsString()).contains("&#39;from&#39;");
	}

	private void expectNotFound(Probe probe) throws Exception {
		MockHttpServletResponse answer = send(probe);
		String body = answer.getContentAsString();
		assertThat(answer.getStatus()).as(body).isEqualTo(404);
		if (probe.api()) {
			assertThat(answer.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(body).contains("\"status\":404").contains("\"title\":\"Not found\"");
			assertThat(body).contains("\"detail\":\"" + probe.detail());
		}
		else {
			assertThat(answer.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
			assertThat(body).contains("<h1>Not found</h1>")
				.contains(org.springframework.web.util.HtmlUtils.htmlEscape(probe.detail()));
		}
	}

	private MockHttpServletResponse send(Probe probe) throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(probe.method()),
				java.net.URI.create(probe.path()))
			.with(user(secretariat));
		if (probe.api() && !"GET".equals(probe.method())) {
			request.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1}");
		}
		if (!probe.api()) {
			request.with(csrf());
			if (!"GET".equals(probe.method())) {
				request.param("version", "1");
			}
		}
		return mvc.perform(request).andReturn().getResponse();
	}

}
