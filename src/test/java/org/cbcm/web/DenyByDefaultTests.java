package org.cbcm.web;

import java.util.Map;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deny by default: a handler that no endpoint declaration names — here a controller and
 * an actuator endpoint that only this test's application has — is refused with 403 to
 * everybody, the Secretariat too, and the refusal is logged with the method and the path;
 * a problem in the API, the error page elsewhere. What is declared, files, the error
 * page, the actuator's declared endpoints, and addresses nothing answers are as before.
 */
@IntegrationTest
@Import({ DenyByDefaultTests.Undeclared.class, DenyByDefaultTests.UndeclaredPage.class,
		DenyByDefaultTests.UndeclaredEndpoint.class })
@TestPropertySource(properties = "management.endpoints.web.exposure.include=health,info,undeclared")
@ExtendWith(OutputCaptureExtension.class)
class DenyByDefaultTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	/** A page that no {@code EndpointDeclarations} lists. */
	@Controller
	static class UndeclaredPage {

		@GetMapping("/undeclared")
		@ResponseBody
		String page() {
			return "let through";
		}

	}

	/** An API that no {@code EndpointDeclarations} lists. */
	@RestController
	static class Undeclared {

		@GetMapping("/api/v1/undeclared")
		Map<String, String> read() {
			return Map.of("secret", "let through");
		}

		@PostMapping("/api/v1/undeclared")
		Map<String, String> write() {
			return Map.of("secret", "let through");
		}

	}

	/** An actuator endpoint, exposed in this test only and declared nowhere. */
	@Endpoint(id = "undeclared")
	static class UndeclaredEndpoint {

		@ReadOperation
		Map<String, String> read() {
			return Map.of("secret", "let through");
		}

	}

	@Test
	void an_undeclared_api_operation_is_refused_with_a_403_problem(CapturedOutput output) throws Exception {
		mvc.perform(get("/api/v1/undeclared"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.detail").value("This address is open to nobody."))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("let through"))));
		mvc.perform(get("/api/v1/undeclared").with(user(TestAccounts.in(context).admin())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/undeclared").with(user(TestAccounts.in(context).admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());
		assertThat(output.getOut()).contains("WARN")
			.contains("Refused GET /api/v1/undeclared: no endpoint declaration names its handler")
			.contains("Refused POST /api/v1/undeclared");
	}

	@Test
	void an_undeclared_page_is_refused_with_the_403_page() throws Exception {
		mvc.perform(get("/undeclared").accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<h1>Not allowed</h1>")))
			.andExpect(content().string(containsString("This address is open to nobody.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("let through"))));
		mvc.perform(get("/undeclared").with(user(TestAccounts.in(context).admin())).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void an_undeclared_actuator_endpoint_is_refused(CapturedOutput output) throws Exception {
		RawHttp.Answer answer = new RawHttp(port, "localhost").get("/actuator/undeclared");
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.body()).doesNotContain("let through");
		assertThat(output.getOut()).contains("Refused GET /actuator/undeclared");
	}

	@Test
	void what_is_declared_files_errors_and_unknown_addresses_are_as_before() throws Exception {
		RawHttp http = new RawHttp(port, "localhost");
		assertThat(http.get("/actuator/health").status()).isEqualTo(200);
		assertThat(http.get("/actuator/info").status()).isEqualTo(200);
		assertThat(http.get("/css/cbcm.css").status()).isEqualTo(200);
		assertThat(http.get("/js/cbcm.js").status()).isEqualTo(200);
		assertThat(http.get("/webjars/bootstrap/css/bootstrap.min.css").status()).isEqualTo(200);
		assertThat(http.get("/v3/api-docs").status()).isEqualTo(200);
		assertThat(http.get("/countries").status()).isEqualTo(200);
		assertThat(http.get("/login").status()).isEqualTo(200);
		// Nothing answers: 404, not 403; a known path asked with another method: 405.
		assertThat(http.get("/nothing-here").status()).isEqualTo(404);
		assertThat(http.get("/css/nothing.css").status()).isEqualTo(404);
		assertThat(http.get("/api/v1/nothing-here").status()).isEqualTo(404);
		mvc.perform(post("/api/v1/countries")).andExpect(status().isMethodNotAllowed());
		// The error page, reached by the server's own dispatch.
		RawHttp.Answer rejected = http.get("/countries/%2e%2e/x");
		assertThat(rejected.status()).isEqualTo(400);
		RawHttp.Answer errorPage = http.get("/error");
		assertThat(errorPage.status()).isNotEqualTo(403);
	}

}
