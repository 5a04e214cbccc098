package org.cbcm.roster;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.cbcm.support.AccessCallers.ANONYMOUS;
import static org.cbcm.support.AccessCallers.EXPERT;
import static org.cbcm.support.AccessCallers.FOCAL_POINT;
import static org.cbcm.support.AccessCallers.NATIONAL_USER;
import static org.cbcm.support.AccessCallers.OTHER_FOCAL_POINT;
import static org.cbcm.support.AccessCallers.OTHER_USER;
import static org.cbcm.support.AccessCallers.REPORTER;

/**
 * The authorization matrix of the nomination pages, written by hand rather than computed
 * from the declarations it checks: only Kenya's focal point (and the Secretariat)
 * nominates for Kenya and reads Kenya's nominations, not its national users (the records
 * hold personal data) nor Uganda's people; only the Secretariat reads the review queue;
 * only an expert (and the Secretariat, who has no record and is told so) asks for their
 * own record.
 */
@IntegrationTest
class NominationAccessTests {

	static final Set<String> NOT_KENYAN_FOCAL_POINT = Set.of(ANONYMOUS, NATIONAL_USER, OTHER_USER, OTHER_FOCAL_POINT,
			REPORTER, EXPERT);

	/** Each page and who must be refused; the others must be let through. */
	static final Map<String, Set<String>> REFUSED = table();

	private static Map<String, Set<String>> table() {
		Map<String, Set<String>> table = new LinkedHashMap<>();
		table.put("GET /countries/KEN/experts/nominate", NOT_KENYAN_FOCAL_POINT);
		table.put("POST /countries/KEN/experts/nominate", NOT_KENYAN_FOCAL_POINT);
		table.put("GET /countries/KEN/experts", NOT_KENYAN_FOCAL_POINT);
		table.put("GET /roster/nominations",
				Set.of(ANONYMOUS, FOCAL_POINT, NATIONAL_USER, OTHER_USER, OTHER_FOCAL_POINT, REPORTER, EXPERT));
		table.put("GET /roster/me",
				Set.of(ANONYMOUS, FOCAL_POINT, NATIONAL_USER, OTHER_USER, OTHER_FOCAL_POINT, REPORTER));
		return table;
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Map<String, UserDetails> callers;

	@BeforeEach
	void people() {
		callers = AccessCallers.of(context,
				new OrganisationId(java.util.UUID.nameUUIDFromBytes("cbcm:organisation:gef".getBytes())));
		RosterFixtures.clear(jdbc);
	}

	@TestFactory
	Stream<DynamicTest> nomination_pages_refuse_whom_the_table_says() {
		// Each nomination with an address of its own, so that none is refused as taken.
		return AccessTable.tests(mvc, REFUSED, callers,
				endpoint -> AccessTable.request(endpoint, "{}")
					.param("givenName", "Achieng")
					.param("familyName", "Otieno")
					.param("email", RosterFixtures.freshEmail("access"))
					.param("language", "en"));
	}

}
