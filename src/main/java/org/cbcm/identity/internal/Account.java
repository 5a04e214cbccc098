package org.cbcm.identity.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.cbcm.shared.Grant;
import org.cbcm.shared.UserId;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * A person's account as stored: who they are, how they sign in, and the roles they hold.
 *
 * @param id identifies the account
 * @param email the address people and mails reach them at; also the sign-in name
 * @param name how they are called
 * @param language the language of their pages and mails
 * @param passwordHash the hashed password, null until they set one from their invitation
 * @param enabled whether they may sign in at all
 * @param version the optimistic-lock version
 * @param createdAt when the account was created
 * @param grants the roles they hold, with their scopes
 * @param securityStamp changes when sessions must end: a new password, a disabled account
 */
public record Account(UserId id, String email, String name, Locale language, @Nullable String passwordHash,
		boolean enabled, int version, Instant createdAt, Set<Grant> grants, int securityStamp) {

	public Account {
		grants = Set.copyOf(grants);
	}

	public Viewer viewer() {
		return new Viewer(id, name, email, grants);
	}

	/** Whether the person has set a password, i.e. accepted the invitation. */
	public boolean active() {
		return passwordHash != null;
	}

}
