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
import org.cbcm.shared.DeclaredEndpoints;
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

	/**
	 * The writes that anyone may send: signing in and out, and what a mailed link opens.
	 */
	static final Set<String> PUBLIC_WRITES = Set.of("POST /login", "POST /logout", "POST /invitations/{secret}",
			"POST /password-reset", "POST /password-reset/{secret}");

	/**
	 * Who must be refused each write and each workflow step, written by hand from the
	 * product's rules and not from the declarations: a wrong declaration shows here. One
	 * line per request as people send it ({id} is a record that does not exist, so only
	 * the declaration decides); after the bar, the callers refused with 401 (or the
	 * sign-in page) or 403. Every other caller must be let through by the declaration.
	 * Callers: anon; sec (the Secretariat); nfp-ken, nu-ken (focal point and national
	 * user of Kenya); nfp-uga, nu-uga (of Uganda); rep-gef, rep-unep (organisation
	 * reporters of the GEF and of UNEP); expert. An initiative's owner is not in its
	 * address: which initiatives a writer may change is the record's rule, tested with
	 * the records. A country's voice on an initiative: the declaration lets the
	 * Secretariat through as everywhere, and the use case refuses it (the Secretariat
	 * does not speak for a country; initiatives.EndorsementAccessTests).
	 */
	static final String REFUSED = """
			POST /countries/KEN/profile                         | anon nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/profile/offline                 | anon nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/profile/offline/apply           | anon nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/profile/submit                  | anon nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/profile/publish                 | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/profile/return                  | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/profile/archive                 | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/profile/reopen                  | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/profile/confirm                 | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			PUT /api/v1/countries/KEN/profile                   | anon nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/countries/KEN/profile/submit           | anon nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/countries/KEN/profile/publish          | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/countries/KEN/profile/return           | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/countries/KEN/profile/archive          | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/countries/KEN/profile/reopen           | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/countries/KEN/profile/confirm          | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/strategy                        | anon nfp-uga nu-uga rep-gef rep-unep expert
			PUT /api/v1/countries/KEN/strategy                  | anon nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/strategy/submit                 | anon nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/strategy/publish                | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/strategy/return                 | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/strategy/archive                | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/strategy/reopen                 | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/strategy/confirm                | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/countries/KEN/strategy/submit          | anon nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/countries/KEN/strategy/publish         | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/countries/KEN/strategy/return          | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/countries/KEN/strategy/archive         | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/countries/KEN/strategy/reopen          | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/countries/KEN/strategy/confirm         | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /initiatives                                   | anon expert
			POST /initiatives/similar                           | anon expert
			POST /initiatives/{id}                              | anon expert
			POST /initiatives/{id}/offline                      | anon expert
			POST /initiatives/{id}/offline/apply                | anon expert
			POST /initiatives/{id}/submit                       | anon expert
			POST /initiatives/{id}/publish                      | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /initiatives/{id}/return                       | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /initiatives/{id}/archive                      | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /initiatives/{id}/reopen                       | anon nu-ken nu-uga expert
			POST /initiatives/{id}/confirm                      | anon nu-ken nu-uga expert
			POST /api/v1/initiatives                            | anon expert
			POST /api/v1/initiatives/similar                    | anon expert
			PUT /api/v1/initiatives/{id}                        | anon expert
			POST /api/v1/initiatives/{id}/submit                | anon expert
			POST /api/v1/initiatives/{id}/publish               | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /api/v1/initiatives/{id}/return                | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /api/v1/initiatives/{id}/archive               | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /api/v1/initiatives/{id}/reopen                | anon nu-ken nu-uga expert
			POST /api/v1/initiatives/{id}/confirm               | anon nu-ken nu-uga expert
			POST /initiatives/{id}/endorsement/KEN              | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			PUT /api/v1/initiatives/{id}/endorsements/KEN       | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /initiatives/exchange-rates                    | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /initiatives/exchange-rates/remove             | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			PUT /api/v1/exchange-rates/EUR/2024                 | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			DELETE /api/v1/exchange-rates/EUR/2024              | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/party-status                    | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/countries/KEN/party-status             | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /initiatives/demo                              | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/coordination/rebuild                   | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /initiatives/demo/remove                       | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /admin/users                                   | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /admin/users/{id}/grants                       | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /admin/users/{id}/grants/revoke                | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /admin/users/{id}/enabled                      | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /admin/users/{id}/invitation                   | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/users                                  | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/users                           | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/users/{id}/revoke               | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /account/profile                               | anon
			POST /account/password                              | anon
			POST /account/tokens                                | anon
			POST /account/notices                               | anon
			POST /organisations                                 | anon expert
			POST /api/v1/organisations                          | anon expert
			POST /organisations/{id}                            | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			PUT /api/v1/organisations/{id}                      | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /organisations/{id}/submit                     | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/organisations/{id}/submit              | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /organisations/{id}/publish                    | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/organisations/{id}/publish             | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /organisations/{id}/return                     | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/organisations/{id}/return              | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /organisations/{id}/archive                    | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/organisations/{id}/archive             | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /organisations/{id}/reopen                     | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/organisations/{id}/reopen              | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /organisations/{id}/confirm                    | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/organisations/{id}/confirm             | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /account/tokens/{id}/revoke                    | anon
			POST /api/v1/me/tokens                              | anon
			POST /initiatives/duplicates/scan                   | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /initiatives/duplicates/{id}/merge             | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /initiatives/duplicates/{id}/distinct          | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /initiatives/merges/{id}/undo                  | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/initiatives/duplicates/{id}/merge      | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/initiatives/duplicates/{id}/distinct   | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/initiative-merges/{id}/undo            | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/needs                           | anon nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/countries/KEN/needs                    | anon nfp-uga nu-uga rep-gef rep-unep expert
			POST /needs/{id}                                    | anon rep-gef rep-unep expert
			PUT /api/v1/needs/{id}                              | anon rep-gef rep-unep expert
			POST /needs/{id}/submit                             | anon rep-gef rep-unep expert
			POST /api/v1/needs/{id}/submit                      | anon rep-gef rep-unep expert
			POST /needs/{id}/publish                            | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /api/v1/needs/{id}/publish                     | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /needs/{id}/return                             | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /api/v1/needs/{id}/return                      | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /needs/{id}/archive                            | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /api/v1/needs/{id}/archive                     | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /needs/{id}/reopen                             | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /api/v1/needs/{id}/reopen                      | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /needs/{id}/confirm                            | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /api/v1/needs/{id}/confirm                     | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /exchange/imports                              | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /exchange/imports/folder                       | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /exchange/imports/{id}/selection               | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /exchange/imports/{id}/choices                 | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /exchange/imports/{id}/columns                 | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /exchange/imports/{id}/accept                  | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /exchange/imports/{id}/run                     | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /exchange/imports/{id}/cancel                  | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /exchange/imports/{id}/delete                  | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/experts/nominate                | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /countries/KEN/expert-requests                 | anon nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/roster/requests                        | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /roster/requests/{id}/select                   | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /roster/requests/{id}/cancel                   | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /roster/assignments/{id}/terms                 | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /roster/assignments/{id}/release               | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /roster/assignments/{id}/complete              | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /roster/assignments/{id}/report                | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /roster/assignments/{id}/accept                | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep
			POST /roster/assignments/{id}/decline               | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep
			POST /roster/assignments/{id}/expert-report         | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep
			POST /api/v1/roster/requests/{id}/select            | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /api/v1/roster/requests/{id}/cancel            | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /api/v1/roster/assignments/{id}/terms          | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /api/v1/roster/assignments/{id}/release        | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /api/v1/roster/assignments/{id}/complete       | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /api/v1/roster/assignments/{id}/report         | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /api/v1/roster/assignments/{id}/accept         | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep
			POST /api/v1/roster/assignments/{id}/decline        | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep
			POST /api/v1/roster/assignments/{id}/expert-report  | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep
			POST /roster/experts/{id}/edit                      | anon nu-ken nu-uga rep-gef rep-unep
			PUT /api/v1/roster/experts/{id}                     | anon nu-ken nu-uga rep-gef rep-unep
			POST /roster/experts/{id}/submit                    | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /roster/experts/{id}/archive                   | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /roster/experts/{id}/reopen                    | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /roster/experts/{id}/confirm                   | anon nu-ken nu-uga rep-gef rep-unep
			POST /roster/experts/{id}/publish                   | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /roster/experts/{id}/return                    | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/roster/experts/{id}/submit             | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /api/v1/roster/experts/{id}/archive            | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /api/v1/roster/experts/{id}/reopen             | anon nu-ken nu-uga rep-gef rep-unep expert
			POST /api/v1/roster/experts/{id}/confirm            | anon nu-ken nu-uga rep-gef rep-unep
			POST /api/v1/roster/experts/{id}/publish            | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			POST /api/v1/roster/experts/{id}/return             | anon nfp-ken nu-ken nfp-uga nu-uga rep-gef rep-unep expert
			""";

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
		callers.put("anon", null);
		callers.put("sec", people.admin());
		callers.put("nfp-ken", people.holding(Role.NATIONAL_FOCAL_POINT, KENYA));
		callers.put("nfp-uga", people.holding(Role.NATIONAL_FOCAL_POINT, UGANDA));
		callers.put("nu-ken", people.holding(Role.NATIONAL_USER, KENYA));
		callers.put("nu-uga", people.holding(Role.NATIONAL_USER, UGANDA));
		callers.put("rep-gef", people.holding(Role.ORGANISATION_REPORTER, GEF));
		callers.put("rep-unep", people.holding(Role.ORGANISATION_REPORTER, UNEP));
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

	@TestFactory
	Stream<DynamicTest> the_hand_written_refusals_hold() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String line : REFUSED.strip().split("\n")) {
			String[] request = line.split("\\|")[0].strip().split(" +");
			Set<String> refused = Set.of(line.split("\\|")[1].strip().split(" +"));
			String method = request[0];
			String path = request[1].replace("{id}", UUID.randomUUID().toString());
			assertThat(callers.keySet()).as(line).containsAll(refused);
			callers.forEach((name, caller) -> tests.add(DynamicTest.dynamicTest(
					method + " " + request[1] + (refused.contains(name) ? " refuses " : " lets through ") + name,
					() -> {
						if (refused.contains(name)) {
							refuses(method, path, caller);
						}
						else {
							declaredToLetThrough(method, path, caller);
						}
					})));
		}
		return tests.stream();
	}

	/**
	 * Every write that is not open to anyone has its line in the hand-written table, so a
	 * new one cannot go unwatched.
	 */
	@Test
	void every_declared_write_is_in_the_hand_written_table() {
		Set<Endpoint> written = new java.util.HashSet<>();
		for (String line : REFUSED.strip().split("\n")) {
			String[] request = line.split("\\|")[0].strip().split(" +");
			Endpoint endpoint = access
				.match(new MockHttpServletRequest(request[0], request[1].replace("{id}", UUID.randomUUID().toString())))
				.endpoint();
			assertThat(endpoint).as("the declaration of %s", line).isNotNull();
			written.add(endpoint);
		}
		List<String> missing = new ArrayList<>();
		for (Endpoint endpoint : access.endpoints()) {
			if (endpoint.access().kind() != Access.Kind.ANYONE && !written.contains(endpoint)
					&& endpoint.methods().stream().anyMatch(method -> !Set.of("GET", "HEAD").contains(method))) {
				missing.add(endpoint.methods() + " " + endpoint.pattern());
			}
		}
		assertThat(missing).as("writes without a line in REFUSED").isEmpty();
	}

	/** The request is refused the caller: 401 or the sign-in page, or 403. */
	private void refuses(String method, String path, UserDetails caller) throws Exception {
		MockHttpServletResponse response = mvc.perform(sent(method, path, caller)).andReturn().getResponse();
		boolean api = path.startsWith("/api/");
		if (caller == null && api) {
			assertThat(response.getStatus()).as("%s %s must refuse anonymous callers", method, path).isEqualTo(401);
		}
		else if (caller == null) {
			assertThat(String.valueOf(response.getRedirectedUrl()))
				.as("%s %s must send anonymous callers to sign in", method, path)
				.endsWith("/login");
		}
		else {
			assertThat(response.getStatus()).as("%s %s must refuse %s", method, path, caller.getUsername())
				.isEqualTo(403);
		}
	}

	/**
	 * The declaration lets the caller through (not sent: the request would change what
	 * other tests read; the walk above sends it).
	 */
	private void declaredToLetThrough(String method, String path, UserDetails caller) {
		DeclaredEndpoints.Match match = access.match(new MockHttpServletRequest(method, path));
		Viewer viewer = (caller == null) ? Viewer.ANONYMOUS : TestAccounts.viewerOf(caller);
		assertThat(match.endpoint()).as("the declaration of %s %s", method, path).isNotNull();
		assertThat(match.endpoint().access().allows(viewer, match.variables()))
			.as("%s %s must let %s through", method, path, viewer.email())
			.isTrue();
	}

	private static MockHttpServletRequestBuilder sent(String method, String path, UserDetails caller) {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
		if (path.startsWith("/api/")) {
			request.contentType("application/json").content("{}");
		}
		else {
			request.with(csrf());
		}
		if (caller != null) {
			request.with(user(caller));
		}
		return request;
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
		if (endpoint.access().kind() == Access.Kind.ANYONE && !"GET".equals(method)) {
			// (This line used to assert that an endpoint open to anyone allows the
			// caller,
			// which Access.allows answers true for by definition.) A write open to anyone
			// must be one of the few that sign in, out, or use a mailed link.
			assertThat(PUBLIC_WRITES)
				.as("%s %s is open to anyone, but is not a known public write", method, endpoint.pattern())
				.contains(method + " " + endpoint.pattern());
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
