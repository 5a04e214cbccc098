package org.cbcm.roster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.roster.internal.ExpertManagement;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;
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
import static org.cbcm.support.AccessCallers.SECRETARIAT;

/**
 * The authorization table of an expert's record, written by hand rather than computed
 * from the declarations it checks: a record Kenya's focal point nominated, and who must
 * be refused its form, its saves, its history and each step. The near misses: an expert
 * who is not this record's expert, Kenya's national user (not an owner of an expert's
 * record), Uganda's focal point (another Party's).
 */
@IntegrationTest
class ExpertAccessTests {

	static final OrganisationId GEF = new OrganisationId(UUID.nameUUIDFromBytes("cbcm:organisation:gef".getBytes()));

	static final Set<String> NOT_OWNERS = Set.of(ANONYMOUS, NATIONAL_USER, OTHER_FOCAL_POINT, OTHER_USER, REPORTER,
			EXPERT);

	static final Set<String> NOT_SECRETARIAT = Set.of(ANONYMOUS, FOCAL_POINT, NATIONAL_USER, OTHER_FOCAL_POINT,
			OTHER_USER, REPORTER, EXPERT);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExpertManagement experts;

	Map<String, UserDetails> callers;

	ExpertId expert;

	@BeforeEach
	void people() {
		ExpertRecordTests.clear(jdbc);
		callers = AccessCallers.of(context, GEF);
		UserDetails focalPoint = TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		expert = experts
			.nominate(CountryCode.of("KEN"),
					new ExpertManagement.Nomination("Grace", "Achieng",
							"grace-" + UUID.randomUUID().toString().substring(0, 8) + "@experts.test", "en"),
					TestAccounts.viewerOf(focalPoint))
			.expert();
	}

	@TestFactory
	Stream<DynamicTest> expert_record_writes_steps_and_history_refuse_whom_the_table_says() {
		Map<String, Set<String>> table = new LinkedHashMap<>();
		String page = "/roster/experts/" + expert;
		String api = "/api/v1/roster/experts/" + expert;
		table.put("GET " + page + "/edit", NOT_OWNERS);
		table.put("POST " + page + "/edit", NOT_OWNERS);
		table.put("GET " + page + "/history", NOT_OWNERS);
		table.put("PUT " + api, NOT_OWNERS);
		table.put("GET " + api + "/history", NOT_OWNERS);
		for (String base : List.of(page, api)) {
			table.put("POST " + base + "/submit", NOT_OWNERS);
			table.put("POST " + base + "/archive", NOT_OWNERS);
			table.put("POST " + base + "/reopen", NOT_OWNERS);
			table.put("POST " + base + "/confirm", NOT_OWNERS);
			table.put("POST " + base + "/publish", NOT_SECRETARIAT);
			table.put("POST " + base + "/return", NOT_SECRETARIAT);
		}
		// A version, so that a step reaches the record's own check of who takes it
		return AccessTable.tests(mvc, table, callers,
				endpoint -> AccessTable.request(endpoint, "{\"version\": 1, \"reason\": \"Incomplete\"}")
					.param("version", "1")
					.param("reason", "Incomplete"));
	}

}
