package org.cbcm.needs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.needs.internal.NeedsManagement;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.support.AccessCallers;
import org.cbcm.support.AccessTable;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.cbcm.support.AccessCallers.ANONYMOUS;
import static org.cbcm.support.AccessCallers.EXPERT;
import static org.cbcm.support.AccessCallers.FOCAL_POINT;
import static org.cbcm.support.AccessCallers.NATIONAL_USER;
import static org.cbcm.support.AccessCallers.OTHER_FOCAL_POINT;
import static org.cbcm.support.AccessCallers.OTHER_USER;
import static org.cbcm.support.AccessCallers.REPORTER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The authorization matrix of needs assessments, written by hand rather than computed
 * from the declarations it checks: for every write and workflow step, who must be refused
 * (401 or the sign-in page for anonymous callers, 403 for others) and who let through. A
 * national user of Kenya drafts for Kenya, not for Uganda; only Kenya's focal point (and
 * the Secretariat) publishes, returns, archives Kenya's; a reporter is refused. Each
 * request is made on a fresh published assessment of Kenya ({@code {id}}).
 */
@IntegrationTest
class NeedsAccessTests {

	static final CountryCode KENYA = CountryCode.of("KEN");

	static final Set<String> NOT_KENYAN_WRITERS = Set.of(ANONYMOUS, OTHER_USER, OTHER_FOCAL_POINT, REPORTER, EXPERT);

	static final Set<String> NOT_KENYAN_FOCAL_POINT = Set.of(ANONYMOUS, NATIONAL_USER, OTHER_USER, OTHER_FOCAL_POINT,
			REPORTER, EXPERT);

	/** Each write and step and who must be refused; the others must be let through. */
	static final Map<String, Set<String>> REFUSED = table();

	private static Map<String, Set<String>> table() {
		Map<String, Set<String>> table = new LinkedHashMap<>();
		table.put("GET /countries/KEN/needs/new", NOT_KENYAN_WRITERS);
		table.put("POST /countries/KEN/needs", NOT_KENYAN_WRITERS);
		table.put("POST /api/v1/countries/KEN/needs", NOT_KENYAN_WRITERS);
		table.put("GET /needs/{id}/edit", NOT_KENYAN_WRITERS);
		table.put("POST /needs/{id}", NOT_KENYAN_WRITERS);
		table.put("PUT /api/v1/needs/{id}", NOT_KENYAN_WRITERS);
		table.put("POST /needs/{id}/submit", NOT_KENYAN_WRITERS);
		table.put("POST /api/v1/needs/{id}/submit", NOT_KENYAN_WRITERS);
		for (String step : List.of("publish", "return", "archive", "reopen", "confirm")) {
			table.put("POST /needs/{id}/" + step, NOT_KENYAN_FOCAL_POINT);
			table.put("POST /api/v1/needs/{id}/" + step, NOT_KENYAN_FOCAL_POINT);
		}
		return table;
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	NeedsManagement needs;

	@Autowired
	JdbcClient jdbc;

	Map<String, UserDetails> callers;

	@BeforeEach
	void people() {
		callers = AccessCallers.of(context,
				new OrganisationId(java.util.UUID.nameUUIDFromBytes("cbcm:organisation:gef".getBytes())));
		NeedsPublishingTests.clear(jdbc);
	}

	@TestFactory
	Stream<DynamicTest> needs_writes_and_steps_refuse_whom_the_table_says() {
		// Each request on an assessment of its own, published, at its version.
		return AccessTable.tests(mvc, REFUSED, callers, endpoint -> {
			var focalPoint = TestAccounts.viewerOf(callers.get(FOCAL_POINT));
			NeedsAssessmentId id = needs.create(KENYA, NeedsFixtures.valid(), null, focalPoint);
			int version = needs.move(id, 1, Transition.PUBLISH, null, focalPoint);
			MockHttpServletRequestBuilder request = AccessTable.request(endpoint.replace("{id}", id.toString()),
					"{\"version\": " + version + ", \"reason\": \"Incomplete\"}");
			return endpoint.contains(" /api/") ? request
					: request.param("version", String.valueOf(version)).param("reason", "Incomplete");
		});
	}

}
