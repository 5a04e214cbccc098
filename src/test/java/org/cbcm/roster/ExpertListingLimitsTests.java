package org.cbcm.roster;

import java.util.List;
import java.util.UUID;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.records.Transition;
import org.cbcm.roster.ExpertFixtures.Draft;
import org.cbcm.roster.internal.ExpertManagement;
import org.cbcm.shared.ConflictException;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * The limits of the guidelines, set small: at most two listed experts per Party and one
 * per area of specialisation. A listing beyond either is refused with the numbers, on the
 * record's page as a notice, and nothing changes.
 */
@IntegrationTest
@TestPropertySource(properties = { "cbcm.roster.max-per-country=2", "cbcm.roster.max-per-area=1" })
class ExpertListingLimitsTests {

	@Autowired
	ExpertManagement experts;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	UserDetails focalPoint;

	UserDetails secretariat;

	@BeforeEach
	void clear() {
		ExpertRecordTests.clear(jdbc);
		focalPoint = TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		secretariat = TestAccounts.in(context).admin();
	}

	@Test
	void a_listing_beyond_the_limits_per_area_and_per_party_is_refused_with_the_numbers() throws Exception {
		list(submitted(Expertise.RISK_ASSESSMENT));
		ExpertId second = submitted(Expertise.ECOLOGY);
		assertThatThrownBy(() -> list(second)).isInstanceOf(ConflictException.class)
			.satisfies(ex -> assertThat(((ConflictException) ex).messageKey())
				.isEqualTo("expert.list.area-full.SCIENTIFIC_TECHNICAL"))
			.satisfies(ex -> assertThat(((ConflictException) ex).arguments()).containsExactly("Kenya", 1, 1));
		mvc.perform(post("/roster/experts/" + second + "/publish").with(user(secretariat))
			.with(csrf())
			.param("version", String.valueOf(version(second))))
			.andExpect(flash().attribute("refusal", containsString(
					"Kenya already has 1 experts listed in scientific and technical expertise; the guidelines allow at most 1")));
		assertThat(experts.listings(List.of(second)).get(second).listed()).isFalse();

		list(submitted(Expertise.BIOSAFETY_LAW));
		ExpertId fourth = submitted(Expertise.POLICY_DEVELOPMENT);
		mvc.perform(post("/roster/experts/" + fourth + "/publish").with(user(secretariat))
			.with(csrf())
			.param("version", String.valueOf(version(fourth))))
			.andExpect(flash().attribute("refusal", containsString(
					"Kenya already has 2 experts on the roster; the guidelines allow at most 2 per Party")));
		assertThat(experts.listings(List.of(fourth)).get(fourth).listed()).isFalse();
	}

	private ExpertId submitted(Expertise expertise) {
		Viewer nfp = TestAccounts.viewerOf(focalPoint);
		ExpertId id = experts
			.nominate(CountryCode.of("KEN"),
					new ExpertManagement.Nomination("Hawa", "Juma",
							"hawa-" + UUID.randomUUID().toString().substring(0, 8) + "@experts.test", "en"),
					nfp)
			.expert();
		Draft draft = new Draft();
		draft.expertise = List.of(expertise);
		experts.save(id, version(id), draft.content(), null, nfp);
		experts.move(id, version(id), Transition.SUBMIT, null, nfp);
		return id;
	}

	private void list(ExpertId id) {
		experts.move(id, version(id), Transition.PUBLISH, null, TestAccounts.viewerOf(secretariat));
	}

	private int version(ExpertId id) {
		return experts.view(id, TestAccounts.viewerOf(secretariat)).version();
	}

}
