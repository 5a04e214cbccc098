package org.cbcm.exchange;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cbcm.demo.internal.DemoInitiatives;
import org.cbcm.exchange.internal.iati.IatiActivity;
import org.cbcm.exchange.internal.iati.IatiReader;
import org.cbcm.exchange.internal.iati.IatiSchema;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.initiatives.InitiativeApiTests;
import org.cbcm.initiatives.InitiativeLoads;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A whole demo registry as one IATI file: valid against the 2.03 schema, every published
 * initiative in it (or said to be left out), each vocabulary's percentages totalling 100.
 */
@IntegrationTest
class IatiDemoExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	DemoInitiatives demo;

	@Autowired
	InitiativeLoads loads;

	Viewer secretariat;

	@BeforeEach
	void setUp() {
		secretariat = TestAccounts.viewerOf(TestAccounts.in(context).admin());
		InitiativeApiTests.clear(jdbc);
	}

	@AfterEach
	void tearDown() {
		demo.removeAll(secretariat);
	}

	@Test
	void a_demo_registry_goes_out_whole_and_valid() throws Exception {
		demo.generate(400, 2006, secretariat);
		long published = loads.published();

		long started = System.nanoTime();
		byte[] file = mvc.perform(get("/initiatives/download.iati.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		long took = (System.nanoTime() - started) / 1_000_000;

		assertThat(IatiSchema.problems(new ByteArrayInputStream(file))).isEmpty();
		List<IatiActivity> activities = new ArrayList<>();
		IatiReader.Summary summary = new IatiReader("en").read(new ByteArrayInputStream(file), activities::add);
		assertThat(summary.skipped()).isEmpty();
		String text = new String(file, StandardCharsets.UTF_8);
		long leftOut = text.contains("left out")
				? Long.parseLong(text.replaceAll("(?s).*<!-- (\\d+) published.*", "$1")) : 0;
		assertThat(activities.size() + leftOut).isEqualTo(published);
		assertThat(activities.size()).isGreaterThan((int) (published * 9 / 10));
		assertThat(activities).map(IatiActivity::identifier).doesNotHaveDuplicates();
		for (IatiActivity activity : activities) {
			assertThat(activity.warnings()).as(activity.identifier()).isEmpty();
			List<IatiActivity.Code> sectors = activity.sectors();
			if (!sectors.isEmpty()) {
				assertThat(sectors.stream().map(IatiActivity.Code::percentage).reduce(BigDecimal.ZERO, BigDecimal::add))
					.as(activity.identifier())
					.isEqualByComparingTo("100");
			}
			if (!activity.countries().isEmpty()) {
				assertThat(activity.countries()
					.stream()
					.map(IatiActivity.Share::percentage)
					.reduce(BigDecimal.ZERO, BigDecimal::add)).as(activity.identifier()).isEqualByComparingTo("100");
			}
		}
		System.out.printf("IATI export of %d demo initiatives (%d left out): %d ms, %d bytes%n", activities.size(),
				leftOut, took, file.length);
	}

}
