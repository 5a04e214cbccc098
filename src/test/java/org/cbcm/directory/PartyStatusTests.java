package org.cbcm.directory;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Secretariat corrects the list of Parties as data: a change of status under the
 * Protocol, recorded with its date, instrument and source, holds from its date on over
 * the reference list, on the country's page, in the API and in the party counts. Nobody
 * else may record one, and a change with faults is refused naming every field.
 */
@IntegrationTest
class PartyStatusTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	UserDetails secretariat;

	UserDetails focalPoint;

	UserDetails nationalUser;

	@BeforeEach
	@AfterEach
	void noRecordedChanges() {
		jdbc.sql("DELETE FROM country_party_status").update();
	}

	@BeforeEach
	void people() {
		TestAccounts people = TestAccounts.in(context);
		secretariat = people.admin();
		focalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("SSD"));
		nationalUser = people.holding(Role.NATIONAL_USER, CountryCode.of("SSD"));
	}

	@Test
	void a_recorded_accession_makes_a_party_from_its_date_on_the_page_in_the_api_and_in_the_counts() throws Exception {
		long parties = parties();
		LocalDate inForce = today().minusDays(10);
		mvc.perform(get("/api/v1/countries/SSD")).andExpect(jsonPath("$.cartagenaStatus").value("NON_PARTY"));

		record(secretariat, "PARTY", inForce.toString(), "ACCESSION", "https://treaties.un.org/doc/C.N.1.TREATIES")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PARTY"))
			.andExpect(jsonPath("$.instrument").value("ACCESSION"));

		mvc.perform(get("/api/v1/countries/SSD"))
			.andExpect(jsonPath("$.cartagenaStatus").value("PARTY"))
			.andExpect(jsonPath("$.cartagenaParty").value(true))
			.andExpect(jsonPath("$.cartagenaPartySince").value(inForce.toString()));
		assertThat(parties()).isEqualTo(parties + 1);
		mvc.perform(get("/countries?party=true")).andExpect(content().string(containsString((parties + 1) + " found")));
		mvc.perform(get("/")).andExpect(content().string(containsString(">" + (parties + 1) + "</span>")));
		mvc.perform(get("/countries/SSD"))
			.andExpect(content()
				.string(allOf(containsString("Recorded changes of status"), containsString("<td>Accession</td>"),
						containsString("href=\"https://treaties.un.org/doc/C.N.1.TREATIES\""),
						not(containsString("/countries/SSD/party-status")))));
		mvc.perform(get("/api/v1/countries/SSD/party-status"))
			.andExpect(jsonPath("$[0].date").value(inForce.toString()))
			.andExpect(jsonPath("$[0].source").value("https://treaties.un.org/doc/C.N.1.TREATIES"));

		// A withdrawal notified today takes effect later: until then, still a Party.
		record(secretariat, "NON_PARTY", today().plusDays(30).toString(), "WITHDRAWAL", "C.N.2.TREATIES")
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/countries/SSD")).andExpect(jsonPath("$.cartagenaStatus").value("PARTY"));
		mvc.perform(get("/api/v1/countries/SSD/party-status"))
			.andExpect(jsonPath("$[0].instrument").value("WITHDRAWAL"))
			.andExpect(jsonPath("$[1].instrument").value("ACCESSION"));
	}

	@Test
	void a_correction_of_a_listed_party_keeps_the_date_the_list_gives() throws Exception {
		record(secretariat, "KEN", "PARTY", "2024-01-01", "CORRECTION", "Depositary status list")
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/countries/KEN"))
			.andExpect(jsonPath("$.cartagenaStatus").value("PARTY"))
			.andExpect(jsonPath("$.cartagenaPartySince").value("2003-09-11"));
	}

	@Test
	void the_secretariat_records_a_change_on_its_page_and_the_country_page_offers_it() throws Exception {
		mvc.perform(get("/countries/SSD").with(user(secretariat)))
			.andExpect(content().string(containsString("href=\"/countries/SSD/party-status\"")));
		mvc.perform(get("/countries/SSD/party-status").with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<label class=\"form-label\" for=\"instrument\""),
					containsString("No change has been recorded"))));
		mvc.perform(post("/countries/SSD/party-status").with(user(secretariat))
			.with(csrf())
			.param("status", "PARTY")
			.param("date", today().minusDays(1).toString())
			.param("instrument", "ACCESSION")
			.param("source", "C.N.3.TREATIES")).andExpect(redirectedUrl("/countries/SSD#protocol"));
		mvc.perform(get("/api/v1/countries/SSD")).andExpect(jsonPath("$.cartagenaStatus").value("PARTY"));
	}

	@Test
	void nobody_but_the_secretariat_records_a_change() throws Exception {
		record(null, "PARTY", "2020-01-01", "ACCESSION", "x").andExpect(status().isUnauthorized());
		record(focalPoint, "PARTY", "2020-01-01", "ACCESSION", "x").andExpect(status().isForbidden());
		record(nationalUser, "PARTY", "2020-01-01", "ACCESSION", "x").andExpect(status().isForbidden());
		mvc.perform(get("/countries/SSD/party-status").with(user(focalPoint))).andExpect(status().isForbidden());
		mvc.perform(post("/countries/SSD/party-status").with(user(nationalUser))
			.with(csrf())
			.param("status", "PARTY")
			.param("date", "2020-01-01")
			.param("instrument", "ACCESSION")
			.param("source", "x")).andExpect(status().isForbidden());
		mvc.perform(get("/countries/SSD").with(user(focalPoint)))
			.andExpect(content().string(not(containsString("/countries/SSD/party-status"))));
		assertThat(recorded()).isZero();
	}

	@Test
	void a_change_with_faults_is_refused_naming_every_field_and_records_nothing() throws Exception {
		record(secretariat, "MEMBER", "2024-13-01", "ACCESSION", " ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].parameter").value(containsInAnyOrder("status", "date", "source")));
		record(secretariat, "PARTY", "1999-12-31", "WITHDRAWAL", "x").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].parameter").value(containsInAnyOrder("date", "instrument")));
		record(secretariat, "PARTY", today().plusYears(2).toString(), "TREATY", "x".repeat(1001))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].parameter").value(containsInAnyOrder("date", "instrument", "source")));
		record(secretariat, "PARTY", null, "ACCESSION", "x").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("date"));
		mvc.perform(post("/countries/SSD/party-status").with(user(secretariat))
			.with(csrf())
			.param("status", "PARTY")
			.param("date", "11/09/2003")
			.param("instrument", "SIGNATURE")
			.param("source", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"date-error\""),
					containsString("&#39;11/09/2003&#39; is not a date of the form YYYY-MM-DD."),
					containsString("id=\"instrument-error\""), containsString("id=\"source-error\""),
					containsString("value=\"11/09/2003\""))));
		mvc.perform(post("/api/v1/countries/XXX/party-status").with(user(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isNotFound());
		assertThat(recorded()).isZero();
	}

	private ResultActions record(UserDetails who, String status, String date, String instrument, String source)
			throws Exception {
		return record(who, "SSD", status, date, instrument, source);
	}

	private ResultActions record(UserDetails who, String country, String status, String date, String instrument,
			String source) throws Exception {
		var request = post("/api/v1/countries/" + country + "/party-status").contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": %s, \"date\": %s, \"instrument\": %s, \"source\": %s}".formatted(json(status),
					json(date), json(instrument), json(source)));
		return mvc.perform((who == null) ? request : request.with(user(who)));
	}

	private static String json(String text) {
		return (text == null) ? "null" : "\"" + text + "\"";
	}

	private long parties() {
		return context.getBean(CountryDirectory.class).all().stream().filter(Country::cartagenaParty).count();
	}

	private long recorded() {
		return jdbc.sql("SELECT COUNT(*) FROM country_party_status").query(Long.class).single();
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

}
