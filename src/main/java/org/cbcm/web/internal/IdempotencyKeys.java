package org.cbcm.web.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.cbcm.shared.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.HourHasPassed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code Idempotency-Key}s that accounts sent with their POSTs to the API
 * ({@link IdempotentPosts}), each with the request it stands for and, once that
 * succeeded, its answer. A key is claimed before its request runs, by inserting it in a
 * transaction of its own: of two identical requests at once, the database's primary key
 * lets one in and tells the other it is a repeat. The claim is released when the request
 * fails, so that it can be sent again; a key is forgotten {@link #KEPT} after its claim,
 * and a claim whose request never answered (the server stopped) is taken as abandoned
 * after {@link #ABANDONED}.
 */
@Component
class IdempotencyKeys {

	/** How long a key is remembered after its request came. */
	static final Duration KEPT = Duration.ofHours(24);

	/**
	 * How long a request may run before its claim counts as abandoned (by a server that
	 * stopped while answering it), far more than any request of the API takes.
	 */
	static final Duration ABANDONED = Duration.ofMinutes(15);

	/**
	 * A request sent with a key.
	 *
	 * @param account who sent it: the key is the account's own
	 * @param key the key
	 * @param method the HTTP method
	 * @param target the path with its query, as sent
	 * @param bodySha256 the SHA-256 of the body, in hex
	 */
	record Request(UserId account, String key, String method, String target, String bodySha256) {
	}

	/** The answer a request got, which its repeats get again. */
	record Answer(int status, @Nullable String contentType, @Nullable String location, @Nullable String etag,
			byte[] body) {
	}

	/** What a claim of a key found. */
	sealed interface Claim permits Claimed, Replay, Running, Reused {

	}

	/** The key was new: the request runs. */
	record Claimed() implements Claim {
	}

	/** The same request came with the key before and succeeded: its answer. */
	record Replay(Answer answer) implements Claim {
	}

	/** The same request came with the key before and is still being answered. */
	record Running() implements Claim {
	}

	/** The key came before with another request (another address or body). */
	record Reused() implements Claim {
	}

	/** A key as stored. */
	private record Stored(String method, String target, String bodySha256, Instant claimedAt, @Nullable Answer answer) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	/** A transaction of its own for each claim, whatever runs around it. */
	private final TransactionTemplate own;

	IdempotencyKeys(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Claims the key for the request: the key is new (or forgotten), or the request is a
	 * repeat of one that succeeded or is running, or the key was used for another.
	 */
	Claim claim(Request request) {
		Instant now = clock.instant();
		// A few turns: a key found expired, abandoned or released meanwhile is claimed
		// again, and another request may claim it first.
		for (int turn = 0; turn < 4; turn++) {
			if (inserted(request, now)) {
				return new Claimed();
			}
			Optional<Stored> found = find(request.account(), request.key());
			if (found.isEmpty()) {
				continue;
			}
			Stored stored = found.get();
			if (stored.claimedAt().isBefore(now.minus(KEPT))
					|| (stored.answer() == null && stored.claimedAt().isBefore(now.minus(ABANDONED)))) {
				removeStale(request, now);
				continue;
			}
			if (!stored.method().equals(request.method()) || !stored.target().equals(request.target())
					|| !stored.bodySha256().equals(request.bodySha256())) {
				return new Reused();
			}
			return (stored.answer() == null) ? new Running() : new Replay(stored.answer());
		}
		return new Running();
	}

	private boolean inserted(Request request, Instant now) {
		try {
			own.executeWithoutResult(status -> jdbc.sql("""
					INSERT INTO web_idempotency_key (account_id, idempotency_key, request_method, request_target,
					  body_sha256, claimed_at)
					VALUES (:account, :key, :method, :target, :hash, :now)""")
				.param("account", request.account().value())
				.param("key", request.key())
				.param("method", request.method())
				.param("target", request.target())
				.param("hash", request.bodySha256())
				.param("now", at(now))
				.update());
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private Optional<Stored> find(UserId account, String key) {
		return jdbc.sql("""
				SELECT request_method, request_target, body_sha256, claimed_at, status, content_type, location, etag,
				  body
				FROM web_idempotency_key WHERE account_id = :account AND idempotency_key = :key""")
			.param("account", account.value())
			.param("key", key)
			.query((rs, row) -> {
				int status = rs.getInt("status");
				Answer answer = rs.wasNull() ? null : new Answer(status, rs.getString("content_type"),
						rs.getString("location"), rs.getString("etag"), bytes(rs.getBytes("body")));
				return new Stored(rs.getString("request_method"), rs.getString("request_target"),
						rs.getString("body_sha256"), rs.getObject("claimed_at", OffsetDateTime.class).toInstant(),
						answer);
			})
			.optional();
	}

	/** Removes the key if it expired, or if its request is abandoned. */
	private void removeStale(Request request, Instant now) {
		own.executeWithoutResult(status -> jdbc.sql("""
				DELETE FROM web_idempotency_key WHERE account_id = :account AND idempotency_key = :key
				AND (claimed_at < :expired OR (status IS NULL AND claimed_at < :abandoned))""")
			.param("account", request.account().value())
			.param("key", request.key())
			.param("expired", at(now.minus(KEPT)))
			.param("abandoned", at(now.minus(ABANDONED)))
			.update());
	}

	/** Keeps the answer of the claimed request, which its repeats get. */
	void answered(Request request, Answer answer) {
		own.executeWithoutResult(status -> jdbc.sql("""
				UPDATE web_idempotency_key SET status = :status, content_type = :type, location = :location,
				  etag = :etag, body = :body, answered_at = :now
				WHERE account_id = :account AND idempotency_key = :key AND status IS NULL""")
			.param("status", answer.status())
			.param("type", answer.contentType())
			.param("location", answer.location())
			.param("etag", answer.etag())
			.param("body", answer.body())
			.param("now", at(clock.instant()))
			.param("account", request.account().value())
			.param("key", request.key())
			.update());
	}

	/**
	 * Releases the claim of a request that failed, so that it can be sent again with the
	 * same key.
	 */
	void release(Request request) {
		own.executeWithoutResult(status -> jdbc
			.sql("DELETE FROM web_idempotency_key WHERE account_id = :account AND idempotency_key = :key "
					+ "AND status IS NULL")
			.param("account", request.account().value())
			.param("key", request.key())
			.update());
	}

	/** Forgets the keys claimed more than {@link #KEPT} ago; how many. */
	int forget() {
		return jdbc.sql("DELETE FROM web_idempotency_key WHERE claimed_at < :expired")
			.param("expired", at(clock.instant().minus(KEPT)))
			.update();
	}

	/** Every hour, the keys older than a day go. */
	@EventListener
	void hourHasPassed(HourHasPassed hour) {
		forget();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static byte[] bytes(byte @Nullable [] body) {
		return (body != null) ? body : new byte[0];
	}

}
