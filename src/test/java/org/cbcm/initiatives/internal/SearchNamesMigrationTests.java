package org.cbcm.initiatives.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Migration 19 gives the initiatives published before it the names of their countries and
 * regions, exactly as the index writes them now, so that old and new ones are found
 * alike.
 */
@IntegrationTest
class SearchNamesMigrationTests {

	static final OrganisationId UNEP = new OrganisationId(UUID.nameUUIDFromBytes("cbcm:organisation:unep".getBytes()));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	@Autowired
	SearchNamesMigration migration;

	@Autowired
	Initiatives initiatives;

	@Autowired
	OrganisationDirectory organisations;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Flyway flyway;

	@Test
	void initiatives_published_before_it_get_the_names_their_search_finds_them_by() throws Exception {
		jdbc.sql("DELETE FROM initiative").update();
		jdbc.sql("DELETE FROM initiative_tag_count").update();
		UserDetails reporter = TestAccounts.in(context).holding(Role.ORGANISATION_REPORTER, UNEP);
		published(reporter, "Biosafety laboratories", "KEN\", \"percentage\": 50}, {\"country\": \"UGA", "014");
		published(reporter, "Risk assessment training", "PER", "005");
		Map<UUID, String> written = texts();

		// As entries were before it: the initiatives' words and organisations only.
		for (UUID id : written.keySet()) {
			InitiativeContent content = Objects
				.requireNonNull(initiatives.find(new InitiativeId(id)).orElseThrow().published());
			jdbc.sql("UPDATE initiative_entry SET search_text = :text WHERE initiative_id = :id")
				.param("text",
						InitiativeIndex.searchText(content,
								organisations.findAll(content.participants()
									.stream()
									.map(InitiativeContent.Participant::organisation)
									.collect(Collectors.toSet()))))
				.param("id", id)
				.update();
		}
		mvc.perform(get("/api/v1/initiatives?q=kenya")).andExpect(jsonPath("$.totalElements").value(0));

		int rewritten = transactions.execute(status -> {
			try {
				return migration.migrate(DataSourceUtils.getConnection(dataSource));
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(rewritten).isEqualTo(2);
		assertThat(texts()).isEqualTo(written);
		mvc.perform(get("/api/v1/initiatives?q=kenya")).andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(get(java.net.URI.create("/api/v1/initiatives?q=eastern%20africa")))
			.andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(get(java.net.URI.create("/api/v1/initiatives?q=south%20america")))
			.andExpect(jsonPath("$.totalElements").value(1));

		// Flyway ran it as migration 19 of the one stream.
		assertThat(flyway.info().applied())
			.anySatisfy(applied -> assertThat(applied.getVersion()).isEqualTo(SearchNamesMigration.VERSION));
	}

	private Map<UUID, String> texts() {
		Map<UUID, String> texts = new LinkedHashMap<>();
		jdbc.sql("SELECT initiative_id, search_text FROM initiative_entry ORDER BY initiative_id").query(rs -> {
			texts.put(rs.getObject(1, UUID.class), rs.getString(2));
		});
		return texts;
	}

	private void published(UserDetails reporter, String title, String countries, String region) throws Exception {
		String body = mvc.perform(post("/api/v1/initiatives").with(user(reporter))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"initiative": {"title": "%s", "geography": {"countries": [{"country": "%s"}], "regions": ["%s"]},
					 "participants": [{"organisation": "%s", "role": "IMPLEMENTING_AGENCY"}]}}""".formatted(title,
					countries, region, UNEP)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = json.readTree(body).get("id").asString();
		step(id, "submit", 1, reporter);
		step(id, "publish", 2, TestAccounts.in(context).admin());
	}

	private void step(String id, String transition, int version, UserDetails by) throws Exception {
		mvc.perform(post("/api/v1/initiatives/" + id + "/" + transition).with(user(by))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}")).andExpect(status().isOk());
	}

}
