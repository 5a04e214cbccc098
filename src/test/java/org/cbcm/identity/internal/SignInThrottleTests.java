package org.cbcm.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.cbcm.support.MovableClock;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttle's two policies, on a clock the test moves: an account name backs
 * off after its free failures, ever longer up to the most, and starts afresh after a
 * success; a client address fails only so often, its allowance refilling with time.
 */
class SignInThrottleTests {

	final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T09:00:00Z"));

	final SignInThrottle throttle = new SignInThrottle(settings(Map.of()), clock);

	@Test
	void an_account_name_backs_off_after_five_failures_doubling_up_to_a_minute() {
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(throttle.reserve("someone@example.org", address(attempt))).as("attempt " + attempt).isEmpty();
		}
		assertThat(waitOf(throttle.reserve("Someone@Example.org ", "192.0.2.99"))).isEqualTo(1);
		long[] waits = { 1, 2, 4, 8, 16, 32, 60, 60 };
		for (int step = 0; step < waits.length; step++) {
			clock.move(Duration.ofSeconds(waits[step]).minusMillis(1));
			assertThat(throttle.reserve("someone@example.org", "192.0.2.98")).as("just before the wait ends")
				.isPresent();
			clock.move(Duration.ofMillis(1));
			assertThat(throttle.reserve("someone@example.org", address(step))).as("when it ends").isEmpty();
			if (step + 1 < waits.length) {
				assertThat(waitOf(throttle.reserve("someone@example.org", "192.0.2.97"))).isEqualTo(waits[step + 1]);
			}
		}
	}

	@Test
	void a_success_starts_the_name_afresh() {
		for (int attempt = 1; attempt <= 5; attempt++) {
			throttle.reserve("forgetful@example.org", address(attempt));
		}
		clock.move(Duration.ofSeconds(1));
		assertThat(throttle.reserve("forgetful@example.org", "192.0.2.1")).isEmpty();
		throttle.succeeded("forgetful@example.org", "192.0.2.1");
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(throttle.reserve("forgetful@example.org", address(attempt))).isEmpty();
		}
	}

	@Test
	void a_client_address_fails_twenty_times_a_minute_and_gets_its_allowance_back_with_time() {
		for (int attempt = 1; attempt <= 20; attempt++) {
			assertThat(throttle.reserve("person" + attempt + "@example.org", "203.0.113.7")).isEmpty();
		}
		Optional<SignInThrottle.Refusal> refused = throttle.reserve("person21@example.org", "203.0.113.7");
		assertThat(refused).hasValueSatisfying(refusal -> {
			assertThat(refusal.reason()).isEqualTo(SignInThrottle.Reason.ADDRESS);
			assertThat(refusal.seconds()).isEqualTo(3);
		});
		assertThat(throttle.reserve("person21@example.org", "203.0.113.8")).as("another address").isEmpty();
		clock.move(Duration.ofSeconds(3));
		assertThat(throttle.reserve("person22@example.org", "203.0.113.7")).isEmpty();
		assertThat(throttle.reserve("person23@example.org", "203.0.113.7")).isPresent();
	}

	@Test
	void sign_ins_that_succeed_do_not_use_up_an_addresss_allowance() {
		for (int attempt = 1; attempt <= 100; attempt++) {
			String name = "colleague" + attempt + "@example.org";
			assertThat(throttle.reserve(name, "198.51.100.1")).isEmpty();
			throttle.succeeded(name, "198.51.100.1");
		}
	}

	@Test
	void the_settings_say_how_many_free_failures_and_how_long_the_waits_are() {
		SignInThrottle strict = new SignInThrottle(settings(Map.of("cbcm.identity.sign-in-free-failures", "2",
				"cbcm.identity.sign-in-backoff", "10s", "cbcm.identity.sign-in-max-backoff", "15s")), clock);
		assertThat(strict.waitAfter(1)).isZero();
		assertThat(strict.waitAfter(2)).hasSeconds(10);
		assertThat(strict.waitAfter(3)).hasSeconds(15);
		assertThat(strict.waitAfter(40)).hasSeconds(15);
	}

	static IdentitySettings settings(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("cbcm.identity",
				IdentitySettings.class);
	}

	private static String address(int attempt) {
		return "192.0.2." + attempt;
	}

	private static long waitOf(Optional<SignInThrottle.Refusal> refusal) {
		assertThat(refusal).isPresent();
		assertThat(refusal.get().reason()).isEqualTo(SignInThrottle.Reason.ACCOUNT);
		return refusal.get().seconds();
	}

}
