package org.cbcm.initiatives;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
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

	static final String ANONYMOUS = "anonymous";

	static final String SECRETARIAT = "Secretariat";

	static final String FOCAL_POINT = "NFP of Kenya";

	static final String OTHER_FOCAL_POINT = "NFP of Uganda";

	static final String NATIONAL_USER = "national user of Kenya";

	static final String REPORTER = "reporter of UNEP";

	static final String EXPERT = "expert";

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
		TestAccounts people = TestAccounts.in(context);
		callers = new LinkedHashMap<>();
		callers.put(ANONYMOUS, null);
		callers.put(SECRETARIAT, people.admin());
		callers.put(FOCAL_POINT, people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN")));
		callers.put(OTHER_FOCAL_POINT, people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("UGA")));
		callers.put(NATIONAL_USER, people.holding(Role.NATIONAL_USER, CountryCode.of("KEN")));
		callers.put(REPORTER, people.holding(Role.ORGANISATION_REPORTER, InitiativeApiTests.UNEP));
		callers.put(EXPERT, people.holding(Role.EXPERT, "none"));
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
