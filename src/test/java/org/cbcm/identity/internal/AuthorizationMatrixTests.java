package org.cbcm.identity.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cbcm.shared.Access;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The one declaration of who may call what, walked whole: every handler of the
 * application is declared, and for every declared endpoint each kind of caller
 * (anonymous, every role, every scoped role for the right and for the wrong country or
 * organisation) is let through or refused exactly as the declaration says: 401 (or the
 * sign-in page) for anonymous callers, 403 for signed-in ones.
 */
@IntegrationTest
class AuthorizationMatrixTests {

	static final CountryCode KENYA = CountryCode.of("KEN");

	static final CountryCode UGANDA = CountryCode.of("UGA");

	static final OrganisationId GEF = new OrganisationId(UUID.nameUUIDFromBytes("cbcm:organisation:gef".getBytes()));

	static final OrganisationId UNEP = new OrganisationId(UUID.nameUUIDFromBytes("cbcm:organisation:unep".getBytes()));

	/**
	 * Values for path variables: scoped ones name Kenya or the GEF, which the "right
	 * scope" callers hold.
	 */
	static final Map<String, String> SAMPLES = Map.of("code", KENYA.value(), "organisation", GEF.toString(), "id",
			GEF.toString(), "secret", "not-a-real-link", "group", "x", "n", "1");

	@Autowired
	MockMvc mvc;

	@Autowired
	DeclaredAccess access;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Autowired
	ApplicationContext context;

	Map<String, UserDetails> callers;

	@BeforeEach
	void people() {
		TestAccounts people = TestAccounts.in(context);
		callers = new LinkedHashMap<>();
		callers.put("anonymous", null);
		callers.put("Secretariat", people.admin());
		callers.put("NFP of Kenya", people.holding(Role.NATIONAL_FOCAL_POINT, KENYA));
		callers.put("NFP of Uganda", people.holding(Role.NATIONAL_FOCAL_POINT, UGANDA));
		callers.put("national user of Kenya", people.holding(Role.NATIONAL_USER, KENYA));
		callers.put("national user of Uganda", people.holding(Role.NATIONAL_USER, UGANDA));
		callers.put("reporter of the GEF", people.holding(Role.ORGANISATION_REPORTER, GEF));
		callers.put("reporter of UNEP", people.holding(Role.ORGANISATION_REPORTER, UNEP));
		callers.put("expert", people.holding(Role.EXPERT, "none"));
	}

	@Test
	void every_handler_of_the_application_is_declared() {
		List<String> undeclared = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlers.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET", "POST")
					: info.getMethodsCondition()
						.getMethods()
						.stream()
						.map(Enum::name)
						.collect(java.util.stream.Collectors.toSet());
			for (String pattern : info.getPatternValues().stream().flatMap(p -> alternatives(p).stream()).toList()) {
				for (String method : methods) {
					MockHttpServletRequest request = new MockHttpServletRequest(method, example(pattern));
					if (access.match(request).endpoint() == null) {
						undeclared.add(method + " " + pattern + " (" + entry.getValue().getShortLogMessage() + ")");
					}
				}
			}
		}
		assertThat(undeclared).as("handlers that no EndpointDeclarations list").isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> every_caller_is_let_through_or_refused_as_declared() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Endpoint endpoint : access.endpoints()) {
			if (endpoint.pattern().contains("**") || endpoint.pattern().equals("/error")) {
				continue;
			}
			for (String method : endpoint.methods()) {
				if ("HEAD".equals(method)) {
					continue;
				}
				String path = example(endpoint.pattern());
				callers.forEach((name, caller) -> tests.add(DynamicTest.dynamicTest(method + " " + path + " as " + name,
						() -> check(endpoint, method, path, caller))));
			}
		}
		assertThat(tests).hasSizeGreaterThan(300);
		return tests.stream();
	}

	private void check(Endpoint endpoint, String method, String path, UserDetails caller) throws Exception {
		Viewer viewer = (caller == null) ? Viewer.ANONYMOUS : TestAccounts.viewerOf(caller);
		boolean allowed = endpoint.access().allows(viewer, variables(endpoint.pattern(), path));
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
		boolean api = path.startsWith("/api/");
		if (api && !"GET".equals(method)) {
			request.contentType("application/json").content("{}");
		}
		if (!api) {
			request.with(csrf());
		}
		if (caller != null) {
			request.with(user(caller));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		int status = response.getStatus();
		String location = String.valueOf(response.getRedirectedUrl());
		if (allowed) {
			assertThat(status).as("%s %s must let %s through", method, path, viewer.email()).isNotIn(401, 403);
			assertThat(location).as("%s %s must not ask %s to sign in", method, path, viewer.email())
				.doesNotEndWith("/login");
		}
		else if (caller == null) {
			if (api) {
				assertThat(status).as("%s %s must refuse anonymous callers", method, path).isEqualTo(401);
			}
			else {
				assertThat(location).as("%s %s must send anonymous callers to sign in", method, path)
					.endsWith("/login");
			}
		}
		else {
			assertThat(status).as("%s %s must refuse %s", method, path, viewer.email()).isEqualTo(403);
		}
		if (endpoint.access().kind() == Access.Kind.ANYONE) {
			assertThat(allowed).isTrue();
		}
	}

	/**
	 * The pattern with its variables filled with the samples, and wildcards with a
	 * segment.
	 */
	/**
	 * A pattern whose variable names its values ({@code {transition:submit|publish}}) as
	 * one pattern per value, so that each must be declared.
	 */
	static List<String> alternatives(String pattern) {
		Matcher choice = Pattern.compile("\\{\\w+:([a-z|-]+)}").matcher(pattern);
		if (!choice.find()) {
			return List.of(pattern);
		}
		return java.util.Arrays.stream(choice.group(1).split("\\|"))
			.flatMap(value -> alternatives(
					pattern.substring(0, choice.start()) + value + pattern.substring(choice.end()))
				.stream())
			.toList();
	}

	static String example(String pattern) {
		Matcher variable = Pattern.compile("\\{(\\w+)(?::[^}]*)?}").matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			variable.appendReplacement(path, Matcher.quoteReplacement(SAMPLES.getOrDefault(variable.group(1), "x")));
		}
		variable.appendTail(path);
		return path.toString().replace("/**", "/x").replace("/*", "/x");
	}

	private static Map<String, String> variables(String pattern, String path) {
		Map<String, String> variables = new LinkedHashMap<>();
		Matcher variable = Pattern.compile("\\{(\\w+)(?::[^}]*)?}").matcher(pattern);
		while (variable.find()) {
			variables.put(variable.group(1), SAMPLES.getOrDefault(variable.group(1), "x"));
		}
		return variables;
	}

}
