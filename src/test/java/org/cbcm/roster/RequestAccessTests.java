package org.cbcm.roster;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.roster.ExpertContent.Gender;
import org.cbcm.roster.ExpertContent.LanguageLevel;
import org.cbcm.roster.internal.ExpertManagement;
import org.cbcm.roster.internal.RequestManagement;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Viewer;
import org.cbcm.support.AccessCallers;
import org.cbcm.support.AccessTable;
import org.cbcm.support.IntegrationTest;
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
import static org.cbcm.support.AccessCallers.SECRETARIAT;

/**
 * The authorization matrix of requests for experts and assignments, written by hand: a
 * Kenyan request is read by Kenya's focal point and national user (and the Secretariat),
 * filed and managed by Kenya's focal point only; the assignment is answered and reported
 * on by the expert offered it only (not by another expert, nor by the Secretariat), and
 * managed by Kenya's focal point. Each request is made on a fresh request of Kenya
 * ({@code {id}}) or a fresh offer to the listed expert ({@code {assignment}}).
 */
@IntegrationTest
class RequestAccessTests {

	static final String OFFERED = "the expert offered the assignment";

	static final Set<String> NOT_KENYAN_READERS = Set.of(ANONYMOUS, OTHER_FOCAL_POINT, OTHER_USER, REPORTER, EXPERT,
			OFFERED);

	static final Set<String> NOT_KENYAN_FOCAL_POINT = Set.of(ANONYMOUS, NATIONAL_USER, OTHER_FOCAL_POINT, OTHER_USER,
			REPORTER, EXPERT, OFFERED);

	static final Set<String> NOT_ASSIGNMENT_READERS = Set.of(ANONYMOUS, OTHER_FOCAL_POINT, OTHER_USER, REPORTER,
			EXPERT);

	static final Set<String> NOT_THE_EXPERT = Set.of(ANONYMOUS, SECRETARIAT, FOCAL_POINT, NATIONAL_USER,
			OTHER_FOCAL_POINT, OTHER_USER, REPORTER, EXPERT);

	static final Map<String, Set<String>> REFUSED = table();

	private static Map<String, Set<String>> table() {
		Map<String, Set<String>> table = new LinkedHashMap<>();
		table.put("GET /countries/KEN/expert-requests", NOT_KENYAN_READERS);
		table.put("POST /countries/KEN/expert-requests", NOT_KENYAN_FOCAL_POINT);
		table.put("GET /roster/requests/{id}", NOT_KENYAN_READERS);
		table.put("POST /roster/requests/{id}/select", NOT_KENYAN_FOCAL_POINT);
		table.put("POST /roster/requests/{id}/cancel", NOT_KENYAN_FOCAL_POINT);
		table.put("GET /api/v1/roster/requests?country=KEN", NOT_KENYAN_READERS);
		table.put("POST /api/v1/roster/requests", NOT_KENYAN_FOCAL_POINT);
		table.put("GET /api/v1/roster/requests/{id}", NOT_KENYAN_READERS);
		table.put("POST /api/v1/roster/requests/{id}/select", NOT_KENYAN_FOCAL_POINT);
		table.put("POST /api/v1/roster/requests/{id}/cancel", NOT_KENYAN_FOCAL_POINT);
		for (String prefix : List.of("", "/api/v1")) {
			table.put("GET " + prefix + "/roster/assignments/{assignment}", NOT_ASSIGNMENT_READERS);
			for (String step : List.of("accept", "decline", "expert-report")) {
				table.put("POST " + prefix + "/roster/assignments/{assignment}/" + step, NOT_THE_EXPERT);
			}
			for (String step : List.of("terms", "release", "complete", "report")) {
				table.put("POST " + prefix + "/roster/assignments/{assignment}/" + step, NOT_KENYAN_FOCAL_POINT);
			}
		}
		return table;
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExpertManagement experts;

	@Autowired
	RequestManagement requests;

	@TestFactory
	Stream<DynamicTest> requests_and_assignments_refuse_whom_the_table_says() {
		RequestFixtures.clear(jdbc);
		Map<String, UserDetails> callers = new LinkedHashMap<>(AccessCallers.of(context,
				new OrganisationId(java.util.UUID.nameUUIDFromBytes("cbcm:organisation:gef".getBytes()))));
		Viewer secretariat = TestAccounts.viewerOf(callers.get(SECRETARIAT));
		Viewer kenya = TestAccounts.viewerOf(callers.get(FOCAL_POINT));
		RequestFixtures.Listed expert = RequestFixtures.listed(experts, secretariat,
				new RequestFixtures.Expert("Grace Atieno", RequestFixtures.UGANDA, Gender.WOMAN,
						List.of(Expertise.RISK_ASSESSMENT), Map.of("en", LanguageLevel.EXCELLENT)));
		callers.put(OFFERED, TestAccounts.in(context).person(expert.email()));
		Set<String> checked = new HashSet<>();
		return AccessTable.tests(mvc, REFUSED, callers, endpoint -> {
			checked.add(endpoint);
			RequestId id = requests.file(RequestFixtures.KENYA, RequestFixtures.request("Access"), kenya);
			String path = endpoint.replace("{id}", id.toString());
			String version = "1";
			if (endpoint.contains("{assignment}")) {
				AssignmentId assignment = requests.select(id, 1, expert.id(), kenya);
				path = path.replace("{assignment}", assignment.toString());
			}
			String json = """
					{"version": %s, "expert": "%s", "noConflict": true, "confidentiality": true, "reason": "Busy",
					 "country": "KEN", "request": {"title": "Via the API", "termsOfReference": "Advise.",
					 "expertise": ["RISK_ASSESSMENT"], "keyElements": [], "languages": ["en"], "start": "2027-01-01",
					 "end": "2027-02-01", "workMode": "REMOTE"}, "report": "Done", "assistance": "Advice",
					 "rating": 4, "releasedOn": "2027-01-01"}""".formatted(version, expert.id());
			MockHttpServletRequestBuilder request = AccessTable.request(path, json);
			return path.contains(" /api/") ? request
					: request.param("version", version)
						.param("expert", expert.id().toString())
						.param("noConflict", "true")
						.param("confidentiality", "true")
						.param("title", "Via the page")
						.param("termsOfReference", "Advise.")
						.param("expertise", "RISK_ASSESSMENT")
						.param("start", "2027-01-01")
						.param("end", "2027-02-01")
						.param("workMode", "REMOTE")
						.param("assistance", "Advice")
						.param("rating", "4")
						.param("report", "Done")
						.param("releasedOn", "2027-01-01");
		});
	}

}
