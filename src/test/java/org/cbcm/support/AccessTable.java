package org.cbcm.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A hand-written access table of a kind's writes and steps, checked caller by caller:
 * each endpoint ({@code "POST /needs/{id}/publish"}) with the callers it must refuse,
 * every other caller let through. A refused caller gets 403, or 401 in the API and the
 * sign-in page in the pages when anonymous; one let through gets neither. The tables
 * themselves stay in each kind's test ({@code OrganisationAccessTests},
 * {@code NeedsAccessTests}, ...), written by hand, independent of the endpoint
 * declarations they check.
 */
public final class AccessTable {

	private AccessTable() {
	}

	/** The request of an endpoint of the table, without its caller. */
	@FunctionalInterface
	public interface Requests {

		MockHttpServletRequestBuilder of(String endpoint) throws Exception;

	}

	/**
	 * Requests with the JSON body for the API's writes and a CSRF token for the pages'.
	 */
	public static Requests body(String json) {
		return endpoint -> request(endpoint, json);
	}

	/**
	 * The request of an endpoint ({@code "PUT /api/v1/needs/42"}): the JSON body for a
	 * write of the API, the CSRF token for a page.
	 */
	public static MockHttpServletRequestBuilder request(String endpoint, String json) {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String path = endpoint.substring(endpoint.indexOf(' ') + 1);
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
		if (api(endpoint) && !"GET".equals(method)) {
			request.contentType("application/json").content(json);
		}
		if (!api(endpoint)) {
			request.with(csrf());
		}
		return request;
	}

	/** A test for each endpoint of the table and each caller. */
	public static Stream<DynamicTest> tests(MockMvc mvc, Map<String, Set<String>> refused,
			Map<String, @Nullable UserDetails> callers, Requests requests) {
		List<DynamicTest> tests = new ArrayList<>();
		refused.forEach((endpoint, who) -> callers
			.forEach((caller, principal) -> tests.add(DynamicTest.dynamicTest(endpoint + " as " + caller,
					() -> check(mvc, endpoint, caller, principal, who.contains(caller), requests)))));
		return tests.stream();
	}

	private static void check(MockMvc mvc, String endpoint, String caller, @Nullable UserDetails principal,
			boolean refused, Requests requests) throws Exception {
		MockHttpServletRequestBuilder request = requests.of(endpoint);
		if (principal != null) {
			request.with(user(principal));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		String location = String.valueOf(response.getRedirectedUrl());
		if (!refused) {
			assertThat(response.getStatus()).as("%s must let %s through", endpoint, caller).isNotIn(401, 403);
			assertThat(location).as("%s must not ask %s to sign in", endpoint, caller).doesNotEndWith("/login");
		}
		else if (principal == null && !api(endpoint)) {
			assertThat(location).as("%s must send %s to sign in", endpoint, caller).endsWith("/login");
		}
		else {
			assertThat(response.getStatus()).as("%s must refuse %s", endpoint, caller)
				.isEqualTo((principal == null) ? 401 : 403);
		}
	}

	private static boolean api(String endpoint) {
		return endpoint.substring(endpoint.indexOf(' ') + 1).startsWith("/api/");
	}

}
