package org.cbcm.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.cbcm.shared.EmailAddress;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * How fast passwords may be tried, by two named policies, each checked before a password
 * is:
 * <ul>
 * <li>{@code addressMayFailOnlySoOften}: a client address has an allowance of failed
 * sign-ins (20 a minute) that refills evenly (a token bucket), so that one client cannot
 * try many accounts; a successful sign-in gives its token back.</li>
 * <li>{@code accountNameBacksOff}: after the free failures in a row on an account name
 * (5), each attempt waits, 1 second at first, twice as long after each further failure, 1
 * minute at most; a success starts afresh. Names are counted whether an account has them
 * or not, so that the answers do not tell which ones do; and as the wait never grows
 * beyond the most, a stranger cannot lock a person out for long, only slow them.</li>
 * </ul>
 * An attempt is counted when it is let through, before its password is checked, so
 * attempts sent in parallel cannot slip past. Both are kept in memory, bounded (the least
 * recently used forgotten first), per node: a second node is a second allowance.
 */
@Component
class SignInThrottle {

	/** A day without attempts forgets an account name's failures. */
	static final Duration FAILURES_REMEMBERED = Duration.ofDays(1);

	private final Buckets addresses;

	private final Cache<String, Backoff> names;

	private final IdentitySettings settings;

	private final Clock clock;

	SignInThrottle(IdentitySettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.addresses = new Buckets(settings.signInFailuresPerAddress(), settings.signInAddressPeriod(),
				settings.throttleMemory(), clock);
		this.names = Caffeine.newBuilder()
			.maximumSize(settings.throttleMemory())
			.expireAfterAccess(FAILURES_REMEMBERED)
			.build();
	}

	/** Why an attempt is not let through, and for how long. */
	record Refusal(Reason reason, Duration retryAfter) {

		/**
		 * The wait in whole seconds, at least one, as Retry-After and the page say it.
		 */
		long seconds() {
			return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		}

	}

	enum Reason {

		/** The client address failed too often lately. */
		ADDRESS,

		/** The account name is backing off. */
		ACCOUNT

	}

	/**
	 * Lets an attempt through, counting it, or says how long to wait.
	 * @param name the account name (email) as typed
	 * @param address the client's address
	 */
	Optional<Refusal> reserve(String name, String address) {
		Buckets.Taken taken = addresses.take(address);
		if (!taken.taken()) {
			return Optional.of(new Refusal(Reason.ADDRESS, taken.retryAfter()));
		}
		Instant now = clock.instant();
		AtomicReference<@Nullable Refusal> refusal = new AtomicReference<>();
		names.asMap().compute(key(name), (key, backoff) -> {
			if (backoff != null && now.isBefore(backoff.notBefore())) {
				refusal.set(new Refusal(Reason.ACCOUNT, Duration.between(now, backoff.notBefore())));
				return backoff;
			}
			int failures = (backoff != null) ? backoff.failures() + 1 : 1;
			return new Backoff(failures, now.plus(waitAfter(failures)));
		});
		return Optional.ofNullable(refusal.get());
	}

	/**
	 * The attempt let through was right: the name starts afresh, and the address gets its
	 * token back.
	 */
	void succeeded(String name, String address) {
		names.invalidate(key(name));
		addresses.giveBack(address);
	}

	/**
	 * How long the next attempt waits after this many failures in a row: nothing within
	 * the free ones, then the first wait, doubled with each further failure, up to the
	 * longest.
	 */
	Duration waitAfter(int failures) {
		int beyond = failures - settings.signInFreeFailures();
		if (beyond < 0) {
			return Duration.ZERO;
		}
		Duration longest = settings.signInMaxBackoff();
		Duration wait = settings.signInBackoff();
		for (int doubling = 0; doubling < beyond && wait.compareTo(longest) < 0; doubling++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(longest) < 0) ? wait : longest;
	}

	private static String key(String name) {
		String key = Accounts.emailKey(name);
		return (key.length() > EmailAddress.MAX_LENGTH) ? key.substring(0, EmailAddress.MAX_LENGTH) : key;
	}

	/** An account name's failures in a row, and when it may be tried again. */
	private record Backoff(int failures, Instant notBefore) {
	}

}
