package org.cbcm.needs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.cbcm.shared.OrganisationId;
import org.cbcm.support.AccessCallers;
import org.cbcm.support.AccessTable;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.cbcm.support.AccessCallers.ANONYMOUS;
import static org.cbcm.support.AccessCallers.EXPERT;
import static org.cbcm.support.AccessCallers.NATIONAL_USER;
import static org.cbcm.support.AccessCallers.OTHER_FOCAL_POINT;
import static org.cbcm.support.AccessCallers.OTHER_USER;
import static org.cbcm.support.AccessCallers.REPORTER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The authorization matrix of the national strategy, written by hand rather than computed
 * from the declarations it checks: for every write and every workflow step of Kenya's
 * strategy, who must be refused (401 or the sign-in page for anonymous callers, 403 for
 * others) and who must be let through. Kenya's national user writes and submits Kenya's
 * strategy, not Uganda's; only Kenya's focal point (and the Secretariat) publishes,
 * returns, archives, reopens and confirms it; an organisation's reporter and an expert
 * take no part.
 */
@IntegrationTest
class StrategyAccessTests {

	static final OrganisationId GEF = new OrganisationId(UUID.nameUUIDFromBytes("cbcm:organisation:gef".getBytes()));

	/** Refused whatever the step: nobody of Kenya. */
	static final Set<String> NOT_KENYA = Set.of(ANONYMOUS, OTHER_FOCAL_POINT, OTHER_USER, REPORTER, EXPERT);

	/** Refused the focal point's steps: Kenya's national user too. */
	static final Set<String> NOT_KENYAS_FOCAL_POINT = Set.of(ANONYMOUS, NATIONAL_USER, OTHER_FOCAL_POINT, OTHER_USER,
			REPORTER, EXPERT);

	/** Each critical endpoint and who must be refused; the others must be let through. */
	static final Map<String, Set<String>> REFUSED = table();

	private static Map<String, Set<String>> table() {
		Map<String, Set<String>> table = new LinkedHashMap<>();
		table.put("GET /countries/KEN/strategy/edit", NOT_KENYA);
		table.put("POST /countries/KEN/strategy", NOT_KENYA);
		table.put("GET /countries/KEN/strategy/history", NOT_KENYA);
		table.put("GET /api/v1/countries/KEN/strategy/draft", NOT_KENYA);
		table.put("PUT /api/v1/countries/KEN/strategy", NOT_KENYA);
		table.put("GET /api/v1/countries/KEN/strategy/revisions", NOT_KENYA);
		table.put("POST /countries/KEN/strategy/submit", NOT_KENYA);
		table.put("POST /api/v1/countries/KEN/strategy/submit", NOT_KENYA);
		for (String step : List.of("publish", "return", "archive", "reopen", "confirm")) {
			table.put("POST /countries/KEN/strategy/" + step, NOT_KENYAS_FOCAL_POINT);
			table.put("POST /api/v1/countries/KEN/strategy/" + step, NOT_KENYAS_FOCAL_POINT);
		}
		table.put("GET /countries/KEN/strategy", Set.of());
		table.put("GET /api/v1/countries/KEN/strategy", Set.of());
		return table;
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Map<String, UserDetails> callers;

	@BeforeEach
	void people() {
		callers = AccessCallers.of(context, GEF);
	}

	@TestFactory
	Stream<DynamicTest> strategy_writes_and_steps_refuse_whom_the_table_says() {
		return AccessTable.tests(mvc, REFUSED, callers, AccessTable.body("{\"version\": 0}"));
	}

}
