package org.cbcm.web.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.cbcm.support.MovableClock;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cbcm.web.internal.ApiLimits.Policy.READS;
import static org.cbcm.web.internal.ApiLimits.Policy.WRITES;

/**
 * The REST API's allowance per client, on a clock the test moves: each policy counts down
 * from its quota, refuses beyond it with the wait for the next request, refills evenly
 * over the window, and keeps every client and every policy apart.
 */
class ApiLimitsTests {

	final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T09:00:00Z"));

	/** Five reads and three writes a minute: a read every 12 s, a write every 20 s. */
	final ApiLimits limits = new ApiLimits(
			settings(Map.of("cbcm.web.api-limits.reads", "5", "cbcm.web.api-limits.writes", "3")), clock);

	@Test
	void the_defaults_are_sized_for_scripts_600_reads_and_120_writes_a_minute() {
		ApiLimitSettings defaults = settings(Map.of());
		assertThat(defaults.reads()).isEqualTo(600);
		assertThat(defaults.writes()).isEqualTo(120);
		assertThat(defaults.window()).isEqualTo(Duration.ofMinutes(1));
		assertThat(defaults.memory()).isEqualTo(10_000);
		assertThat(new ApiLimits(defaults, clock).policyField())
			.isEqualTo("\"reads\";q=600;w=60, \"writes\";q=120;w=60");
	}

	@Test
	void the_operator_sets_them_by_the_environment_variables_the_readme_names() {
		ApiLimitSettings set = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource("env",
				Map.of("CBCM_WEB_API_LIMITS_READS", "3000", "CBCM_WEB_API_LIMITS_WRITES", "300",
						"CBCM_WEB_API_LIMITS_WINDOW", "5m", "CBCM_WEB_API_LIMITS_MEMORY", "50000"))))
			.bindOrCreate("cbcm.web.api-limits", ApiLimitSettings.class);
		assertThat(set).isEqualTo(new ApiLimitSettings(3000, 300, Duration.ofMinutes(5), 50_000));
	}

	@Test
	void the_policies_are_named_with_their_quota_and_window() {
		assertThat(limits.policyField()).isEqualTo("\"reads\";q=5;w=60, \"writes\";q=3;w=60");
	}

	@Test
	void reads_count_down_and_say_when_the_whole_allowance_is_back() {
		for (int request = 1; request <= 4; request++) {
			ApiLimits.Decision decision = limits.take("address:192.0.2.1", READS);
			assertThat(decision.allowed()).isTrue();
			assertThat(decision.remaining()).isEqualTo(5 - request);
			assertThat(decision.seconds()).as("a read comes back every 12 s").isEqualTo(12L * request);
			assertThat(decision.field()).isEqualTo("\"reads\";r=%d;t=%d".formatted(5 - request, 12 * request));
		}
		ApiLimits.Decision last = limits.take("address:192.0.2.1", READS);
		assertThat(last.allowed()).isTrue();
		assertThat(last.field()).as("nothing left: the seconds until the next request").isEqualTo("\"reads\";r=0;t=12");
	}

	@Test
	void beyond_the_quota_a_request_is_refused_with_the_wait_for_the_next() {
		for (int request = 1; request <= 3; request++) {
			assertThat(limits.take("account:writer", WRITES).allowed()).isTrue();
		}
		clock.move(Duration.ofSeconds(5));
		ApiLimits.Decision refused = limits.take("account:writer", WRITES);
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.remaining()).isZero();
		assertThat(refused.seconds()).as("a write every 20 s, 5 of them gone by").isEqualTo(15);
		assertThat(refused.field()).isEqualTo("\"writes\";r=0;t=15");
		assertThat(limits.take("account:writer", WRITES).allowed()).as("a refusal takes nothing, and gives nothing")
			.isFalse();
	}

	@Test
	void after_the_wait_a_request_is_let_through_and_after_the_window_the_whole_allowance() {
		for (int request = 1; request <= 3; request++) {
			limits.take("account:patient", WRITES);
		}
		ApiLimits.Decision refused = limits.take("account:patient", WRITES);
		clock.move(Duration.ofSeconds(refused.seconds()).minusMillis(1));
		assertThat(limits.take("account:patient", WRITES).allowed()).as("just before the wait ends").isFalse();
		clock.move(Duration.ofMillis(1));
		ApiLimits.Decision again = limits.take("account:patient", WRITES);
		assertThat(again.allowed()).isTrue();
		assertThat(again.field()).isEqualTo("\"writes\";r=0;t=20");
		clock.move(Duration.ofMinutes(1));
		assertThat(limits.take("account:patient", WRITES).field()).isEqualTo("\"writes\";r=2;t=20");
	}

	@Test
	void clients_and_policies_each_have_their_own_allowance() {
		for (int request = 1; request <= 3; request++) {
			limits.take("account:busy", WRITES);
		}
		assertThat(limits.take("account:busy", WRITES).allowed()).isFalse();
		assertThat(limits.take("account:busy", READS).field()).as("the same client's reads")
			.isEqualTo("\"reads\";r=4;t=12");
		assertThat(limits.take("account:quiet", WRITES).field()).as("another account").isEqualTo("\"writes\";r=2;t=20");
		assertThat(limits.take("address:192.0.2.2", WRITES).field()).as("an anonymous client")
			.isEqualTo("\"writes\";r=2;t=20");
	}

	@Test
	void reading_methods_count_as_reads_and_every_other_as_a_write() {
		assertThat(ApiLimits.Policy.of("GET")).isEqualTo(READS);
		assertThat(ApiLimits.Policy.of("HEAD")).isEqualTo(READS);
		assertThat(ApiLimits.Policy.of("OPTIONS")).isEqualTo(READS);
		assertThat(ApiLimits.Policy.of("POST")).isEqualTo(WRITES);
		assertThat(ApiLimits.Policy.of("PUT")).isEqualTo(WRITES);
		assertThat(ApiLimits.Policy.of("PATCH")).isEqualTo(WRITES);
		assertThat(ApiLimits.Policy.of("DELETE")).isEqualTo(WRITES);
		assertThat(ApiLimits.Policy.of("BREW")).isEqualTo(WRITES);
	}

	@Test
	void an_ipv6_client_is_its_64_network_and_an_ipv4_one_its_address() {
		assertThat(ApiLimitFilter.network("192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(ApiLimitFilter.network("2001:db8:1:2::1")).isEqualTo(ApiLimitFilter.network("2001:db8:1:2:ffff::9"))
			.isEqualTo("20010db800010002::/64");
		assertThat(ApiLimitFilter.network("2001:db8:1:3::1")).isNotEqualTo(ApiLimitFilter.network("2001:db8:1:2::1"));
		assertThat(ApiLimitFilter.network("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(ApiLimitFilter.network("not:an:address:at:all::x")).isEqualTo("not:an:address:at:all::x");
		assertThat(ApiLimitFilter.network(null)).isEqualTo("unknown");
	}

	@Test
	void settings_that_would_refuse_everything_stop_the_start() {
		assertThatThrownBy(() -> settings(Map.of("cbcm.web.api-limits.reads", "0"))).isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("must be at least 1");
		assertThatThrownBy(() -> settings(Map.of("cbcm.web.api-limits.window", "500ms")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("a second at least");
	}

	static ApiLimitSettings settings(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("cbcm.web.api-limits",
				ApiLimitSettings.class);
	}

}
