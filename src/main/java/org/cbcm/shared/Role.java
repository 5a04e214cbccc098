package org.cbcm.shared;

/**
 * What a person may do in cbcm. A person holds one or more roles, each with the scope it
 * needs (see {@link Grant}).
 */
public enum Role {

	/**
	 * The Secretariat of the Convention: administers everything, publishes organisations'
	 * records.
	 */
	SECRETARIAT(ScopeKind.NONE),

	/**
	 * A Party's national focal point: authorises and publishes its country's records,
	 * invites national users.
	 */
	NATIONAL_FOCAL_POINT(ScopeKind.COUNTRY),

	/**
	 * A national user: drafts and submits its country's records; only the focal point
	 * authorises them.
	 */
	NATIONAL_USER(ScopeKind.COUNTRY),

	/** A reporter of an organisation: drafts and submits the organisation's records. */
	ORGANISATION_REPORTER(ScopeKind.ORGANISATION),

	/** An expert: keeps an own roster profile. */
	EXPERT(ScopeKind.NONE);

	/** What a role is scoped to. */
	public enum ScopeKind {

		/**
		 * Nothing: the role holds everywhere (or, for experts, for the person's own
		 * records).
		 */
		NONE,

		/** One country, or the European Union. */
		COUNTRY,

		/** One organisation. */
		ORGANISATION

	}

	private final ScopeKind scope;

	Role(ScopeKind scope) {
		this.scope = scope;
	}

	public ScopeKind scope() {
		return scope;
	}

}
