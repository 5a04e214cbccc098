package org.cbcm.web.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * The REST API's allowance per client, by two named policies: {@code reads} for requests
 * that only read, {@code writes} for those that change something. Each client has a token
 * bucket per policy (Bucket4j) that holds the policy's quota, gives one token per
 * request, and refills evenly over the window, so that a client may send a burst of the
 * whole quota and then keeps the average pace. The buckets are kept in memory, bounded
 * (the least used forgotten first, which gives a client a full bucket again), per node:
 * behind a load balancer each node keeps its own allowance. A client unseen for a whole
 * window would have a full bucket anyway, so forgetting it changes nothing. Time is the
 * application's clock.
 */
final class ApiLimits {

	/** A quota policy, named as the {@code RateLimit} header fields name it. */
	enum Policy {

		/** Requests that only read: GET, HEAD, OPTIONS. */
		READS("reads", "api-limits.reads"),

		/** Requests that change something: every other method. */
		WRITES("writes", "api-limits.writes");

		private final String id;

		private final String messageKey;

		Policy(String id, String messageKey) {
			this.id = id;
			this.messageKey = messageKey;
		}

		/** The policy's name in the header fields and in the problem. */
		String id() {
			return id;
		}

		/** The message that explains a refusal by this policy. */
		String messageKey() {
			return messageKey;
		}

		/** The policy a request of this method counts against. */
		static Policy of(String method) {
			return switch (method.toUpperCase(Locale.ROOT)) {
				case "GET", "HEAD", "OPTIONS" -> READS;
				default -> WRITES;
			};
		}

	}

	private final ApiLimitSettings settings;

	private final TimeMeter time;

	private final Cache<Key, Bucket> buckets;

	ApiLimits(ApiLimitSettings settings, Clock clock) {
		this.settings = settings;
		this.time = new ClockTime(clock);
		this.buckets = Caffeine.newBuilder()
			.maximumSize(settings.memory())
			.expireAfterAccess(settings.window())
			.build();
	}

	/** How many requests of the policy a client may send in a window. */
	long quota(Policy policy) {
		return (policy == Policy.READS) ? settings.reads() : settings.writes();
	}

	/** The window in whole seconds, as the header fields say it. */
	long windowSeconds() {
		return settings.window().toSeconds();
	}

	/**
	 * The {@code RateLimit-Policy} field: every policy, the same on every answer.
	 */
	String policyField() {
		return String.join(", ",
				List.of(Policy.values())
					.stream()
					.map(policy -> "\"%s\";q=%d;w=%d".formatted(policy.id(), quota(policy), windowSeconds()))
					.toList());
	}

	/**
	 * Counts a request of the client against the policy, or refuses it when the client's
	 * allowance is used up.
	 * @param client who sends the request: an account, or an address ({@link Client})
	 */
	Decision take(String client, Policy policy) {
		Bucket bucket = buckets.get(new Key(client, policy), key -> bucket(policy));
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			return new Decision(policy, false, 0, seconds(probe.getNanosToWaitForRefill()));
		}
		long remaining = probe.getRemainingTokens();
		// With something left, the whole allowance is back when the bucket is full; with
		// nothing left, the next request may come when a token is.
		long nanos = (remaining > 0) ? probe.getNanosToWaitForReset()
				: bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
		return new Decision(policy, true, remaining, seconds(nanos));
	}

	private Bucket bucket(Policy policy) {
		long quota = quota(policy);
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(quota).refillGreedy(quota, settings.window()))
			.withCustomTimePrecision(time)
			.build();
	}

	/** Nanoseconds as whole seconds, rounded up: a client that waits them is let in. */
	private static long seconds(long nanos) {
		return (nanos <= 0) ? 0 : (nanos + 999_999_999L) / 1_000_000_000L;
	}

	/**
	 * What the limit says of one request: whether it may go on, what is left of the
	 * client's allowance after it, and the seconds within which the client can send no
	 * more than that.
	 *
	 * @param policy the policy the request counted against
	 * @param allowed whether the request may go on
	 * @param remaining what is left of the allowance
	 * @param seconds with something left, the seconds until the whole allowance is back;
	 * with nothing left, until the next request is let through (for a refused one, as
	 * {@code Retry-After} says, at least one)
	 */
	record Decision(Policy policy, boolean allowed, long remaining, long seconds) {

		Decision {
			if (!allowed) {
				seconds = Math.max(1, seconds);
			}
		}

		/** The {@code RateLimit} field of this request's policy. */
		String field() {
			return "\"%s\";r=%d;t=%d".formatted(policy.id(), remaining, seconds);
		}

	}

	private record Key(String client, Policy policy) {
	}

	/** The application's clock as Bucket4j reads time. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
