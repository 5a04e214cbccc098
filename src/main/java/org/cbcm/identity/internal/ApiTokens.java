package org.cbcm.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cbcm.shared.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Personal API tokens: named, expiring, revocable, stored hashed. A token reads
 * {@code cbcm_<prefix>_<secret>}; the prefix identifies it in lists without revealing it.
 */
@Component
public class ApiTokens {

	static final String MARK = "cbcm_";

	/** A token as its owner sees it in the list, never with its secret. */
	public record Token(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
			@Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {

		public boolean activeAt(Instant now) {
			return revokedAt == null && expiresAt.isAfter(now);
		}

	}

	/** A token just created: the only time its whole text is known. */
	public record Created(Token token, String text) {
	}

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Created create(UserId user, String name, Instant now, Instant expiresAt) {
		String prefix = Secrets.newSecret().substring(0, 8).replace('-', 'x').replace('_', 'y');
		String text = MARK + prefix + "_" + Secrets.newSecret();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO api_token (id, user_id, name, prefix, token_hash, created_at, expires_at)
				VALUES (:id, :user, :name, :prefix, :hash, :now, :expires)""")
			.param("id", id)
			.param("user", user.value())
			.param("name", name)
			.param("prefix", prefix)
			.param("hash", Secrets.hash(text))
			.param("now", Accounts.at(now))
			.param("expires", Accounts.at(expiresAt))
			.update();
		return new Created(new Token(id, name, prefix, now, expiresAt, null, null), text);
	}

	List<Token> of(UserId user) {
		return jdbc
			.sql("SELECT id, name, prefix, created_at, expires_at, revoked_at, last_used_at FROM api_token "
					+ "WHERE user_id = :user ORDER BY created_at DESC")
			.param("user", user.value())
			.query((rs, row) -> new Token(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix"),
					instant(rs.getObject("created_at", OffsetDateTime.class)),
					instant(rs.getObject("expires_at", OffsetDateTime.class)),
					instantOrNull(rs.getObject("revoked_at", OffsetDateTime.class)),
					instantOrNull(rs.getObject("last_used_at", OffsetDateTime.class))))
			.list();
	}

	/** Revokes the owner's token; false when the owner has no such active token. */
	boolean revoke(UserId user, UUID token, Instant now) {
		return jdbc
			.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
			.param("now", Accounts.at(now))
			.param("id", token)
			.param("user", user.value())
			.update() == 1;
	}

	/**
	 * Revokes every active token of the owner, as when the owner's password changes.
	 * @return how many were revoked
	 */
	int revokeAll(UserId user, Instant now) {
		return jdbc
			.sql("UPDATE api_token SET revoked_at = :now WHERE user_id = :user AND revoked_at IS NULL "
					+ "AND expires_at > :now")
			.param("now", Accounts.at(now))
			.param("user", user.value())
			.update();
	}

	/**
	 * The owner of an active token with this text; records the day it was used, once a
	 * day: the account page shows the day, and a write on every call would be a write to
	 * the database on every read of the API (which ends the pages kept for readers).
	 */
	Optional<UserId> authenticate(String text, Instant now) {
		if (!text.startsWith(MARK) || text.length() > 200) {
			return Optional.empty();
		}
		String hash = Secrets.hash(text);
		record Holder(UserId user, @Nullable OffsetDateTime lastUsed) {
		}
		Optional<Holder> holder = jdbc.sql("""
				SELECT user_id, last_used_at FROM api_token
				WHERE token_hash = :hash AND revoked_at IS NULL AND expires_at > :now""")
			.param("hash", hash)
			.param("now", Accounts.at(now))
			.query((rs, row) -> new Holder(new UserId(rs.getObject("user_id", UUID.class)),
					rs.getObject("last_used_at", OffsetDateTime.class)))
			.optional();
		LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
		holder
			.filter(token -> token.lastUsed() == null
					|| token.lastUsed().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().isBefore(today))
			.ifPresent(token -> jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE token_hash = :hash")
				.param("now", Accounts.at(now))
				.param("hash", hash)
				.update());
		return holder.map(Holder::user);
	}

	private static Instant instant(OffsetDateTime value) {
		return value.toInstant();
	}

	private static @Nullable Instant instantOrNull(@Nullable OffsetDateTime value) {
		return (value != null) ? value.toInstant() : null;
	}

}
