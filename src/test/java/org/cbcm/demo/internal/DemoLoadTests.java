package org.cbcm.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.shared.ConflictException;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Generations and removals of demo initiatives as they meet in practice: two at the same
 * moment (two tabs, two people, two nodes), one running elsewhere while the Secretariat
 * asks for another, and ones cut short by a crash, in the state a crash leaves. One runs,
 * the other is told so; numbers never collide; what was cut short goes on.
 */
@IntegrationTest
class DemoLoadTests {

	private static final String RUNNING = "Demo data is being generated or removed at this moment";

	private static final String REFUSED = "Nothing was done: demo data is being generated or removed at this moment.";

	@Autowired
	DemoInitiatives demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PlatformTransactionManager transactions;

	UserDetails admin;

	Viewer secretariat;

	@BeforeEach
	void noDemoData() {
		admin = TestAccounts.in(context).admin();
		secretariat = TestAccounts.viewerOf(admin);
		demo.removeAll(secretariat);
	}

	@AfterEach
	void removeDemoData() {
		demo.removeAll(secretariat);
	}

	@Test
	void of_two_generations_at_the_same_moment_one_runs_and_the_other_is_told_so() throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		List<String> outcomes = new ArrayList<>();
		try {
			List<Future<String>> racing = new ArrayList<>();
			for (int thread = 0; thread < 2; thread++) {
				racing.add(threads.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					try {
						return "generated " + demo.generate(300, 7, secretariat).count();
					}
					catch (ConflictException ex) {
						return ex.messageKey();
					}
				}));
			}
			for (Future<String> outcome : racing) {
				outcomes.add(outcome.get(120, TimeUnit.SECONDS));
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(outcomes).containsExactlyInAnyOrder("generated 300", "demo.busy");
		assertThat(demo.count()).isEqualTo(300);
		assertThat(demoNumbers()).isEqualTo(300);
		demo.generate(20, 7, secretariat);
		assertThat(demo.count()).isEqualTo(320);
		assertThat(demoNumbers()).as("numbered after the first 300").isEqualTo(320);
		assertThat(projectNumbers()).contains("DEMO-000320");
	}

	@Test
	void while_a_job_runs_elsewhere_the_page_says_so_and_refuses_another_with_409() throws Exception {
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService otherNode = Executors.newSingleThreadExecutor();
		try {
			Future<?> job = otherNode
				.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
					jdbc.sql("SELECT id FROM demo_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
					held.countDown();
					try {
						release.await(60, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}));
			assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

			mvc.perform(get("/initiatives/demo").with(user(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(RUNNING), not(containsString(REFUSED)))));
			mvc.perform(post("/initiatives/demo").with(user(admin)).with(csrf()).param("size", "10"))
				.andExpect(status().isConflict())
				.andExpect(content().string(allOf(containsString(REFUSED), containsString("value=\"10\""))));
			mvc.perform(post("/initiatives/demo/remove").with(user(admin)).with(csrf()))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString(REFUSED)));
			assertThat(demo.count()).isZero();

			release.countDown();
			job.get(30, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			otherNode.shutdownNow();
		}
		mvc.perform(get("/initiatives/demo").with(user(admin)))
			.andExpect(content().string(not(containsString(RUNNING))));
		mvc.perform(post("/initiatives/demo").with(user(admin)).with(csrf()).param("size", "10"))
			.andExpect(redirectedUrl("/initiatives/demo"));
		assertThat(demo.count()).isEqualTo(10);
	}

	@Test
	void a_load_cut_short_is_finished_by_the_next_start_with_demo_data_on() throws Exception {
		// What a crash leaves of a load of 80: the load recorded, its first chunk
		// written.
		jdbc.sql("UPDATE demo_load SET seed = 7, remaining = 80").update();
		assertThat(demo.writeNext(demo.material(DemoInitiatives.GENERATOR), 50)).isEqualTo(50);
		assertThat(demo.count()).isEqualTo(50);
		mvc.perform(get("/initiatives/demo").with(user(admin)))
			.andExpect(content()
				.string(allOf(containsString("A generation was cut short with 30 demo initiatives still to generate."),
						containsString("value=\"30\""))));

		demo.loadOnStart();
		assertThat(demo.count()).isEqualTo(80);
		assertThat(demoNumbers()).isEqualTo(80);
		assertThat(demo.unfinished()).isZero();
		mvc.perform(get("/initiatives/demo").with(user(admin)))
			.andExpect(content().string(allOf(not(containsString("cut short")), containsString("value=\"500\""))));

		demo.loadOnStart();
		assertThat(demo.count()).as("a start with demo data there already adds none").isEqualTo(80);
	}

	@Test
	void after_a_removal_cut_short_generation_and_removal_both_go_on() {
		demo.generate(60, 7, secretariat);
		// What a crash leaves of a removal: some demo initiatives removed whole, here the
		// first thirty by number, and the others whole too.
		demo.remove(jdbc.sql("""
				SELECT initiative_id FROM initiative_entry
				WHERE project_number LIKE 'DEMO-%' AND project_number <= 'DEMO-000030'""")
			.query((rs, row) -> new InitiativeId(rs.getObject(1, UUID.class)))
			.list());
		assertThat(demo.count()).isEqualTo(30);

		demo.generate(20, 7, secretariat);
		assertThat(demo.count()).isEqualTo(50);
		assertThat(demoNumbers()).isEqualTo(50);
		assertThat(projectNumbers()).contains("DEMO-000031", "DEMO-000080").doesNotContain("DEMO-000001");

		assertThat(demo.removeAll(secretariat)).isEqualTo(50);
		assertThat(demo.count()).isZero();
		demo.generate(10, 7, secretariat);
		assertThat(projectNumbers()).as("numbered from 1 again once none is left").contains("DEMO-000001");
	}

	/** How many different project numbers the demo initiatives have. */
	private long demoNumbers() {
		return jdbc
			.sql("SELECT COUNT(DISTINCT project_number) FROM initiative_entry WHERE project_number LIKE 'DEMO-%'")
			.query(Long.class)
			.single();
	}

	private List<String> projectNumbers() {
		return jdbc.sql("SELECT project_number FROM initiative_entry WHERE project_number LIKE 'DEMO-%'")
			.query(String.class)
			.list();
	}

}
