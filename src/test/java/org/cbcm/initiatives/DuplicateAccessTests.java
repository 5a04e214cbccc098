package org.cbcm.initiatives;

import java.util.LinkedHashMap;
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
 * The authorization matrix of the queue of initiatives registered twice, written by hand
 * rather than computed from the declarations it checks: reading the queue, scanning,
 * merging, marking distinct and undoing a merge are the Secretariat's alone; a reporter
 * of an organisation whose initiative is in a pair is refused like anybody else. The pair
 * and merge named need not exist: a refusal comes before the look-up, and the Secretariat
 * is let through to a 404 or a 400.
 */
@IntegrationTest
class DuplicateAccessTests {

	static final OrganisationId GEF = new OrganisationId(UUID.nameUUIDFromBytes("cbcm:organisation:gef".getBytes()));

	static final String PAIR = UUID.nameUUIDFromBytes("pair".getBytes()).toString();

	static final String MERGE = UUID.nameUUIDFromBytes("merge".getBytes()).toString();

	static final Set<String> NOT_SECRETARIAT = Set.of(ANONYMOUS, FOCAL_POINT, NATIONAL_USER, REPORTER, EXPERT);

	/** Each endpoint and who must be refused; the others must be let through. */
	static final Map<String, Set<String>> REFUSED = table();

	private static Map<String, Set<String>> table() {
		Map<String, Set<String>> table = new LinkedHashMap<>();
		table.put("GET /initiatives/duplicates", NOT_SECRETARIAT);
		table.put("POST /initiatives/duplicates/scan", NOT_SECRETARIAT);
		table.put("POST /initiatives/duplicates/" + PAIR + "/merge", NOT_SECRETARIAT);
		table.put("POST /initiatives/duplicates/" + PAIR + "/distinct", NOT_SECRETARIAT);
		table.put("POST /initiatives/merges/" + MERGE + "/undo", NOT_SECRETARIAT);
		table.put("GET /api/v1/initiatives/duplicates", NOT_SECRETARIAT);
		table.put("POST /api/v1/initiatives/duplicates/" + PAIR + "/merge", NOT_SECRETARIAT);
		table.put("POST /api/v1/initiatives/duplicates/" + PAIR + "/distinct", NOT_SECRETARIAT);
		table.put("POST /api/v1/initiative-merges/" + MERGE + "/undo", NOT_SECRETARIAT);
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
	Stream<DynamicTest> duplicate_queue_and_decisions_refuse_whom_the_table_says() {
		return AccessTable.tests(mvc, REFUSED, callers, AccessTable.body("{}"));
	}

}
