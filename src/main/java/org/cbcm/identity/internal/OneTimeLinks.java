package org.cbcm.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.cbcm.shared.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use, expiring links: an invitation to set a first password, or a password reset.
 * A new link of a purpose replaces the earlier unused ones of the same account.
 */
@Component
class OneTimeLinks {

	/** Why a link cannot be used. */
	enum Refusal {

		UNKNOWN, EXPIRED, USED

	}

	/** A link as issued: its secret, for the mail, and when it expires. */
	record Issued(String secret, Instant expiresAt) {
	}

	/** A link found by its secret: whose it is, and whether it may still be used. */
	record Found(UserId user, @Nullable Refusal refusal, Instant expiresAt) {

		boolean usable() {
			return refusal == null;
		}

	}

	private final JdbcClient jdbc;

	OneTimeLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Issued issue(UserId user, LinkPurpose purpose, Duration validity, Instant now, @Nullable UserId by) {
		jdbc.sql("UPDATE user_link SET used_at = :now WHERE user_id = :user AND purpose = :purpose AND used_at IS NULL")
			.param("now", Accounts.at(now))
			.param("user", user.value())
			.param("purpose", purpose.name())
			.update();
		String secret = Secrets.newSecret();
		Instant expires = now.plus(validity);
		jdbc.sql("""
				INSERT INTO user_link (id, user_id, purpose, token_hash, created_at, created_by, expires_at)
				VALUES (:id, :user, :purpose, :hash, :now, :by, :expires)""")
			.param("id", UUID.randomUUID())
			.param("user", user.value())
			.param("purpose", purpose.name())
			.param("hash", Secrets.hash(secret))
			.param("now", Accounts.at(now))
			.param("by", (by != null) ? by.value() : null)
			.param("expires", Accounts.at(expires))
			.update();
		return new Issued(secret, expires);
	}

	/**
	 * The link with the secret, if it is one of the purpose, and whether it may be used
	 * now.
	 */
	Optional<Found> find(String secret, LinkPurpose purpose, Instant now) {
		return jdbc
			.sql("SELECT user_id, expires_at, used_at FROM user_link WHERE token_hash = :hash AND purpose = :purpose")
			.param("hash", Secrets.hash(secret))
			.param("purpose", purpose.name())
			.query((rs, row) -> {
				Instant expires = rs.getObject("expires_at", OffsetDateTime.class).toInstant();
				Refusal refusal = (rs.getObject("used_at", OffsetDateTime.class) != null) ? Refusal.USED
						: expires.isBefore(now) ? Refusal.EXPIRED : null;
				return new Found(new UserId(rs.getObject("user_id", UUID.class)), refusal, expires);
			})
			.optional();
	}

	/** Marks the link used; false when another request used it first. */
	boolean use(String secret, Instant now) {
		return jdbc.sql("UPDATE user_link SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL")
			.param("now", Accounts.at(now))
			.param("hash", Secrets.hash(secret))
			.update() == 1;
	}

}
