package org.cbcm.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Token buckets (Bucket4j), one per key such as a client address: each holds so many
 * tokens, taken one per attempt, and refills evenly over the period. Only the keys seen
 * lately are kept, in a bounded cache: a key unseen for a whole period would have a full
 * bucket anyway, so forgetting it changes nothing. Time is the application's clock.
 */
final class Buckets {

	private final Cache<String, Bucket> buckets;

	private final long capacity;

	private final Duration period;

	private final TimeMeter time;

	Buckets(long capacity, Duration period, long memory, Clock clock) {
		this.capacity = capacity;
		this.period = period;
		this.time = new ClockTime(clock);
		this.buckets = Caffeine.newBuilder().maximumSize(memory).expireAfterAccess(period).build();
	}

	/** Takes a token for the key; when there is none, how long until there is. */
	Taken take(String key) {
		ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Taken.YES : new Taken(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/** Gives back the token of an attempt that turned out not to count. */
	void giveBack(String key) {
		Bucket bucket = buckets.getIfPresent(key);
		if (bucket != null) {
			bucket.addTokens(1);
		}
	}

	private Bucket bucket(String key) {
		return buckets.get(key,
				ignored -> Bucket.builder()
					.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
					.withCustomTimePrecision(time)
					.build());
	}

	/** Whether a token was taken, and else the wait for the next one. */
	record Taken(boolean taken, Duration retryAfter) {

		static final Taken YES = new Taken(true, Duration.ZERO);

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
