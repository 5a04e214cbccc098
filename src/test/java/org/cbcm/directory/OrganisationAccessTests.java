package org.cbcm.directory;

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
import static org.cbcm.support.AccessCallers.FOCAL_POINT;
import static org.cbcm.support.AccessCallers.NATIONAL_USER;
import static org.cbcm.support.AccessCallers.REPORTER;
import static org.cbcm.support.AccessCallers.SECRETARIAT;

/**
 * The authorization matrix of the organisation record, written by hand rather than
 * computed from the declarations it checks: for every write and every workflow step of
 * organisations, who must be refused (401 or the sign-in page for anonymous callers, 403
 * for others) and who must be let through. A reporter of the GEF is not an owner of the
 * GEF's organisation record: only the Secretariat edits and moves it.
 */
@IntegrationTest
class OrganisationAccessTests {

	static final OrganisationId GEF = new OrganisationId(UUID.nameUUIDFromBytes("cbcm:organisation:gef".getBytes()));

	static final Set<String> NOT_SECRETARIAT = Set.of(ANONYMOUS, FOCAL_POINT, NATIONAL_USER, REPORTER, EXPERT);

	static final Set<String> NOT_REPORTERS = Set.of(ANONYMOUS, EXPERT);

	/** Each critical endpoint and who must be refused; the others must be let through. */
	static final Map<String, Set<String>> REFUSED = table();

	private static Map<String, Set<String>> table() {
		Map<String, Set<String>> table = new LinkedHashMap<>();
		table.put("GET /organisations/propose", NOT_REPORTERS);
		table.put("POST /organisations", NOT_REPORTERS);
		table.put("POST /api/v1/organisations", NOT_REPORTERS);
		table.put("GET /organisations/proposals", NOT_SECRETARIAT);
		table.put("GET /organisations/" + GEF + "/edit", NOT_SECRETARIAT);
		table.put("POST /organisations/" + GEF, NOT_SECRETARIAT);
		table.put("GET /organisations/" + GEF + "/history", NOT_SECRETARIAT);
		table.put("GET /api/v1/organisations/" + GEF + "/record", NOT_SECRETARIAT);
		table.put("PUT /api/v1/organisations/" + GEF, NOT_SECRETARIAT);
		for (String step : List.of("submit", "publish", "return", "archive", "reopen", "confirm")) {
			table.put("POST /organisations/" + GEF + "/" + step, NOT_SECRETARIAT);
			table.put("POST /api/v1/organisations/" + GEF + "/" + step, NOT_SECRETARIAT);
		}
		return table;
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Map<String, UserDetails> callers;

	@BeforeEach
	void people() {
		callers = AccessCallers.of(context, GEF, ANONYMOUS, SECRETARIAT, FOCAL_POINT, NATIONAL_USER, REPORTER, EXPERT);
	}

	@TestFactory
	Stream<DynamicTest> organisation_writes_and_steps_refuse_whom_the_table_says() {
		return AccessTable.tests(mvc, REFUSED, callers, AccessTable.body("{}"));
	}

}
