package org.cbcm.initiatives;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

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
import static org.cbcm.support.AccessCallers.REPORTER;
import static org.cbcm.support.AccessCallers.SECRETARIAT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The authorization matrix of a country's voice on an initiative, written by hand: only
 * the focal point of a country the initiative names speaks for that country. The national
 * user of Kenya, the focal point of Uganda (another country the initiative names), the
 * reporter of the organisation that owns it, an expert and the Secretariat are refused:
 * the Secretariat may not speak for a country, since what the voice records is the
 * country's own view of what is done in it (principle 11(a)); the Secretariat reads what
 * was said and may act on it.
 */
@IntegrationTest
class EndorsementAccessTests {

	static final Set<String> NOT_KENYAS_FOCAL_POINT = Set.of(ANONYMOUS, SECRETARIAT, OTHER_FOCAL_POINT, NATIONAL_USER,
			REPORTER, EXPERT);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Map<String, UserDetails> callers;

	String initiative;

	@BeforeEach
	void people() throws Exception {
		callers = AccessCallers.of(context, InitiativeApiTests.UNEP, ANONYMOUS, SECRETARIAT, FOCAL_POINT, NATIONAL_USER,
				OTHER_FOCAL_POINT, REPORTER, EXPERT);
		if (initiative == null) {
			InitiativeApiTests.clear(jdbc);
			initiative = RegistryFixtures.in(context)
				.aPublishedInitiative(callers.get(REPORTER), InitiativeApiTests.regional("Voice of East Africa"));
		}
	}

	@TestFactory
	Stream<DynamicTest> only_the_focal_point_of_a_named_country_speaks_for_it() throws Exception {
		people();
		Map<String, Set<String>> table = new LinkedHashMap<>();
		table.put("POST /initiatives/" + initiative + "/endorsement/KEN", NOT_KENYAS_FOCAL_POINT);
		table.put("PUT /api/v1/initiatives/" + initiative + "/endorsements/KEN", NOT_KENYAS_FOCAL_POINT);
		return AccessTable.tests(mvc, table, callers, AccessTable.body("{}"));
	}

}
